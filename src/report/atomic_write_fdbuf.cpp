// Buffered writes to a file descriptor; see atomic_write_fdbuf.hpp.
#include "report/atomic_write_fdbuf.hpp"

#include <unistd.h>

#include <cerrno>

namespace pacta::report {

FdBuf::FdBuf(int fd) : fd_(fd), buffer_(64 * 1024) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }

bool FdBuf::write_all(const char* p, std::size_t n) {
  if (error_ != 0) return false;
  while (n > 0) {
    ssize_t w = ::write(fd_, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      error_ = errno;
      return false;
    }
    p += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}

bool FdBuf::drain() {
  bool ok = write_all(pbase(), static_cast<std::size_t>(pptr() - pbase()));
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return ok;
}

FdBuf::int_type FdBuf::overflow(int_type c) {
  if (!drain()) return traits_type::eof();
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

int FdBuf::sync() { return drain() ? 0 : -1; }

std::streamsize FdBuf::xsputn(const char* s, std::streamsize n) {
  if (n < epptr() - pptr()) return std::streambuf::xsputn(s, n);
  // Larger than the room left: flush what is buffered and write the block directly.
  if (!drain() || !write_all(s, static_cast<std::size_t>(n))) return 0;
  return n;
}

}  // namespace pacta::report
