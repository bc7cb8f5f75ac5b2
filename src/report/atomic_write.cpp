// Write-then-rename with the old file's mode and owner, an exclusive temporary, fsync, and
// cleanup on errors and signals; see atomic_write.hpp.
#include "report/atomic_write.hpp"

#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <system_error>

#include "report/atomic_write_cleanup.hpp"
#include "report/atomic_write_fdbuf.hpp"

namespace pacta::report {
namespace {

namespace fs = std::filesystem;

std::string describe(int err) {
  std::string s = std::generic_category().message(err);
  if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

struct FdGuard {
  int fd = -1;
  ~FdGuard() {
    if (fd >= 0) ::close(fd);
  }
};

// An exclusively created temporary file, removed unless it was renamed into place.
struct Temporary {
  int dirfd = -1;
  std::string name;
  int fd = -1;
  int slot = -1;
  ~Temporary() {
    if (fd >= 0) ::close(fd);
    if (name.empty()) return;
    CleanupSignalsBlocked blocked;
    ::unlinkat(dirfd, name.c_str(), 0);
    unregister_temporary(slot);
  }
};

std::string random_suffix() {
  static constexpr char kChars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  static std::atomic<unsigned long long> counter{0};
  unsigned char bytes[6];
  if (::getrandom(bytes, sizeof bytes, GRND_NONBLOCK) != static_cast<ssize_t>(sizeof bytes)) {
    auto mix = static_cast<unsigned long long>(std::chrono::steady_clock::now().time_since_epoch().count()) ^
               (static_cast<unsigned long long>(::getpid()) << 32) ^ (counter++ * 0x9E3779B97F4A7C15ULL);
    for (unsigned char& b : bytes) b = static_cast<unsigned char>(mix >> (8 * (&b - bytes)));
  }
  std::string s;
  for (unsigned char b : bytes) s += kChars[b % (sizeof kChars - 1)];
  return s;
}

bool create_temporary(int dirfd, const std::string& base, mode_t mode, Temporary& t, std::string& error) {
  std::string prefix = "." + base.substr(0, 200) + ".tmp-";
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string name = prefix + random_suffix();
    CleanupSignalsBlocked blocked;  // registered before a signal can see it unregistered
    int fd = ::openat(dirfd, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0) {
      if (errno == EEXIST) continue;
      error = describe(errno);
      return false;
    }
    t.dirfd = dirfd;
    t.fd = fd;
    t.name = name;
    t.slot = register_temporary(dirfd, name.c_str());
    return true;
  }
  error = describe(EEXIST);
  return false;
}

bool write_to(int fd, const std::function<void(std::ostream&)>& write, std::string& error) {
  FdBuf buf(fd);
  std::ostream out(&buf);
  write(out);
  out.flush();
  if (out) return true;
  error = buf.error() != 0 ? describe(buf.error()) : "write failed";
  return false;
}

// A device, FIFO or socket (/dev/null, /dev/stdout, a pipe): write through it; renaming a
// file over it would replace the device itself.
bool write_through(const std::string& path, const std::function<void(std::ostream&)>& write, std::string& error) {
  FdGuard fd{::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC)};
  if (fd.fd < 0) {
    error = describe(errno);
    return false;
  }
  return write_to(fd.fd, write, error);
}

// The old file's owner and group (where permitted), then its mode.
bool keep_owner_and_mode(int fd, const struct stat& old, std::string& error) {
  struct stat now {};
  if (::fstat(fd, &now) != 0) {
    error = describe(errno);
    return false;
  }
  if ((now.st_uid != old.st_uid || now.st_gid != old.st_gid) && ::fchown(fd, old.st_uid, old.st_gid) != 0) {
    if (errno != EPERM) {
      error = describe(errno);
      return false;
    }
    if (now.st_gid != old.st_gid) (void)::fchown(fd, static_cast<uid_t>(-1), old.st_gid);  // a group we are in
  }
  if (::fchmod(fd, old.st_mode & 07777) != 0) {
    error = describe(errno);
    return false;
  }
  return true;
}

}  // namespace

bool write_atomically(const std::string& path, const std::function<void(std::ostream&)>& write, std::string& error) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (fs::is_directory(st)) {
    error = "is a directory";
    return false;
  }
  if (fs::exists(st) && !fs::is_regular_file(st)) return write_through(path, write, error);
  // Through a symbolic link, replace the file it names, not the link.
  fs::path target = path;
  if (fs::is_symlink(fs::symlink_status(path, ec))) {
    fs::path resolved = fs::weakly_canonical(path, ec);
    if (!ec) target = resolved;
  }
  std::string base = target.filename().string();
  if (base.empty() || base == "." || base == "..") {
    error = "is a directory";
    return false;
  }
  std::string dir = target.has_parent_path() ? target.parent_path().string() : ".";
  FdGuard dirfd{::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  if (dirfd.fd < 0) {
    error = describe(errno);
    return false;
  }
  struct stat old {};
  bool replacing = ::fstatat(dirfd.fd, base.c_str(), &old, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(old.st_mode);

  // A replacement starts private and gets the old mode once written; a new file gets the
  // default mode (0666 minus the umask) from open(2) itself.
  Temporary tmp;
  if (!create_temporary(dirfd.fd, base, replacing ? 0600 : 0666, tmp, error)) return false;
  if (!write_to(tmp.fd, write, error)) return false;
  if (replacing && !keep_owner_and_mode(tmp.fd, old, error)) return false;
  if (::fsync(tmp.fd) != 0) {
    error = describe(errno);
    return false;
  }
  int fd = tmp.fd;
  tmp.fd = -1;
  if (::close(fd) != 0) {
    error = describe(errno);
    return false;
  }
  {
    CleanupSignalsBlocked blocked;
    if (::renameat(dirfd.fd, tmp.name.c_str(), dirfd.fd, base.c_str()) != 0) {
      error = describe(errno);
      return false;
    }
    unregister_temporary(tmp.slot);
    tmp.name.clear();
  }
  // The rename itself is durable once the directory is; some file systems cannot fsync one.
  if (::fsync(dirfd.fd) != 0 && errno != EINVAL) {
    error = describe(errno);
    return false;
  }
  return true;
}

}  // namespace pacta::report
