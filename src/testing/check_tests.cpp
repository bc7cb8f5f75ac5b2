// Checking test blocks: one id per test (T010), exactly one as_of (T004), state codes (T001)
// defined once per test (T008), facts about names of the right kind (T002, T003, T009, in
// test_profiles.cpp), profile files that can be read (T011), expectations naming an
// obligation (T005), a state of the test (T006) and a status (T007), each once (T012), and a
// warning for a test that expects nothing (T013). Codes are listed in grammar/SPEC.md.
#include <algorithm>
#include <map>

#include "diag/suggest.hpp"
#include "testing/detail.hpp"
#include "testing/rule_tests.hpp"

namespace pacta::testing {
namespace {

std::optional<eval::Status> parse_status(const std::string& text) {
  for (int s = 0; s <= static_cast<int>(eval::Status::not_applicable); ++s)
    if (text == eval::status_name(static_cast<eval::Status>(s))) return static_cast<eval::Status>(s);
  return std::nullopt;
}

class TestChecker {
 public:
  TestChecker(const sema::RuleSet& rules, diag::SourceMap& sources, diag::Diagnostics& diags)
      : rules_(rules), sources_(sources), diags_(diags) {}

  RuleTest check(const syntax::TestBlock& block, std::uint32_t file, const std::string& root) {
    file_ = file;
    root_ = root;
    RuleTest t;
    t.id = block.id.text;
    t.title = block.title ? block.title->text : std::string{};
    t.where = at(block.id.span);
    unique_id(block);
    as_of(block, t);
    bool all_loaded = profiles(block, t);
    expectations(block, t, all_loaded);
    std::sort(t.profiles.begin(), t.profiles.end(),
              [](const model::Profile& a, const model::Profile& b) { return a.state < b.state; });
    return t;
  }

 private:
  diag::Location at(syntax::Span span) const { return {file_, span}; }

  void unique_id(const syntax::TestBlock& block) {
    auto [it, fresh] = ids_.emplace(block.id.text, at(block.id.span));
    if (fresh) return;
    diags_
        .error("T010", at(block.id.span), "a second test '" + block.id.text + "'",
               "test ids are shared by all files of a rule set; rename one of them")
        .notes.push_back({it->second, "the first test '" + block.id.text + "'"});
  }

  void as_of(const syntax::TestBlock& block, RuleTest& t) {
    if (block.as_of.empty()) {
      diags_.error("T004", at(block.id.span), "test '" + block.id.text + "' has no as_of",
                   "every test is evaluated as of one date: add 'as_of YYYY-MM-DD'");
      return;
    }
    for (std::size_t i = 1; i < block.as_of.size(); ++i)
      diags_
          .error("T004", at(block.as_of[i].span), "a second as_of in test '" + block.id.text + "'",
                 "a test has one date; write another test for another date")
          .notes.push_back({at(block.as_of[0].span), "the first as_of"});
    t.as_of = block.as_of[0].day;
  }

  // Each state once per test, inline or from a file (T008).
  void define(const std::string& state, diag::Location where) {
    auto [it, fresh] = states_.emplace(state, where);
    if (fresh) return;
    diags_
        .error("T008", where, "state '" + state + "' is defined twice in this test",
               "one profile per state and test; write another test for another variant")
        .notes.push_back({it->second, "first defined here"});
  }

  // False when a profile file could not be loaded: its state is then not known.
  bool profiles(const syntax::TestBlock& block, RuleTest& t) {
    states_.clear();
    bool all_loaded = true;
    for (const syntax::StringLit& path : block.profiles) {
      const model::Profile* p = detail::load_profile_file(files_, rules_, sources_, path, file_, root_, diags_);
      if (!p) {
        all_loaded = false;
        continue;
      }
      define(p->state, at(path.span));
      t.profiles.push_back(*p);
    }
    for (const syntax::TestState& state : block.states) {
      define(state.state.text, at(state.state.span));
      if (!detail::is_state_code(state.state.text)) {
        std::string upper = state.state.text;
        for (char& c : upper)
          if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        diags_.error("T001", at(state.state.span), "'" + state.state.text + "' is not an ISO 3166-1 alpha-3 code",
                     detail::is_state_code(upper)
                         ? "state codes are upper case: did you mean '" + upper + "'?"
                         : "three capital letters, as JPN; for a made-up state use a user-assigned code (XAA..XZZ)");
        continue;
      }
      model::Profile p;
      if (detail::inline_profile(rules_, state, file_, p, diags_)) t.profiles.push_back(std::move(p));
    }
    return all_loaded;
  }

