#include "lsp/transport.hpp"

#include <algorithm>
#include <cctype>

namespace pacta::lsp {

namespace {

// A header line without its line break; false at end of input. Overlong lines are cut (the
// rest is read and dropped) so a peer cannot make us buffer an endless header.
bool read_line(std::istream& in, std::string& line) {
  constexpr std::size_t longest = 8192;
  line.clear();
  int c = 0;
  while ((c = in.get()) != std::char_traits<char>::eof()) {
    if (c == '\n') {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return true;
    }
    if (line.size() < longest) line.push_back(static_cast<char>(c));
  }
  return !line.empty();
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// The decimal value of a Content-Length header, or false when it is not a plain number.
bool parse_length(const std::string& value, std::uint64_t& out) {
  std::size_t i = value.find_first_not_of(" \t");
  std::size_t j = value.find_last_not_of(" \t");
  if (i == std::string::npos) return false;
  out = 0;
  for (std::size_t k = i; k <= j; ++k) {
    if (value[k] < '0' || value[k] > '9') return false;
    // Saturate: a length past 2^64 is over any limit, and refused as such.
    out = out > (~0ull - 9) / 10 ? ~0ull : out * 10 + static_cast<std::uint64_t>(value[k] - '0');
  }
  return true;
}

}  // namespace

Incoming read_message(std::istream& in, std::uint64_t limit) {
  Incoming result;
  std::string line;
  bool any_header = false, has_length = false, bad_length = false;
  std::uint64_t length = 0;
  // Headers up to the empty line; blank lines before any header are tolerated.
  for (;;) {
    if (!read_line(in, line)) return result;  // end
    if (line.empty()) {
      if (any_header) break;
      continue;
    }
    any_header = true;
    std::size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    if (lower(line.substr(0, colon)) == "content-length") {
      has_length = parse_length(line.substr(colon + 1), length);
      bad_length = !has_length;
    }
  }
  if (!has_length) {
    result.frame = Frame::bad_header;
    result.problem = bad_length ? "the Content-Length header is not a number" : "no Content-Length header";
    return result;
  }
  if (length > limit) {
    // Skip the body in chunks: its size is the peer's claim, not memory we owe it.
    char chunk[65536];
    std::uint64_t left = length;
    while (left > 0 && in) {
      auto n = static_cast<std::streamsize>(std::min<std::uint64_t>(left, sizeof chunk));
      in.read(chunk, n);
      left -= static_cast<std::uint64_t>(in.gcount());
      if (in.gcount() == 0) break;
    }
    result.frame = Frame::too_large;
    result.problem =
        "message of " + std::to_string(length) + " bytes is over the limit of " + std::to_string(limit) + " bytes";
    return result;
  }
  result.body.resize(static_cast<std::size_t>(length));
  in.read(result.body.data(), static_cast<std::streamsize>(length));
  if (static_cast<std::uint64_t>(in.gcount()) != length) {
    result.body.clear();
    return result;  // cut off: end
  }
  result.frame = Frame::message;
  return result;
}

void write_message(std::ostream& out, const std::string& body) {
  out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out.flush();
}

}  // namespace pacta::lsp
