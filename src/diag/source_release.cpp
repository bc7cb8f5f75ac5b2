// Released source texts (SourceMap::release): what line and column need is kept, the text is
// read again from its file only when a line is quoted (a diagnostic's source line).
#include <cstring>
#include <fstream>
#include <iterator>

#include "diag/source_map.hpp"

namespace pacta::diag {
namespace {

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// One pass, 8 bytes at a time: a fingerprint of the text (FNV-1a over 64-bit words), enough to
// tell a file changed since it was read, and the offsets of its continuation bytes (none in
// ASCII text).
std::uint64_t scan(const std::string& text, std::vector<std::uint32_t>* continuations) {
  constexpr std::uint64_t prime = 0x100000001b3ull;
  constexpr std::uint64_t high_bits = 0x8080808080808080ull;
  std::uint64_t fingerprint = 0xcbf29ce484222325ull ^ text.size();
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    fingerprint = (fingerprint ^ word) * prime;
    if ((word & high_bits) != 0 && continuations)
      for (std::size_t j = i; j < i + 8; ++j)
        if (continuation(text[j])) continuations->push_back(static_cast<std::uint32_t>(j));
  }
  for (; i < text.size(); ++i) {
    fingerprint = (fingerprint ^ static_cast<unsigned char>(text[i])) * prime;
    if (continuation(text[i]) && continuations) continuations->push_back(static_cast<std::uint32_t>(i));
  }
  return fingerprint;
}

}  // namespace

void SourceMap::release(std::uint32_t id) {
  SourceFile& f = files_.at(id);
  if (f.released) return;
  f.fingerprint = scan(f.text, &f.continuations);
  // Four bytes per continuation byte: a text mostly of non-ASCII letters is cheaper kept.
  if (f.continuations.size() > f.size / 16) {
    std::vector<std::uint32_t>().swap(f.continuations);
    return;
  }
  f.continuations.shrink_to_fit();
  f.released = true;
  std::string().swap(f.text);
  std::vector<std::uint32_t>().swap(f.checkpoints);
  f.line_starts.shrink_to_fit();
}

const std::string& SourceMap::text_of(std::uint32_t id) const {
  const SourceFile& f = files_[id];
  if (!f.released) return f.text;
  auto [it, fresh] = reread_.try_emplace(id);
  if (fresh) {
    std::ifstream in(f.path, std::ios::binary);
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);  // as read_source drops it
    if (text.size() == f.size && scan(text, nullptr) == f.fingerprint) it->second = std::move(text);
  }
  return it->second;
}

}  // namespace pacta::diag
