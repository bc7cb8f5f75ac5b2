// How recent a profile's facts are: the `known_until` days of its entries. An unknown verdict
// of a state whose facts end in 2014 reads as "no data after 2014", not as a defect of the
// state: reports print this beside each state.
#pragma once

#include "model/profile.hpp"
#include "syntax/date.hpp"

namespace pacta::model {

struct Staleness {
  Day earliest = no_day;  // the oldest known_until of an entry (no_day: none has one)
  Day latest = no_day;    // the newest
};

Staleness staleness_of(const Profile& p);

// "facts known until 2014-07-10", "facts known until 2014-01-27 to 2018-07-10", or "" when no
// entry ends (every listed fact is complete for every date).
std::string staleness_text(const Staleness& s);

}  // namespace pacta::model
