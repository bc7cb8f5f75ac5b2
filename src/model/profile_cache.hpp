// A cache of parsed profiles, so a run over unchanged profiles skips yaml-cpp and the schema
// walk. An entry holds a model::Profile and the diagnostics (warnings) that loading it
// produced, with locations relative to the file; a hit gives exactly what parsing would have
// given, so output is byte-identical. Profiles with errors are not stored (and re-parsed).
//
// Key: a 128-bit hash of the profile's bytes and length, its file name (Y012 compares it with
// the state code), Pacta's version, the running binary's identity (size, mtime, inode: a
// rebuilt binary never reads an older one's entries), the cache format version, the rule set's
// names per kind in declaration order (facts are stored by declaration index) and the
// declaration facts the warnings read (adopted, open_to_organisations, started). Should
// load_profile come to depend on anything else (an option, another file), add it to key().
//
// Location: --cache-dir DIR, else $XDG_CACHE_HOME/pacta, else $HOME/.cache/pacta; entries in
// DIR/profiles/. With neither variable usable, or --no-cache, there is no cache. Entries are
// checked (magic, format, key, size, checksum, every count and index) and a bad one is parsed
// again and rewritten; writes go through a temporary file and rename(), so concurrent runs
// are safe. Details in docs/PROFILES.md ("The profile cache").
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

#include "diag/diagnostic.hpp"
#include "diag/source_map.hpp"
#include "model/profile.hpp"
#include "model/profile_cache_detail.hpp"
#include "sema/rule_set.hpp"

namespace pacta::model {

struct ProfileCacheOptions {
  std::string dir;        // --cache-dir; empty: default_cache_dir()
  bool disabled = false;  // --no-cache
  std::string version;    // Pacta's version (part of every key)
};

// $XDG_CACHE_HOME/pacta, else $HOME/.cache/pacta (only absolute values count, as the XDG
// specification says); empty when neither is usable.
std::string default_cache_dir();

struct ProfileCacheStats {
  std::size_t hits = 0;
  std::size_t misses = 0;  // absent, or rejected (corrupt, truncated, for another key)
  std::size_t stores = 0;  // entries written
};

class ProfileCache {
 public:
  // Opens the cache for one rule set (which must outlive it: its names' hash is kept): creates
  // DIR/profiles (0700) if needed. When that fails, or options.disabled, load() just parses.
  ProfileCache(const ProfileCacheOptions& options, const sema::RuleSet& rules);
  ProfileCache(const ProfileCache&) = delete;
  ProfileCache& operator=(const ProfileCache&) = delete;

  bool enabled() const { return !dir_.empty(); }
  // DIR/profiles, where the entries are; empty when off.
  const std::string& directory() const { return dir_; }

  // As model::load_profile (same result, same diagnostics), from the cache when it can; a
  // miss parses and stores. Thread-safe; never throws.
  bool load(const sema::RuleSet& rules, const diag::SourceMap& sources, std::uint32_t file, Profile& out,
            diag::Diagnostics& diags) const;

  // The key of a loaded file, and its entry's path (for tests and logs).
  cache::Hash128 key(const sema::RuleSet& rules, const diag::SourceFile& source) const;
  std::string entry_path(const cache::Hash128& key) const;
  ProfileCacheStats stats() const { return {hits_.load(), misses_.load(), stores_.load()}; }

 private:
  std::string dir_;
  std::string version_;
  const sema::RuleSet* rules_ = nullptr;  // the rule set `rules_hash_` was computed for
  cache::Hash128 rules_hash_;
  mutable std::atomic<std::size_t> hits_{0}, misses_{0}, stores_{0};
};

// The rule set's part of the key: the names of each kind in declaration order, and the
// name table (name, kind, index).
cache::Hash128 rule_set_hash(const sema::RuleSet& rules);

}  // namespace pacta::model
