#include "diag/codes.hpp"

#include <algorithm>
#include <iterator>

namespace pacta::diag {
namespace {

struct Entry {
  std::string_view code, title;
};

// Sorted by code; the meanings of grammar/SPEC.md's table, word for word (a test compares them).
constexpr Entry catalogue[] = {
    {"E001", "a path that cannot be read"},
    {"E002", "a directory without rule (or profile) files"},
    {"E003", "`--output` cannot be written"},
    {"E004", "`--state` names no loaded profile"},
    {"E005", "`--obligation` names no obligation"},
    {"E006", "`--as-of` is not a calendar date"},
    {"E007", "a path that is not a regular file (a FIFO, a device, a socket, a directory named as a file)"},
    {"E008", "a file that is not UTF-8: UTF-16 or UTF-32, by byte order mark or NUL pattern"},
    {"E009", "a file larger than the size limit (`--max-file-size`, 256 MiB by default)"},
    {"E010", "no rule files or profiles given, and no `rules/` or `fixtures/profiles/` here or in a project above"},
    {"E011", "more diagnostics in one file than are reported: the first 100 are, the rest are counted"},
    {"P001", "syntax: expected a token or construct (`expected ')', found '}'`)"},
    {"P002", "unterminated string, or an unknown escape in a string"},
    {"P003", "a date that is not a real calendar date (`2021-02-30`) or not `YYYY-MM-DD`"},
    {"P004",
     "parentheses nested deeper than 64 levels, or a condition tree deeper than 64 levels (each `not`, `and`, `or` and "
     "pair of parentheses is a level)"},
    {"P005", "binary content (control characters) or invalid UTF-8"},
    {"P006", "an integer with more than 9 digits"},
    {"P007", "a month-day that is not `MM-DD` or not a real day"},
    {"P008", "text where a declaration should start"},
    {"S001", "unknown name (with \"did you mean\")"},
    {"S002", "a name declared twice in the rule set (note: the first declaration)"},
    {"S003", "kind mismatch: `joined(UNTOC)` where UNTOC is an instrument, a set mixing kinds"},
    {"S004", "`supplements` forms a cycle"},
    {"S005", "an empty set (named or inline)"},
    {"S006", "`at least N of` a set smaller than N (error); `at least 0` (warning)"},
    {"S007", "a declaration never used"},
    {"S008", "a clause given twice"},
    {"S009", "a clause that does not apply to the kind of declaration"},
    {"S010", "an obligation without `require`"},
    {"S011", "`reserved` without an article, or an article on another predicate"},
    {"S012",
     "timing where it means nothing (on `member`, `every year` on non-reports or without "
     "`since`, deadlines on quantified sets, anchors on `member`/`reserved`)"},
    {"S013", "entry into force after 0 deposits; due-date changes not in increasing years"},
    {"S014", "an instrument entering into force before its adoption"},
    {"S015", "a name listed twice in a set"},
    {"S016", "a set used without a quantifier, or a quantifier over a single name"},
    {"T001", "a test state code that is not ISO 3166-1 alpha-3 (three capital letters)"},
    {"T002", "a fact about a name the rule set does not declare (with \"did you mean\")"},
    {"T003",
     "a fact about a name of the wrong kind (`joined UNTOC`; `unknown` "
     "takes an instrument, mechanism, report or event)"},
    {"T004", "a test without `as_of`, or with more than one"},
    {"T005", "an expectation naming no obligation of the rule set (with \"did you mean\")"},
    {"T006", "an expectation naming a state the test does not define (with \"did you mean\")"},
    {"T007", "an expected status that is not one of the six verdicts"},
    {"T008", "a state defined twice in one test (inline or by profile file)"},
    {"T009",
     "test facts that cannot be (a fact twice, signed after deposit, denounced before a deposit, "
     "left before joining, a reservation without signature or deposit, `unknown` with facts, "
     "an unknown group, a period that is not a year)"},
    {"T010", "two tests with the same id in the rule set"},
    {"T011", "a test's profile file that cannot be read (missing, or not a regular file)"},
    {"T012", "two expectations for one state and obligation in a test"},
    {"T013", "a test that expects nothing"},
    {"T014", "`--run` is not a regular expression"},
    {"T015", "no test to run (no test blocks, or none matching `--run`)"},
    {"T016",
     "a test's profile path that leads outside the rule set's root (absolute paths, `..`, symbolic links); the file is "
     "never opened"},
    {"T017", "a test's profile path that does not name a `.yaml` or `.yml` file"},
    {"Y001", "malformed YAML, or more than one document"},
    {"Y002", "unknown key in a profile (with \"did you mean\")"},
    {"Y003", "wrong type (a list where a mapping is expected, aliases, a bad period or consent)"},
    {"Y004", "a date that is not a real calendar date"},
    {"Y005", "a key given twice in one mapping"},
    {"Y006", "a name the rule set does not declare, or of the wrong kind"},
    {"Y007", "two profiles for one state"},
    {"Y008", "a profile without `state`, or an empty profile"},
    {"Y009",
     "a state code that is not ISO 3166-1 alpha-3 (three capital letters), or an organisation's code that is not "
     "a listed one (`EU`)"},
    {"Y010",
     "facts that contradict each other (signed after deposit, "
     "denounced before deposit, left before joining)"},
    {"Y011", "YAML nested deeper than 64 levels"},
    {"Y012", "a state code that is not the file's name (`state: DEU` in `FRA.yaml`)"},
    {"Y013",
     "a YAML flow collection (`[...]`, `{...}`) longer than 64 KiB (yaml-cpp would read it ahead whole, at 100-230 "
     "bytes of memory per byte)"},
    {"Y014", "a signature or deposit dated before the instrument's adoption (a warning)"},
    {"Y015", "a mechanism joined before the day it started (a warning)"},
    {"Y016", "an organisation's signature or deposit for an instrument not open to organisations (a warning)"},
};

}  // namespace

std::string_view code_title(std::string_view code) {
  auto it = std::lower_bound(std::begin(catalogue), std::end(catalogue), code,
                             [](const Entry& e, std::string_view c) { return e.code < c; });
  return it != std::end(catalogue) && it->code == code ? it->title : std::string_view{};
}

std::vector<std::string_view> catalogued_codes() {
  std::vector<std::string_view> out;
  for (const Entry& e : catalogue) out.push_back(e.code);
  return out;
}

std::string_view code_explanation(std::string_view code) {
  std::string_view md = codes_markdown();
  std::string heading = "\n## " + std::string(code) + "\n";
  std::size_t at = md.find(heading);
  if (code.empty() || at == std::string_view::npos) return {};
  std::size_t begin = at + heading.size();
  std::size_t end = md.find("\n## ", begin);
  std::string_view section = md.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
  while (!section.empty() && (section.front() == '\n')) section.remove_prefix(1);
  while (!section.empty() && (section.back() == '\n')) section.remove_suffix(1);
  return section;
}

std::string code_anchor(std::string_view code) {
  std::string out(code);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace pacta::diag
