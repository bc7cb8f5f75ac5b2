// A std::streambuf over a file descriptor, with a 64 KiB buffer. Unlike std::ofstream it keeps
// the errno of a failed write(2), so a full disk is reported as "no space left on device"
// rather than a bare "write failed". It never opens or closes the descriptor.
#pragma once

#include <streambuf>
#include <vector>

namespace pacta::report {

class FdBuf : public std::streambuf {
 public:
  explicit FdBuf(int fd);

  // errno of the first failed write, 0 if none.
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override;
  int sync() override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;

 private:
  bool drain();
  bool write_all(const char* p, std::size_t n);

  int fd_;
  int error_ = 0;
  std::vector<char> buffer_;
};

}  // namespace pacta::report
