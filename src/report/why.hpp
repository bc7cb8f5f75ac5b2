// The one wording of why a verdict has its status, for all six statuses and every verb (check
// in every format, explain, diff, test): formatted from the verdict record (eval/record.hpp),
// never by evaluating again.
#pragma once

#include <string>
#include <vector>

#include "diag/source_map.hpp"
#include "eval/record.hpp"

namespace pacta::report {

class JsonBuffer;

// One line: the deciding condition(s) and the facts behind them, e.g.
// "party(UNTOC): UNTOC: consent deposited 2004-05-27, in force for the state from 2004-06-26".
std::string why(const eval::VerdictRecord& r, const eval::Program& program, const diag::SourceMap& sources);

// The same wording for many records (a whole check): each condition's text is taken from the
// rule file once, and the line is built into a buffer the caller reuses.
class Wording {
 public:
  Wording(const eval::Program& program, const diag::SourceMap& sources);
  // Appends the why of `r` to `out` (a std::string, or a JsonBuffer: report/json_text.hpp).
  template <typename Out>
  void why(const eval::VerdictRecord& r, Out& out);

 private:
  const std::string& text_of(std::uint32_t node);

  // Members of a quantified atom with the same fact, listed together (buffers reused).
  struct Group {
    int value = 0;
    std::string fact;
    std::vector<std::uint32_t> members;  // indices into the record's findings
  };

  const eval::Program& program_;
  const diag::SourceMap& sources_;
  std::vector<std::string> texts_;
  std::vector<char> known_;
  std::vector<Group> groups_;
  std::vector<std::uint32_t> order_;
};

// One finding: "UNTOC: consent deposited 2004-05-27" (the target's id, then the fact).
std::string describe(const eval::Finding& f, const eval::Program& program);

// The rule text of a condition node, blanks collapsed, comments dropped, cut at 160 bytes.
std::string condition_text(const diag::SourceMap& sources, const diag::Location& where);

// The id of a finding's target ("UNTOC", "CCP", "LAC").
const std::string& target_name(const eval::Program& program, syntax::Predicate predicate, std::uint32_t target);

}  // namespace pacta::report
