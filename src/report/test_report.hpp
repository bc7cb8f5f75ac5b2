// Rendering a rule-test run: text for people (a line per test as OPA's tester prints it,
// failures with the expected and actual verdicts and why, `PASS: n/m`, coverage), JSON for
// machines (schema "pacta.test/1", docs/FORMATS.md) and JUnit XML for CI systems.
#pragma once

#include <ostream>
#include <string>

#include "diag/diagnostic.hpp"
#include "diag/source_map.hpp"
#include "sema/rule_set.hpp"
#include "testing/rule_tests.hpp"

namespace pacta::report {

struct TestReport {
  const testing::TestRun& run;
  const sema::RuleSet& rules;
  const diag::SourceMap& sources;
  bool durations = false;  // run times: the output is then not reproducible
  bool colour = false;
  double min_coverage = -1;  // percent; below 0: none asked
  // The rule set's and test blocks' diagnostics (errors, T codes): JSON carries them, as check's
  // does, so that a report never looks clean while tests could not run.
  const diag::Diagnostics* inputs = nullptr;
};

// True when a minimum was asked and the coverage measured falls short of it.
bool below_min_coverage(const TestReport& r);

// "expected JPN TOC_PARENT satisfied, got violated" (without the reason).
std::string failure_message(const testing::ExpectationResult& e, const sema::RuleSet& rules);
// Why a failed expectation's verdict is what it is (report/why.hpp), or that its state had no profile.
std::string failure_reason(const testing::ExpectationResult& e, const TestReport& r);
// "path:line:col" of a location in the sources.
std::string position(const diag::SourceMap& sources, const diag::Location& where);

void render_test_text(std::ostream& out, const TestReport& r);
void render_test_json(std::ostream& out, const TestReport& r);
void render_test_junit(std::ostream& out, const TestReport& r);

}  // namespace pacta::report
