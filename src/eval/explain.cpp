#include "eval/explain.hpp"

#include "diag/source_map.hpp"

namespace pacta::eval {

using syntax::Predicate;
using syntax::TimingKind;

namespace {

// A node's text is shown up to this many bytes, then "...": each node of a deep tree would
// otherwise repeat all the text below it, and explain's output would grow with depth x size.
constexpr std::size_t max_text = 160;

std::string source_text(const diag::SourceMap& sources, const diag::Location& where) {
  if (where.file == diag::no_file || where.file >= sources.size()) return {};
  const std::string& text = sources.file(where.file).text;
  std::string out;
  bool in_string = false;
  for (std::uint32_t i = where.span.begin; i < where.span.end && i < text.size(); ++i) {
    if (out.size() >= max_text && (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (out.back() != ' ') out += ' ';
      out += "...";
      break;
    }
    char c = text[i];
    if (c == '"') in_string = !in_string;
    if (c == '#' && !in_string) {  // comments inside a condition are not part of it
      while (i + 1 < where.span.end && text[i + 1] != '\n') ++i;
      continue;
    }
    bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!blank) out += c;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  return out;
}

class Explainer {
 public:
  Explainer(const Snapshot& s, const diag::SourceMap& sources)
      : s_(s), sources_(sources), prog_(s.program()), rules_(*prog_.rules) {}

  ExplainNode node(std::uint32_t id, std::string label) {
    const Node& n = prog_.nodes[id];
    ExplainNode out;
    out.label = std::move(label);
    out.value = evaluate(s_, id);
    out.where = n.where;
    out.text = source_text(sources_, n.where);
    if (n.op != Op::atom) {
      for (std::uint32_t k = 0; k < n.count; ++k) out.children.push_back(node(prog_.children[n.first + k], {}));
      return out;
    }
    if (n.quantifier == syntax::Quantifier::single) {
      facts(n, n.target, out.facts);
    } else {
      for (std::uint32_t k = 0; k < n.count; ++k) {
        std::uint32_t m = prog_.members[n.first + k];
        ExplainNode member;
        member.text = std::string(syntax::predicate_name(n.predicate)) + "(" + name(n.predicate, m) + ")";
        member.value = evaluate_atom_target(s_, n, m, nullptr);
        facts(n, m, member.facts);
        out.children.push_back(std::move(member));
      }
    }
    return out;
  }

 private:
  const std::string& name(Predicate p, std::uint32_t i) const {
    switch (p) {
      case Predicate::joined: return rules_.mechanisms[i].id;
      case Predicate::member: return rules_.groups[i].id;
      case Predicate::submitted: return rules_.reports[i].id;
      case Predicate::event: return rules_.events[i].id;
      default: return rules_.instruments[i].id;
    }
  }

  // A fact's date, marked when it lies after the as-of date (and so does not count yet).
  std::string dated(Day d) const {
    return format_day(d) + (d > s_.as_of() ? " (after " + format_day(s_.as_of()) + ")" : "");
  }

  void instrument_facts(std::uint32_t i, std::vector<FactNote>& out, bool with_force) {
    const model::InstrumentFacts& f = s_.profile().instruments[i];
    const std::string& id = rules_.instruments[i].id;
    if (!f.listed) {
      out.push_back({id + ": not in the profile" +
                         (s_.profile().complete[model::instruments_section] ? " (instruments complete: not deposited)" : ""),
                     s_.profile().where});
      return;
    }
    std::string text = id + ":";
    if (f.signed_on != no_day) text += " signed " + dated(f.signed_on) + ";";
    if (f.deposited != no_day)
      text += " consent deposited " + dated(f.deposited) + (f.consent.empty() ? "" : " (" + f.consent + ")") + ";";
    else if (f.deposited_by != no_day)
      text += " consent deposited on or before " + dated(f.deposited_by) + " (day not known);";
    else
      text += " no deposit recorded;";
    if (f.denounced != no_day) text += " denounced " + dated(f.denounced) + ";";
    if (f.known_until != no_day) text += " facts known until " + format_day(f.known_until) + ";";
    text.pop_back();
    out.push_back({text, f.where});
    if (!with_force || (f.deposited == no_day && f.deposited_by == no_day)) return;
    const EntryIntoForce& eif = prog_.entry_into_force[i];
    const sema::Instrument& inst = rules_.instruments[i];
    std::string force;
    if (eif.declared) {
      force = "in force generally from " + format_day(eif.date) + " (declared)";
    } else if (eif.computed && eif.date != no_day) {
      force = "in force generally from " + format_day(eif.date) + ", computed: " + sema::describe_delay(inst.rule) +
              " after deposit " + std::to_string(inst.deposits) + " (" + eif.nth_state + ", " +
              format_day(eif.nth_deposit) + ") among the loaded profiles";
    } else if (eif.computed) {
      force = "not in force: " + std::to_string(eif.deposits_seen) + " of the " + std::to_string(inst.deposits) +
              " deposits it needs among the loaded profiles";
    }
    Day from = s_.party_from(i);
    if (from != no_day) {
      force += std::string(force.empty() ? "" : "; ") + "in force for " + s_.profile().state +
               (s_.party_from_is_bound(i) ? " on or before " : " from ") + format_day(from);
      if (inst.has_state_delay) force += " (" + sema::describe_delay(inst.state_delay) + " after its deposit, or general entry into force if later)";
    }
    out.push_back({force, inst.where});
  }

  void finding_note(const Node& n, std::uint32_t target, std::vector<FactNote>& out) {
    DeadlineFinding f;
    evaluate_atom_target(s_, n, target, &f);
    using K = DeadlineFinding::Kind;
    std::string text;
    switch (f.kind) {
      case K::met:
        text = n.timing == TimingKind::every_year
                   ? "all " + std::to_string(f.periods_due) + " periods due so far were reported on time"
                   : "on time: " + format_day(f.submitted) + ", due " + format_day(f.due);
        break;
      case K::late:
      case K::missing:
        if (n.timing == TimingKind::every_year) {
          text = "period " + std::to_string(f.period) + " (due " + format_day(f.due) + "): " +
                 (f.kind == K::late ? "late, submitted " + format_day(f.submitted) : std::string("missing")) + "; " +
                 std::to_string(f.late) + " late and " + std::to_string(f.missing) + " missing of " +
                 std::to_string(f.periods_due) + " periods due";
        } else {
          text = f.kind == K::late ? "late: " + format_day(f.submitted) + ", due " + format_day(f.due)
                                   : "missing: due " + format_day(f.due);
        }
        break;
      case K::not_due: text = n.timing == TimingKind::every_year ? "no period due yet" : "not due yet: due " + format_day(f.due); break;
      case K::not_started: text = "the deadline has not started: its anchor has not happened"; break;
      case K::unknown: text = "unknown: the profile lacks the data"; break;
      case K::none: return;
    }
    out.push_back({text, {}});
  }

  void facts(const Node& n, std::uint32_t target, std::vector<FactNote>& out) {
    const model::Profile& p = s_.profile();
    switch (n.predicate) {
      case Predicate::ratified:
      case Predicate::signed_:
      case Predicate::reserved: instrument_facts(target, out, false); break;
      case Predicate::party: instrument_facts(target, out, true); break;
      case Predicate::joined: {
        const model::MechanismFacts& f = p.mechanisms[target];
        std::string id = rules_.mechanisms[target].id;
        out.push_back({!f.listed ? id + ": not in the profile"
                       : f.joined == no_day ? id + ": not joined"
                                            : id + ": joined " + dated(f.joined) + (f.left != no_day ? ", left " + dated(f.left) : ""),
                       f.listed ? f.where : p.where});
        break;
      }
      case Predicate::member:
        out.push_back({std::string(s_.member(target) == Truth::yes ? "listed in" : "not listed in") + " groups: " +
                           rules_.groups[target].id,
                       p.where});
        break;
      case Predicate::submitted: {
        const model::ReportFacts& f = p.reports[target];
        std::string id = rules_.reports[target].id;
        out.push_back({!f.listed ? id + ": not in the profile" : id + ": " + std::to_string(f.submissions.size()) + " submission(s) recorded",
                       f.listed ? f.where : p.where});
        break;
      }
      case Predicate::event: {
        const model::EventFacts& f = p.events[target];
        std::string id = rules_.events[target].id;
        out.push_back({!f.listed ? id + ": not in the profile"
                       : f.happened == no_day ? id + ": has not happened"
                                              : id + ": happened " + dated(f.happened),
                       f.listed ? f.where : p.where});
        break;
      }
    }
    if (n.predicate == Predicate::reserved) {
      Fact r = fact(s_, n.predicate, target, n.article);
      out.push_back({r.truth == Truth::yes ? "reservation to '" + prog_.articles[n.article] + "' since " + format_day(r.since)
                                           : "no reservation to '" + prog_.articles[n.article] + "' in force",
                     p.instruments[target].where});
    }
    if (n.timing == TimingKind::within || n.timing == TimingKind::every_year) finding_note(n, target, out);
  }

  const Snapshot& s_;
  const diag::SourceMap& sources_;
  const Program& prog_;
  const sema::RuleSet& rules_;
};

// The first atom whose value decided `want` along the tree.
const ExplainNode* deciding(const ExplainNode& n, Truth want) {
  if (n.children.empty()) return n.value == want ? &n : nullptr;
  for (const ExplainNode& c : n.children)
    if (c.value == want)
      if (const ExplainNode* d = deciding(c, want)) return d;
  return n.value == want ? &n : nullptr;
}

}  // namespace

Explanation explain(const Snapshot& s, const diag::SourceMap& sources, std::uint32_t obligation) {
  const Program& prog = s.program();
  const sema::Obligation& o = prog.rules->obligations[obligation];
  const CompiledObligation& co = prog.obligations[obligation];
  Explanation e;
  e.state = s.profile().state;
  e.obligation = o.id;
  e.title = o.title;
  e.source = o.source;
  e.severity = o.severity;
  e.status = verdict(s, obligation);
  e.as_of = s.as_of();
  e.obligation_where = o.where;
  e.profile_where = s.profile().where;
  Explainer x(s, sources);
  if (co.applies != no_node) e.clauses.push_back(x.node(co.applies, "applies when"));
  if (co.exempt != no_node) e.clauses.push_back(x.node(co.exempt, "exempt when"));
  e.clauses.push_back(x.node(co.require, "require"));
  return e;
}

std::string reason(const Explanation& e) {
  Truth want = e.status == Status::violated ? Truth::no : e.status == Status::pending ? Truth::pending : Truth::unknown;
  for (const ExplainNode& clause : e.clauses) {
    if (e.status != Status::unknown && clause.label != "require") continue;
    const ExplainNode* d = deciding(clause, want);
    if (!d) continue;
    std::string text;
    for (const FactNote& f : d->facts) text += (text.empty() ? "" : "; ") + f.text;
    std::string what = d->text.empty() ? std::string{} : d->text;
    return what.empty() ? text : text.empty() ? what : what + ": " + text;
  }
  return {};
}

}  // namespace pacta::eval
