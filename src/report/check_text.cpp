#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/render.hpp"
#include "model/staleness.hpp"
#include "report/check_report.hpp"
#include "report/check_text_gaps.hpp"
#include "report/json_text.hpp"
#include "report/ordered_chunks.hpp"
#include "report/why.hpp"

namespace pacta::report {

Totals totals_of(const CheckReport& r, std::size_t profile) {
  Totals t;
  const auto& obligations = r.program.rules->obligations;
  // One profile's totals read only its row: reports call this once per state.
  std::size_t first = profile == std::string::npos ? 0 : profile;
  std::size_t last = profile == std::string::npos ? r.run.profiles.size() : profile + 1;
  for (std::size_t p = first; p < last; ++p) {
    for (std::size_t o = 0; o < r.run.obligations.size(); ++o) {
      eval::Status s = r.run.status(p, o);
      ++t.by_status[static_cast<int>(s)];
      if (s == eval::Status::violated)
        ++t.violated_by_level[static_cast<int>(obligations[r.run.obligations[o]].severity)];
    }
  }
  return t;
}

std::string parties_text(std::size_t profiles, std::size_t organisations) {
  std::size_t states = profiles - std::min(organisations, profiles);
  auto count = [](std::size_t n, const char* word) { return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s"); };
  if (organisations == 0) return count(states, "state");
  if (states == 0) return count(organisations, "organisation");
  return count(states, "state") + " and " + count(organisations, "organisation");
}

std::string parties_text(const eval::CheckRun& run) {
  auto organisations =
      static_cast<std::size_t>(std::count_if(run.profiles.begin(), run.profiles.end(), [](const model::Profile* p) {
        return p->kind == model::PartyKind::organisation;
      }));
  return parties_text(run.profiles.size(), organisations);
}

namespace {

const char* status_colour(eval::Status s) {
  switch (s) {
    case eval::Status::violated:
      return "\x1b[1;31m";
    case eval::Status::unknown:
      return "\x1b[1;35m";
    case eval::Status::pending:
      return "\x1b[1;33m";
    case eval::Status::satisfied:
      return "\x1b[32m";
    case eval::Status::exempt:
      return "\x1b[36m";
    case eval::Status::not_applicable:
      return "\x1b[2m";
  }
  return "";
}

std::string totals_line(const Totals& t) {
  static const eval::Status order[] = {eval::Status::satisfied, eval::Status::violated, eval::Status::pending,
                                       eval::Status::unknown,   eval::Status::exempt,   eval::Status::not_applicable};
  std::string out;
  for (eval::Status s : order) {
    if (!out.empty()) out += ", ";
    std::string name = eval::status_name(s);
    std::replace(name.begin(), name.end(), '_', ' ');
    out += std::to_string(t.by_status[static_cast<int>(s)]) + ' ' + name;
  }
  return out;
}

constexpr std::size_t states_per_chunk = 4;

// Appends s, then blanks up to `width` bytes.
void padded(std::string& out, std::string_view s, std::size_t width) {
  out += s;
  if (s.size() < width) out.append(width - s.size(), ' ');
}

// One state's section; one writer per rendering thread (its recorder and wording keep
// per-state buffers, and the obligations' printable words are made once).
class StateText {
 public:
  StateText(const CheckReport& r, eval::Recorder& caller, bool alone)
      : r(r),
        worker(r, caller, alone),
        gaps(r),
        shown(shown_statuses("text", r.all, r.status_filter)),
        reset(r.colour ? "\x1b[0m" : ""),
        bold(r.colour ? "\x1b[1m" : ""),
        heads_(r.run.obligations.size()) {}

  void state(std::string& out, std::size_t p) {
    const auto& rules = *r.program.rules;
    const model::Profile& profile = *r.run.profiles[p];
    out += '\n';
    out += bold;
    out += profile.state;
    out += reset;
    out += "  ";
    out += diag::printable(profile.name);
    out += "  (";
    out += diag::printable(r.sources.file(profile.file).path);
    out += ')';
    // How recent its facts are: an unknown after that day means no data, not a defect.
    std::string stale = model::staleness_text(model::staleness_of(profile));
    if (!stale.empty()) {
      out += "  ";
      out += stale;
    }
    out += '\n';
    // Unknown verdicts are folded into one "data gaps" paragraph unless --all.
    listed.clear();
    unknown.clear();
    for (std::size_t o = 0; o < r.run.obligations.size(); ++o) {
      eval::Status s = r.run.status(p, o);
      if (!shows(shown, s)) continue;
      (s == eval::Status::unknown && !r.all ? unknown : listed).push_back(o);
    }
    std::stable_sort(listed.begin(), listed.end(), [&](std::size_t a, std::size_t b) {
      auto sa = r.run.status(p, a), sb = r.run.status(p, b);
      if (sa != sb) return sa < sb;
      return rules.obligations[r.run.obligations[a]].severity < rules.obligations[r.run.obligations[b]].severity;
    });
    // Violated first, then pending (unknown ones, listed with --all, between them as before).
    for (std::size_t o : listed) {
      const sema::Obligation& ob = rules.obligations[r.run.obligations[o]];
      eval::Status s = r.run.status(p, o);
      // The severity only where a verdict fails.
      out += "  ";
      out += r.colour ? status_colour(s) : "";
      padded(out, eval::status_name(s), 15);
      out += reset;
      padded(out, s == eval::Status::violated ? level_name(ob.severity) : "", 8);
      out += ' ';
      out += bold;
      out += ob.id;
      out += reset;
      out += head(o);
      if (const eval::VerdictRecord* rec = worker.records.find(p, o)) {
        text.clear();
        worker.wording.why(*rec, text);
        if (!text.empty()) {
          out += "  ";
          out.append(24, ' ');
          out += "why: ";
          out += diag::printable(text);
          out += '\n';
        }
      }
    }
    if (!unknown.empty())
      gaps.write(out, worker.records, p, unknown, r.colour ? status_colour(eval::Status::unknown) : "", reset);
    out += "  -- ";
    out += totals_line(totals_of(r, p));
    out += '\n';
  }

 private:
  // What follows an obligation's id on every state: "  its title\n" and its source line.
  const std::string& head(std::size_t o) {
    std::string& h = heads_[o];
    if (h.empty()) {
      const sema::Obligation& ob = r.program.rules->obligations[r.run.obligations[o]];
      if (!ob.title.empty()) h += "  " + diag::printable(ob.title);
      h += '\n';
      if (!ob.source.empty()) h += "  " + std::string(24, ' ') + "source: " + diag::printable(ob.source) + '\n';
    }
    return h;
  }

  const CheckReport& r;
  WorkerRecords worker;
  DataGaps gaps;
  eval::StatusMask shown;
  const char* reset;
  const char* bold;
  std::vector<std::string> heads_;  // by run index, made when first needed
  std::vector<std::size_t> listed, unknown;
  std::string text;
};

}  // namespace

void render_check_text(std::ostream& out, const CheckReport& r) {
  std::optional<eval::Recorder> own;
  eval::Recorder& records = records_of(r, "text", own);
  out << "pacta check: as of " << (r.run.as_of == no_day ? "?" : format_day(r.run.as_of)) << ", "
      << parties_text(r.run);
  out << ", " << r.run.obligations.size() << " obligation" << (r.run.obligations.size() == 1 ? "" : "s") << "\n";
  if (r.status_filter) {
    out << "only verdicts that are";
    const char* sep = " ";
    for (int k = 0; k < 6; ++k)
      if (shows(r.status_filter, static_cast<eval::Status>(k))) {
        out << sep << eval::status_name(static_cast<eval::Status>(k));
        sep = ", ";
      }
    out << " (--status); totals count every verdict\n";
  }
  if (!r.rules_checked) out << "nothing checked: the rules have errors (see the diagnostics above)\n";
  if (r.not_checked && !r.not_checked->empty()) {
    std::size_t n = r.not_checked->size();
    out << n << " profile" << (n == 1 ? "" : "s") << " not checked (see the diagnostics above):";
    for (std::size_t k = 0; k < n && k < 10; ++k) out << ' ' << diag::printable((*r.not_checked)[k]);
    if (n > 10) out << " and " << n - 10 << " more";
    out << '\n';
  }
  // States are rendered on every core, a few at a time, and written in order.
  render_in_order_per_worker(
      r.run.profiles.size(), states_per_chunk, r.threads,
      [&](bool alone) { return std::make_unique<StateText>(r, records, alone); },
      [&](StateText& writer, std::size_t first, std::size_t last, JsonBuffer& chunk) {
        std::string text;
        for (std::size_t p = first; p < last; ++p) writer.state(text, p);
        chunk += text;
      },
      out);
  Totals all = totals_of(r, std::string::npos);
  out << "\nTotals: " << r.run.profiles.size() * r.run.obligations.size() << " verdicts: " << totals_line(all)
      << " (violated: " << all.violated_by_level[0] << " error, " << all.violated_by_level[1] << " warning, "
      << all.violated_by_level[2] << " info)\n";
}

}  // namespace pacta::report
