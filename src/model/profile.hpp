// A member state's profile: the dated facts of one YAML file, indexed by the rule set's own
// declaration indices (names resolved once, at load time). Absence is explicit: a fact that
// is not listed is unknown unless its section is declared complete.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "syntax/date.hpp"

namespace pacta::model {

struct Reservation {
  std::string article;  // whitespace-normalised
  Day made = no_day;    // no_day: made with the deposit (or signature)
  Day withdrawn = no_day;
  diag::Location where;
};

// How consent to be bound was expressed (`consent:`); none when the profile does not say.
enum class Consent : std::uint8_t { none, ratification, acceptance, approval, accession, succession, confirmation };

// The word a profile writes for it ("" for none), and back (nullopt for an unknown word).
const char* consent_name(Consent consent);
std::optional<Consent> parse_consent(std::string_view word);

struct InstrumentFacts {
  bool listed = false;
  Consent consent = Consent::none;
  Day signed_on = no_day;
  Day deposited = no_day;     // consent to be bound: ratification, acceptance, approval, accession, succession
  Day deposited_by = no_day;  // only known to be on or before this day (the exact day is not sourced)
  Day denounced = no_day;     // the denunciation's effective date
  Day known_until = no_day;   // no_day: the entry is complete for every date
  std::vector<Reservation> reservations;
  diag::Location where;
};

struct MechanismFacts {
  bool listed = false;
  Day joined = no_day;
  Day left = no_day;
  diag::Location where;
};

struct Submission {
  std::uint32_t period = 0;  // a calendar year; 0 for one-off reports
  Day submitted = no_day;
  diag::Location where;
};

struct ReportFacts {
  std::vector<Submission> submissions;  // sorted by period, then date
  diag::Location where;
  bool listed = false;
};

struct EventFacts {
  bool listed = false;
  Day happened = no_day;
  diag::Location where;
};

enum Section : std::uint8_t { instruments_section, mechanisms_section, reports_section, events_section, section_count };

// Who a profile describes: a State, or a regional economic integration organisation (REIO,
// as the European Union), which can join only the instruments open to organisations and whose
// deposits do not count toward an entry into force (UNTOC art. 38(1), UNCAC art. 68(1)).
enum class PartyKind : std::uint8_t { state, organisation };

// The codes an organisation's profile may use: ISO 3166-1 code elements that ISO 3166/MA
// reserves exceptionally for a regional economic integration organisation (only `EU`).
inline const char* const organisation_codes[] = {"EU"};
bool is_organisation_code(const std::string& code);

struct Profile {
  std::string state;  // ISO 3166-1 alpha-3; for an organisation, one of organisation_codes
  PartyKind kind = PartyKind::state;
  std::string name;
  diag::Location where;  // the `state:` value
  std::uint32_t file = diag::no_file;
  bool complete[section_count] = {false, false, false, false};
  std::vector<std::uint32_t> groups;  // rule-set group indices, sorted
  std::vector<InstrumentFacts> instruments;
  std::vector<MechanismFacts> mechanisms;
  std::vector<ReportFacts> reports;
  std::vector<EventFacts> events;
  std::vector<std::string> sources;
};

}  // namespace pacta::model
