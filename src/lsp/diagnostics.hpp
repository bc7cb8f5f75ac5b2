// Pacta's diagnostics (diag::Diagnostic values) as LSP Diagnostic objects: code, severity,
// range in UTF-16 positions, the help line, and notes as related information.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>

#include "diag/diagnostic.hpp"
#include "lsp/position.hpp"

namespace pacta::lsp {

// Where a location is: its document's URI and its lines, or false when it is nowhere known.
using Locate = std::function<bool(const diag::Location&, std::string& uri, const LineIndex*& lines)>;

nlohmann::json to_lsp(const diag::Diagnostic& d, const LineIndex& lines, const Locate& locate);
nlohmann::json to_lsp(const Range& r);

}  // namespace pacta::lsp
