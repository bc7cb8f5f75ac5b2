// Profiles of regional economic integration organisations (`kind: organisation`): their codes,
// and the facts they cannot have. An organisation joins only the instruments whose final
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
