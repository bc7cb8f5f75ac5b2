#include "diag/suggest.hpp"
#include "sema/check.hpp"
#include "sema/checker.hpp"

namespace pacta::sema {
namespace detail {

std::optional<Ref> Checker::resolve(const syntax::Name& name, std::uint32_t source_file, std::optional<Kind> expected) {
  if (auto ref = rules.lookup(name.text)) {
    used.insert(name.text);
    return ref;
  }
  std::vector<std::string> candidates;
  if (expected) candidates = rules.names_of_kind(*expected);
  if (candidates.empty())
    for (const auto& [n, r] : rules.names) candidates.push_back(n);
  std::string best = diag::closest(name.text, candidates);
  std::string what = expected ? std::string(kind_name(*expected)) : "name";
  diags.error(
      "S001", at(source_file, name.span), "unknown " + what + " '" + name.text + "'",
      best.empty() ? "declare it, or check its spelling (names are case-sensitive)" : "did you mean '" + best + "'?");
  return std::nullopt;
}

bool Checker::expect_kind(Ref ref, Kind expected, const syntax::Name& name, std::uint32_t source_file,
                          const char* context) {
  if (ref.kind == expected) return true;
  auto& d = diags.error("S003", at(source_file, name.span),
                        "'" + name.text + "' is " + with_article(kind_name(ref.kind)) + ", but " + context + " needs " +
                            with_article(kind_name(expected)));
  d.notes.push_back({location_of(ref), "'" + name.text + "' is declared here"});
  return false;
}

void report_unused(Checker& c) {
  auto warn = [&](const std::string& id, const diag::Location& where, Kind k) {
    if (c.used.count(id) == 0)
      c.diags.warning("S007", where, std::string(kind_name(k)) + " '" + id + "' is declared but never used",
                      "use it in an obligation or a set, or remove it");
  };
  for (const auto& x : c.rules.instruments) warn(x.id, x.where, Kind::instrument);
  for (const auto& x : c.rules.mechanisms) warn(x.id, x.where, Kind::mechanism);
  for (const auto& x : c.rules.reports) warn(x.id, x.where, Kind::report);
  for (const auto& x : c.rules.events) warn(x.id, x.where, Kind::event);
  for (const auto& x : c.rules.groups) warn(x.id, x.where, Kind::group);
  for (const auto& x : c.rules.sets) warn(x.id, x.where, Kind::set);
}

}  // namespace detail

RuleSet check_rule_set(std::vector<syntax::RuleFile> files, diag::Diagnostics& diags) {
  RuleSet rules;
  rules.files = std::move(files);
  detail::Checker c{rules, diags, {}};
  detail::collect_declarations(c);
  detail::check_declarations(c);
  detail::check_obligations(c);
  detail::report_unused(c);
  return rules;
}

}  // namespace pacta::sema
