#include "report/check_text_gaps.hpp"

#include <algorithm>

#include "diag/render.hpp"
#include "report/why.hpp"
#include "syntax/predicates.hpp"

namespace pacta::report {

namespace {

constexpr std::size_t width = 100;

// A fact is not broken across lines: its blanks are held as \x01 until wrapped.
constexpr char glue = '\x01';

// Appends `text` to `first` broken at blanks into lines of at most `width` columns (bytes; a
// longer word stays whole), continuation lines indented.
void wrap(std::string& out, const std::string& first, const std::string& text, const std::string& indent) {
  out += first;
  std::size_t column = first.size();
  for (std::size_t i = 0; i < text.size();) {
    std::size_t next = std::min(text.find(' ', i), text.size());
    std::size_t length = next - i;
    if (column + 1 + length > width && column > indent.size()) {
      out += '\n';
      out += indent;
      column = indent.size();
    } else {
      out += ' ';
      ++column;
    }
    out.append(text, i, length);
    column += length;
    i = next + 1;
  }
  out += '\n';
}

}  // namespace

DataGaps::DataGaps(const CheckReport& r) : r_(r), ids_(r.run.obligations.size()), known_(r.run.obligations.size(), 0) {}

const std::string& DataGaps::id(std::uint32_t o) {
  if (!known_[o]) {
    ids_[o] = diag::printable(r_.program.rules->obligations[r_.run.obligations[o]].id);
    known_[o] = 1;
  }
  return ids_[o];
}

void DataGaps::List::clear() {
  gaps.clear();
  by_text.clear();
  by_printed.clear();
}

// Facts are told apart as printed: two texts printed alike are one gap.
void DataGaps::List::add(const std::string& fact, std::uint32_t obligation) {
  auto it = by_text.find(fact);
  if (it == by_text.end()) {
    std::string printed = diag::printable(fact);
    std::replace(printed.begin(), printed.end(), ' ', glue);
    auto [same, fresh] = by_printed.try_emplace(printed, static_cast<std::uint32_t>(gaps.size()));
    if (fresh) gaps.push_back(Gap{std::move(printed), {}});
    it = by_text.emplace(fact, same->second).first;
  }
  Gap& g = gaps[it->second];
  if (g.obligations.empty() || g.obligations.back() != obligation) g.obligations.push_back(obligation);
}

void DataGaps::List::write(std::string& out, DataGaps& ids) const {
  bool first = true;
  for (const Gap& g : gaps) {
    if (!first) out += ", ";
    first = false;
    out += g.fact;
    out += " (";
    for (std::size_t k = 0; k < g.obligations.size(); ++k) {
      if (k) out += ", ";
      out += ids.id(g.obligations[k]);
    }
    out += ')';
  }
}

void DataGaps::write(std::string& out, eval::Recorder& records, std::size_t profile,
                     const std::vector<std::size_t>& unknown, const char* colour, const char* reset) {
  missing_.clear();
  unsure_.clear();
  std::vector<std::uint32_t> undecided;
  for (std::size_t o : unknown) {
    const auto index = static_cast<std::uint32_t>(o);
    const eval::VerdictRecord* rec = records.find(profile, o);
    bool named = false;
    if (rec)
      for (const eval::Finding& f : rec->findings) {
        if (f.value != eval::Truth::unknown) continue;
        named = true;
        if (f.basis == eval::Basis::not_listed || f.basis == eval::Basis::known_until) {
          fact_ = target_name(r_.program, f.predicate, f.target);
          fact_ += ' ';
          fact_ += syntax::definition(f.predicate).fact_noun;
          if (f.basis == eval::Basis::known_until) fact_ += " after " + format_day(f.date);
          missing_.add(fact_, index);
        } else {
          unsure_.add(describe(f, r_.program), index);
        }
      }
    if (!named) undecided.push_back(index);
  }
  text_.clear();
  if (!missing_.gaps.empty()) {
    text_ += "no record of: ";
    missing_.write(text_, *this);
  }
  if (!unsure_.gaps.empty()) {
    text_ += text_.empty() ? "not known exactly: " : "; not known exactly: ";
    unsure_.write(text_, *this);
  }
  if (!undecided.empty()) {
    text_ += text_.empty() ? "see --all for: " : "; see --all for: ";
    for (std::size_t k = 0; k < undecided.size(); ++k) {
      if (k) text_ += ", ";
      text_ += id(undecided[k]);
    }
  }
  const std::string count = std::to_string(unknown.size());
  // The colour codes take no columns: wrapped without them, then put in.
  const std::string plain = "  data gaps (" + count + " unknown):";
  std::size_t from = out.size();
  wrap(out, plain, text_, "    ");
  std::replace(out.begin() + static_cast<std::ptrdiff_t>(from), out.end(), glue, ' ');
  out.replace(from, plain.size(), std::string("  ") + colour + "data gaps" + reset + " (" + count + " unknown):");
}

}  // namespace pacta::report
