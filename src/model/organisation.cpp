// A profile's code for its kind (Y009), and the facts an organisation's profile cannot have. A
// State's code is ISO 3166-1 alpha-3; an organisation's (`kind: organisation`, a regional
// economic integration organisation) one of organisation_codes. An organisation joins only the instruments whose final
// clauses admit it (UNTOC art. 36(2), UNCAC art. 67(2)); the rule set says which, with
// `open_to_organisations`. A signature or deposit for another one is a warning (Y016).
#include <algorithm>
#include <iterator>

#include "model/load.hpp"

namespace pacta::model {

bool is_organisation_code(const std::string& code) {
  return std::any_of(std::begin(organisation_codes), std::end(organisation_codes),
                     [&](const char* c) { return code == c; });
}

std::optional<CodeProblem> code_problem(const std::string& code, PartyKind kind) {
  auto capitals = [](const std::string& s) {
    return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  std::string upper = code;
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  if (kind == PartyKind::organisation) {
    if (is_organisation_code(code)) return std::nullopt;
    std::string codes;
    for (const char* c : organisation_codes) codes += (codes.empty() ? "" : ", ") + std::string(c);
    return CodeProblem{"'" + code + "' is not an organisation code",
                       is_organisation_code(upper) ? "codes are upper case: did you mean '" + upper + "'?"
                                                   : "an organisation's code is one of: " + codes +
                                                         " (ISO 3166-1 codes reserved for an organisation)"};
  }
  if (capitals(code)) return std::nullopt;
  return CodeProblem{"'" + code + "' is not an ISO 3166-1 alpha-3 code",
                     is_organisation_code(upper) ? "'" + upper + "' is an organisation's code: add 'kind: organisation'"
                     : capitals(upper)           ? "state codes are upper case: did you mean '" + upper + "'?"
                                                 : "three capital letters, as JPN"};
}

void check_organisation_facts(const sema::RuleSet& rules, const Profile& profile, diag::Diagnostics& diags) {
  if (profile.kind != PartyKind::organisation) return;
  for (std::size_t i = 0; i < profile.instruments.size(); ++i) {
    const InstrumentFacts& f = profile.instruments[i];
    const sema::Instrument& instrument = rules.instruments[i];
    if (instrument.open_to_organisations) continue;
    bool acted = f.signed_on != no_day || f.deposited != no_day || f.deposited_by != no_day;
    if (!f.listed || !acted) continue;
    diags.warning("Y016", f.where,
                  "organisation '" + profile.state + "' signed or deposited consent to '" + instrument.id +
                      "', which is not open to organisations",
                  "only States can join it, by its final clauses; check the entry against the source (the rules "
                  "declare `open_to_organisations` for the instruments an organisation can join)");
  }
}

}  // namespace pacta::model
