#include <filesystem>
#include <map>

#include "syntax/load.hpp"
#include "syntax/parse.hpp"

namespace pacta::syntax {

std::string rule_set_root(const std::string& named) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path dir = fs::weakly_canonical(named, ec);
  if (ec) return named;
  for (fs::path p = dir;; p = p.parent_path()) {
    if (fs::is_regular_file(p / project_marker, ec)) {
      // Said as the user named it ("rules/.." is "."), so that messages do not depend on
      // where the checkout lies.
      std::string up = (fs::path(named) / p.lexically_relative(dir)).lexically_normal().string();
      while (up.size() > 1 && up.back() == '/') up.pop_back();
      return up.empty() ? "." : up;
    }
    if (p == p.root_path() || p.parent_path() == p) break;
  }
  return named;
}

LoadedRuleFiles load_rule_files(const std::vector<std::string>& paths, diag::SourceMap& sources,
                                diag::Diagnostics& diags) {
  LoadedRuleFiles out;
  std::vector<std::string> roots;
  std::vector<std::string> files = expand_paths(paths, {".pacta"}, diags, out.input_error, &roots);
  std::map<std::string, std::string> project_of;  // named root -> the root tests are bound to
  for (std::string& root : roots) {
    auto [it, fresh] = project_of.emplace(root, std::string{});
    if (fresh) it->second = rule_set_root(root);
    root = it->second;
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string& path = files[i];
    std::uint32_t id = 0;
    if (!read_source(path, sources, id, diags)) {
      out.input_error = true;
      continue;
    }
    out.files.push_back(parse_rule_file(sources, id, diags));
    out.files.back().root = roots[i];
  }
  return out;
}

}  // namespace pacta::syntax
