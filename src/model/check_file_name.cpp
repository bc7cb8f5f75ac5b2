// A profile's state code against its file's name: `FRA.yaml` holding `state: DEU` (Y012).
#include <algorithm>
#include <cctype>
#include <filesystem>

#include "model/load.hpp"

namespace pacta::model {

void check_file_name(const std::string& path, const Profile& profile, diag::Diagnostics& diags) {
  std::filesystem::path file(path);
  std::string stem = file.stem().string();
  auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  std::string code = stem;
  std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return std::toupper(c); });
  bool state_like = stem.size() == 3 && std::all_of(stem.begin(), stem.end(), letter);
  if (!state_like && !is_organisation_code(code)) return;
  if (code == profile.state) return;
  std::string name = file.filename().string();
  diags.warning("Y012", profile.where, "state '" + profile.state + "' does not match the file name '" + name + "'",
                "rename the file to " + profile.state + file.extension().string() + " or correct the state code");
}

}  // namespace pacta::model
