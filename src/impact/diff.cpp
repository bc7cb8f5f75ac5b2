#include "impact/diff.hpp"

#include <algorithm>
#include <map>

namespace pacta::impact {

const char* change_name(Change c) {
  switch (c) {
    case Change::changed:
      return "changed";
    case Change::added:
      return "added";
    case Change::removed:
      return "removed";
  }
  return "?";
}

namespace {

const model::Profile* find(const std::vector<model::Profile>& profiles, const std::string& state) {
  for (const model::Profile& p : profiles)
    if (p.state == state) return &p;
  return nullptr;
}

Verdict verdict_of(const eval::Snapshot& s, std::uint32_t obligation) {
  eval::Status status = eval::verdict(s, obligation);
  return {status, eval::record(s, obligation, status)};
}

Flip flip(const std::string& state, const sema::Obligation& o, Change change) {
  Flip f;
  f.state = state;
  f.obligation = o.id;
  f.change = change;
  f.title = o.title;
  f.source = o.source;
  f.severity = o.severity;
  return f;
}

}  // namespace

Diff diff(const Side& base, const Side& head, Day as_of, const std::vector<std::string>& states) {
  Diff d;
  d.as_of = as_of;
  auto wanted = [&](const std::string& s) {
    return states.empty() || std::find(states.begin(), states.end(), s) != states.end();
  };
  // Profiles are sorted by state on both sides.
  for (const model::Profile& p : base.profiles) {
    if (!wanted(p.state)) continue;
    (find(head.profiles, p.state) ? d.states : d.unmatched_states).push_back(p.state);
  }
  for (const model::Profile& p : head.profiles)
    if (wanted(p.state) && !find(base.profiles, p.state)) d.unmatched_states.push_back(p.state);
  std::sort(d.unmatched_states.begin(), d.unmatched_states.end());

  const auto& base_obligations = base.program.rules->obligations;
  const auto& head_obligations = head.program.rules->obligations;
  std::map<std::string, std::uint32_t, std::less<>> in_base, in_head;
  for (std::uint32_t i = 0; i < base_obligations.size(); ++i) in_base.emplace(base_obligations[i].id, i);
  for (std::uint32_t i = 0; i < head_obligations.size(); ++i) in_head.emplace(head_obligations[i].id, i);
  for (const auto& o : head_obligations)
    if (in_base.count(o.id))
      ++d.common_obligations;
    else
      d.added_obligations.push_back(o.id);
  for (const auto& o : base_obligations)
    if (!in_head.count(o.id)) d.removed_obligations.push_back(o.id);

  d.base_program = &base.program;
  d.head_program = &head.program;
  d.base_sources = &base.sources;
  d.head_sources = &head.sources;
  eval::Snapshot before(base.program, as_of), after(head.program, as_of);
  for (const std::string& state : d.states) {
    before.reset(*find(base.profiles, state));
    after.reset(*find(head.profiles, state));
    for (std::uint32_t h = 0; h < head_obligations.size(); ++h) {
      const sema::Obligation& o = head_obligations[h];
      auto b = in_base.find(o.id);
      eval::Status now = eval::verdict(after, h);
      if (b == in_base.end()) {
        Flip f = flip(state, o, Change::added);
        f.after = verdict_of(after, h);
        ++d.totals.added;
        if (now == eval::Status::violated) ++d.totals.newly_violated;
        d.flips.push_back(std::move(f));
        continue;
      }
      ++d.totals.compared;
      eval::Status then = eval::verdict(before, b->second);
      if (then == now) continue;
      Flip f = flip(state, o, Change::changed);
      f.before = verdict_of(before, b->second);
      f.after = verdict_of(after, h);
      ++d.totals.changed;
      if (now == eval::Status::violated) ++d.totals.newly_violated;
      if (then == eval::Status::violated) ++d.totals.no_longer_violated;
      d.flips.push_back(std::move(f));
    }
    for (std::uint32_t i = 0; i < base_obligations.size(); ++i) {
      const sema::Obligation& o = base_obligations[i];
      if (in_head.count(o.id)) continue;
      Flip f = flip(state, o, Change::removed);
      f.before = verdict_of(before, i);
      ++d.totals.removed;
      if (f.before->status == eval::Status::violated) ++d.totals.no_longer_violated;
      d.flips.push_back(std::move(f));
    }
  }
  return d;
}

}  // namespace pacta::impact
