#include "eval/run.hpp"

#include <algorithm>

namespace pacta::eval {

CheckRun run_check(const Program& program, const std::vector<model::Profile>& profiles, Day as_of,
                   const Selection& selection) {
  CheckRun run;
  run.as_of = as_of;
  auto wanted = [](const std::vector<std::string>& list, const std::string& x) {
    return list.empty() || std::find(list.begin(), list.end(), x) != list.end();
  };
  const auto& obligations = program.rules->obligations;
  for (std::uint32_t i = 0; i < obligations.size(); ++i)
    if (wanted(selection.obligations, obligations[i].id)) run.obligations.push_back(i);
  for (const model::Profile& p : profiles)
    if (wanted(selection.states, p.state)) run.profiles.push_back(&p);
  run.statuses.resize(run.profiles.size() * run.obligations.size());
  Snapshot snapshot(program, as_of);
  std::size_t k = 0;
  for (const model::Profile* p : run.profiles) {
    snapshot.reset(*p);
    for (std::uint32_t o : run.obligations) run.statuses[k++] = verdict(snapshot, o);
  }
  return run;
}

}  // namespace pacta::eval
