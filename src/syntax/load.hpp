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

// Expands paths into files with one of the extensions, sorted and de-duplicated. With `roots`,
// also the root each file was found under: the directory named, or a named file's directory.
std::vector<std::string> expand_paths(const std::vector<std::string>& paths, const std::vector<std::string>& extensions,
                                      diag::Diagnostics& diags, bool& input_error,
                                      std::vector<std::string>* roots = nullptr);
// Reads a whole file into the source map; false, with a diagnostic, when it cannot be read
// (E001), is not a regular file (E007), is not UTF-8 (E008) or is over the size limit (E009).
// A UTF-8 byte order mark is dropped.
bool read_source(const std::string& path, diag::SourceMap& sources, std::uint32_t& id, diag::Diagnostics& diags);

// The largest file read_source accepts (--max-file-size); 256 MiB by default.
inline constexpr std::uint64_t default_max_file_size = 256ull << 20;
void set_max_file_size(std::uint64_t bytes);
std::uint64_t max_file_size();

// A directory holding this file is a project root (as a `.git` directory is for git).
inline constexpr const char* project_marker = ".pacta-root";
// The root that bounds the files a rule set's tests may read: the project root that holds the
// directory `named` (found upward), else `named` itself.
std::string rule_set_root(const std::string& named);

// Each file's `root` is rule_set_root() of the path it was found under.
LoadedRuleFiles load_rule_files(const std::vector<std::string>& paths, diag::SourceMap& sources,
                                diag::Diagnostics& diags);

}  // namespace pacta::syntax
