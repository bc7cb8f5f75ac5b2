// JUnit XML output of check: well-formed XML 1.0, a testsuite per state and a testcase per
// obligation, statuses mapped to failure / skipped / passed, text escaped and cleaned.
#include <gtest/gtest.h>

#include <sstream>

#include "eval/run.hpp"
#include "report/check_report.hpp"
#include "report/xml_escape.hpp"
#include "support/test_support.hpp"
#include "support/xml_reader.hpp"

namespace pacta::test {
namespace {

const char* rules = R"(instrument CONV "A convention" { in_force 2001-01-01 }
mechanism NET "A network"
group REGION "A region"
obligation PARTY "Party to the <convention> & \"more\"" {
  source "Resolution 1, para. 2 & 3"
  require party(CONV)
}
obligation JOIN "Join the network" {
  severity warning
  applies when member(REGION)
  require joined(NET)
}
obligation LATER "Join the network by 2030" {
  severity info
  exempt when signed(CONV)
  require joined(NET) before 2030-01-01
}
)";
// BBB's name holds markup, quotes, a tab, a line break and control characters (YAML escapes).
const std::vector<std::string> profiles = {
    "state: AAA\nname: Alphaland\ngroups: [REGION]\ncomplete: [instruments, mechanisms]\n"
    "instruments:\n  CONV: { ratified: 2000-06-01 }\n",
    "state: BBB\nname: \"B & <b> \\\"q\\\" 'a'\\tt\\nn\\x01\\x1b\\x7f\"\ncomplete: [instruments]\n"
    "instruments:\n  CONV: { signed: 2000-01-01 }\n"};

struct Rendered {
  std::string text;
  XmlElement root;
};

Rendered junit(const std::string& as_of, const eval::Selection& selection = {}) {
  auto w = world(rules, profiles);
  if (!w->diags.empty()) throw std::runtime_error(render(w->sources, w->diags));
  eval::CheckRun run = eval::run_check(w->program, w->profiles, day(as_of), selection);
  std::ostringstream out;
  report::render_check_junit(out, {run, w->program, w->sources});
  return {out.str(), XmlReader::parse(out.str())};
}

const XmlElement& testcase(const XmlElement& root, const std::string& state, const std::string& obligation) {
  for (const XmlElement* suite : root.all("testsuite"))
    for (const XmlElement* c : suite->all("testcase"))
      if (c->attribute("classname") == state && c->attribute("name") == obligation) return *c;
  throw std::runtime_error("no testcase " + state + " " + obligation);
}

TEST(XmlReader, RejectsWhatIsNotWellFormed) {
  EXPECT_NO_THROW(XmlReader::parse("<?xml version=\"1.0\"?>\n<a x=\"1\"><b/>t &amp; &#10;</a>\n"));
  EXPECT_THROW(XmlReader::parse("<a>&</a>"), std::runtime_error);
  EXPECT_THROW(XmlReader::parse("<a>&nbsp;</a>"), std::runtime_error);
  EXPECT_THROW(XmlReader::parse("<a><b></a></b>"), std::runtime_error);
  EXPECT_THROW(XmlReader::parse("<a x=\"<\"/>"), std::runtime_error);
  EXPECT_THROW(XmlReader::parse("<a x=\"1\" x=\"2\"/>"), std::runtime_error);
  EXPECT_THROW(XmlReader::parse("<a>\x01</a>"), std::runtime_error);
  EXPECT_THROW(XmlReader::parse("<a/><b/>"), std::runtime_error);
}

TEST(XmlEscape, EscapesMarkupAndDropsWhatXmlCannotCarry) {
  EXPECT_EQ(report::xml_text("a < b && c > \"d\" 'e'"), "a &lt; b &amp;&amp; c &gt; \"d\" 'e'");
  EXPECT_EQ(report::xml_attribute("a < b && \"d\" 'e'"), "a &lt; b &amp;&amp; &quot;d&quot; &apos;e&apos;");
  EXPECT_EQ(report::xml_text("t\tn\nr\r"), "t\tn\nr&#13;");
  EXPECT_EQ(report::xml_attribute("t\tn\nr\r"), "t&#9;n&#10;r&#13;");
  EXPECT_EQ(report::xml_text(std::string("nul\0bell\a esc\x1b del\x7f.", 20)), "nulbell esc del.");
  EXPECT_EQ(report::xml_text("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x8C\x8D"), "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x8C\x8D");
  EXPECT_EQ(report::xml_text("\xEF\xBF\xBE\xEF\xBF\xBF."), ".");  // U+FFFE, U+FFFF
  EXPECT_EQ(report::xml_text("a\xFF"
                             "b"),
            "a\xEF\xBF\xBD"
            "b");                                                                       // invalid byte
  EXPECT_EQ(report::xml_text("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
  EXPECT_EQ(report::xml_text("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  EXPECT_EQ(report::xml_text("\xE2\x82"), "\xEF\xBF\xBD\xEF\xBF\xBD");                  // truncated
}

TEST(CheckJunit, OneSuitePerStateOneCasePerObligation) {
  Rendered r = junit("2020-01-01");
  EXPECT_EQ(r.text.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0), 0u);
  EXPECT_EQ(r.root.name, "testsuites");
  EXPECT_EQ(r.root.attribute("tests"), "6");
  auto suites = r.root.all("testsuite");
  ASSERT_EQ(suites.size(), 2u);
  EXPECT_EQ(suites[0]->attribute("name"), "AAA");
  EXPECT_EQ(suites[1]->attribute("name"), "BBB");
  std::vector<std::string> names;
  for (const XmlElement* c : suites[0]->all("testcase")) names.push_back(c->attribute("name"));
  EXPECT_EQ(names, (std::vector<std::string>{"PARTY", "JOIN", "LATER"}));
  EXPECT_EQ(suites[0]->all("testcase")[0]->attribute("classname"), "AAA");
  EXPECT_EQ(suites[0]->all("testcase")[0]->attribute("file"), "profile0.yaml");
  EXPECT_EQ(suites[0]->all("testcase")[0]->attribute("line"), "1");
  const XmlElement* properties = suites[0]->child("properties");
  ASSERT_NE(properties, nullptr);
  EXPECT_EQ(properties->all("property")[0]->attribute("name"), "as_of");
  EXPECT_EQ(properties->all("property")[0]->attribute("value"), "2020-01-01");
}

TEST(CheckJunit, StatusesMapToFailureSkippedAndPassed) {
  Rendered r = junit("2020-01-01");
  // AAA: party (satisfied), in REGION and not joined (violated), joining by 2030 (pending).
  const XmlElement& party = testcase(r.root, "AAA", "PARTY");
  EXPECT_TRUE(party.children.empty());
  const XmlElement* failure = testcase(r.root, "AAA", "JOIN").child("failure");
  ASSERT_NE(failure, nullptr);
  EXPECT_EQ(failure->attribute("type"), "warning");
  EXPECT_EQ(failure->attribute("message"), "violated: Join the network");
  EXPECT_EQ(failure->text,
            "why: joined(NET): NET: none recorded (the profile's list is complete)\nrule: rules0.pacta:8\n");
  const XmlElement* pending = testcase(r.root, "AAA", "LATER").child("skipped");
  ASSERT_NE(pending, nullptr);
  EXPECT_EQ(pending->attribute("message").rfind("pending: Join the network by 2030 (", 0), 0u);
  // BBB: never deposited (violated), not in REGION (not applicable), signed (exempt).
  EXPECT_NE(testcase(r.root, "BBB", "PARTY").child("failure"), nullptr);
  const XmlElement* na = testcase(r.root, "BBB", "JOIN").child("system-out");
  ASSERT_NE(na, nullptr);
  EXPECT_EQ(na->text,
            "not_applicable: Join the network\nwhy: applies when member(REGION): REGION: not a member\nrule: "
            "rules0.pacta:8\n");
  const XmlElement* exempt = testcase(r.root, "BBB", "LATER").child("system-out");
  ASSERT_NE(exempt, nullptr);
  EXPECT_EQ(exempt->text.rfind("exempt: Join the network by 2030\nwhy: exempt when signed(CONV): ", 0), 0u);
  EXPECT_EQ(testcase(r.root, "BBB", "LATER").child("failure"), nullptr);

  EXPECT_EQ(r.root.attribute("failures"), "2");
  EXPECT_EQ(r.root.attribute("skipped"), "1");
  EXPECT_EQ(r.root.attribute("errors"), "0");
  EXPECT_EQ(r.root.all("testsuite")[0]->attribute("failures"), "1");
  EXPECT_EQ(r.root.all("testsuite")[0]->attribute("skipped"), "1");
}

TEST(CheckJunit, UnknownIsSkipped) {
  auto w = world(rules, {"state: CCC\n"});
  eval::CheckRun run = eval::run_check(w->program, w->profiles, day("2020-01-01"), {});
  std::ostringstream out;
  report::render_check_junit(out, {run, w->program, w->sources});
  XmlElement root = XmlReader::parse(out.str());
  const XmlElement* skipped = testcase(root, "CCC", "PARTY").child("skipped");
  ASSERT_NE(skipped, nullptr);
  EXPECT_EQ(skipped->attribute("message"),
            "unknown: Party to the <convention> & \"more\" (party(CONV): CONV: not in the profile)");
}

TEST(CheckJunit, TextIsEscapedAndCleaned) {
  Rendered r = junit("2020-01-01");
  const XmlElement* bbb = r.root.all("testsuite")[1];
  // Markup round-trips; tab and line break survive as references; controls are gone.
  EXPECT_EQ(bbb->child("properties")->all("property")[1]->attribute("value"), "B & <b> \"q\" 'a'\tt\nn");
  EXPECT_EQ(r.text.find('\x01'), std::string::npos);
  EXPECT_EQ(r.text.find('\x1b'), std::string::npos);
  EXPECT_EQ(r.text.find('\x7f'), std::string::npos);
  const XmlElement* failure = testcase(r.root, "BBB", "PARTY").child("failure");
  ASSERT_NE(failure, nullptr);
  EXPECT_EQ(failure->attribute("message"), "violated: Party to the <convention> & \"more\"");
  EXPECT_NE(failure->text.find("source: Resolution 1, para. 2 & 3\n"), std::string::npos);
}

TEST(CheckJunit, SameInputsSameBytes) { EXPECT_EQ(junit("2020-01-01").text, junit("2020-01-01").text); }

TEST(CheckJunit, NoSelectedStatesIsAnEmptyReport) {
  auto w = world(rules, {});
  eval::CheckRun run = eval::run_check(w->program, w->profiles, day("2020-01-01"), {});
  std::ostringstream out;
  report::render_check_junit(out, {run, w->program, w->sources});
  XmlElement root = XmlReader::parse(out.str());
  EXPECT_EQ(root.attribute("tests"), "0");
  EXPECT_TRUE(root.children.empty());
}

}  // namespace
}  // namespace pacta::test
