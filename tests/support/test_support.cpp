#include "support/test_support.hpp"

#include <sstream>
#include <stdexcept>

#include "diag/render.hpp"
#include "model/load.hpp"
#include "sema/check.hpp"
#include "syntax/parse.hpp"

namespace pacta::test {

std::unique_ptr<Parsed> parse(const std::string& text, const std::string& path) {
  auto p = std::make_unique<Parsed>();
  std::uint32_t id = p->sources.add(path, text);
  p->file = syntax::parse_rule_file(p->sources, id, p->diags);
  return p;
}

std::vector<std::string> codes(const diag::Diagnostics& diags) {
  std::vector<std::string> out;
  for (const auto& d : diags.items()) out.push_back(d.code);
  return out;
}

std::string render(const diag::SourceMap& sources, const diag::Diagnostics& diags) {
  std::ostringstream out;
  diag::render_text(out, sources, diags);
  return out.str();
}

Day day(const std::string& iso) {
  auto d = parse_day(iso);
  if (!d) throw std::invalid_argument("bad test date " + iso);
  return *d;
}

int World::profile(const std::string& state) const {
  for (std::size_t i = 0; i < profiles.size(); ++i)
    if (profiles[i].state == state) return static_cast<int>(i);
  return -1;
}

eval::Status World::verdict(const std::string& state, const std::string& obligation, const std::string& as_of) const {
  int p = profile(state);
  auto ref = rules.lookup(obligation);
  if (p < 0 || !ref) throw std::invalid_argument("no such state or obligation: " + state + " " + obligation);
  eval::Snapshot s(program, day(as_of));
  s.reset(profiles[static_cast<std::size_t>(p)]);
  return eval::verdict(s, ref->index);
}

eval::Truth World::truth(const std::string& state, const std::string& obligation, const std::string& as_of) const {
  int p = profile(state);
  auto ref = rules.lookup(obligation);
  if (p < 0 || !ref) throw std::invalid_argument("no such state or obligation: " + state + " " + obligation);
  eval::Snapshot s(program, day(as_of));
  s.reset(profiles[static_cast<std::size_t>(p)]);
  return eval::evaluate(s, program.obligations[ref->index].require);
}

std::unique_ptr<World> world(const std::vector<std::string>& rule_files, const std::vector<std::string>& profiles) {
  auto w = std::make_unique<World>();
  std::vector<syntax::RuleFile> files;
  for (std::size_t i = 0; i < rule_files.size(); ++i) {
    std::uint32_t id = w->sources.add("rules" + std::to_string(i) + ".pacta", rule_files[i]);
    files.push_back(syntax::parse_rule_file(w->sources, id, w->diags));
  }
  w->rules = sema::check_rule_set(std::move(files), w->diags);
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    std::uint32_t id = w->sources.add("profile" + std::to_string(i) + ".yaml", profiles[i]);
    model::Profile p;
    if (model::load_profile(w->rules, w->sources, id, p, w->diags)) w->profiles.push_back(std::move(p));
  }
  w->program = eval::compile(w->rules);
  eval::resolve_entry_into_force(w->program, w->profiles);
  return w;
}

std::unique_ptr<World> world(const std::string& rules, const std::vector<std::string>& profiles) {
  return world(std::vector<std::string>{rules}, profiles);
}

}  // namespace pacta::test
