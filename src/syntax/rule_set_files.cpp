#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include "syntax/load.hpp"

namespace pacta::syntax {

namespace fs = std::filesystem;

namespace {
bool has_extension(const fs::path& p, const std::vector<std::string>& extensions) {
  std::string ext = p.extension().string();
  return std::find(extensions.begin(), extensions.end(), ext) != extensions.end();
}
}  // namespace

std::vector<std::string> expand_paths(const std::vector<std::string>& paths, const std::vector<std::string>& extensions,
                                      diag::Diagnostics& diags, bool& input_error) {
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      diags.error("E001", {}, "cannot read '" + path + "': no such file or directory");
      input_error = true;
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<std::string> found;
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
    } else {
      out.push_back(path);
    }
  }
  std::vector<std::string> unique;
  std::unordered_set<std::string> seen;
  for (auto& p : out)
    if (seen.insert(p).second) unique.push_back(p);
  return unique;
}

bool read_source(const std::string& path, diag::SourceMap& sources, std::uint32_t& id, diag::Diagnostics& diags) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    diags.error("E001", {}, "cannot read '" + path + "': is a directory");
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.error("E001", {}, "cannot read '" + path + "'");
    return false;
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    diags.error("E001", {}, "cannot read '" + path + "': read error");
    return false;
  }
  std::string s = text.str();
  if (s.size() >= 0xffffff00u) {
    diags.error("E001", {}, "cannot read '" + path + "': larger than 4 GiB");
    return false;
  }
  id = sources.add(path, std::move(s));
  return true;
}

}  // namespace pacta::syntax
