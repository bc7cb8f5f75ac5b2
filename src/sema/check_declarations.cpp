// Declarations: one name per thing across the rule set (S002), clauses each kind accepts
// (S009) at most once (S008), dates that cannot be (S014), supplements that loop (S004),
// and sets: resolved, of one kind (S003), not empty (S005), without repeats (S015).
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "sema/checker.hpp"

namespace pacta::sema::detail {
namespace {

using syntax::ClauseKind;
using syntax::DeclKind;

const char* clause_name(ClauseKind k) {
  switch (k) {
    case ClauseKind::adopted:
      return "adopted";
    case ClauseKind::in_force_date:
      return "in_force (date)";
    case ClauseKind::in_force_rule:
      return "in_force (rule)";
    case ClauseKind::in_force_for_state:
      return "in_force_for_state";
    case ClauseKind::supplements:
      return "supplements";
    case ClauseKind::open_to_organisations:
      return "open_to_organisations";
    case ClauseKind::started:
      return "started";
    case ClauseKind::source:
      return "source";
  }
  return "?";
}

bool clause_allowed(DeclKind decl, ClauseKind clause) {
  if (clause == ClauseKind::source) return true;
  switch (decl) {
    case DeclKind::instrument:
      return clause != ClauseKind::started;
    case DeclKind::mechanism:
      return clause == ClauseKind::started;
    default:
      return false;
  }
}

DelayRule delay_rule(const syntax::Delay& d) { return {d.first_day_of_month, d.duration.value, d.months}; }

// Registers a name; S002 (pointing at the first declaration) when it is taken.
bool declare(Checker& c, const syntax::Name& id, std::uint32_t file, Ref ref) {
  auto [it, inserted] = c.rules.names.emplace(id.text, ref);
  if (inserted) return true;
  auto& d = c.diags.error("S002", {file, id.span}, "'" + id.text + "' is already declared",
                          "names are shared by all files of a rule set; rename one of them");
  d.notes.push_back({c.location_of(it->second), "first declared here"});
  return false;
}

template <typename T>
std::uint32_t next_index(const std::vector<T>& v) {
  return static_cast<std::uint32_t>(v.size());
}

void collect_declaration(Checker& c, const syntax::Declaration& decl, std::uint32_t file) {
  RuleSet& rs = c.rules;
  diag::Location where{file, decl.id.span};
  std::string title = decl.title ? decl.title->text : std::string{};
  Kind kind = kind_of(decl.kind);
  std::uint32_t index = 0;
  switch (kind) {
    case Kind::instrument:
      index = next_index(rs.instruments);
      break;
    case Kind::mechanism:
      index = next_index(rs.mechanisms);
      break;
    case Kind::report:
      index = next_index(rs.reports);
      break;
    case Kind::event:
      index = next_index(rs.events);
      break;
    default:
      index = next_index(rs.groups);
      break;
  }
  if (!declare(c, decl.id, file, {kind, index})) return;

  Instrument instrument{decl.id.text, title, {}, no_day, no_day, false, {}, 0, false, {}, std::nullopt, where};
  Mechanism mechanism{decl.id.text, title, {}, no_day, where};
  Declared declared{decl.id.text, title, {}, where};
  std::vector<bool> seen(static_cast<std::size_t>(ClauseKind::source) + 1, false);
  for (const syntax::DeclClause& clause : decl.clauses) {
    auto k = static_cast<std::size_t>(clause.kind);
    if (!clause_allowed(decl.kind, clause.kind)) {
      c.diags.error("S009", {file, clause.span},
                    std::string("'") + clause_name(clause.kind) + "' does not apply to " +
                        with_article(syntax::decl_kind_name(decl.kind)),
                    with_article(syntax::decl_kind_name(decl.kind)) + " takes " +
                        (decl.kind == DeclKind::instrument
                             ? "adopted, in_force, in_force_for_state, supplements, open_to_organisations and source"
                         : decl.kind == DeclKind::mechanism ? "started and source"
                                                            : "only source"));
      continue;
    }
    if (seen[k]) {
      c.diags.error("S008", {file, clause.span}, std::string("duplicate '") + clause_name(clause.kind) + "' clause",
                    "each clause may appear once per declaration");
      continue;
    }
    seen[k] = true;
    switch (clause.kind) {
      case ClauseKind::adopted:
        instrument.adopted = clause.date.day;
        break;
      case ClauseKind::in_force_date:
        instrument.in_force = clause.date.day;
        break;
      case ClauseKind::in_force_rule:
        instrument.has_rule = true;
        instrument.rule = delay_rule(clause.delay);
        instrument.deposits = clause.deposits;
        if (clause.deposits == 0)
          c.diags.error("S013", {file, clause.deposits_span}, "entry into force needs at least one deposit");
        break;
      case ClauseKind::in_force_for_state:
        instrument.has_state_delay = true;
        instrument.state_delay = delay_rule(clause.delay);
        break;
      case ClauseKind::started:
        mechanism.started = clause.date.day;
        break;
      case ClauseKind::source:
        instrument.source = mechanism.source = declared.source = clause.text.text;
        break;
      case ClauseKind::open_to_organisations:
        instrument.open_to_organisations = true;
        break;
      case ClauseKind::supplements:
        break;  // resolved once every name is known
    }
  }
  if (instrument.adopted != no_day && instrument.in_force != no_day && instrument.in_force < instrument.adopted) {
    for (const auto& clause : decl.clauses)
      if (clause.kind == ClauseKind::in_force_date)
        c.diags.error("S014", {file, clause.date.span},
                      "'" + decl.id.text + "' enters into force (" + format_day(instrument.in_force) +
                          ") before it was adopted (" + format_day(instrument.adopted) + ")");
  }
  switch (kind) {
    case Kind::instrument:
      rs.instruments.push_back(std::move(instrument));
      break;
    case Kind::mechanism:
      rs.mechanisms.push_back(std::move(mechanism));
      break;
    case Kind::report:
      rs.reports.push_back(std::move(declared));
      break;
    case Kind::event:
      rs.events.push_back(std::move(declared));
      break;
    default:
      rs.groups.push_back(std::move(declared));
      break;
  }
}

// Each instrument has at most one parent, so the 'supplements' graph is a set of chains that
// may end in a cycle. One colouring walk finds every cycle in linear time: an instrument is
// new, on the chain being walked, or done (its chain ends or was reported). A cycle is
// reported once, at its member with the lowest index, starting there.
void report_supplement_cycles(Checker& c) {
  const std::vector<Instrument>& all = c.rules.instruments;
  enum : std::uint8_t { fresh, on_chain, done };
  std::vector<std::uint8_t> state(all.size(), fresh);
  std::vector<std::uint32_t> position(all.size(), 0);  // on the current chain
  std::vector<std::vector<std::uint32_t>> cycles;
  std::vector<std::uint32_t> chain;
  for (std::uint32_t start = 0; start < all.size(); ++start) {
    chain.clear();
    std::optional<std::uint32_t> p = start;
    while (p && state[*p] == fresh) {
      state[*p] = on_chain;
      position[*p] = static_cast<std::uint32_t>(chain.size());
      chain.push_back(*p);
      p = all[*p].parent;
    }
    if (p && state[*p] == on_chain) {
      std::vector<std::uint32_t> cycle(chain.begin() + position[*p], chain.end());
      std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
      cycles.push_back(std::move(cycle));
    }
    for (auto i : chain) state[i] = done;
  }
  std::sort(cycles.begin(), cycles.end());  // by lowest member: the order of a walk from each instrument
  for (const auto& cycle : cycles) {
    std::string text;
    for (auto i : cycle) text += all[i].id + " -> ";
    text += all[cycle.front()].id;
    c.diags.error("S004", all[cycle.front()].where, "'supplements' forms a cycle: " + text,
                  "an instrument cannot supplement itself, directly or through others");
  }
}

void check_supplements(Checker& c) {
  for (const syntax::RuleFile& f : c.rules.files)
    for (const syntax::Declaration& decl : f.declarations)
      for (const syntax::DeclClause& clause : decl.clauses) {
        if (clause.kind != ClauseKind::supplements || decl.kind != DeclKind::instrument) continue;
        auto self = c.rules.lookup(decl.id.text);
        if (!self || self->kind != Kind::instrument) continue;
        Instrument& child = c.rules.instruments[self->index];
        if (child.where.file != f.file || child.where.span.begin != decl.id.span.begin) continue;  // a duplicate
        auto parent = c.resolve(clause.name, f.file, Kind::instrument);
        if (!parent || !c.expect_kind(*parent, Kind::instrument, clause.name, f.file, "'supplements'")) continue;
        child.parent = parent->index;
      }
  report_supplement_cycles(c);
}

void collect_set(Checker& c, const syntax::SetDecl& decl, std::uint32_t file) {
  if (!declare(c, decl.id, file, {Kind::set, next_index(c.rules.sets)})) return;
  c.rules.sets.push_back({decl.id.text, Kind::instrument, {}, {file, decl.id.span}});
}

void check_set(Checker& c, const syntax::SetDecl& decl, std::uint32_t file) {
  auto self = c.rules.lookup(decl.id.text);
  if (!self || self->kind != Kind::set) return;
  Set& set = c.rules.sets[self->index];
  if (set.where.file != file || set.where.span.begin != decl.id.span.begin) return;  // a duplicate
  if (decl.members.empty()) {
    c.diags.error("S005", {file, decl.span}, "set '" + decl.id.text + "' is empty", "list at least one member");
    return;
  }
  std::optional<Kind> kind;
  for (const syntax::Name& m : decl.members) {
    auto ref = c.resolve(m, file, kind);
    if (!ref) continue;
    if (ref->kind == Kind::set || ref->kind == Kind::obligation) {
      c.diags.error("S003", {file, m.span},
                    "a set cannot contain " + with_article(kind_name(ref->kind)) + " ('" + m.text + "')",
                    "list the members themselves");
      continue;
    }
    if (!kind) kind = ref->kind;
    if (ref->kind != *kind) {
      c.diags.error("S003", {file, m.span},
                    "set '" + decl.id.text + "' mixes kinds: '" + m.text + "' is " +
                        with_article(kind_name(ref->kind)) + ", earlier members are " + kind_name(*kind) + "s");
      continue;
    }
    if (std::find(set.members.begin(), set.members.end(), ref->index) != set.members.end()) {
      c.diags.warning("S015", {file, m.span}, "'" + m.text + "' is listed twice in set '" + decl.id.text + "'");
      continue;
    }
    set.members.push_back(ref->index);
  }
  if (kind) set.member_kind = *kind;
}

}  // namespace

void collect_declarations(Checker& c) {
  for (const syntax::RuleFile& f : c.rules.files) {
    for (const auto& d : f.declarations) collect_declaration(c, d, f.file);
    for (const auto& s : f.sets) collect_set(c, s, f.file);
  }
}

void check_declarations(Checker& c) {
  check_supplements(c);
  for (const syntax::RuleFile& f : c.rules.files)
    for (const auto& s : f.sets) check_set(c, s, f.file);
}

}  // namespace pacta::sema::detail
