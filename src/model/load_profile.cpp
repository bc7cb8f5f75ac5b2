// One profile: the YAML tree walked against the schema in docs/PROFILES.md, every problem a
// diagnostic at the node's mark: malformed YAML (Y001), unknown keys (Y002), wrong types
// (Y003), impossible dates (Y004), duplicate keys (Y005), undeclared names (Y006), a missing
// or malformed state code (Y008, Y009: ISO 3166-1 alpha-3 for a State, an organisation code for
// `kind: organisation`), facts that contradict each other (Y010), nesting too deep (Y011), a
// state code that is not the file's name (Y012) and an organisation's signature or deposit for an
// instrument not open to organisations (Y016), both warnings.
#include <algorithm>
#include <functional>
#include <string_view>
#include <unordered_map>

#include "diag/suggest.hpp"
#include "model/load.hpp"
#include "model/yaml_tree.hpp"

namespace pacta::model {

std::string normalise_article(const std::string& article) {
  std::string out;
  for (char c : article) {
    bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (blank) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

namespace {

using Node = YamlNode;
using Type = YamlNode::Type;

const char* type_name(Type t) {
  switch (t) {
    case Type::null:
      return "nothing";
    case Type::scalar:
      return "a scalar";
    case Type::sequence:
      return "a list";
    case Type::map:
      return "a mapping";
    case Type::alias:
      return "an alias";
  }
  return "?";
}

class Walker {
 public:
  Walker(const sema::RuleSet& rules, const YamlDocument& doc, std::uint32_t file, diag::Diagnostics& diags)
      : rules_(rules), doc_(doc), file_(file), diags_(diags) {}

  bool errors() const { return errors_; }

  diag::Location at(const Node& n) const {
    std::uint32_t len = n.type == Type::scalar ? static_cast<std::uint32_t>(n.value.size()) + (n.quoted ? 2u : 0u) : 1u;
    return {file_, {n.offset, n.offset + std::max<std::uint32_t>(len, 1)}};
  }
  void error(const char* code, const Node& n, std::string message, std::string help = {}) {
    errors_ = true;
    diags_.error(code, at(n), std::move(message), std::move(help));
  }
  // A fact that loads but contradicts the rule set (Y014, Y015): the profile is still used.
  void warning(const char* code, const Node& n, std::string message, std::string help = {}) {
    diags_.warning(code, at(n), std::move(message), std::move(help));
  }
  const Node& node(std::uint32_t id) const { return doc_.nodes[id]; }

  bool expect(const Node& n, Type t, const std::string& what) {
    if (n.type == t) return true;
    if (n.type == Type::alias) {
      error("Y003", n, "YAML aliases are not supported in profiles", "write the value out");
      return false;
    }
    // `NET:` with nothing after it, its keys below at the same indentation.
    error("Y003", n, what + " must be " + type_name(t) + ", not " + type_name(n.type),
          n.type == Type::null && t == Type::map ? "write its keys on the lines below, indented two spaces deeper than "
                                                   "its name (or `none` when there is nothing to record)"
                                                 : "");
    return false;
  }

  // Calls f(key, value) for each entry of a mapping, diagnosing non-scalar and duplicate keys
  // (in linear time: a profile may have 200,000 keys).
  void each_entry(const Node& map, const std::function<void(const Node&, const Node&)>& f) {
    std::unordered_map<std::string_view, const Node*> seen;
    seen.reserve(map.children.size() / 2);
    for (std::size_t i = 0; i + 1 < map.children.size(); i += 2) {
      const Node& key = node(map.children[i]);
      const Node& value = node(map.children[i + 1]);
      if (key.type != Type::scalar) {
        error("Y003", key, "keys must be plain names");
        continue;
      }
      auto [first, fresh] = seen.emplace(key.value, &key);
      if (!fresh) {
        errors_ = true;
        diags_.error("Y005", at(key), "duplicate key '" + key.value + "'", "YAML keeps only one; remove the other")
            .notes.push_back({at(*first->second), "first given here"});
        continue;
      }
      f(key, value);
    }
  }

  void unknown_key(const Node& key, const std::vector<std::string>& allowed, const std::string& where) {
    std::string best = diag::closest(key.value, allowed);
    std::string list;
    for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
    error("Y002", key, "unknown key '" + key.value + "' in " + where,
          best.empty() ? "known keys: " + list : "did you mean '" + best + "'?");
  }

  bool scalar(const Node& n, const std::string& what, std::string& out) {
    if (!expect(n, Type::scalar, what)) return false;
    out = n.value;
    return true;
  }

  bool date(const Node& n, const std::string& what, Day& out) {
    if (!expect(n, Type::scalar, what)) return false;
    auto d = parse_day(n.value);
    if (!d) {
      error("Y004", n, "'" + n.value + "' is not a calendar date",
            "dates are written YYYY-MM-DD and must exist (2021-02-28, not 2021-02-30)");
      return false;
    }
    out = *d;
    return true;
  }

  bool is_none(const Node& n) const { return n.type == Type::scalar && !n.quoted && n.value == "none"; }

  // The keys of one entry of a section (an instrument's `ratified`, a mechanism's `joined`).
  static const std::vector<std::string>& entry_keys(sema::Kind kind) {
    static const std::vector<std::string> instrument = {"signed",    "ratified",    "ratified_by",  "consent",
                                                        "denounced", "known_until", "reservations", "source"};
    static const std::vector<std::string> mechanism = {"joined", "left", "source"};
    static const std::vector<std::string> event = {"date", "source"};
    static const std::vector<std::string> none;
    return kind == sema::Kind::instrument  ? instrument
           : kind == sema::Kind::mechanism ? mechanism
           : kind == sema::Kind::event     ? event
                                           : none;
  }

  std::optional<sema::Ref> name(const Node& key, sema::Kind kind) {
    auto ref = rules_.lookup(key.value);
    if (ref && ref->kind == kind) return ref;
    std::string best = diag::closest(key.value, rules_.names_of_kind(kind));
    const auto& keys = entry_keys(kind);
    std::string help = best.empty() ? "the rule set does not declare it" : "did you mean '" + best + "'?";
    // `ratified:` at the level of the instruments: a key that lost its indentation.
    if (std::find(keys.begin(), keys.end(), key.value) != keys.end())
      help = "'" + key.value + "' is a key of " + sema::with_article(sema::kind_name(kind)) +
             "'s entry: indent it under the " + sema::kind_name(kind) + " it belongs to, two spaces deeper";
    error("Y006", key,
          ref ? "'" + key.value + "' is not " + sema::with_article(sema::kind_name(kind)) + " of the rule set"
              : "unknown " + std::string(sema::kind_name(kind)) + " '" + key.value + "'",
          help);
    return std::nullopt;
  }

  void instrument(const Node& key, const Node& value, Profile& p) {
    auto ref = name(key, sema::Kind::instrument);
    if (!ref) return;
    InstrumentFacts& f = p.instruments[ref->index];
    f.listed = true;
    f.where = at(key);
    if (is_none(value)) return;
    if (!expect(value, Type::map, "instrument '" + key.value + "'")) return;
    const Node* signed_node = nullptr;
    const Node* ratified_node = nullptr;
    const Node* ratified_by_node = nullptr;
    const Node* denounced_node = nullptr;
    each_entry(value, [&](const Node& k, const Node& v) {
      const std::string& field = k.value;
      if (field == "signed") {
        date(v, "signed", f.signed_on);
        signed_node = &v;
      } else if (field == "ratified") {
        if (date(v, "ratified", f.deposited)) ratified_node = &v;
      } else if (field == "ratified_by") {
        if (date(v, "ratified_by", f.deposited_by)) ratified_by_node = &v;
      } else if (field == "denounced") {
        date(v, "denounced", f.denounced);
        denounced_node = &v;
      } else if (field == "known_until") {
        date(v, "known_until", f.known_until);
      } else if (field == "consent") {
        std::string word;
        if (!scalar(v, "consent", word)) return;
        if (auto consent = parse_consent(word))
          f.consent = *consent;
        else
          error("Y003", v, "unknown consent '" + word + "'",
                "one of ratification, acceptance, approval, accession, succession, confirmation");
      } else if (field == "reservations") {
        reservations(v, f);
      } else if (field == "source") {
        std::string ignored;
        scalar(v, "source", ignored);
      } else {
        unknown_key(
            k, {"signed", "ratified", "ratified_by", "consent", "denounced", "known_until", "reservations", "source"},
            "instrument '" + key.value + "'");
      }
    });
    // Y014: nothing can be signed or deposited before the instrument exists.
    Day adopted = rules_.instruments[ref->index].adopted;
    auto before_adoption = [&](const Node* n, Day d, const char* what) {
      if (n && d != no_day && adopted != no_day && d < adopted)
        warning("Y014", *n,
                std::string(what) + " " + format_day(d) + ", before '" + key.value + "' was adopted (" +
                    format_day(adopted) + ")",
                "check the date against the source (a typo in the year?); the rules declare `adopted " +
                    format_day(adopted) + "`");
    };
    before_adoption(signed_node, f.signed_on, "signed");
    before_adoption(ratified_node, f.deposited, "consent deposited");
    before_adoption(ratified_by_node, f.deposited_by, "consent deposited by");
    if (signed_node && f.deposited != no_day && f.signed_on != no_day && f.deposited < f.signed_on)
      error("Y010", *signed_node,
            "signed (" + format_day(f.signed_on) + ") after consent was deposited (" + format_day(f.deposited) + ")");
    if (f.deposited != no_day && f.deposited_by != no_day)
      error("Y010", value, "give either 'ratified' (the day) or 'ratified_by' (a bound), not both");
    if (denounced_node && f.denounced != no_day &&
        (std::min(f.deposited, f.deposited_by) == no_day || f.denounced <= f.deposited))
      error("Y010", *denounced_node, "denounced without an earlier deposit of consent");
  }

  void reservations(const Node& list, InstrumentFacts& f) {
    if (!expect(list, Type::sequence, "reservations")) return;
    for (std::uint32_t id : list.children) {
      const Node& item = node(id);
      Reservation r;
      r.where = at(item);
      if (item.type == Type::scalar) {
        r.article = normalise_article(item.value);
      } else if (expect(item, Type::map, "a reservation")) {
        const Node* withdrawn_node = nullptr;
        each_entry(item, [&](const Node& k, const Node& v) {
          if (k.value == "article") {
            if (scalar(v, "article", r.article)) r.article = normalise_article(r.article);
          } else if (k.value == "made") {
            date(v, "made", r.made);
          } else if (k.value == "withdrawn") {
            if (date(v, "withdrawn", r.withdrawn)) withdrawn_node = &v;
          } else {
            unknown_key(k, {"article", "made", "withdrawn"}, "a reservation");
          }
        });
        if (r.article.empty()) error("Y003", item, "a reservation needs its 'article'");
        if (withdrawn_node && r.made != no_day && r.withdrawn < r.made)
          error("Y010", *withdrawn_node,
                "reservation withdrawn (" + format_day(r.withdrawn) + ") before it was made (" + format_day(r.made) +
                    ")");
      } else {
        continue;
      }
      f.reservations.push_back(std::move(r));
    }
  }

  void mechanism(const Node& key, const Node& value, Profile& p) {
    auto ref = name(key, sema::Kind::mechanism);
    if (!ref) return;
    MechanismFacts& f = p.mechanisms[ref->index];
    f.listed = true;
    f.where = at(key);
    if (is_none(value)) return;
    if (!expect(value, Type::map, "mechanism '" + key.value + "'")) return;
    const Node* left_node = nullptr;
    const Node* joined_node = nullptr;
    each_entry(value, [&](const Node& k, const Node& v) {
      if (k.value == "joined") {
        if (date(v, "joined", f.joined)) joined_node = &v;
      } else if (k.value == "left") {
        if (date(v, "left", f.left)) left_node = &v;
      } else if (k.value == "source") {
        std::string ignored;
        scalar(v, "source", ignored);
      } else {
        unknown_key(k, {"joined", "left", "source"}, "mechanism '" + key.value + "'");
      }
    });
    // Y015: nobody joins a mechanism before it exists.
    Day started = rules_.mechanisms[ref->index].started;
    if (joined_node && f.joined != no_day && started != no_day && f.joined < started)
      warning("Y015", *joined_node,
              "joined " + format_day(f.joined) + ", before '" + key.value + "' started (" + format_day(started) + ")",
              "check the date against the source; a date derived from another fact (as a party's) may not predate "
              "the mechanism");
    // After the walk: `left` may come before `joined` in the mapping.
    if (left_node && (f.joined == no_day || f.left < f.joined))
      error("Y010", *left_node, "left without joining earlier");
  }

  void report(const Node& key, const Node& value, Profile& p) {
    auto ref = name(key, sema::Kind::report);
    if (!ref) return;
    ReportFacts& f = p.reports[ref->index];
    f.listed = true;
    f.where = at(key);
    if (is_none(value)) return;
    if (!expect(value, Type::sequence, "report '" + key.value + "'")) return;
    for (std::uint32_t id : value.children) {
      const Node& item = node(id);
      if (!expect(item, Type::map, "a submission")) continue;
      Submission s;
      s.where = at(item);
      each_entry(item, [&](const Node& k, const Node& v) {
        if (k.value == "period") {
          std::string text;
          if (!scalar(v, "period", text)) return;
          bool ok = text.size() == 4 &&
                    std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                    text[0] != '0';
          if (!ok)
            error("Y003", v, "period must be a year (YYYY), not '" + text + "'");
          else
            s.period = static_cast<std::uint32_t>(std::stoul(text));
        } else if (k.value == "submitted") {
          date(v, "submitted", s.submitted);
        } else if (k.value == "source") {
          std::string ignored;
          scalar(v, "source", ignored);
        } else {
          unknown_key(k, {"period", "submitted", "source"}, "a submission");
        }
      });
      if (s.submitted == no_day) {
        error("Y003", item, "a submission needs its 'submitted' date");
        continue;
      }
      f.submissions.push_back(s);
    }
    std::sort(f.submissions.begin(), f.submissions.end(), [](const Submission& a, const Submission& b) {
      return a.period != b.period ? a.period < b.period : a.submitted < b.submitted;
    });
    f.submissions.shrink_to_fit();  // kept for the whole run
  }

  void event(const Node& key, const Node& value, Profile& p) {
    auto ref = name(key, sema::Kind::event);
    if (!ref) return;
    EventFacts& f = p.events[ref->index];
    f.listed = true;
    f.where = at(key);
    if (is_none(value)) return;
    if (value.type == Type::map) {
      each_entry(value, [&](const Node& k, const Node& v) {
        if (k.value == "date") {
          date(v, "date", f.happened);
        } else if (k.value == "source") {
          std::string ignored;
          scalar(v, "source", ignored);
        } else {
          unknown_key(k, {"date", "source"}, "event '" + key.value + "'");
        }
      });
      return;
    }
    date(value, "event '" + key.value + "'", f.happened);
  }

  template <typename F>
  void section(const Node& value, const std::string& what, F&& per_entry) {
    if (value.type == Type::null) return;
    if (!expect(value, Type::map, what)) return;
    each_entry(value, per_entry);
  }

  void profile(Profile& p) {
    if (doc_.empty()) {
      error("Y008", Node{}, "profile is empty", "a profile needs at least 'state: ISO3'");
      return;
    }
    const Node& root = node(0);
    if (!expect(root, Type::map, "a profile")) return;
    bool has_state = false;
    // `kind` first, wherever it is written: the state code's check (Y009) depends on it and is
    // reported in file order, at `state:`.
    for (std::size_t i = 0; i + 1 < root.children.size(); i += 2) {
      const Node& k = node(root.children[i]);
      const Node& v = node(root.children[i + 1]);
      if (k.type == Type::scalar && k.value == "kind" && v.type == Type::scalar && v.value == "organisation")
        p.kind = PartyKind::organisation;
    }
    each_entry(root, [&](const Node& k, const Node& v) {
      const std::string& key = k.value;
      if (key == "state") {
        has_state = true;
        if (!scalar(v, "state", p.state)) return;
        p.where = at(v);
        if (auto problem = code_problem(p.state, p.kind)) error("Y009", v, problem->message, problem->help);
      } else if (key == "kind") {
        std::string kind;
        if (!scalar(v, "kind", kind)) return;
        if (kind != "state" && kind != "organisation")
          error("Y003", v, "unknown kind '" + kind + "'",
                "'state' (the default) or 'organisation' (a regional economic integration organisation)");
      } else if (key == "name") {
        scalar(v, "name", p.name);
      } else if (key == "groups") {
        if (v.type == Type::null || !expect(v, Type::sequence, "groups")) return;
        for (std::uint32_t id : v.children) {
          const Node& g = node(id);
          if (!expect(g, Type::scalar, "a group")) continue;
          if (auto ref = name(g, sema::Kind::group)) p.groups.push_back(ref->index);
        }
        std::sort(p.groups.begin(), p.groups.end());
        p.groups.erase(std::unique(p.groups.begin(), p.groups.end()), p.groups.end());
      } else if (key == "sources") {
        if (v.type == Type::null || !expect(v, Type::sequence, "sources")) return;
        for (std::uint32_t id : v.children) {
          std::string s;
          if (scalar(node(id), "a source", s)) p.sources.push_back(s);
        }
      } else if (key == "complete") {
        if (v.type == Type::null || !expect(v, Type::sequence, "complete")) return;
        static const std::vector<std::string> names = {"instruments", "mechanisms", "reports", "events"};
        for (std::uint32_t id : v.children) {
          const Node& s = node(id);
          if (!expect(s, Type::scalar, "a section")) continue;
          auto it = std::find(names.begin(), names.end(), s.value);
          if (it == names.end())
            unknown_key(s, names, "'complete'");
          else
            p.complete[it - names.begin()] = true;
        }
      } else if (key == "instruments") {
        section(v, "instruments", [&](const Node& k2, const Node& v2) { instrument(k2, v2, p); });
      } else if (key == "mechanisms") {
        section(v, "mechanisms", [&](const Node& k2, const Node& v2) { mechanism(k2, v2, p); });
      } else if (key == "reports") {
        section(v, "reports", [&](const Node& k2, const Node& v2) { report(k2, v2, p); });
      } else if (key == "events") {
        section(v, "events", [&](const Node& k2, const Node& v2) { event(k2, v2, p); });
      } else {
        auto ref = rules_.lookup(key);
        if (ref && (ref->kind == sema::Kind::instrument || ref->kind == sema::Kind::mechanism ||
                    ref->kind == sema::Kind::report || ref->kind == sema::Kind::event))
          error("Y002", k, "unknown key '" + key + "' in a profile",
                "'" + key + "' is " + sema::with_article(sema::kind_name(ref->kind)) + ": indent it under '" +
                    sema::kind_name(ref->kind) + "s:', two spaces deeper");
        else
          unknown_key(k,
                      {"state", "kind", "name", "groups", "sources", "complete", "instruments", "mechanisms", "reports",
                       "events"},
                      "a profile");
      }
    });
    if (!has_state) error("Y008", root, "profile has no 'state'", "add 'state: ISO3' (ISO 3166-1 alpha-3)");
  }

 private:
  const sema::RuleSet& rules_;
  const YamlDocument& doc_;
  std::uint32_t file_;
  diag::Diagnostics& diags_;
  bool errors_ = false;
};

}  // namespace

namespace {
// The offset where the line holding `pos` starts.
std::size_t line_start(const std::string& text, std::size_t pos) {
  while (pos > 0 && text[pos - 1] != '\n') --pos;
  return pos;
}

// The offset of a tab in the indentation of the line holding `offset`, or of the line before it
// (yaml-cpp may report the next token), or npos.
std::size_t tab_in_indentation(const std::string& text, std::uint32_t offset) {
  std::size_t begin = line_start(text, std::min<std::size_t>(offset, text.size()));
  for (int lines = 0; lines < 2; ++lines) {
    for (std::size_t i = begin; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i)
      if (text[i] == '\t') return i;
    if (begin == 0) break;
    begin = line_start(text, begin - 1);
  }
  return std::string::npos;
}
}  // namespace

bool load_profile(const sema::RuleSet& rules, const diag::SourceMap& sources, std::uint32_t file, Profile& out,
                  diag::Diagnostics& diags) {
  out = Profile{};
  out.file = file;
  out.instruments.resize(rules.instruments.size());
  out.mechanisms.resize(rules.mechanisms.size());
  out.reports.resize(rules.reports.size());
  out.events.resize(rules.events.size());
  YamlDocument doc;
  YamlError error;
  if (!parse_yaml(sources.file(file).text, doc, error)) {
    if (error.too_deep)
      diags.error("Y011", {file, {error.offset, error.offset + 1}}, error.message, "profiles nest six levels at most");
    else if (error.too_long)
      diags.error("Y013", {file, {error.offset, error.offset + 1}}, error.message,
                  "write long lists one item per line (block style)");
    else if (std::size_t tab = tab_in_indentation(sources.file(file).text, error.offset); tab != std::string::npos)
      diags.error("Y001", {file, {static_cast<std::uint32_t>(tab), static_cast<std::uint32_t>(tab + 1)}},
                  "malformed YAML: a tab in the indentation (yaml-cpp: " + error.message + ")",
                  "YAML indents with spaces only: replace the tab at the start of the line with spaces");
    else
      diags.error("Y001", {file, {error.offset, error.offset + 1}}, "malformed YAML: " + error.message);
    return false;
  }
  Walker walker(rules, doc, file, diags);
  walker.profile(out);
  if (walker.errors()) return false;
  check_file_name(sources.file(file).path, out, diags);
  check_organisation_facts(rules, out, diags);
  return true;
}

}  // namespace pacta::model
