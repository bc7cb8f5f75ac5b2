// Reading a rule set from disk: a directory means every `*.pacta` below it (sorted), a file
// means itself. Unreadable paths are E001/E002 diagnostics, and make the run's exit code 2.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source_map.hpp"
#include "syntax/ast.hpp"

namespace pacta::syntax {

struct LoadedRuleFiles {
  std::vector<RuleFile> files;
  bool input_error = false;  // a path could not be read: exit code 2
};

// Expands paths into files with one of the extensions, sorted and de-duplicated.
std::vector<std::string> expand_paths(const std::vector<std::string>& paths, const std::vector<std::string>& extensions,
                                      diag::Diagnostics& diags, bool& input_error);
// Reads a whole file into the source map; false (with E001) when it cannot be read.
bool read_source(const std::string& path, diag::SourceMap& sources, std::uint32_t& id, diag::Diagnostics& diags);

LoadedRuleFiles load_rule_files(const std::vector<std::string>& paths, diag::SourceMap& sources,
                                diag::Diagnostics& diags);

}  // namespace pacta::syntax
