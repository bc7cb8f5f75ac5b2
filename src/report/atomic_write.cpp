#include "report/atomic_write.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace pacta::report {

bool write_atomically(const std::string& path, const std::function<void(std::ostream&)>& write, std::string& error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (fs::is_directory(st)) {
    error = "is a directory";
    return false;
  }
  if (fs::exists(st) && !fs::is_regular_file(st)) {
    // A device, FIFO or socket (/dev/null, /dev/stdout, a pipe): write through it; renaming a
    // file over it would replace the device itself.
    std::ofstream out(path, std::ios::binary);
    if (!out) {
      error = std::strerror(errno);
      return false;
    }
    write(out);
    out.flush();
    if (!out) error = "write failed";
    return static_cast<bool>(out);
  }
  // Through a symbolic link, replace the file it names, not the link.
  std::string target = path;
  if (fs::is_symlink(fs::symlink_status(path, ec))) {
    fs::path resolved = fs::canonical(path, ec);
    if (!ec) target = resolved.string();
  }
  std::string tmp = target + ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) {
      error = std::strerror(errno);
      return false;
    }
    write(out);
    out.flush();
    if (!out) {
      error = "write failed";
      out.close();
      std::remove(tmp.c_str());
      return false;
    }
  }
  if (std::rename(tmp.c_str(), target.c_str()) != 0) {
    error = std::strerror(errno);
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

}  // namespace pacta::report
