// The HTML check report's safety and shape: input strings escaped in text, attributes and the
// script's JSON block; no inline event handlers; one cell per verdict; --status leaves cells
// empty; summarised above the matrix limits; same inputs, same bytes.
#include "report/check_html.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "eval/run.hpp"
#include "report/check_report.hpp"
#include "report/html_escape.hpp"
#include "support/test_support.hpp"

namespace pacta::test {
namespace {

TEST(HtmlEscape, MarkupCharactersBecomeReferences) {
  EXPECT_EQ(report::html_escape("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
  EXPECT_EQ(report::html_escape("a & \"b\" 'c'"), "a &amp; &quot;b&quot; &apos;c&apos;");
  EXPECT_EQ(report::html_escape("caf\xC3\xA9"), "caf\xC3\xA9");
}

TEST(HtmlEscape, InvalidUtf8AndControlsCannotReachThePage) {
  EXPECT_EQ(report::html_escape("a\xFF"
                                "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(report::html_escape(std::string("a\0b\x1b", 4)), "ab");
}

TEST(ScriptJson, NothingCanCloseTheScriptBlock) {
  EXPECT_EQ(report::script_json(R"({"t": "</script><!-- & >"})"),
            R"({"t": "\u003c/script\u003e\u003c!-- \u0026 \u003e"})");
  EXPECT_EQ(report::script_json("\"\xE2\x80\xA8\xE2\x80\xA9\""), "\"\\u2028\\u2029\"");
  EXPECT_EQ(report::script_json("\"\xE2\x80\x94\""), "\"\xE2\x80\x94\"");  // an em dash stays
}

const char* const rules = R"(instrument CONV "Convention <b>&</b>" {
  adopted 2000-01-01
  in_force 2001-01-01
}
group REGION "A region"
obligation PARTY "Party </script><script>alert(2)</script>" {
  source "art. 1 & \"2\""
  require ratified(CONV)
}
obligation MEMBER "Members ratify" {
  applies when member(REGION)
  require ratified(CONV)
}
)";

const std::vector<std::string> profiles = {
    "state: XSS\nname: \"<script>alert(1)</script> & \\\"q\\\" 'a'\"\ngroups: [REGION]\ninstruments:\n"
    "  CONV: { ratified: 2000-06-01 }\n",
    "state: YYY\nname: \"<img src=x onerror=alert(3)>\"\ncomplete: [instruments]\n"};

std::string html_of(const World& w, const eval::CheckRun& run, eval::StatusMask filter = 0) {
  report::CheckReport r{run, w.program, w.sources};
  r.status_filter = filter;
  std::ostringstream out;
  report::render_check_html(out, r, report::HtmlContext{"9.9.9"});
  return out.str();
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(CheckHtml, HostileNamesAndTitlesRenderAsText) {
  auto w = world(rules, profiles);
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  std::string page = html_of(*w, eval::run_check(w->program, w->profiles, day("2004-12-31"), {}));
  EXPECT_EQ(page.find("<script>alert"), std::string::npos);
  EXPECT_EQ(page.find("<img"), std::string::npos);
  EXPECT_EQ(page.find("<b>&"), std::string::npos);
  EXPECT_NE(page.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &apos;a&apos;"), std::string::npos);
  EXPECT_NE(page.find("&lt;img src=x onerror=alert(3)&gt;"), std::string::npos);
  // The script block: one opening JSON block and one script, each closed once, and the
  // obligation's title inside the JSON with its markup as \u003c.
  EXPECT_EQ(count(page, "</script>"), 2u);
  EXPECT_NE(page.find(R"(Party \u003c/script\u003e\u003cscript\u003ealert(2))"), std::string::npos);
  // No inline handlers anywhere: an attribute named on... outside escaped text.
  EXPECT_FALSE(std::regex_search(page, std::regex(R"(<[^>]*\son[a-z]+=)")));
}

TEST(CheckHtml, OneCellPerVerdictWithItsStatus) {
  auto w = world(rules, profiles);
  std::string page = html_of(*w, eval::run_check(w->program, w->profiles, day("2004-12-31"), {}));
  EXPECT_EQ(count(page, "role=\"cell\" class="), 4u);
  EXPECT_NE(page.find("data-state=\"XSS\" data-obligation=\"PARTY\" data-status=\"satisfied\" "
                      "aria-label=\"XSS PARTY: satisfied\">\u2713</span>"),
            std::string::npos);
  EXPECT_NE(page.find("data-state=\"YYY\" data-obligation=\"PARTY\" data-status=\"violated\" "
                      "aria-label=\"YYY PARTY: violated\">\u2717</span>"),
            std::string::npos);
  EXPECT_NE(page.find("Pacta 9.9.9"), std::string::npos);
}

// The counts say what was checked: a state is one state, and an organisation is not a state.
TEST(CheckHtml, CountsNameStatesAndOrganisationsApart) {
  auto one = world(rules, {profiles[0]});
  EXPECT_NE(html_of(*one, eval::run_check(one->program, one->profiles, day("2004-12-31"), {}))
                .find("<p class=\"counts\">1 state \u00d7 2 obligations = 2 verdicts:"),
            std::string::npos);
  auto mixed = world(rules, {profiles[0], profiles[1], "state: EU\nkind: organisation\nname: European Union\n"});
  ASSERT_FALSE(mixed->diags.has_errors());
  std::string page = html_of(*mixed, eval::run_check(mixed->program, mixed->profiles, day("2004-12-31"), {}));
  EXPECT_NE(page.find("<p class=\"counts\">2 states and 1 organisation \u00d7 2 obligations = 6 verdicts:"),
            std::string::npos);
}

TEST(CheckHtml, StatusFilterLeavesOtherCellsEmptyAndSaysSo) {
  auto w = world(rules, profiles);
  auto run = eval::run_check(w->program, w->profiles, day("2004-12-31"), {});
  std::string page = html_of(*w, run, 1u << static_cast<int>(eval::Status::violated));
  EXPECT_EQ(count(page, "data-status=\"violated\" aria-label"), 1u);
  EXPECT_EQ(count(page, "data-status=\"satisfied\""), 0u);
  EXPECT_EQ(count(page, "<span role=\"cell\" class=\"c"), 3u);  // the empty ones
  EXPECT_NE(page.find("id=\"status-filter\""), std::string::npos);
}

TEST(CheckHtml, SameInputsSameBytes) {
  auto w = world(rules, profiles);
  auto run = eval::run_check(w->program, w->profiles, day("2004-12-31"), {});
  EXPECT_EQ(html_of(*w, run), html_of(*w, run));
}

TEST(CheckHtml, SummarisesAboveTheMatrixLimit) {
  std::vector<std::string> many;
  for (std::size_t k = 0; k < report::html::max_matrix_states + 1; ++k) {
    std::string code = {char('A' + k / 676), char('A' + k / 26 % 26), char('A' + k % 26)};
    many.push_back("state: " + code + "\nname: S\ncomplete: [instruments]\n");
  }
  auto w = world(rules, many);
  std::string page = html_of(*w, eval::run_check(w->program, w->profiles, day("2004-12-31"), {}));
  EXPECT_EQ(page.find("id=\"matrix\""), std::string::npos);
  EXPECT_NE(page.find("id=\"summarised\""), std::string::npos);
  EXPECT_EQ(count(page, "<details class=\"state\""), report::html::max_detail_states);
  EXPECT_NE(page.find("id=\"left-out\">" + std::to_string(many.size() - report::html::max_detail_states)),
            std::string::npos);
}

TEST(CheckHtml, InstrumentsOfAnObligationAreTheOnesItsConditionsName) {
  auto w = world(rules, profiles);
  auto names = report::html::instruments_of(w->program, 0);
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(w->rules.instruments[names[0]].id, "CONV");
}

}  // namespace
}  // namespace pacta::test
