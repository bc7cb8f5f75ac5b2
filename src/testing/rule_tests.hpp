// Rule tests: the `test` blocks of a rule set checked (T0xx) into cases that carry their own
// profiles, run against the compiled rules as of each test's date, and measured for condition
// coverage. `pacta test` runs them; every verb that loads rules checks them (cli load_rules).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source_map.hpp"
#include "eval/evaluate.hpp"
#include "eval/record.hpp"
#include "model/profile.hpp"
#include "sema/rule_set.hpp"

namespace pacta::testing {

struct ExpectedVerdict {
  std::string state;
  std::uint32_t obligation = 0;  // index into RuleSet::obligations
  eval::Status status = eval::Status::satisfied;
  diag::Location where;  // the `expect` clause
};

struct RuleTest {
  std::string id, title;
  diag::Location where;  // the test's id
  Day as_of = no_day;
  std::vector<model::Profile> profiles;  // written inline and loaded from files, sorted by state
  std::vector<ExpectedVerdict> expectations;
};

struct TestSuite {
  std::vector<RuleTest> tests;  // in the rule set's file order
};

// Checks every test block of a rule set that passed sema: names, kinds, dates, states and
// expectations; builds inline states and loads the profile files named (into `sources`). The
// suite may be run only when this added no error.
TestSuite check_tests(const sema::RuleSet& rules, diag::SourceMap& sources, diag::Diagnostics& diags);

// ---- coverage ---------------------------------------------------------------------------------

// One condition node (eval::Program) under an obligation's applies, exempt or require clause,
// and the outcomes it took in the snapshots of the expectations that reached its clause.
struct ConditionCoverage {
  std::uint32_t node = 0;
  const char* clause = "";  // "applies when", "exempt when" or "require"
  std::string text;         // the condition's source text
  diag::Location where;
  bool seen_true = false, seen_false = false;
  bool covered() const { return seen_true && seen_false; }
};

struct ObligationCoverage {
  std::uint32_t obligation = 0;
  std::uint32_t expectations = 0;  // expectations that checked it
  std::vector<ConditionCoverage> conditions;
  std::size_t covered() const;
};

struct Coverage {
  std::vector<ObligationCoverage> obligations;  // every obligation of the rule set, in order
  std::size_t conditions() const;
  std::size_t covered() const;
  double percent() const;  // 100 when there is nothing to cover
};

// Every condition node of every obligation, none seen yet.
Coverage coverage_of(const eval::Program& program, const diag::SourceMap& sources);
// Records the outcomes of the obligation's conditions in a snapshot, clause by clause as far
// as its verdict reads them: exempt only where it applies, require only where not exempt.
void record_coverage(Coverage& coverage, const eval::Snapshot& snapshot, std::uint32_t obligation);

// ---- running ----------------------------------------------------------------------------------

struct ExpectationResult {
  const ExpectedVerdict* expected = nullptr;
  eval::Status actual = eval::Status::unknown;
  std::string missing;                        // the state has no profile in the test: says so
  std::optional<eval::VerdictRecord> record;  // failures only: why the verdict is what it is
  bool passed() const { return actual == expected->status; }
};

struct TestResult {
  const RuleTest* test = nullptr;
  std::vector<ExpectationResult> expectations;  // in the order written
  double milliseconds = 0;
  bool passed() const;
};

struct RunOptions {
  std::optional<std::regex> filter;  // searched in each test id; none: every test
  bool coverage = false;
};

struct TestRun {
  std::shared_ptr<const eval::Program> program;  // what the records refer to (report/why.hpp)
  std::vector<TestResult> results;               // the tests selected, in suite order
  std::optional<Coverage> coverage;
  std::size_t passed() const;
  std::size_t failed() const { return results.size() - passed(); }
};

// Compiles the rules once; for each selected test resolves entry into force over the test's
// own profiles and compares each expected verdict as of the test's date. The suite (and the
// sources) must outlive the result.
TestRun run_tests(const sema::RuleSet& rules, const TestSuite& suite, const diag::SourceMap& sources,
                  const RunOptions& options);

}  // namespace pacta::testing
