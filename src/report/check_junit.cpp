// JUnit XML for a check, the test report CI systems display: a testsuite per state, a testcase
// per obligation (classname the state, name the obligation). Violated is a failure, unknown
// and pending are skipped, satisfied passes, exempt and not applicable pass with a line of
// system-out saying so. No timestamps or durations: same inputs, same bytes.
#include <optional>
#include <string>
#include <vector>

#include "report/check_report.hpp"
#include "report/why.hpp"
#include "report/xml_escape.hpp"

namespace pacta::report {
namespace {

std::string where_text(const diag::SourceMap& sources, const diag::Location& where) {
  if (where.file == diag::no_file) return {};
  return sources.file(where.file).path + ":" + std::to_string(sources.line_column(where.file, where.span.begin).line);
}

std::string attribute(const char* name, const std::string& value) {
  return std::string(" ") + name + "=\"" + xml_attribute(value) + '"';
}

// The inputs' diagnostics, one testcase per file (classname "inputs", name the path; "command
// line" for those without a file): an <error> when the file has errors, its warnings as
// system-out otherwise.
struct InputCase {
  std::string name;
  std::size_t errors = 0;
  std::string first_code, lines;
};

std::vector<InputCase> input_cases(const CheckReport& r) {
  std::vector<InputCase> cases;
  if (!r.inputs) return cases;
  for (const diag::Diagnostic& d : r.inputs->items()) {
    diag::Location at = r.sources.clamp(d.where);
    std::string name = at.file == diag::no_file ? "command line" : r.sources.file(at.file).path;
    if (cases.empty() || cases.back().name != name) cases.push_back({name, 0, {}, {}});
    InputCase& c = cases.back();
    if (d.severity == diag::Severity::error && c.errors++ == 0) c.first_code = d.code;
    if (at.file != diag::no_file) {
      diag::LineColumn lc = r.sources.line_column(at.file, at.span.begin);
      c.lines += name + ':' + std::to_string(lc.line) + ':' + std::to_string(lc.column) + ": ";
    }
    c.lines += std::string(diag::severity_name(d.severity)) + '[' + d.code + "]: " + d.message + '\n';
    if (!d.help.empty()) c.lines += "  help: " + d.help + '\n';
  }
  return cases;
}

void render_input_cases(std::ostream& out, const std::vector<InputCase>& cases) {
  std::size_t errors = 0;
  for (const InputCase& c : cases) errors += c.errors ? 1 : 0;
  out << "  <testsuite" << attribute("name", "inputs") << attribute("tests", std::to_string(cases.size()))
      << attribute("failures", "0") << attribute("errors", std::to_string(errors)) << attribute("skipped", "0")
      << ">\n";
  for (const InputCase& c : cases) {
    out << "    <testcase" << attribute("classname", "inputs") << attribute("name", c.name) << ">\n";
    if (c.errors)
      out << "      <error"
          << attribute("message", std::to_string(c.errors) + " error" + (c.errors == 1 ? "" : "s") + "; not checked")
          << attribute("type", c.first_code) << ">" << xml_text(c.lines) << "</error>\n";
    else
      out << "      <system-out>" << xml_text(c.lines) << "</system-out>\n";
    out << "    </testcase>\n";
  }
  out << "  </testsuite>\n";
}

}  // namespace

void render_check_junit(std::ostream& out, const CheckReport& r) {
  std::optional<eval::Recorder> own;
  eval::Recorder& records = records_of(r, "junit", own);
  Wording wording(r.program, r.sources);
  const auto& rules = *r.program.rules;
  eval::StatusMask shown = shown_statuses("junit", r.all, r.status_filter);
  // A testsuite's counts describe its testcases: with --status, only the verdicts listed.
  auto listed = [&](Totals t, std::size_t& tests) {
    tests = 0;
    for (int k = 0; k < 6; ++k) {
      if (!shows(shown, static_cast<eval::Status>(k))) t.by_status[k] = 0;
      tests += t.by_status[k];
    }
    return t;
  };
  std::size_t all_tests = 0;
  Totals all = listed(totals_of(r, std::string::npos), all_tests);
  auto skipped = [](const Totals& t) {
    return t.by_status[static_cast<int>(eval::Status::unknown)] + t.by_status[static_cast<int>(eval::Status::pending)];
  };
  auto counts = [&](const Totals& t, std::size_t tests, std::size_t errors) {
    return attribute("tests", std::to_string(tests)) +
           attribute("failures", std::to_string(t.by_status[static_cast<int>(eval::Status::violated)])) +
           attribute("errors", std::to_string(errors)) + attribute("skipped", std::to_string(skipped(t)));
  };
  std::vector<InputCase> inputs = input_cases(r);
  std::size_t input_errors = 0;
  for (const InputCase& c : inputs) input_errors += c.errors ? 1 : 0;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites" << attribute("name", "pacta check") << counts(all, all_tests + inputs.size(), input_errors)
      << ">\n";
  if (!inputs.empty()) render_input_cases(out, inputs);
  std::string as_of = format_day(r.run.as_of);
  for (std::size_t p = 0; p < r.run.profiles.size(); ++p) {
    const model::Profile& profile = *r.run.profiles[p];
    std::string profile_path = profile.file == diag::no_file ? "" : r.sources.file(profile.file).path;
    std::string profile_line =
        profile.where.file == diag::no_file
            ? ""
            : std::to_string(r.sources.line_column(profile.where.file, profile.where.span.begin).line);
    std::size_t state_tests = 0;
    Totals state = listed(totals_of(r, p), state_tests);
    out << "  <testsuite" << attribute("name", profile.state) << counts(state, state_tests, 0) << ">\n";
    out << "    <properties>\n";
    out << "      <property" << attribute("name", "as_of") << attribute("value", as_of) << "/>\n";
    out << "      <property" << attribute("name", "state_name") << attribute("value", profile.name) << "/>\n";
    out << "      <property" << attribute("name", "profile") << attribute("value", profile_path) << "/>\n";
    out << "    </properties>\n";
    for (std::size_t o = 0; o < r.run.obligations.size(); ++o) {
      std::uint32_t index = r.run.obligations[o];
      const sema::Obligation& ob = rules.obligations[index];
      eval::Status s = r.run.status(p, o);
      if (!shows(shown, s)) continue;
      out << "    <testcase" << attribute("classname", profile.state) << attribute("name", ob.id);
      if (!profile_path.empty()) out << attribute("file", profile_path);
      if (!profile_line.empty()) out << attribute("line", profile_line);
      if (s == eval::Status::satisfied) {
        out << "/>\n";
        continue;
      }
      out << ">\n";
      const eval::VerdictRecord* rec = records.find(p, o);
      std::string why;
      if (rec) wording.why(*rec, why);
      std::string headline = std::string(eval::status_name(s)) + (ob.title.empty() ? "" : ": " + ob.title);
      std::string details;
      if (!why.empty()) details += "why: " + why + '\n';
      if (!ob.source.empty()) details += "source: " + ob.source + '\n';
      std::string rule = where_text(r.sources, ob.where);
      if (!rule.empty()) details += "rule: " + rule + '\n';
      switch (s) {
        case eval::Status::violated:
          out << "      <failure" << attribute("message", headline) << attribute("type", level_name(ob.severity)) << ">"
              << xml_text(details) << "</failure>\n";
          break;
        case eval::Status::unknown:
        case eval::Status::pending:
          out << "      <skipped" << attribute("message", headline + (why.empty() ? "" : " (" + why + ")")) << "/>\n";
          break;
        default:  // exempt, not_applicable: passed, and saying why
          out << "      <system-out>" << xml_text(headline + '\n' + details) << "</system-out>\n";
          break;
      }
      out << "    </testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace pacta::report
