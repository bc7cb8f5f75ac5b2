// What the grammar's semantic actions write into: the file's syntax tree and diagnostics, and
// the buffer start that turns iterators into byte offsets.
#pragma once

#include "diag/diagnostic.hpp"
#include "syntax/ast.hpp"

namespace pacta::grammar {

struct Builder {
  const char* base = nullptr;
  std::uint32_t file = 0;
  syntax::RuleFile* out = nullptr;
  diag::Diagnostics* diags = nullptr;

  diag::Span span(const char* b, const char* e) const {
    return {static_cast<std::uint32_t>(b - base), static_cast<std::uint32_t>(e - base)};
  }
  diag::Location at(const char* b, const char* e) const { return {file, span(b, e)}; }
};

}  // namespace pacta::grammar
