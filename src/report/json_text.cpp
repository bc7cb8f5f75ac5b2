#include "report/json_text.hpp"

#include <algorithm>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pacta::report {

namespace {

// The end of the run of bytes from `i` that JSON takes as they are: printable ASCII other than
// '"' and '\\'. 16 bytes at a time where SSE2 is there, then 8 (no byte >= 0x80, < 0x20, '"'
// or '\\' in the word), then one by one.
std::size_t plain_run(const char* s, std::size_t i, std::size_t n) {
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(0x20), quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
  while (i + 16 <= n) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    // Signed bytes: one comparison finds both the controls and the bytes >= 0x80.
    __m128i special =
        _mm_or_si128(_mm_cmplt_epi8(v, space), _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
    if (int mask = _mm_movemask_epi8(special)) return i + static_cast<std::size_t>(__builtin_ctz(mask));
    i += 16;
  }
#endif
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  auto zero_byte = [&](std::uint64_t x) { return (x - ones) & ~x & highs; };
  while (i + 8 <= n) {
    std::uint64_t v;
    std::memcpy(&v, s + i, 8);
    std::uint64_t special =
        (v & highs) | ((v - 0x20 * ones) & ~v & highs) | zero_byte(v ^ (0x22 * ones)) | zero_byte(v ^ (0x5C * ones));
    if (special) break;
    i += 8;
  }
  while (i < n) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x20 || b >= 0x80 || b == '"' || b == '\\') break;
    ++i;
  }
  return i;
}

template <typename Out>
void escape(Out& out, std::string_view s) {
  static const char hex[] = "0123456789abcdef";
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    // Plain printable ASCII goes in one append.
    std::size_t run = plain_run(s.data(), i, s.size());
    if (run > i) {
      out.append(s.data() + i, run - i);
      i = run;
      if (i == s.size()) break;
    }
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"':
          out += "\\\"";
          break;
        case '\\':
          out += "\\\\";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\t':
          out += "\\t";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\b':
          out += "\\b";
          break;
        case '\f':
          out += "\\f";
          break;
        default:
          if (c < 0x20) {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
          } else {
            out += static_cast<char>(c);
          }
      }
      ++i;
      continue;
    }
    // Two to four bytes as UTF-8 allows them (the Unicode Standard, table 3-7: the second
    // byte's range rules out overlong forms, surrogates and code points above U+10FFFF). An
    // ill-formed sequence becomes one U+FFFD per maximal subpart, the byte that broke it read
    // again, as nlohmann's `replace` does.
    std::size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    unsigned char low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80, high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    std::size_t k = 1;
    while (k < n && i + k < s.size()) {
      auto b = static_cast<unsigned char>(s[i + k]);
      if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xBF)) break;
      ++k;
    }
    if (n != 0 && k == n) {
      out.append(s.data() + i, n);
    } else {
      out += "\xEF\xBF\xBD";
    }
    i += k;
  }
  out += '"';
}

}  // namespace

void JsonBuffer::grow(std::size_t n) {
  std::size_t capacity = std::max<std::size_t>({capacity_ * 2, size_ + n, 1u << 16});
  std::unique_ptr<char[]> data(new char[capacity]);
  if (size_) std::memcpy(data.get(), data_.get(), size_);
  data_ = std::move(data);
  capacity_ = capacity;
}

bool json_plain(std::string_view s) { return plain_run(s.data(), 0, s.size()) == s.size(); }

void json_string(std::string& out, std::string_view s) { escape(out, s); }
void json_string(JsonBuffer& out, std::string_view s) { escape(out, s); }

void json_day(JsonBuffer& out, Day d) {
  if (d == no_day) {
    out += "null";
    return;
  }
  char buf[12];
  buf[0] = '"';
  write_day(buf + 1, d);
  buf[11] = '"';
  out.append(buf, 12);
}

void json_number(JsonBuffer& out, std::uint64_t n) {
  char buf[24];
  char* p = buf + sizeof buf;
  do {
    *--p = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n != 0);
  out.append(p, static_cast<std::size_t>(buf + sizeof buf - p));
}

void json_location(JsonBuffer& out, const diag::SourceMap& sources, const diag::Location& where) {
  if (where.file == diag::no_file || where.file >= sources.size()) {
    out += "null";
    return;
  }
  diag::LineColumn lc = sources.line_column(where.file, where.span.begin);
  out += "{\"path\": ";
  json_string(out, sources.file(where.file).path);
  out += ", \"line\": ";
  json_number(out, lc.line);
  out += ", \"column\": ";
  json_number(out, lc.column);
  out += '}';
}

void json_diagnostic(JsonBuffer& out, const diag::SourceMap& sources, const diag::Diagnostic& d) {
  out += "{\"code\": ";
  json_string(out, d.code);
  out += ", \"severity\": \"";
  out += diag::severity_name(d.severity);
  out += "\", \"file\": ";
  diag::Location at = sources.clamp(d.where);
  if (at.file == diag::no_file) {
    out += "null, \"line\": null, \"column\": null, \"end_line\": null, \"end_column\": null";
  } else {
    diag::LineColumn b = sources.line_column(at.file, at.span.begin);
    diag::LineColumn e = sources.line_column(at.file, at.span.end);
    json_string(out, sources.file(at.file).path);
    out += ", \"line\": ";
    json_number(out, b.line);
    out += ", \"column\": ";
    json_number(out, b.column);
    out += ", \"end_line\": ";
    json_number(out, e.line);
    out += ", \"end_column\": ";
    json_number(out, e.column);
  }
  out += ", \"message\": ";
  json_string(out, d.message);
  out += ", \"help\": ";
  if (d.help.empty())
    out += "null";
  else
    json_string(out, d.help);
  out += '}';
}

}  // namespace pacta::report