  void expectations(const syntax::TestBlock& block, RuleTest& t, bool all_loaded) {
    std::vector<std::string> states, obligations;
    for (const auto& [s, where] : states_) states.push_back(s);
    for (const auto& o : rules_.obligations) obligations.push_back(o.id);
    std::map<std::pair<std::string, std::string>, diag::Location> seen;
    for (const syntax::Expectation& e : block.expectations) {
      bool ok = true;
      if (states_.count(e.state.text) == 0) {
        ok = false;
        // A profile file that failed to load may have defined it: say nothing more.
        if (all_loaded) {
          // A code in the wrong case is the likeliest slip: `expect xaa` for `state XAA`.
          std::string best;
          for (const std::string& s : states)
            if (s.size() == e.state.text.size() &&
                std::equal(s.begin(), s.end(), e.state.text.begin(), [](char a, char b) {
                  return (a >= 'a' && a <= 'z' ? a - 32 : a) == (b >= 'a' && b <= 'z' ? b - 32 : b);
                }))
              best = s;
          if (best.empty()) best = diag::closest(e.state.text, states);
          diags_.error("T006", at(e.state.span), "state '" + e.state.text + "' is not defined in this test",
                       !best.empty()    ? "did you mean '" + best + "'?"
                       : states.empty() ? "define it: state " + e.state.text + " { ... }, or profile \"PATH\""
                                        : "define it with 'state " + e.state.text + " { ... }' or a profile file");
        }
      }
      auto ref = rules_.lookup(e.obligation.text);
      if (!ref || ref->kind != sema::Kind::obligation) {
        ok = false;
        std::string best = diag::closest(e.obligation.text, obligations);
        auto& d = diags_.error(
            "T005", at(e.obligation.span),
            ref ? "'" + e.obligation.text + "' is " + detail::with_article(sema::kind_name(ref->kind)) +
                      ", not an obligation"
                : "unknown obligation '" + e.obligation.text + "'",
            best.empty() ? "expect a verdict on an obligation of the rule set" : "did you mean '" + best + "'?");
        if (ref) d.notes.push_back({rules_.location_of(*ref), "'" + e.obligation.text + "' is declared here"});
      }
      auto status = parse_status(e.status.text);
      if (!status) {
        ok = false;
        diags_.error("T007", at(e.status.span), "unknown status '" + e.status.text + "'",
                     "one of satisfied, violated, pending, unknown, exempt, not_applicable");
      }
      if (!ok) continue;
      auto [it, fresh] = seen.emplace(std::make_pair(e.state.text, e.obligation.text), at(e.span));
      if (!fresh) {
        diags_
            .error("T012", at(e.span), "a second expectation for " + e.state.text + " " + e.obligation.text,
                   "a verdict has one status; remove one of them")
            .notes.push_back({it->second, "the first expectation"});
        continue;
      }
      t.expectations.push_back({e.state.text, ref->index, *status, at(e.span)});
    }
    if (block.expectations.empty())
      diags_.warning("T013", at(block.id.span), "test '" + block.id.text + "' expects nothing",
                     "add 'expect STATE OBLIGATION STATUS'");
  }

  const sema::RuleSet& rules_;
  diag::SourceMap& sources_;
  diag::Diagnostics& diags_;
  std::uint32_t file_ = diag::no_file;
  std::string root_;
  detail::ProfileFiles files_;
  std::map<std::string, diag::Location> ids_;
  std::map<std::string, diag::Location> states_;  // of the test being checked
};

}  // namespace

TestSuite check_tests(const sema::RuleSet& rules, diag::SourceMap& sources, diag::Diagnostics& diags) {
  TestSuite suite;
  TestChecker checker(rules, sources, diags);
  for (const syntax::RuleFile& f : rules.files)
    for (const syntax::TestBlock& block : f.tests) suite.tests.push_back(checker.check(block, f.file, f.root));
  return suite;
}

}  // namespace pacta::testing
