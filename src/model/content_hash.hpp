// A content hash of bytes: the profile cache's keys and checksums, and the input hashes the
// HTML report prints. MurmurHash3 x64-128 (Austin Appleby's public-domain design, written here
// from its description), with a 64-bit seed and the 64-bit length folded in. Not cryptographic:
// 128 bits make an accidental collision vanishingly unlikely; neither use is a security boundary.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace pacta::model {

struct Hash128 {
  std::uint64_t lo = 0;
  std::uint64_t hi = 0;
  bool operator==(const Hash128& o) const { return lo == o.lo && hi == o.hi; }
  bool operator!=(const Hash128& o) const { return !(*this == o); }
  std::string hex() const;  // 32 lower-case hex digits, hi first
};

Hash128 hash128(const void* data, std::size_t size, std::uint64_t seed = 0);

}  // namespace pacta::model
