#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <unordered_map>

#include "model/load.hpp"
#include "model/profile_cache.hpp"
#include "syntax/load.hpp"

namespace pacta::model {
namespace {
// Files read before a batch is parsed (about 10 MB of typical profiles).
constexpr std::size_t profiles_per_batch = 1024;
}  // namespace

LoadedProfiles load_profiles(const sema::RuleSet& rules, const std::vector<std::string>& paths,
                             diag::SourceMap& sources, diag::Diagnostics& diags, unsigned threads,
                             const ProfileCache* cache, bool release_texts) {
  LoadedProfiles out;
  const std::vector<std::string> found = syntax::expand_paths(paths, {".yaml", ".yml"}, diags, out.input_error);
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());

  // Read a batch in order, then parse it in parallel (each file has its own slot and
  // diagnostics, merged in file order below): with release_texts, one batch of texts at a time.
  std::vector<std::uint32_t> files(found.size(), diag::no_file);
  std::vector<Profile> parsed(found.size());
  std::vector<diag::Diagnostics> file_diags(found.size());
  std::vector<char> ok(found.size(), 0);
  for (std::size_t first = 0; first < found.size(); first += profiles_per_batch) {
    const std::size_t end = std::min(found.size(), first + profiles_per_batch);
    for (std::size_t i = first; i < end; ++i) {
      if (!syntax::read_source(found[i], sources, files[i], diags)) {
        files[i] = diag::no_file;
        out.input_error = true;
        out.not_checked.push_back(found[i]);
      }
    }
    std::atomic<std::size_t> next{first};
    auto work = [&] {
      for (std::size_t i = next++; i < end; i = next++) {
        if (files[i] == diag::no_file) continue;
        ok[i] = cache ? cache->load(rules, sources, files[i], parsed[i], file_diags[i])
                      : load_profile(rules, sources, files[i], parsed[i], file_diags[i]);
        if (release_texts) sources.release(files[i]);
      }
    };
    const auto batch_threads = static_cast<unsigned>(std::min<std::size_t>(threads, end - first));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < batch_threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
  }
  for (auto& d : file_diags) diags.append(d);

  std::unordered_map<std::string, diag::Location> first_of_state;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (files[i] == diag::no_file) continue;  // unreadable: counted above
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
  spdlog::debug("loaded {} profile(s) from {} file(s)", out.profiles.size(),
                found.size() - static_cast<std::size_t>(std::count(files.begin(), files.end(), diag::no_file)));
  return out;
}

}  // namespace pacta::model
