#include "eval/run.hpp"

#include <algorithm>
#include <thread>
#include <vector>

namespace pacta::eval {

CheckRun run_check(const Program& program, const std::vector<model::Profile>& profiles, Day as_of,
                   const Selection& selection, unsigned threads) {
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
  // Rows [first, last): one snapshot per thread, each writing its own rows.
  auto rows = [&](std::size_t first, std::size_t last) {
    Snapshot snapshot(program, as_of);
    std::size_t k = first * run.obligations.size();
    for (std::size_t p = first; p < last; ++p) {
      snapshot.reset(*run.profiles[p]);
      for (std::uint32_t o : run.obligations) run.statuses[k++] = verdict(snapshot, o);
    }
  };
  // Every core, up to 8, but only on large runs: threads pay for themselves from about a
  // million verdicts (a verdict takes some 20 ns).
  if (threads == 0)
    threads = run.statuses.size() < 1'000'000 ? 1 : std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(run.profiles.size(), 1)));
  if (threads <= 1) {
    rows(0, run.profiles.size());
    return run;
  }
  std::vector<std::thread> pool;
  const std::size_t n = run.profiles.size();
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(rows, n * t / threads, n * (t + 1) / threads);
  for (std::thread& t : pool) t.join();
  return run;
}

}  // namespace pacta::eval
