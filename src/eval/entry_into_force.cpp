// General entry into force: a declared date rules; otherwise an "N deposits" rule is applied
// to the deposits of the loaded profiles (earliest first, ties by state code), organisations'
// deposits left out. For a state or an organisation, the instrument is in force from the later
// of that date and its own deposit plus delay.
#include <algorithm>

#include "eval/program.hpp"

namespace pacta::eval {

void resolve_entry_into_force(Program& program, const std::vector<model::Profile>& profiles) {
  const auto& instruments = program.rules->instruments;
  program.entry_into_force.assign(instruments.size(), {});
  for (std::uint32_t i = 0; i < instruments.size(); ++i) {
    const sema::Instrument& inst = instruments[i];
    EntryIntoForce& eif = program.entry_into_force[i];
    if (inst.in_force != no_day) {
      eif.date = inst.in_force;
      eif.declared = true;
      continue;
    }
    if (!inst.has_rule) continue;
    std::vector<std::pair<Day, const std::string*>> deposits;
    for (const model::Profile& p : profiles)
      if (p.instruments[i].deposited != no_day && p.kind != model::PartyKind::organisation)
        deposits.emplace_back(p.instruments[i].deposited, &p.state);
    std::sort(deposits.begin(), deposits.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : *a.second < *b.second;
    });
    eif.computed = true;
    eif.deposits_seen = static_cast<std::uint32_t>(deposits.size());
    if (inst.deposits == 0 || deposits.size() < inst.deposits) continue;
    const auto& nth = deposits[inst.deposits - 1];
    eif.nth_deposit = nth.first;
    eif.nth_state = *nth.second;
    eif.date = sema::apply_delay(nth.first, inst.rule);
  }
}

Day in_force_for_state(const Program& program, std::uint32_t instrument, Day deposit) {
  if (deposit == no_day) return no_day;
  const sema::Instrument& inst = program.rules->instruments[instrument];
  const EntryIntoForce& eif = program.entry_into_force[instrument];
  bool general_known = eif.declared || eif.computed;
  if (general_known && eif.date == no_day) return no_day;  // the threshold was never reached
  Day own = inst.has_state_delay ? sema::apply_delay(deposit, inst.state_delay) : deposit;
  return general_known ? std::max(own, eif.date) : own;
}

}  // namespace pacta::eval
