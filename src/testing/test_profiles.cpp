// The profiles a test evaluates. An inline state is complete: a name it does not mention was
// never ratified, joined, submitted..., so every name of the rule set is listed, except those
// marked `unknown`, which are left out of a section that is then not complete (docs/PROFILES.md,
// "what absence means"). Profile files are loaded as `pacta check` loads them.
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <tuple>

#include "diag/suggest.hpp"
#include "model/load.hpp"
#include "syntax/load.hpp"
#include "testing/detail.hpp"

namespace pacta::testing::detail {

using syntax::TestFact;
using syntax::TestFactKind;

bool is_state_code(const std::string& code) {
  return code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

namespace {

// The kind of name a fact is about; none for `unknown`, which takes any dated kind.
std::optional<sema::Kind> kind_of(TestFactKind k) {
  switch (k) {
    case TestFactKind::ratified:
    case TestFactKind::signed_:
    case TestFactKind::denounced:
    case TestFactKind::reserved:
      return sema::Kind::instrument;
    case TestFactKind::joined:
    case TestFactKind::left:
      return sema::Kind::mechanism;
    case TestFactKind::member:
      return sema::Kind::group;
    case TestFactKind::submitted:
      return sema::Kind::report;
    case TestFactKind::event:
      return sema::Kind::event;
    case TestFactKind::unknown:
      return std::nullopt;
  }
  return std::nullopt;
}

class StateBuilder {
 public:
  StateBuilder(const sema::RuleSet& rules, std::uint32_t file, model::Profile& out, diag::Diagnostics& diags)
      : rules_(rules), file_(file), out_(out), diags_(diags) {}

  bool ok() const { return ok_; }

  void start(const syntax::TestState& state) {
    out_ = model::Profile{};
    out_.state = state.state.text;
    out_.where = at(state.state.span);
    out_.file = file_;
    for (bool& c : out_.complete) c = true;
    out_.instruments.resize(rules_.instruments.size());
    out_.mechanisms.resize(rules_.mechanisms.size());
    out_.reports.resize(rules_.reports.size());
    out_.events.resize(rules_.events.size());
    // Listed with no facts: known not to have happened. Fields by name, as the structs grow.
    auto listed = [&](auto& facts) {
      for (auto& f : facts) {
        f = {};
        f.listed = true;
        f.where = out_.where;
      }
    };
    listed(out_.instruments);
    listed(out_.mechanisms);
    listed(out_.reports);
    listed(out_.events);
  }

  void add(const TestFact& f) {
    auto ref = resolve(f);
    if (!ref) return;
    std::pair<sema::Kind, std::uint32_t> name{ref->kind, ref->index};
    if (f.kind == TestFactKind::unknown) {
      if (auto it = said_.find(name); it != said_.end()) {
        conflict(f, *it->second);
        return;
      }
      if (!once(f, {f.kind, ref->kind, ref->index, {}})) return;
      unknown_.emplace(name, &f);
      mark_unknown(*ref);
      return;
    }
    if (auto it = unknown_.find(name); it != unknown_.end()) {
      conflict(f, *it->second);
      return;
    }
    bool first = said_.emplace(name, &f).second;
    std::string article = f.kind == TestFactKind::reserved ? model::normalise_article(f.article.text) : std::string{};
    if (f.kind != TestFactKind::submitted && !once(f, {f.kind, ref->kind, ref->index, article})) return;
    apply(f, ref->index, article, first);
  }

  // Facts that cannot stand together, checked once all are known (as docs/PROFILES.md's Y010).
  void finish() {
    for (const auto& [i, facts] : instrument_facts_) {
      const model::InstrumentFacts& f = out_.instruments[i];
      if (facts.signed_ && f.deposited != no_day && f.signed_on > f.deposited)
        error(*facts.signed_,
              "signed (" + format_day(f.signed_on) + ") after consent was deposited (" + format_day(f.deposited) + ")");
      if (facts.denounced && (f.deposited == no_day || f.denounced <= f.deposited))
        error(*facts.denounced, "denounced without an earlier deposit of consent",
              "add 'ratified " + rules_.instruments[i].id + " DATE' before the denunciation");
      if (facts.reserved && f.signed_on == no_day && f.deposited == no_day)
        error(*facts.reserved, "a reservation is made at signature or deposit, and there is neither",
              "add 'signed " + rules_.instruments[i].id + " DATE' or 'ratified " + rules_.instruments[i].id + " DATE'");
    }
    for (const auto& [i, left] : left_facts_) {
      const model::MechanismFacts& f = out_.mechanisms[i];
      if (f.joined == no_day || f.left < f.joined)
        error(*left, "left without joining earlier", "add 'joined " + rules_.mechanisms[i].id + " DATE' before it");
    }
    std::sort(out_.groups.begin(), out_.groups.end());
    for (auto& r : out_.reports)
      std::sort(r.submissions.begin(), r.submissions.end(), [](const model::Submission& a, const model::Submission& b) {
        return a.period != b.period ? a.period < b.period : a.submitted < b.submitted;
      });
  }

 private:
  struct InstrumentFactSpans {
    const TestFact* signed_ = nullptr;
    const TestFact* denounced = nullptr;
    const TestFact* reserved = nullptr;
  };
  using OnceKey = std::tuple<TestFactKind, sema::Kind, std::uint32_t, std::string>;

  diag::Location at(syntax::Span span) const { return {file_, span}; }

  diag::Diagnostic& error(const TestFact& f, std::string message, std::string help = {}) {
    ok_ = false;
    return diags_.error("T009", at(f.span), std::move(message), std::move(help));
  }

  std::optional<sema::Ref> resolve(const TestFact& f) {
    std::optional<sema::Kind> want = kind_of(f.kind);
    auto ref = rules_.lookup(f.name.text);
    if (!ref) {
      std::vector<std::string> candidates;
      if (want) {
        candidates = rules_.names_of_kind(*want);
      } else {
        for (sema::Kind k : {sema::Kind::instrument, sema::Kind::mechanism, sema::Kind::report, sema::Kind::event})
          for (auto& n : rules_.names_of_kind(k)) candidates.push_back(std::move(n));
      }
      std::string best = diag::closest(f.name.text, candidates);
      ok_ = false;
      diags_.error("T002", at(f.name.span),
                   "unknown " + std::string(want ? sema::kind_name(*want) : "name") + " '" + f.name.text + "'",
                   best.empty() ? "declare it, or check its spelling (names are case-sensitive)"
                                : "did you mean '" + best + "'?");
      return std::nullopt;
    }
    bool dated = ref->kind == sema::Kind::instrument || ref->kind == sema::Kind::mechanism ||
                 ref->kind == sema::Kind::report || ref->kind == sema::Kind::event;
    if (want ? ref->kind != *want : !dated) {
      if (!want && ref->kind == sema::Kind::group) {
        error(f, "group membership is never unknown",
              "groups are complete: a state is a member only of the groups it is said to be 'member' of");
        return std::nullopt;
      }
      ok_ = false;
      std::string needs =
          want ? with_article(sema::kind_name(*want)) : "an instrument, a mechanism, a report or an event";
      diags_
          .error("T003", at(f.name.span),
                 "'" + f.name.text + "' is " + with_article(sema::kind_name(ref->kind)) + ", but '" +
                     test_fact_keyword(f.kind) + "' needs " + needs)
          .notes.push_back({rules_.location_of(*ref), "'" + f.name.text + "' is declared here"});
      return std::nullopt;
    }
    return ref;
  }

  // False (T009) when the same fact was already said about the same name.
  bool once(const TestFact& f, OnceKey key) {
    auto [it, fresh] = once_.emplace(std::move(key), &f);
    if (fresh) return true;
    error(f, "'" + std::string(test_fact_keyword(f.kind)) + " " + f.name.text + "' is said twice", "say each fact once")
        .notes.push_back({at(it->second->span), "first said here"});
    return false;
  }

  void conflict(const TestFact& f, const TestFact& other) {
    error(f, "'" + f.name.text + "' is marked unknown and has facts", "a name is either unknown or described by facts")
        .notes.push_back(
            {at(other.span), other.kind == TestFactKind::unknown ? "marked unknown here" : "a fact about it here"});
  }

  void mark_unknown(sema::Ref ref) {
    switch (ref.kind) {
      case sema::Kind::instrument:
        out_.instruments[ref.index].listed = false;
        out_.complete[model::instruments_section] = false;
        break;
      case sema::Kind::mechanism:
        out_.mechanisms[ref.index].listed = false;
        out_.complete[model::mechanisms_section] = false;
        break;
      case sema::Kind::report:
        out_.reports[ref.index].listed = false;
        out_.complete[model::reports_section] = false;
        break;
      case sema::Kind::event:
        out_.events[ref.index].listed = false;
        out_.complete[model::events_section] = false;
        break;
      default:
        break;
    }
  }

  void apply(const TestFact& f, std::uint32_t i, const std::string& article, bool first) {
    Day d = f.date.day;
    diag::Location where = at(f.span);
    switch (f.kind) {
      case TestFactKind::ratified:
        out_.instruments[i].deposited = d;
        break;
      case TestFactKind::signed_:
        out_.instruments[i].signed_on = d;
        instrument_facts_[i].signed_ = &f;
        break;
      case TestFactKind::denounced:
        out_.instruments[i].denounced = d;
        instrument_facts_[i].denounced = &f;
        break;
      case TestFactKind::reserved:
        out_.instruments[i].reservations.push_back({article, no_day, no_day, where});
        if (!instrument_facts_[i].reserved) instrument_facts_[i].reserved = &f;
        break;
      case TestFactKind::joined:
        out_.mechanisms[i].joined = d;
        break;
      case TestFactKind::left:
        out_.mechanisms[i].left = d;
        left_facts_[i] = &f;
        break;
      case TestFactKind::member:
        out_.groups.push_back(i);
        break;
      case TestFactKind::submitted: {
        bool has_period = f.period_span.end > f.period_span.begin;
        if (has_period && (f.period < 1000 || f.period > 9999)) {
          ok_ = false;
          diags_.error("T009", at(f.period_span),
                       "period must be a year (1000..9999), not " + std::to_string(f.period));
          return;
        }
        out_.reports[i].submissions.push_back({has_period ? f.period : 0u, d, where});
        break;
      }
      case TestFactKind::event:
        out_.events[i].happened = d;
        break;
      case TestFactKind::unknown:
        break;
    }
    if (!first) return;
    // The first fact about a name is where explanations point for it.
    switch (*kind_of(f.kind)) {
      case sema::Kind::instrument:
        out_.instruments[i].where = where;
        break;
      case sema::Kind::mechanism:
        out_.mechanisms[i].where = where;
        break;
      case sema::Kind::report:
        out_.reports[i].where = where;
        break;
      case sema::Kind::event:
        out_.events[i].where = where;
        break;
      default:
        break;
    }
  }

  const sema::RuleSet& rules_;
  std::uint32_t file_;
  model::Profile& out_;
  diag::Diagnostics& diags_;
  bool ok_ = true;
  std::map<std::pair<sema::Kind, std::uint32_t>, const TestFact*> said_, unknown_;
  std::map<OnceKey, const TestFact*> once_;
  std::map<std::uint32_t, InstrumentFactSpans> instrument_facts_;
  std::map<std::uint32_t, const TestFact*> left_facts_;
};

}  // namespace

bool inline_profile(const sema::RuleSet& rules, const syntax::TestState& state, std::uint32_t file, model::Profile& out,
                    diag::Diagnostics& diags) {
  StateBuilder builder(rules, file, out, diags);
  builder.start(state);
  for (const TestFact& f : state.facts) builder.add(f);
  builder.finish();
  return builder.ok();
}

const model::Profile* load_profile_file(ProfileFiles& files, const sema::RuleSet& rules, diag::SourceMap& sources,
                                        const syntax::StringLit& path, std::uint32_t file, const std::string& root,
                                        diag::Diagnostics& diags) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(sources.file(file).path).parent_path();
  fs::path named(path.text);
  fs::path full = named.is_absolute() ? named : dir / named;
  std::string key = full.lexically_normal().string();
  if (auto it = files.by_path.find(key); it != files.by_path.end())
    return it->second.ok ? &it->second.profile : nullptr;
  ProfileFiles::Entry& entry = files.by_path[key];
  diag::Location where{file, path.span};
  // Resolved with every symbolic link followed, so that no link leads outside the root.
  std::error_code ec;
  // Both made absolute first: weakly_canonical keeps a relative path relative when no part of
  // it exists (`profile/XAA.yaml` under a missing directory), which then never compares inside.
  fs::path base =
      fs::weakly_canonical(fs::absolute(root.empty() ? (dir.empty() ? fs::path(".") : dir) : fs::path(root), ec), ec);
  fs::path real = ec ? fs::path{} : fs::weakly_canonical(fs::absolute(full, ec), ec);
  auto inside = [&] {
    if (ec || real.empty()) return false;
    auto b = base.begin(), r = real.begin();
    for (; b != base.end(); ++b, ++r)
      if (r == real.end() || *b != *r) return false;
    return r != real.end();
  };
  if (path.text.empty() || !inside()) {
    diags.error("T016", where, "profile path '" + path.text + "' leads outside the rule set",
                "a test's profiles must lie inside '" + (root.empty() ? dir.string() : root) +
                    "'; copy the profile there and name it by a relative path");
    return nullptr;
  }
  std::string ext = real.extension().string();
  if (ext != ".yaml" && ext != ".yml") {
    diags.error("T017", where, "profile path '" + path.text + "' does not name a .yaml or .yml file",
                "profiles are YAML files named STATE.yaml");
    return nullptr;
  }
  struct stat st {};
  if (::stat(real.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
    bool exists = ::lstat(real.c_str(), &st) == 0;
    diags.error("T011", where,
                "cannot read profile '" + path.text + "': " + (exists ? "not a regular file" : "no such file"),
                "a profile path is relative to the rule file's directory; this one names '" + key + "'");
    return nullptr;
  }
  std::uint32_t id = 0;
  if (!syntax::read_source(key, sources, id, diags)) return nullptr;
  entry.ok = model::load_profile(rules, sources, id, entry.profile, diags);
  return entry.ok ? &entry.profile : nullptr;
}

}  // namespace pacta::testing::detail
