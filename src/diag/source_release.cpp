// Released source texts (SourceMap::release): what line and column need is kept, the text is
// read again from its file only when a line is quoted (a diagnostic's source line).
#include <fstream>
#include <functional>
#include <iterator>

#include "diag/source_map.hpp"

namespace pacta::diag {
namespace {

std::size_t fingerprint_of(const std::string& text) { return std::hash<std::string_view>{}(text); }

}  // namespace

void SourceMap::release(std::uint32_t id) {
  SourceFile& f = files_.at(id);
  if (f.released) return;
  for (std::uint32_t i = 0; i < f.size; ++i)
    if ((static_cast<unsigned char>(f.text[i]) & 0xC0) == 0x80) f.continuations.push_back(i);
  f.continuations.shrink_to_fit();
  f.fingerprint = fingerprint_of(f.text);
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
    if (text.size() == f.size && fingerprint_of(text) == f.fingerprint) it->second = std::move(text);
  }
  return it->second;
}

}  // namespace pacta::diag
