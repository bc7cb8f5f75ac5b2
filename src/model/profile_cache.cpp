// The profile cache's policy (profile_cache.hpp): where it lives, what a key covers, and
// load(): try the entry, else parse with model::load_profile and store what it produced.
#include "model/profile_cache.hpp"

#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>

#include "model/load.hpp"

namespace pacta::model {
namespace {

constexpr std::uint64_t content_seed = 0x5041435441594d4cull;  // "PACTAYML"
constexpr std::uint64_t key_seed = 0x50414354414b4559ull;      // "PACTAKEY"

// An entry is never longer than this: generous (a profile's facts are fewer bytes than its
// YAML, plus one byte per declared name), and it bounds what a planted file can make us read.
std::size_t entry_limit(std::size_t text_size) { return (std::size_t{64} << 20) + 8 * text_size; }

bool absolute(const char* path) { return path && path[0] == '/'; }

// The running binary, as its size, modification time and inode: read once.
const cache::Hash128& binary_identity() {
  static const cache::Hash128 identity = [] {
    cache::Writer w;
    struct stat st {};
    if (::stat("/proc/self/exe", &st) == 0) {
      w.u64(static_cast<std::uint64_t>(st.st_size));
      w.u64(static_cast<std::uint64_t>(st.st_mtim.tv_sec));
      w.u64(static_cast<std::uint64_t>(st.st_mtim.tv_nsec));
      w.u64(static_cast<std::uint64_t>(st.st_ino));
      w.u64(static_cast<std::uint64_t>(st.st_dev));
    }
    return cache::hash128(w.bytes().data(), w.bytes().size(), key_seed);
  }();
  return identity;
}

template <typename T>
void names(cache::Writer& w, const std::vector<T>& items) {
  w.u32(static_cast<std::uint32_t>(items.size()));
  for (const T& item : items) w.str(item.id);
}

}  // namespace

std::string default_cache_dir() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (absolute(xdg)) return std::string(xdg) + "/pacta";
  const char* home = std::getenv("HOME");
  if (absolute(home)) return std::string(home) + "/.cache/pacta";
  return {};
}

cache::Hash128 rule_set_hash(const sema::RuleSet& rules) {
  cache::Writer w;
  names(w, rules.instruments);
  // What the profile warnings read beside names (Y014, Y015, Y016): a change must miss the cache.
  for (const sema::Instrument& i : rules.instruments) {
    w.i32(i.adopted);
    w.u8(i.open_to_organisations ? 1 : 0);
  }
  for (const sema::Mechanism& m : rules.mechanisms) w.i32(m.started);
  names(w, rules.mechanisms);
  names(w, rules.reports);
  names(w, rules.events);
  names(w, rules.groups);
  names(w, rules.sets);
  names(w, rules.obligations);
  w.u32(static_cast<std::uint32_t>(rules.names.size()));
  for (const auto& [name, ref] : rules.names) {
    w.str(name);
    w.u8(static_cast<std::uint8_t>(ref.kind));
    w.u32(ref.index);
  }
  return cache::hash128(w.bytes().data(), w.bytes().size(), key_seed);
}

ProfileCache::ProfileCache(const ProfileCacheOptions& options, const sema::RuleSet& rules)
    : version_(options.version), rules_(&rules), rules_hash_(rule_set_hash(rules)) {
  if (options.disabled) {
    spdlog::debug("profile cache: off (--no-cache)");
    return;
  }
  std::string root = options.dir.empty() ? default_cache_dir() : options.dir;
  if (root.empty()) {
    spdlog::debug("profile cache: off (neither XDG_CACHE_HOME nor HOME is an absolute path)");
    return;
  }
  std::string dir = root + "/profiles";
  bool usable = false;
  try {
    usable = cache::make_directories(dir);
  } catch (...) {
  }
  if (!usable) {
    // Asked for by name: say so. The default location failing is not worth a warning.
    if (!options.dir.empty())
      spdlog::warn("cannot use cache directory '{}'; running without a cache", root);
    else
      spdlog::debug("profile cache: off (cannot create '{}')", dir);
    return;
  }
  dir_ = std::move(dir);
  spdlog::debug("profile cache: {}", dir_);
}

cache::Hash128 ProfileCache::key(const sema::RuleSet& rules, const diag::SourceFile& source) const {
  cache::Writer w;
  w.str("pacta profile cache");
  w.u32(cache::format_version);
  w.str(version_);
  w.hash(binary_identity());
  w.hash(&rules == rules_ ? rules_hash_ : rule_set_hash(rules));
  w.str(std::filesystem::path(source.path).filename().string());
  w.u64(source.text.size());
  w.hash(cache::hash128(source.text.data(), source.text.size(), content_seed));
  return cache::hash128(w.bytes().data(), w.bytes().size(), key_seed);
}

std::string ProfileCache::entry_path(const cache::Hash128& key) const { return dir_ + "/" + key.hex() + ".entry"; }

bool ProfileCache::load(const sema::RuleSet& rules, const diag::SourceMap& sources, std::uint32_t file, Profile& out,
                        diag::Diagnostics& diags) const {
  if (!enabled()) return load_profile(rules, sources, file, out, diags);
  const diag::SourceFile& source = sources.file(file);
  cache::Hash128 k;
  std::string path;
  try {
    k = key(rules, source);
    path = entry_path(k);
    std::string bytes;
    std::vector<diag::Diagnostic> found;
    cache::Shape shape{
        static_cast<std::uint32_t>(rules.instruments.size()), static_cast<std::uint32_t>(rules.mechanisms.size()),
        static_cast<std::uint32_t>(rules.reports.size()), static_cast<std::uint32_t>(rules.events.size()),
        static_cast<std::uint32_t>(rules.groups.size())};
    const std::size_t limit = entry_limit(source.text.size());
    if (cache::read_file(path, limit, bytes)) {
      if (cache::decode_entry(bytes, k, shape, file, out, found)) {
        for (diag::Diagnostic& d : found) diags.add(std::move(d));
        ++hits_;
        spdlog::debug("profile cache hit: {}", source.path);
        return true;
      }
      spdlog::debug("profile cache: rejected entry {} for {}", path, source.path);
    }
  } catch (...) {
    path.clear();  // out of memory, most likely: parse, and do not store
  }
  ++misses_;
  spdlog::debug("profile cache miss: {}", source.path);
  diag::Diagnostics fresh;
  bool ok = load_profile(rules, sources, file, out, fresh);
  if (ok && !path.empty()) {
    try {
      std::string entry = cache::encode_entry(k, out, fresh, file);
      if (!entry.empty() && entry.size() <= entry_limit(source.text.size()) &&
          cache::write_atomically(dir_, k.hex() + ".entry", entry))
        ++stores_;
      else
        spdlog::debug("profile cache: not stored: {}", source.path);
    } catch (...) {
    }
  }
  diags.append(fresh);
  return ok;
}

}  // namespace pacta::model
