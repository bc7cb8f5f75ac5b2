// The small rule sets of tests/advice/data: each directory holds rules.pacta and one profile
// per made-up state, loaded into a test World.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/test_support.hpp"

namespace pacta::test {

inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::unique_ptr<World> advice_world(const std::string& name) {
  std::filesystem::path dir = std::filesystem::path(PACTA_SOURCE_DIR) / "tests/advice/data" / name;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".yaml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<std::string> profiles;
  for (const auto& f : files) profiles.push_back(read_text(f));
  return world(read_text(dir / "rules.pacta"), profiles);
}

}  // namespace pacta::test
