// The language server's wire: JSON-RPC messages framed by `Content-Length` headers (LSP base
// protocol) over any stream. Reading never trusts the peer: a bad header or an oversized body
// is reported, and skipped without allocating it, so the next message can still be read.
#pragma once

#include <cstdint>
#include <istream>
#include <ostream>
#include <string>

namespace pacta::lsp {

// Bodies larger than this are refused (and skipped in chunks, never allocated).
inline constexpr std::uint64_t max_message_bytes = 64ull << 20;

enum class Frame : std::uint8_t {
  message,     // `body` holds one message
  bad_header,  // the header block had no usable Content-Length; the block was skipped
  too_large,   // Content-Length over the limit; the body was skipped
  end,         // end of input (or input cut inside a header or body)
};

struct Incoming {
  Frame frame = Frame::end;
  std::string body;
  std::string problem;  // for bad_header / too_large: what was wrong
};

Incoming read_message(std::istream& in, std::uint64_t limit = max_message_bytes);
void write_message(std::ostream& out, const std::string& body);

}  // namespace pacta::lsp
