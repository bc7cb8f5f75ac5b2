// A profile with acts taken, judged by the real evaluator as of the act day. When an act
// deposits consent to an instrument whose general entry into force is computed from deposits,
// the entry into force is computed again with that deposit counted. Internal to advice/.
#pragma once

#include <memory>
#include <vector>

#include "advice/acts.hpp"
#include "eval/evaluate.hpp"
#include "eval/record.hpp"

namespace pacta::advice {

class Simulation {
 public:
  Simulation(const eval::Program& program, const std::vector<model::Profile>& profiles, const model::Profile& self,
             Day as_of);
  // Takes the acts (replacing those taken before); then status() and record() read the result.
  void take(const std::vector<Act>& acts);
  eval::Status status(std::uint32_t obligation) const { return eval::verdict(*snapshot_, obligation); }
  eval::VerdictRecord record(std::uint32_t obligation) const {
    return eval::record(*snapshot_, obligation, status(obligation));
  }
  const eval::Snapshot& snapshot() const { return *snapshot_; }
  std::size_t evaluations() const { return evaluations_; }

 private:
  const eval::Program& program_;
  const std::vector<model::Profile>& profiles_;
  const model::Profile& self_;
  Day as_of_;
  model::Profile current_;
  std::vector<model::Profile> world_;  // the profiles with the state's acts, built when needed
  std::size_t self_index_ = 0;         // the state's place in world_
  std::unique_ptr<eval::Program> recomputed_;
  std::unique_ptr<eval::Snapshot> snapshot_;
  std::size_t evaluations_ = 0;
};

}  // namespace pacta::advice
