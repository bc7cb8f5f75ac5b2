// The run behind `pacta fmt`: read and parse every file, format it, check that the result
// parses back to the same tree with the same comments, and only then print, diff or write.
#include <stdexcept>

#include "format/format.hpp"
#include "format/same_tree.hpp"
#include "report/atomic_write.hpp"
#include "syntax/load.hpp"
#include "syntax/parse.hpp"

namespace pacta::format {

namespace {

struct Formatted {
  std::string path;
  std::uint32_t file = 0;  // in the source map
  std::string after;
};

// A formatter bug must not cost a user their rules: the output has to mean what the input did.
void verify(const syntax::RuleFile& original, const std::string& path, const std::string& formatted) {
  diag::SourceMap sources;
  diag::Diagnostics diags;
  std::uint32_t id = sources.add(path, formatted);
  syntax::RuleFile again = syntax::parse_rule_file(sources, id, diags);
  std::string difference = "the output does not parse";
  if (!diags.has_errors() && same_tree(original, again, &difference) && same_comments(original, again, &difference))
    return;
  throw std::logic_error("formatting '" + path + "' would change it (" + difference + "); nothing was written");
}

}  // namespace

Outcome format_files(const std::vector<std::string>& paths, Mode mode, std::ostream& out, diag::SourceMap& sources,
                     diag::Diagnostics& diags) {
  Outcome outcome;
  std::vector<Formatted> files;
  for (const std::string& path : syntax::expand_paths(paths, {".pacta"}, diags, outcome.input_error)) {
    std::uint32_t id = 0;
    if (!syntax::read_source(path, sources, id, diags)) {
      outcome.input_error = true;
      continue;
    }
    std::size_t errors = diags.error_count();
    syntax::RuleFile file = syntax::parse_rule_file(sources, id, diags);
    if (!file.parsed || diags.error_count() > errors) {
      outcome.input_error = true;  // never format around a syntax error
      continue;
    }
    const std::string& text = sources.file(id).text;
    std::string formatted = format_rule_file(file, text);
    verify(file, path, formatted);
    files.push_back({path, id, std::move(formatted)});
  }

  outcome.files = files.size();
  for (const Formatted& f : files) {
    const std::string& before = sources.file(f.file).text;
    bool changed = f.after != before;
    if (changed) outcome.unformatted.push_back(f.path);
    if (mode == Mode::print) {
      out << f.after;
    } else if (mode == Mode::check && changed) {
      out << unified_diff(before, f.after, f.path);
    } else if (mode == Mode::write && changed) {
      std::string error;
      if (!report::write_atomically(
              f.path, [&](std::ostream& s) { s << f.after; }, error)) {
        diags.error("E003", {}, "cannot write '" + f.path + "': " + error);
        outcome.input_error = true;
      } else {
        outcome.rewritten.push_back(f.path);
      }
    }
  }
  return outcome;
}

int exit_code(const Outcome& outcome, Mode mode) {
  if (outcome.input_error) return 2;
  if (mode == Mode::check && !outcome.unformatted.empty()) return 1;
  return 0;
}

}  // namespace pacta::format
