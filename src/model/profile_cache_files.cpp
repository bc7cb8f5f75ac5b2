// The profile cache on disk: directories made 0700, entries read whole with O_NOFOLLOW and
// O_NONBLOCK (a planted link or FIFO is refused, not followed or waited on), and written to a
// unique temporary file (O_CREAT|O_EXCL, 0600) renamed into place, so concurrent runs never
// see half an entry. Every failure is a plain `false`: the caller then parses as if uncached.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <thread>

#include "model/profile_cache_detail.hpp"

namespace pacta::model::cache {
namespace {

bool is_writable_directory(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode) && ::access(path.c_str(), W_OK | X_OK) == 0;
}

// A name no other writer (thread or process) picks: pid, a per-process counter, and a hash of
// the time and the thread, in case pids repeat across containers sharing the directory.
std::string temporary_name() {
  static std::atomic<std::uint64_t> counter{0};
  Writer w;
  w.u64(static_cast<std::uint64_t>(::getpid()));
  w.u64(counter++);
  w.u64(static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()));
  w.u64(static_cast<std::uint64_t>(std::hash<std::thread::id>{}(std::this_thread::get_id())));
  w.u64(static_cast<std::uint64_t>(std::chrono::system_clock::now().time_since_epoch().count()));
  return ".tmp-" + std::to_string(::getpid()) + "-" + hash128(w.bytes().data(), w.bytes().size()).hex();
}

}  // namespace

bool make_directories(const std::string& path) {
  if (path.empty()) return false;
  for (std::size_t slash = path.find('/', 1);; slash = path.find('/', slash + 1)) {
    std::string prefix = path.substr(0, slash);
    if (!prefix.empty() && ::mkdir(prefix.c_str(), 0700) != 0 && errno != EEXIST) return false;
    if (slash == std::string::npos) break;
  }
  return is_writable_directory(path);
}

bool read_file(const std::string& path, std::size_t limit, std::string& out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if (fd < 0) return false;
  struct stat st {};
  bool ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 0 &&
            static_cast<std::uint64_t>(st.st_size) <= limit;
  if (ok) {
    out.resize(static_cast<std::size_t>(st.st_size));
    std::size_t done = 0;
    while (done < out.size()) {
      ssize_t n = ::read(fd, &out[done], out.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;  // shrank under us: a short, rejected read
      done += static_cast<std::size_t>(n);
    }
    ok = done == out.size();
  }
  ::close(fd);
  return ok;
}

bool write_atomically(const std::string& dir, const std::string& name, std::string_view bytes) {
  std::string temporary;
  int fd = -1;
  for (int attempt = 0; attempt < 4 && fd < 0; ++attempt) {
    temporary = dir + "/" + temporary_name();
    fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0 && errno != EEXIST) return false;
  }
  if (fd < 0) return false;
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  bool ok = ::close(fd) == 0 && done == bytes.size();
  ok = ok && ::rename(temporary.c_str(), (dir + "/" + name).c_str()) == 0;
  if (!ok) ::unlink(temporary.c_str());
  return ok;
}

}  // namespace pacta::model::cache
