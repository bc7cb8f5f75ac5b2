#include "report/check_text_gaps.hpp"

#include <algorithm>

#include "diag/render.hpp"
#include "report/why.hpp"

namespace pacta::report {

const char* gap_noun(syntax::Predicate p) { return syntax::definition(p).fact_noun; }

namespace {

constexpr std::size_t width = 100;

struct Gap {
  std::string fact;
  std::vector<std::string> obligations;  // the ones it leaves unknown, in rule order
};

// A fact is not broken across lines: its blanks are held as \x01 until wrapped.
constexpr char glue = '\x01';

void add(std::vector<Gap>& gaps, std::string fact, const std::string& obligation) {
  fact = diag::printable(fact);
  std::replace(fact.begin(), fact.end(), ' ', glue);
  auto g = std::find_if(gaps.begin(), gaps.end(), [&](const Gap& x) { return x.fact == fact; });
  if (g == gaps.end()) g = gaps.insert(gaps.end(), Gap{std::move(fact), {}});
  if (g->obligations.empty() || g->obligations.back() != obligation) g->obligations.push_back(obligation);
}

std::string list(const std::vector<Gap>& gaps) {
  std::string out;
  for (const Gap& g : gaps) {
    if (!out.empty()) out += ", ";
    out += g.fact + " (";
    for (std::size_t k = 0; k < g.obligations.size(); ++k) out += (k ? ", " : "") + diag::printable(g.obligations[k]);
    out += ')';
  }
  return out;
}

// Appends `text` to `first` broken at blanks into lines of at most `width` columns (bytes; a
// longer word stays whole), continuation lines indented.
std::string wrap(const std::string& first, const std::string& text, const std::string& indent) {
  std::string out = first;
  std::size_t column = first.size();
  for (std::size_t i = 0; i < text.size();) {
    std::size_t next = std::min(text.find(' ', i), text.size());
    std::size_t length = next - i;
    if (column + 1 + length > width && column > indent.size()) {
      out += '\n' + indent;
      column = indent.size();
    } else {
      out += ' ';
      ++column;
    }
    out.append(text, i, length);
    column += length;
    i = next + 1;
  }
  return out + '\n';
}

}  // namespace

std::string data_gaps(const CheckReport& r, eval::Recorder& records, std::size_t profile,
                      const std::vector<std::size_t>& unknown, const char* colour, const char* reset) {
  const auto& rules = *r.program.rules;
  std::vector<Gap> missing, unsure;
  std::vector<std::string> undecided;
  for (std::size_t o : unknown) {
    const std::string& id = rules.obligations[r.run.obligations[o]].id;
    const eval::VerdictRecord* rec = records.find(profile, o);
    bool named = false;
    if (rec)
      for (const eval::Finding& f : rec->findings) {
        if (f.value != eval::Truth::unknown) continue;
        named = true;
        std::string target = target_name(r.program, f.predicate, f.target) + ' ' + gap_noun(f.predicate);
        if (f.basis == eval::Basis::not_listed)
          add(missing, target, id);
        else if (f.basis == eval::Basis::known_until)
          add(missing, target + " after " + format_day(f.date), id);
        else
          add(unsure, describe(f, r.program), id);
      }
    if (!named) undecided.push_back(diag::printable(id));
  }
  std::string text;
  if (!missing.empty()) text += "no record of: " + list(missing);
  if (!unsure.empty()) text += std::string(text.empty() ? "" : "; ") + "not known exactly: " + list(unsure);
  if (!undecided.empty()) {
    text += std::string(text.empty() ? "" : "; ") + "see --all for: ";
    for (std::size_t k = 0; k < undecided.size(); ++k) text += (k ? ", " : "") + undecided[k];
  }
  std::string head =
      std::string("  ") + colour + "data gaps" + reset + " (" + std::to_string(unknown.size()) + " unknown):";
  // The colour codes take no columns.
  std::string plain = "  data gaps (" + std::to_string(unknown.size()) + " unknown):";
  std::string wrapped = wrap(plain, text, "    ");
  std::replace(wrapped.begin(), wrapped.end(), glue, ' ');
  return head + wrapped.substr(plain.size());
}

}  // namespace pacta::report
