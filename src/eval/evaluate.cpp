#include "eval/evaluate.hpp"

#include <algorithm>

namespace pacta::eval {

using syntax::Predicate;
using syntax::Quantifier;
using syntax::TimingKind;

const char* truth_name(Truth t) {
  switch (t) {
    case Truth::no:
      return "false";
    case Truth::unknown:
      return "unknown";
    case Truth::pending:
      return "pending";
    case Truth::yes:
      return "true";
  }
  return "?";
}

const char* status_name(Status s) {
  switch (s) {
    case Status::violated:
      return "violated";
    case Status::unknown:
      return "unknown";
    case Status::pending:
      return "pending";
    case Status::satisfied:
      return "satisfied";
    case Status::exempt:
      return "exempt";
    case Status::not_applicable:
      return "not_applicable";
  }
  return "?";
}

Truth evaluate_atom_target(const Snapshot& s, const Node& n, std::uint32_t target, DeadlineFinding* finding);

Truth evaluate_slow(const Snapshot& s, std::uint32_t id) {
  const Program& prog = s.program();
  const Node& n = prog.nodes[id];
  switch (n.op) {
    case Op::atom: {
      if (n.quantifier == Quantifier::single) return evaluate_atom_target(s, n, n.target, nullptr);
      const std::uint32_t* m = prog.members.data() + n.first;
      std::uint32_t count[4] = {0, 0, 0, 0};  // indexed by Truth
      if (n.tabled) {
        const Truth* t = s.truths() + n.table;
        for (std::uint32_t k = 0; k < n.count; ++k) ++count[static_cast<int>(t[m[k]])];
      } else {
        for (std::uint32_t k = 0; k < n.count; ++k)
          ++count[static_cast<int>(evaluate_atom_target(s, n, m[k], nullptr))];
      }
      std::uint32_t no = count[0], unknown = count[1], pending = count[2], yes = count[3];
      switch (n.quantifier) {
        case Quantifier::all:
          return no ? Truth::no : unknown ? Truth::unknown : pending ? Truth::pending : Truth::yes;
        case Quantifier::any:
          return yes ? Truth::yes : pending ? Truth::pending : unknown ? Truth::unknown : Truth::no;
        case Quantifier::none:
          return yes ? Truth::no : pending ? Truth::pending : unknown ? Truth::unknown : Truth::yes;
        case Quantifier::at_least:
          if (yes >= n.at_least) return Truth::yes;
          if (yes + pending + unknown < n.at_least) return Truth::no;
          return yes + pending >= n.at_least ? Truth::pending : Truth::unknown;
        case Quantifier::single:
          break;
      }
      return Truth::unknown;
    }
    case Op::not_: {
      Truth t = evaluate(s, prog.children[n.first]);
      return t == Truth::yes ? Truth::no : t == Truth::no ? Truth::yes : t;
    }
    case Op::and_: {
      Truth acc = Truth::yes;
      for (std::uint32_t k = 0; k < n.count && acc != Truth::no; ++k)
        acc = std::min(acc, evaluate(s, prog.children[n.first + k]));
      return acc;
    }
    case Op::or_: {
      Truth acc = Truth::no;
      for (std::uint32_t k = 0; k < n.count && acc != Truth::yes; ++k)
        acc = std::max(acc, evaluate(s, prog.children[n.first + k]));
      return acc;
    }
  }
  return Truth::unknown;
}

Status verdict(const Snapshot& s, std::uint32_t obligation) {
  const CompiledObligation& o = s.program().obligations[obligation];
  if (o.states_only && s.profile().kind == model::PartyKind::organisation) return Status::not_applicable;
  Truth applies = o.applies == no_node ? Truth::yes : evaluate(s, o.applies);
  if (applies == Truth::no || applies == Truth::pending) return Status::not_applicable;
  Truth exempt = o.exempt == no_node ? Truth::no : evaluate(s, o.exempt);
  if (exempt == Truth::yes) return Status::exempt;
  Truth require = evaluate(s, o.require);
  if (require == Truth::yes) return Status::satisfied;
  if (applies == Truth::unknown || exempt == Truth::unknown) return Status::unknown;
  switch (require) {
    case Truth::no:
      return Status::violated;
    case Truth::pending:
      return Status::pending;
    default:
      return Status::unknown;
  }
}

}  // namespace pacta::eval
