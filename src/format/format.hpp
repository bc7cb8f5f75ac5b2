// `pacta fmt`: one canonical layout for rule files (grammar/SPEC.md, "Formatting"). A file is
// parsed first and printed from its syntax tree; comments survive with their positions and are
// put back next to the code they were next to. Files with syntax errors are never formatted.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source_map.hpp"
#include "syntax/ast.hpp"

namespace pacta::format {

// The canonical text of a file parsed without errors from `source_text`. A file that did not
// parse (RuleFile::parsed false) comes back unchanged.
std::string format_rule_file(const syntax::RuleFile& file, const std::string& source_text);

// A unified diff (`--- a/path`, `+++ b/path`, @@ hunks with 3 lines of context) from a line
// LCS; empty when the texts are equal.
std::string unified_diff(const std::string& before, const std::string& after, const std::string& path);

enum class Mode {
  print,  // the formatted text of every file to `out`
  check,  // a diff to `out` for every file not formatted; nothing is written
  write,  // files not formatted are replaced, atomically
};

struct Outcome {
  std::vector<std::string> unformatted;  // files whose text is not canonical
  std::vector<std::string> rewritten;    // under write: the files replaced
  std::size_t files = 0;                 // files read and parsed
  bool input_error = false;              // a path could not be read, parsed or written
};

// Formats the `*.pacta` files under `paths`. Problems (unreadable paths, syntax errors, failed
// writes) become diagnostics; a file with a syntax error is left alone.
Outcome format_files(const std::vector<std::string>& paths, Mode mode, std::ostream& out, diag::SourceMap& sources,
                     diag::Diagnostics& diags);

// 2 when input could not be read, parsed or written; 1 when `check` found unformatted files;
// else 0.
int exit_code(const Outcome& outcome, Mode mode);

}  // namespace pacta::format
