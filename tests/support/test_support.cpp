#include "support/test_support.hpp"

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
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

std::vector<const diag::Diagnostic*> with_code(const diag::Diagnostics& diags, const std::string& code) {
  std::vector<const diag::Diagnostic*> out;
  for (const auto& d : diags.items())
    if (d.code == code) out.push_back(&d);
  return out;
}

const diag::Diagnostic* first(const diag::Diagnostics& diags, const std::string& code) {
  auto all = with_code(diags, code);
  return all.empty() ? nullptr : all.front();
}

std::string position(const diag::SourceMap& sources, const diag::Location& where) {
  if (where.file == diag::no_file) return "-";
  diag::LineColumn lc = sources.line_column(where.file, where.span.begin);
  return sources.file(where.file).path + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column);
}

std::string covered(const diag::SourceMap& sources, const diag::Location& where) {
  if (where.file == diag::no_file) return {};
  const std::string& text = sources.file(where.file).text;
  if (where.span.begin >= text.size()) return {};
  return text.substr(where.span.begin, std::min<std::size_t>(where.span.end, text.size()) - where.span.begin);
}

TempDir::TempDir() {
  static std::atomic<unsigned> counter{0};
  namespace fs = std::filesystem;
  for (;;) {
    fs::path p =
        fs::temp_directory_path() / ("pacta_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    if (fs::create_directory(p)) {
      path_ = p.string();
      return;
    }
  }
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string TempDir::write(const std::string& name, const std::string& text) const {
  namespace fs = std::filesystem;
  fs::path p = fs::path(path_) / name;
  fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + p.string());
  return p.string();
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

eval::Truth World::applies(const std::string& state, const std::string& obligation, const std::string& as_of) const {
  int p = profile(state);
  auto ref = rules.lookup(obligation);
  if (p < 0 || !ref) throw std::invalid_argument("no such state or obligation: " + state + " " + obligation);
  std::uint32_t node = program.obligations[ref->index].applies;
  if (node == eval::no_node) return eval::Truth::yes;
  eval::Snapshot s(program, day(as_of));
  s.reset(profiles[static_cast<std::size_t>(p)]);
  return eval::evaluate(s, node);
}

eval::DeadlineFinding World::finding(const std::string& state, const std::string& obligation,
                                     const std::string& as_of) const {
  int p = profile(state);
  auto ref = rules.lookup(obligation);
  if (p < 0 || !ref) throw std::invalid_argument("no such state or obligation: " + state + " " + obligation);
  const eval::Node& n = program.nodes[program.obligations[ref->index].require];
  if (n.op != eval::Op::atom || n.quantifier != syntax::Quantifier::single)
    throw std::invalid_argument("require of " + obligation + " is not a single atom");
  eval::Snapshot s(program, day(as_of));
  s.reset(profiles[static_cast<std::size_t>(p)]);
  eval::DeadlineFinding f;
  eval::evaluate_atom_target(s, n, n.target, &f);
  return f;
}

Day World::party_from(const std::string& state, const std::string& instrument) const {
  int p = profile(state);
  auto ref = rules.lookup(instrument);
  if (p < 0 || !ref || ref->kind != sema::Kind::instrument)
    throw std::invalid_argument("no such state or instrument: " + state + " " + instrument);
  eval::Snapshot s(program, day("2000-01-01"));  // party_from does not depend on the date
  s.reset(profiles[static_cast<std::size_t>(p)]);
  return s.party_from(ref->index);
}

const eval::EntryIntoForce& World::entry_into_force(const std::string& instrument) const {
  auto ref = rules.lookup(instrument);
  if (!ref || ref->kind != sema::Kind::instrument) throw std::invalid_argument("no such instrument: " + instrument);
  return program.entry_into_force[ref->index];
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
  // Only a rule set without errors can be compiled (names must resolve).
  bool rules_valid = true;
  for (const auto& d : w->diags.items())
    if (d.severity == diag::Severity::error && d.code[0] != 'Y') rules_valid = false;
  if (!rules_valid) return w;
  w->program = eval::compile(w->rules);
  eval::resolve_entry_into_force(w->program, w->profiles);
  return w;
}

std::unique_ptr<World> world(const std::string& rules, const std::vector<std::string>& profiles) {
  return world(std::vector<std::string>{rules}, profiles);
}

}  // namespace pacta::test
