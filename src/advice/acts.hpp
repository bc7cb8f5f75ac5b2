// The acts a state can take to change its own facts: deposit consent to an instrument, sign
// one, join a mechanism, submit a report (for a period), withdraw a reservation. An act is
// dated the day it would be taken (the as-of date); applying acts to a copy of a profile
// simulates them, so that the real evaluator judges what they would change.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "eval/program.hpp"
#include "model/profile.hpp"

namespace pacta::advice {

struct Act {
  enum class Kind : std::uint8_t { deposit, sign, join, submit, withdraw_reservation } kind = Kind::deposit;
  std::uint32_t target = 0;  // instrument (deposit, sign, withdraw), mechanism (join) or report (submit)
  std::uint32_t period = 0;  // submit: the period of a yearly report; 0 for a one-off report
  std::string article;       // withdraw_reservation: the article, as the rules write it

  friend bool operator==(const Act& a, const Act& b) {
    return a.kind == b.kind && a.target == b.target && a.period == b.period && a.article == b.article;
  }
  friend bool operator<(const Act& a, const Act& b);
};

const char* act_kind_name(Act::Kind k);  // "deposit", "sign", "join", "submit", "withdraw_reservation"
// The act's object: "UNTOC", "CCP", "ARQ" (ids from the rule set).
const std::string& act_target_name(const eval::Program& program, const Act& act);

// The profile with the acts taken on `day`: what an act sets is true from that day on. An act
// whose fact already holds that day (a deposit in force, a participation) changes nothing.
model::Profile apply_acts(const model::Profile& profile, const std::vector<Act>& acts, Day day);

}  // namespace pacta::advice
