// Finding and reading input files. Every input is hostile until checked: a path named on the
// command line must be a regular file (a FIFO would block, /dev/zero never ends: E007), no
// larger than the size limit (E009), and UTF-8 (UTF-16/32 is refused before any parser sees
// it: E008; a UTF-8 byte order mark is skipped). Symbolic link loops are named as such.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <unordered_set>

#include "syntax/load.hpp"

namespace pacta::syntax {

namespace fs = std::filesystem;

namespace {

std::uint64_t max_bytes = default_max_file_size;

bool has_extension(const fs::path& p, const std::vector<std::string>& extensions) {
  std::string ext = p.extension().string();
  return std::find(extensions.begin(), extensions.end(), ext) != extensions.end();
}

std::string cannot_read(const std::string& path, int error) {
  if (error == ELOOP) return "cannot read '" + path + "': symbolic link loop";
  if (error == ENOENT || error == ENOTDIR) return "cannot read '" + path + "': no such file or directory";
  return "cannot read '" + path + "': " + std::strerror(error);
}

const char* file_kind(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

std::string size_text(std::uint64_t bytes) {
  if (bytes % (1u << 30) == 0) return std::to_string(bytes >> 30) + " GiB";
  if (bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  if (bytes % (1u << 10) == 0) return std::to_string(bytes >> 10) + " KiB";
  return std::to_string(bytes) + " bytes";
}

// The encoding a byte order mark or a NUL pattern in the first bytes gives away, or nullptr.
const char* wide_encoding(const std::string& s) {
  auto b = [&](std::size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0x100u; };
  if (b(0) == 0x00 && b(1) == 0x00 && b(2) == 0xFE && b(3) == 0xFF) return "UTF-32BE";
  if (b(0) == 0xFF && b(1) == 0xFE && b(2) == 0x00 && b(3) == 0x00) return "UTF-32LE";
  if (b(0) == 0xFE && b(1) == 0xFF) return "UTF-16BE";
  if (b(0) == 0xFF && b(1) == 0xFE) return "UTF-16LE";
  if (s.size() >= 4 && b(0) == 0 && b(1) == 0 && b(2) == 0 && b(3) != 0) return "UTF-32BE";
  if (s.size() >= 4 && b(0) != 0 && b(1) == 0 && b(2) == 0 && b(3) == 0) return "UTF-32LE";
  if (s.size() >= 2 && b(0) == 0 && b(1) != 0) return "UTF-16BE";
  if (s.size() >= 2 && b(0) != 0 && b(1) == 0) return "UTF-16LE";
  return nullptr;
}

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

}  // namespace

void set_max_file_size(std::uint64_t bytes) { max_bytes = bytes; }
std::uint64_t max_file_size() { return max_bytes; }

std::vector<std::string> expand_paths(const std::vector<std::string>& paths, const std::vector<std::string>& extensions,
                                      diag::Diagnostics& diags, bool& input_error, std::vector<std::string>* roots) {
  std::vector<std::string> out, out_roots;
  for (const std::string& path : paths) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
      diags.error("E001", {}, cannot_read(path, errno));
      input_error = true;
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      std::vector<std::string> found;
      std::error_code ec;
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
      for (; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec) && has_extension(it->path(), extensions)) found.push_back(it->path().string());
      if (ec) {
        diags.error("E001", {}, "cannot read directory '" + path + "': " + ec.message());
        input_error = true;
      }
      if (found.empty()) {
        std::string list;
        for (const auto& e : extensions) list += (list.empty() ? "" : ", ") + ("*" + e);
        diags.error("E002", {}, "no " + list + " files in '" + path + "'");
        input_error = true;
      }
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
      out_roots.insert(out_roots.end(), found.size(), path);
    } else {
      out.push_back(path);
      std::string parent = fs::path(path).parent_path().string();
      out_roots.push_back(parent.empty() ? "." : parent);
    }
  }
  std::vector<std::string> unique;
  std::unordered_set<std::string> seen;
  if (roots) roots->clear();
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (!seen.insert(out[i]).second) continue;
    unique.push_back(out[i]);
    if (roots) roots->push_back(out_roots[i]);
  }
  return unique;
}

bool read_source(const std::string& path, diag::SourceMap& sources, std::uint32_t& id, diag::Diagnostics& diags) {
  // Non-blocking, so that opening a FIFO with no writer returns at once; fstat then decides.
  Fd fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
  if (fd.get() < 0) {
    diags.error("E001", {}, cannot_read(path, errno));
    return false;
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) {
    diags.error("E001", {}, cannot_read(path, errno));
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    diags.error("E007", {}, "cannot read '" + path + "': " + file_kind(st.st_mode) + ", not a regular file",
                S_ISDIR(st.st_mode) ? "name the files, or the directory on its own"
                                    : "rule files and profiles are read from regular files only");
    return false;
  }
  std::uint64_t limit = std::min<std::uint64_t>(max_bytes, 0xffffff00u);
  if (static_cast<std::uint64_t>(st.st_size) > limit) {
    diags.error("E009", {},
                "cannot read '" + path + "': " + size_text(static_cast<std::uint64_t>(st.st_size)) +
                    ", larger than the limit of " + size_text(limit),
                "raise the limit with --max-file-size if the file is meant to be this large");
    return false;
  }
  // Back to blocking reads for a regular file. Read the size fstat gave into a buffer of exactly
  // that size (the text is kept for the whole run: no spare capacity), then probe for more in
  // case the file grew, up to limit + 1 bytes.
  ::fcntl(fd.get(), F_SETFL, ::fcntl(fd.get(), F_GETFL) & ~O_NONBLOCK);
  std::string s(static_cast<std::size_t>(st.st_size), '\0');
  std::size_t used = 0;
  auto read_into = [&](char* p, std::size_t n) -> long {
    for (;;) {
      ssize_t got = ::read(fd.get(), p, n);
      if (got < 0 && errno == EINTR) continue;
      return static_cast<long>(got);
    }
  };
  while (used < s.size()) {
    long n = read_into(s.data() + used, s.size() - used);
    if (n < 0) {
      diags.error("E001", {}, cannot_read(path, errno));
      return false;
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
  }
  s.resize(used);
  for (char more[4096]; used <= limit;) {
    long n = read_into(more, sizeof more);
    if (n < 0) {
      diags.error("E001", {}, cannot_read(path, errno));
      return false;
    }
    if (n == 0) break;
    s.append(more, static_cast<std::size_t>(n));
    used += static_cast<std::size_t>(n);
  }
  if (used > limit) {
    diags.error("E009", {}, "cannot read '" + path + "': larger than the limit of " + size_text(limit),
                "raise the limit with --max-file-size if the file is meant to be this large");
    return false;
  }
  if (s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    s.erase(0, 3);  // a UTF-8 byte order mark: allowed, and not part of the text
  } else if (const char* encoding = wide_encoding(s)) {
    diags.error("E008", {}, "cannot read '" + path + "': the file looks " + std::string(encoding) + "-encoded",
                "rule files and profiles are UTF-8; convert it, e.g. iconv -f " + std::string(encoding) + " -t UTF-8");
    return false;
  }
  id = sources.add(path, std::move(s));
  return true;
}

}  // namespace pacta::syntax
