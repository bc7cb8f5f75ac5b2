#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <unordered_map>

#include "model/load.hpp"
#include "model/profile_cache.hpp"
#include "syntax/load.hpp"

namespace pacta::model {

LoadedProfiles load_profiles(const sema::RuleSet& rules, const std::vector<std::string>& paths,
                             diag::SourceMap& sources, diag::Diagnostics& diags, unsigned threads,
                             const ProfileCache* cache) {
  LoadedProfiles out;
  std::vector<std::uint32_t> files;
  for (const std::string& path : syntax::expand_paths(paths, {".yaml", ".yml"}, diags, out.input_error)) {
    std::uint32_t id = 0;
    if (syntax::read_source(path, sources, id, diags)) {
      files.push_back(id);
    } else {
      out.input_error = true;
      out.not_checked.push_back(path);
    }
  }

  // Parse in parallel; each file has its own slot and diagnostics, merged in file order.
  std::vector<Profile> parsed(files.size());
  std::vector<diag::Diagnostics> file_diags(files.size());
  std::vector<char> ok(files.size(), 0);
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++)
      ok[i] = cache ? cache->load(rules, sources, files[i], parsed[i], file_diags[i])
                    : load_profile(rules, sources, files[i], parsed[i], file_diags[i]);
  };
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, files.size()));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  for (auto& d : file_diags) diags.append(d);

  std::unordered_map<std::string, diag::Location> first_of_state;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (!ok[i]) {
      out.input_error = true;
      out.not_checked.push_back(sources.file(files[i]).path);
      continue;
    }
    auto [same, fresh] = first_of_state.emplace(parsed[i].state, parsed[i].where);
    if (!fresh) {
      diags
          .error("Y007", parsed[i].where, "a second profile for state '" + parsed[i].state + "'",
                 "one profile per state; merge the two files")
          .notes.push_back({same->second, "the first profile for '" + parsed[i].state + "'"});
      out.input_error = true;
      out.not_checked.push_back(sources.file(files[i]).path);
      continue;
    }
    out.profiles.push_back(std::move(parsed[i]));
  }
  std::sort(out.profiles.begin(), out.profiles.end(),
            [](const Profile& a, const Profile& b) { return a.state < b.state; });
  spdlog::debug("loaded {} profile(s) from {} file(s)", out.profiles.size(), files.size());
  return out;
}

}  // namespace pacta::model
