#include "advice/simulation.hpp"

namespace pacta::advice {

Simulation::Simulation(const eval::Program& program, const std::vector<model::Profile>& profiles,
                       const model::Profile& self, Day as_of)
    : program_(program), profiles_(profiles), self_(self), as_of_(as_of) {
  take({});
}

void Simulation::take(const std::vector<Act>& acts) {
  current_ = apply_acts(self_, acts, as_of_);
  ++evaluations_;
  bool counted = false;  // a new deposit may reach an "N deposits" threshold
  for (const Act& a : acts) {
    if (a.kind != Act::Kind::deposit) continue;
    const sema::Instrument& inst = program_.rules->instruments[a.target];
    if (inst.in_force == no_day && inst.has_rule) counted = true;
  }
  const eval::Program* program = &program_;
  if (counted) {
    if (world_.empty()) {
      world_ = profiles_;
      self_index_ = world_.size();
      for (std::size_t k = 0; k < world_.size(); ++k)
        if (world_[k].state == self_.state) self_index_ = k;
      if (self_index_ == world_.size()) world_.push_back(self_);
    }
    world_[self_index_] = current_;
    recomputed_ = std::make_unique<eval::Program>(program_);
    eval::resolve_entry_into_force(*recomputed_, world_);
    program = recomputed_.get();
  }
  snapshot_ = std::make_unique<eval::Snapshot>(*program, as_of_);
  snapshot_->reset(current_);
}

}  // namespace pacta::advice
