#include "syntax/load.hpp"
#include "syntax/parse.hpp"

namespace pacta::syntax {

LoadedRuleFiles load_rule_files(const std::vector<std::string>& paths, diag::SourceMap& sources,
                                diag::Diagnostics& diags) {
  LoadedRuleFiles out;
  for (const std::string& path : expand_paths(paths, {".pacta"}, diags, out.input_error)) {
    std::uint32_t id = 0;
    if (!read_source(path, sources, id, diags)) {
      out.input_error = true;
      continue;
    }
    out.files.push_back(parse_rule_file(sources, id, diags));
  }
  return out;
}

}  // namespace pacta::syntax
