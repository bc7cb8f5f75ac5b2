#include "sema/rule_set.hpp"

namespace pacta::sema {

Kind kind_of(syntax::DeclKind k) {
  switch (k) {
    case syntax::DeclKind::instrument:
      return Kind::instrument;
    case syntax::DeclKind::mechanism:
      return Kind::mechanism;
    case syntax::DeclKind::report:
      return Kind::report;
    case syntax::DeclKind::event:
      return Kind::event;
    case syntax::DeclKind::group:
      return Kind::group;
  }
  return Kind::instrument;
}

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::instrument:
      return "instrument";
    case Kind::mechanism:
      return "mechanism";
    case Kind::report:
      return "report";
    case Kind::event:
      return "event";
    case Kind::group:
      return "group";
    case Kind::set:
      return "set";
    case Kind::obligation:
      return "obligation";
  }
  return "?";
}

std::string with_article(const char* noun) {
  bool vowel = std::string("aeiou").find(noun[0]) != std::string::npos;
  return std::string(vowel ? "an " : "a ") + noun;
}

Day apply_delay(Day deposit, const DelayRule& rule) {
  if (deposit == no_day) return no_day;
  return rule.first_day_of_month ? first_day_of_month_after(deposit, rule.months)
                                 : add_duration(deposit, rule.duration);
}

std::string describe_delay(const DelayRule& rule) {
  if (rule.first_day_of_month) return "first day of month " + std::to_string(rule.months);
  return format_duration(rule.duration);
}

std::optional<Ref> RuleSet::lookup(std::string_view name) const {
  auto it = names.find(name);
  if (it == names.end()) return std::nullopt;
  return it->second;
}

const std::string& RuleSet::name_of(Ref r) const {
  switch (r.kind) {
    case Kind::instrument:
      return instruments[r.index].id;
    case Kind::mechanism:
      return mechanisms[r.index].id;
    case Kind::report:
      return reports[r.index].id;
    case Kind::event:
      return events[r.index].id;
    case Kind::group:
      return groups[r.index].id;
    case Kind::set:
      return sets[r.index].id;
    case Kind::obligation:
      return obligations[r.index].id;
  }
  static const std::string none;
  return none;
}

diag::Location RuleSet::location_of(Ref ref) const {
  switch (ref.kind) {
    case Kind::instrument:
      return instruments[ref.index].where;
    case Kind::mechanism:
      return mechanisms[ref.index].where;
    case Kind::report:
      return reports[ref.index].where;
    case Kind::event:
      return events[ref.index].where;
    case Kind::group:
      return groups[ref.index].where;
    case Kind::set:
      return sets[ref.index].where;
    case Kind::obligation:
      return obligations[ref.index].where;
  }
  return {};
}

std::vector<std::string> RuleSet::names_of_kind(Kind k) const {
  std::vector<std::string> out;
  for (const auto& [name, ref] : names)
    if (ref.kind == k) out.push_back(name);
  return out;
}

}  // namespace pacta::sema
