// The formatter's two promises, checked on one text: formatting is idempotent, and the output
// parses back to the same tree with every comment, in order.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "format/format.hpp"
#include "format/same_tree.hpp"
#include "support/test_support.hpp"

namespace pacta::test {

// The formatted text of `text` (which must parse without errors); "" on failure.
inline std::string expect_round_trip(const std::string& text, const std::string& name = "input") {
  SCOPED_TRACE(name);
  auto original = parse(text, name);
  EXPECT_FALSE(original->diags.has_errors()) << render(original->sources, original->diags);
  if (original->diags.has_errors()) return {};
  std::string once = format::format_rule_file(original->file, text);

  auto again = parse(once, name);
  EXPECT_FALSE(again->diags.has_errors()) << render(again->sources, again->diags) << once;
  std::string difference;
  EXPECT_TRUE(format::same_tree(original->file, again->file, &difference)) << difference << "\n" << once;
  EXPECT_TRUE(format::same_comments(original->file, again->file, &difference)) << difference << "\n" << once;
  for (const auto& c : original->file.comments) EXPECT_NE(once.find(c.text), std::string::npos) << c.text;

  std::string twice = format::format_rule_file(again->file, once);
  EXPECT_EQ(twice, once) << "not idempotent; first output:\n" << once;
  return once;
}

}  // namespace pacta::test
