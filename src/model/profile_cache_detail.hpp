// The parts of the profile cache (profile_cache.hpp), kept apart so each can be tested alone:
// a 128-bit hash (model/content_hash.hpp), the binary encoding of an entry
// (profile_cache_codec.cpp) and the files of the cache directory (profile_cache_files.cpp).
//
// An entry is a fixed header, then a payload:
//   header   magic "PACTAPRF", u32 format version, u32 0, the 128-bit key (lo, hi: u64 each),
//            u64 payload size, u64 checksum of the payload (hash128(payload).lo)
//   payload  the model::Profile and the diagnostics that loading it produced
// Integers are little-endian; strings and lists are a u32 count, then their items. Locations
// are stored relative to the profile: a tag (0: no file, 1: this file) and the span, so an
// entry is independent of the file's id in a run's SourceMap. Nothing read is trusted: every
// count is checked against the bytes left, every index against the rule set, every enum and
// flag against its range; any mismatch rejects the whole entry.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"
#include "model/content_hash.hpp"
#include "model/profile.hpp"

namespace pacta::model::cache {

// Bump when the encoding (or what load_profile produces from the same inputs) changes: it is
// part of every key, and of every header.
inline constexpr std::uint32_t format_version = 4;  // 2: the kind of party; 3: consent as one byte;
                                                    // 4: a diagnostic's count of those not reported (E011)
inline constexpr char magic[8] = {'P', 'A', 'C', 'T', 'A', 'P', 'R', 'F'};
inline constexpr std::size_t header_size = 48;

using model::Hash128;  // model/content_hash.hpp
using model::hash128;

// Little-endian output into a growing buffer.
class Writer {
 public:
  void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u32(std::uint32_t v);
  void u64(std::uint64_t v);
  void i32(std::int32_t v) { u32(static_cast<std::uint32_t>(v)); }
  void str(std::string_view s);
  void hash(const Hash128& h) {
    u64(h.lo);
    u64(h.hi);
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

// Bounds-checked input: any read past the end sets failed() and returns zeros from then on.
class Reader {
 public:
  explicit Reader(std::string_view in) : p_(in.data()), end_(in.data() + in.size()) {}
  std::uint8_t u8();
  std::uint32_t u32();
  std::uint64_t u64();
  std::int32_t i32() { return static_cast<std::int32_t>(u32()); }
  bool flag();  // a byte that must be 0 or 1
  void str(std::string& out);
  // A count of items each at least min_bytes long: fails when the bytes left cannot hold them.
  std::uint32_t count(std::size_t min_bytes);
  void fail() { failed_ = true; }
  bool failed() const { return failed_; }
  std::size_t left() const { return static_cast<std::size_t>(end_ - p_); }

 private:
  bool take(std::size_t n);
  const char* p_;
  const char* end_;
  bool failed_ = false;
};

// How many facts of each kind a profile of this rule set holds, and how many groups it has.
struct Shape {
  std::uint32_t instruments = 0, mechanisms = 0, reports = 0, events = 0, groups = 0;
};

// The whole entry for a loaded profile (file: its id in the run's SourceMap). Empty when it
// cannot be stored relative to the file (a location in another file).
std::string encode_entry(const Hash128& key, const Profile& profile, const diag::Diagnostics& diags,
                         std::uint32_t file);
// Decodes an entry written for `key` into a profile of `file` and its diagnostics; false (and
// the outputs unspecified) when it is corrupt, truncated, for another key or another shape.
bool decode_entry(std::string_view bytes, const Hash128& key, const Shape& shape, std::uint32_t file, Profile& profile,
                  std::vector<diag::Diagnostic>& diags);

// Creates a directory and its missing parents, each new one 0700. True when `path` is (now)
// a directory this process can write to.
bool make_directories(const std::string& path);
// Reads a regular file of at most `limit` bytes (never following a symbolic link, never
// blocking on a FIFO). False when absent, unreadable, of another type or too big.
bool read_file(const std::string& path, std::size_t limit, std::string& out);
// Writes `bytes` to dir/name atomically: a fresh temporary file (O_CREAT|O_EXCL, 0600) in
// `dir`, then rename(). Readers see the old file or the new one, never a part.
bool write_atomically(const std::string& dir, const std::string& name, std::string_view bytes);

}  // namespace pacta::model::cache
