// The words of `consent:` (docs/PROFILES.md), stored as model::Consent.
#include "model/profile.hpp"

namespace pacta::model {
namespace {
constexpr const char* names[] = {"",          "ratification", "acceptance",  "approval",
                                 "accession", "succession",   "confirmation"};
}  // namespace

const char* consent_name(Consent consent) { return names[static_cast<std::uint8_t>(consent)]; }

std::optional<Consent> parse_consent(std::string_view word) {
  for (std::uint8_t i = 1; i < std::size(names); ++i)
    if (word == names[i]) return static_cast<Consent>(i);
  return std::nullopt;
}

}  // namespace pacta::model
