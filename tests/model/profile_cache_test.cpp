// The profile cache (model/profile_cache.hpp): a hit gives the same profile and the same
// diagnostics as parsing, whatever the file's id in the run; corrupt, truncated, planted or
// foreign entries are ignored and rewritten; any change to the profile's bytes, its file name,
// the rule set's names or Pacta's version misses; concurrent loaders agree. Every test uses
// its own temporary cache directory.
#include "model/profile_cache.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include "model/load.hpp"
#include "support/test_support.hpp"

namespace pacta::test {
namespace {

namespace fs = std::filesystem;
using model::ProfileCache;
using model::cache::Hash128;

const std::string rules = R"(
instrument UNTOC
instrument UNCAC
instrument SUA
mechanism CCP
mechanism IRM
report ARQ
report NOTE
event DONE
event LATER
group ASIA_PACIFIC
group WEOG
obligation USE {
  applies when member(ASIA_PACIFIC) or event(DONE)
  require party(UNTOC) and party(UNCAC) and joined(CCP) and submitted(ARQ)
}
)";

// Every kind of fact, both reservation forms, a block scalar and non-ASCII text.
const std::string rich = R"yaml(# a profile with every kind of fact
state: JPN
name: "Japan – 日本"
groups: [WEOG, ASIA_PACIFIC]
sources:
  - "https://example.org/a"
  - |
    a block
    scalar
complete: [mechanisms, events]
instruments:
  UNTOC:
    signed: 2000-12-12
    ratified: 2017-07-11
    consent: acceptance
    reservations: ["art.  35(2) ", { article: "art. 66(2)", made: 2018-01-01, withdrawn: 2019-01-01 }]
  UNCAC: { signed: 2003-12-09, ratified_by: 2019-12-31, known_until: 2014-07-10 }
  SUA: { ratified: 2010-01-01, denounced: 2021-01-01 }
mechanisms:
  CCP: { joined: 2017-07-11, left: 2030-01-01 }
  IRM: none
reports:
  ARQ: [ { period: 2020, submitted: 2021-07-30 }, { period: 2019, submitted: 2020-06-12 } ]
  NOTE: none
events:
  DONE: 2020-03-31
  LATER: { date: 2021-01-01, source: "x" }
)yaml";

// ---- a run's result, written out in full (paths, not file ids) ------------------------------

std::string where(const diag::SourceMap& s, const diag::Location& l) {
  std::string file = l.file == diag::no_file ? "-" : s.has(l.file) ? s.file(l.file).path : "?" + std::to_string(l.file);
  return file + "[" + std::to_string(l.span.begin) + "," + std::to_string(l.span.end) + ")";
}

std::string dump(const diag::SourceMap& s, const model::Profile& p) {
  std::ostringstream o;
  o << p.state << '|' << static_cast<int>(p.kind) << '|' << p.name << '|' << where(s, p.where) << '|'
    << (s.has(p.file) ? s.file(p.file).path : "?") << '|';
  for (bool c : p.complete) o << c;
  o << "|groups";
  for (auto g : p.groups) o << ' ' << g;
  o << "\n";
  for (const auto& f : p.instruments) {
    o << " I " << f.listed << ' ' << f.signed_on << ' ' << f.deposited << ' ' << f.deposited_by << ' ' << f.denounced
      << ' ' << f.known_until << ' ' << model::consent_name(f.consent) << ' ' << where(s, f.where);
    for (const auto& r : f.reservations)
      o << " R(" << r.article << ' ' << r.made << ' ' << r.withdrawn << ' ' << where(s, r.where) << ')';
    o << "\n";
  }
  for (const auto& f : p.mechanisms)
    o << " M " << f.listed << ' ' << f.joined << ' ' << f.left << ' ' << where(s, f.where) << "\n";
  for (const auto& f : p.reports) {
    o << " R " << f.listed << ' ' << where(s, f.where);
    for (const auto& x : f.submissions) o << " S(" << x.period << ' ' << x.submitted << ' ' << where(s, x.where) << ')';
    o << "\n";
  }
  for (const auto& f : p.events) o << " E " << f.listed << ' ' << f.happened << ' ' << where(s, f.where) << "\n";
  for (const auto& x : p.sources) o << " src " << x << "\n";
  return o.str();
}

std::string dump(const diag::SourceMap& s, const diag::Diagnostics& diags) {
  std::ostringstream o;
  for (const auto& d : diags.items()) {
    o << d.code << ' ' << static_cast<int>(d.severity) << ' ' << where(s, d.where) << ' ' << d.message << " | "
      << d.help << "\n";
    for (const auto& n : d.notes) o << "  note " << where(s, n.where) << ' ' << n.message << "\n";
  }
  return o.str() + render(s, diags);
}

struct Result {
  std::string text;  // profiles, diagnostics (dumped and rendered), input_error
  model::ProfileCacheStats stats;
  std::size_t released = 0;  // profile texts released once loaded
};

struct Fixture {
  std::unique_ptr<World> w = world(rules, {});
  TempDir profiles;
  TempDir cache_root;
  model::ProfileCacheOptions options() const { return {cache_root.path(), false, "test-1"}; }

  // One run over the profile directory, as `pacta check` makes it. `shift` files are added to
  // the source map first, so the profiles get other ids than in another run.
  Result run(const model::ProfileCacheOptions& o, const sema::RuleSet* other_rules = nullptr, int shift = 0,
             unsigned threads = 2, bool release_texts = false) const {
    const sema::RuleSet& r = other_rules ? *other_rules : w->rules;
    diag::SourceMap sources;
    for (int i = 0; i < shift; ++i) sources.add("padding" + std::to_string(i), "x\n");
    diag::Diagnostics diags;
    ProfileCache cache(o, r);
    model::LoadedProfiles loaded =
        model::load_profiles(r, {profiles.path()}, sources, diags, threads, &cache, release_texts);
    Result out;
    for (std::uint32_t id = 0; id < sources.size(); ++id) out.released += sources.file(id).released;
    for (const auto& p : loaded.profiles) out.text += dump(sources, p);
    out.text += dump(sources, diags) + (loaded.input_error ? "input error\n" : "ok\n");
    out.stats = cache.stats();
    return out;
  }
  Result run() const { return run(options()); }
  Result uncached() const { return run({"", true, "test-1"}); }

  std::vector<std::string> entries() const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(cache_root.path() + "/profiles")) out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
  }
};

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void overwrite(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

// An entry around any payload, with a valid header and checksum: only the decoder's own checks
// stand between it and the model.
std::string sealed(const Hash128& key, const std::string& payload) {
  using namespace model::cache;
  Writer w;
  w.bytes().append(magic, sizeof magic);
  w.u32(format_version);
  w.u32(0);
  w.hash(key);
  w.u64(payload.size());
  w.u64(hash128(payload.data(), payload.size()).lo);
  return w.bytes() + payload;
}

// ---- the hash --------------------------------------------------------------------------------

TEST(ProfileCacheHash, MurmurHash3ReferenceValues) {
  // MurmurHash3_x64_128 with seed 0 (as the reference implementation and its ports give).
  EXPECT_EQ(model::cache::hash128("", 0), (Hash128{0, 0}));
  EXPECT_EQ(model::cache::hash128("hello", 5).lo, 0xcbd8a7b341bd9b02ull);
}

TEST(ProfileCacheHash, EveryByteAndTheLengthCount) {
  std::string text(1000, 'a');
  for (std::size_t i = 0; i < text.size(); ++i) text[i] = static_cast<char>('a' + i % 26);
  Hash128 base = model::cache::hash128(text.data(), text.size());
  std::vector<Hash128> seen{base};
  for (std::size_t i : {0u, 1u, 7u, 8u, 15u, 16u, 500u, 991u, 999u}) {
    std::string changed = text;
    changed[i] ^= 1;
    Hash128 h = model::cache::hash128(changed.data(), changed.size());
    EXPECT_EQ(std::count(seen.begin(), seen.end(), h), 0) << i;
    seen.push_back(h);
  }
  for (std::size_t n = 0; n < 40; ++n) {  // zero padding of every tail length
    std::string a(n, '\0'), b(n + 1, '\0');
    EXPECT_NE(model::cache::hash128(a.data(), a.size()), model::cache::hash128(b.data(), b.size())) << n;
  }
  EXPECT_NE(model::cache::hash128("x", 1, 1), model::cache::hash128("x", 1, 2));
  EXPECT_EQ(base.hex().size(), 32u);
}

// ---- hits are what parsing gives ----------------------------------------------------------------

TEST(ProfileCache, CachedLoadIsIdentical) {
  Fixture f;
  f.profiles.write("JPN.yaml", rich);
  f.profiles.write("fra.yaml", "state: DEU\nname: Germany\n");  // Y012, a warning: cached with the profile
  f.profiles.write("bad.yaml", "state: ITA\ninstruments: { UNTOC: { ratified: 2021-02-30 } }\n");  // Y004
  f.profiles.write("sub/AUT.yml", "state: AUT\ncomplete: [instruments]\ninstruments: { UNCAC: none }\n");
  Result plain = f.uncached();
  EXPECT_NE(plain.text.find("Y012"), std::string::npos) << plain.text;
  EXPECT_NE(plain.text.find("Y004"), std::string::npos) << plain.text;

  Result cold = f.run();
  EXPECT_EQ(cold.text, plain.text);
  EXPECT_EQ(cold.stats.hits, 0u);
  EXPECT_EQ(cold.stats.misses, 4u);
  EXPECT_EQ(cold.stats.stores, 3u);  // not the profile with errors
  EXPECT_EQ(f.entries().size(), 3u);

  for (int shift : {0, 3}) {
    Result warm = f.run(f.options(), nullptr, shift);
    Result reference = f.run({"", true, ""}, nullptr, shift);
    EXPECT_EQ(warm.text, reference.text) << "shift " << shift;
    EXPECT_EQ(warm.stats.hits, 3u);
    EXPECT_EQ(warm.stats.misses, 1u);
    EXPECT_EQ(warm.stats.stores, 0u);
  }
}

// `pacta check` releases the profiles' texts once loaded: the same profiles and diagnostics,
// their source lines read again from the files (a byte order mark, non-ASCII columns, a
// second profile of a state pointing into the first one's file).
TEST(ProfileCache, ReleasedTextsChangeNothing) {
  Fixture f;
  f.profiles.write("JPN.yaml", rich);
  f.profiles.write("fra.yaml", "state: DEU\nname: Germany\n");                                     // Y012
  f.profiles.write("bad.yaml", "state: ITA\ninstruments: { UNTOC: { ratified: 2021-02-30 } }\n");  // Y004
  f.profiles.write("twice.yaml", "\xEF\xBB\xBF# «again» – 日本\nname: \"日本\"\nstate: JPN\n" + std::string(400, '#') +
                                     "\n");  // Y007
  f.profiles.write("AUT.yaml",
                   "name: \"Österreich\"\nstate: AUT\ninstruments: { SUA: { source: \"ö\", signed: 20x } }\n");
  Result kept = f.uncached();
  for (const char* code : {"Y012", "Y004", "Y007"})
    EXPECT_NE(kept.text.find(code), std::string::npos) << code << "\n" << kept.text;
  EXPECT_EQ(kept.released, 0u);
  Result uncached = f.run({"", true, "test-1"}, nullptr, 0, 2, true);
  EXPECT_EQ(uncached.text, kept.text);
  EXPECT_EQ(uncached.released, 5u);
  for (const char* pass : {"cold", "warm"}) {
    Result cached = f.run(f.options(), nullptr, 0, 2, true);
    EXPECT_EQ(cached.text, kept.text) << pass;
    EXPECT_EQ(cached.released, 5u) << pass;
  }
}

// Profiles are read and parsed a batch at a time: more files than a batch load as one.
TEST(ProfileCache, ManyProfilesLoadAsOne) {
  Fixture f;
  for (int i = 0; i < 1100; ++i) {
    std::string state = {static_cast<char>('A' + i / 676), static_cast<char>('A' + i / 26 % 26),
                         static_cast<char>('A' + i % 26)};
    f.profiles.write(state + ".yaml", "state: " + state + (i % 97 == 0 ? "\nname: [x]\n" : "\n"));
  }
  Result kept = f.uncached();
  EXPECT_NE(kept.text.find("Y003"), std::string::npos);
  for (unsigned threads : {1u, 3u}) {
    Result released = f.run({"", true, "test-1"}, nullptr, 0, threads, true);
    EXPECT_EQ(released.text, kept.text) << threads;
    EXPECT_EQ(released.released, 1100u);
  }
}

TEST(ProfileCache, EntriesAndDirectoriesArePrivate) {
  Fixture f;
  f.profiles.write("JPN.yaml", rich);
  f.run();
  struct stat st {};
  ASSERT_EQ(::stat((f.cache_root.path() + "/profiles").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0700u);
  auto entries = f.entries();
  ASSERT_EQ(entries.size(), 1u);  // and no temporary file left behind
  EXPECT_EQ(fs::path(entries[0]).extension(), ".entry");
  ASSERT_EQ(::stat(entries[0].c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
}

// ---- bad entries ---------------------------------------------------------------------------------

TEST(ProfileCache, CorruptEntriesAreIgnoredAndRewritten) {
  Fixture f;
  f.profiles.write("JPN.yaml", rich);
  f.profiles.write("fra.yaml", "state: DEU\n");
  Result plain = f.uncached();
  f.run();
  std::vector<std::string> entries = f.entries();
  ASSERT_EQ(entries.size(), 2u);
  const std::string good = read(entries[0]);
  ASSERT_GT(good.size(), model::cache::header_size + 8);

  std::vector<std::pair<std::string, std::string>> variants = {
      {"empty", ""},
      {"one byte", good.substr(0, 1)},
      {"header only", good.substr(0, model::cache::header_size)},
      {"truncated by one", good.substr(0, good.size() - 1)},
      {"half", good.substr(0, good.size() / 2)},
      {"one byte more", good + "x"},
      {"garbage", std::string(good.size(), '\x5a')},
      {"the other entry", read(entries[1])},
  };
  for (std::size_t i = 0; i < good.size(); i += std::max<std::size_t>(1, good.size() / 97)) {
    std::string flipped = good;
    flipped[i] ^= 0x10;
    variants.push_back({"flip at " + std::to_string(i), flipped});
  }
  std::string last = good;
  last.back() ^= 1;
  variants.push_back({"flip last", last});
  for (const auto& [what, bytes] : variants) {
    overwrite(entries[0], bytes);
    Result r = f.run();
    EXPECT_EQ(r.text, plain.text) << what;
    EXPECT_EQ(r.stats.hits, 1u) << what;
    EXPECT_EQ(r.stats.misses, 1u) << what;
    EXPECT_EQ(r.stats.stores, 1u) << what;
    EXPECT_EQ(read(entries[0]), good) << what << ": rewritten";
  }

  // Not a regular file: a directory, a symbolic link (even to a good entry), a FIFO.
  fs::remove(entries[0]);
  fs::create_directory(entries[0]);
  EXPECT_EQ(f.run().text, plain.text);
  fs::remove(entries[0]);
  fs::create_symlink(f.cache_root.path() + "/elsewhere", entries[0]);
  overwrite(f.cache_root.path() + "/elsewhere", good);
  Result linked = f.run();
  EXPECT_EQ(linked.text, plain.text);
  EXPECT_EQ(linked.stats.hits, 1u);  // the link is not followed, and replaced by an entry
  EXPECT_FALSE(fs::is_symlink(entries[0]));
  fs::remove(entries[0]);
  ASSERT_EQ(::mkfifo(entries[0].c_str(), 0600), 0);
  EXPECT_EQ(f.run().text, plain.text);  // and does not block
  EXPECT_EQ(f.run().stats.hits, 2u);
}

// Entries with a valid checksum but impossible contents, as someone could plant them.
TEST(ProfileCache, ForgedEntriesAreRejected) {
  using namespace model::cache;
  Hash128 key{1, 2};
  model::Profile p;
  p.file = 7;
  p.state = "JPN";
  p.instruments.resize(2);
  p.groups = {0};
  diag::Diagnostics diags;
  diags.warning("Y012", {7, {1, 2}}, "message", "help");
  const Shape shape{2, 0, 0, 0, 1};
  std::string entry = encode_entry(key, p, diags, 7);
  model::Profile out;
  std::vector<diag::Diagnostic> found;
  ASSERT_TRUE(decode_entry(entry, key, shape, 3, out, found));
  EXPECT_EQ(out.file, 3u);
  EXPECT_EQ(out.state, "JPN");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].where.file, 3u);
  EXPECT_EQ(found[0].severity, diag::Severity::warning);

  EXPECT_FALSE(decode_entry(entry, Hash128{1, 3}, shape, 3, out, found));       // another key
  EXPECT_FALSE(decode_entry(entry, key, Shape{3, 0, 0, 0, 1}, 3, out, found));  // another rule set's shape
  EXPECT_FALSE(decode_entry(entry, key, Shape{2, 0, 0, 0, 0}, 3, out, found));  // group index out of range
  EXPECT_TRUE(encode_entry(key, p, diags, 8).empty());                          // a location in another file

  // Re-sealed payloads: a huge string length, a huge list count, a bad severity.
  auto seal = [&](const std::string& payload) { return sealed(key, payload); };
  std::string payload = entry.substr(header_size);
  ASSERT_TRUE(decode_entry(seal(payload), key, shape, 3, out, found));
  std::string huge = payload;
  huge[0] = huge[1] = huge[2] = huge[3] = '\xff';  // the state's length
  EXPECT_FALSE(decode_entry(seal(huge), key, shape, 3, out, found));
  Writer counts;
  counts.str("JPN");
  counts.str("");
  counts.u8(0);
  counts.u32(0);
  counts.u32(0);
  for (int i = 0; i < 4; ++i) counts.u8(0);
  counts.u32(0xfffffff0u);  // groups
  EXPECT_FALSE(decode_entry(seal(counts.bytes()), key, shape, 3, out, found));
  std::string severity = payload;
  std::size_t at = severity.find("Y012") + 4;
  severity[at] = 9;
  EXPECT_FALSE(decode_entry(seal(severity), key, shape, 3, out, found));
  EXPECT_FALSE(decode_entry(seal(payload + "x"), key, shape, 3, out, found));  // trailing bytes
  EXPECT_FALSE(decode_entry(seal(payload.substr(0, payload.size() - 1)), key, shape, 3, out, found));
}

// Random damage behind a valid checksum (as a hostile cache directory could hold): decoding
// fails or gives some profile, and never reads out of bounds (run under the sanitizers in CI).
TEST(ProfileCache, ResealedMutationsAreSafe) {
  using namespace model::cache;
  Fixture f;
  f.profiles.write("JPN.yaml", rich);
  f.run();
  const std::string entry = read(f.entries().at(0));
  Reader header(std::string_view(entry).substr(16, 16));
  Hash128 key;
  key.lo = header.u64();
  key.hi = header.u64();
  const std::string payload = entry.substr(header_size);
  const Shape shape{3, 2, 2, 2, 2};
  model::Profile out;
  std::vector<diag::Diagnostic> found;
  ASSERT_TRUE(decode_entry(sealed(key, payload), key, shape, 0, out, found));
  std::mt19937 random(20250101);
  int decoded = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string damaged = payload;
    switch (i % 3) {
      case 0:
        for (int k = 1 + i % 4; k > 0; --k) damaged[random() % damaged.size()] = static_cast<char>(random());
        break;
      case 1:
        damaged.resize(random() % damaged.size());
        break;
      default:
        damaged.insert(random() % damaged.size(), std::string(1 + i % 5, static_cast<char>(random())));
    }
    decoded += decode_entry(sealed(key, damaged), key, shape, 0, out, found) ? 1 : 0;
    for (std::uint32_t g : out.groups) ASSERT_LT(g, shape.groups);
    ASSERT_EQ(out.instruments.size(), 3u);
  }
  EXPECT_LT(decoded, 3000);
}

// ---- what the key covers ------------------------------------------------------------------------

TEST(ProfileCache, ChangesMissTheCache) {
  Fixture f;
  std::string path = f.profiles.write("JPN.yaml", rich);
  Result cold = f.run();
  EXPECT_EQ(f.run().stats.hits, 1u);

  // The profile's bytes: one character, or one byte more.
  f.profiles.write("JPN.yaml", rich + " ");
  Result longer = f.run();
  EXPECT_EQ(longer.stats.hits, 0u);
  EXPECT_EQ(longer.text, f.uncached().text);
  std::string edited = rich;
  edited.replace(edited.find("2017-07-11"), 10, "2017-07-12");
  f.profiles.write("JPN.yaml", edited);
  Result changed = f.run();
  EXPECT_EQ(changed.stats.hits, 0u);
  EXPECT_EQ(changed.text, f.uncached().text);
  EXPECT_NE(changed.text, cold.text);
  f.profiles.write("JPN.yaml", rich);
  EXPECT_EQ(f.run().stats.hits, 1u);  // back: the old entry is still there

  // The file's name (Y012 depends on it).
  fs::rename(path, f.profiles.path() + "/KOR.yaml");
  Result renamed = f.run();
  EXPECT_EQ(renamed.stats.hits, 0u);
  EXPECT_NE(renamed.text.find("Y012"), std::string::npos);
  EXPECT_EQ(renamed.text, f.uncached().text);
  fs::rename(f.profiles.path() + "/KOR.yaml", path);

  // The rule set's names: one more declared, or the same ones in another order.
  auto more = world(rules + "instrument NEW\n", {});
  Result with_more = f.run(f.options(), &more->rules);
  EXPECT_EQ(with_more.stats.hits, 0u);
  EXPECT_EQ(with_more.text, f.run({"", true, ""}, &more->rules).text);
  std::string swapped = rules;
  swapped.replace(swapped.find("instrument UNTOC\ninstrument UNCAC"), 33, "instrument UNCAC\ninstrument UNTOC");
  auto reordered = world(swapped, {});
  Result with_reordered = f.run(f.options(), &reordered->rules);
  EXPECT_EQ(with_reordered.stats.hits, 0u);
  EXPECT_EQ(with_reordered.text, f.run({"", true, ""}, &reordered->rules).text);
  EXPECT_NE(with_reordered.text, cold.text);  // facts sit at other indices
  auto same = world(rules, {});
  EXPECT_EQ(f.run(f.options(), &same->rules).stats.hits, 1u);  // equal names: a hit

  // Pacta's version.
  model::ProfileCacheOptions other = f.options();
  other.version = "test-2";
  EXPECT_EQ(f.run(other).stats.hits, 0u);
  EXPECT_EQ(f.run(other).stats.hits, 1u);
}

// The rule facts that profile warnings read (Y014 adopted, Y015 started, Y016 openness) are in
// the key: a cached profile never keeps a warning its rules no longer give, nor misses one.
TEST(ProfileCache, RuleFactsOfTheWarningsMissTheCache) {
  Fixture f;
  f.profiles.write("EU.yaml", "state: EU\nkind: organisation\ninstruments:\n  SUA: { ratified: 2010-01-01 }\n");
  Result closed = f.run();
  EXPECT_NE(closed.text.find("Y016"), std::string::npos);
  Result warm = f.run();
  EXPECT_EQ(warm.stats.hits, 1u);
  EXPECT_EQ(warm.text, closed.text);  // the kind and the warning come back from the cache
  EXPECT_NE(warm.text.find("EU|1|"), std::string::npos);
  // SUA declared with one more clause: a miss, and the same result as parsing.
  auto with_clause = [&](const std::string& clause) {
    std::string changed = rules;
    changed.replace(changed.find("instrument SUA\n"), 15, "instrument SUA { " + clause + " }\n");
    auto w = world(changed, {});
    Result cached = f.run(f.options(), &w->rules);
    EXPECT_EQ(cached.stats.hits, 0u) << clause;
    EXPECT_EQ(cached.text, f.run({"", true, ""}, &w->rules).text) << clause;
    return cached.text;
  };
  EXPECT_EQ(with_clause("open_to_organisations").find("Y016"), std::string::npos);
  EXPECT_NE(with_clause("adopted 2011-01-01").find("Y014"), std::string::npos);
}

// ---- where the cache is, and when there is none ----------------------------------------------------

TEST(ProfileCache, DisabledAndUnusableCachesStillLoad) {
  Fixture f;
  f.profiles.write("JPN.yaml", rich);
  Result plain = f.uncached();
  EXPECT_FALSE(fs::exists(f.cache_root.path() + "/profiles"));

  std::string blocked = f.cache_root.write("file", "not a directory");
  Result r = f.run({blocked + "/cache", false, "test-1"});
  EXPECT_EQ(r.text, plain.text);
  EXPECT_EQ(r.stats.hits + r.stats.misses, 0u);  // off: load() just parsed
  ProfileCache off({blocked, false, ""}, f.w->rules);
  EXPECT_FALSE(off.enabled());

  ProfileCache nested({f.cache_root.path() + "/a/b/c", false, ""}, f.w->rules);
  EXPECT_TRUE(nested.enabled());
  EXPECT_EQ(nested.directory(), f.cache_root.path() + "/a/b/c/profiles");
}

class Environment {
 public:
  explicit Environment(const char* name) : name_(name) {
    const char* v = std::getenv(name);
    if (v) saved_ = v;
    had_ = v != nullptr;
  }
  ~Environment() {
    if (had_)
      ::setenv(name_, saved_.c_str(), 1);
    else
      ::unsetenv(name_);
  }

 private:
  const char* name_;
  std::string saved_;
  bool had_ = false;
};

TEST(ProfileCache, DefaultDirectory) {
  Environment xdg("XDG_CACHE_HOME"), home("HOME");
  ::setenv("XDG_CACHE_HOME", "/tmp/xdg", 1);
  ::setenv("HOME", "/home/someone", 1);
  EXPECT_EQ(model::default_cache_dir(), "/tmp/xdg/pacta");
  ::setenv("XDG_CACHE_HOME", "relative", 1);  // ignored, as the XDG specification says
  EXPECT_EQ(model::default_cache_dir(), "/home/someone/.cache/pacta");
  ::unsetenv("XDG_CACHE_HOME");
  EXPECT_EQ(model::default_cache_dir(), "/home/someone/.cache/pacta");
  ::setenv("HOME", "", 1);
  EXPECT_EQ(model::default_cache_dir(), "");
  ::unsetenv("HOME");
  EXPECT_EQ(model::default_cache_dir(), "");
  auto w = world(rules, {});
  EXPECT_FALSE(ProfileCache({"", false, ""}, w->rules).enabled());  // then no cache at all
}

// ---- concurrency -----------------------------------------------------------------------------------

TEST(ProfileCache, ConcurrentLoadersAgree) {
  Fixture f;
  for (int i = 0; i < 40; ++i) {
    std::string code = {static_cast<char>('A' + i / 26), static_cast<char>('A' + i % 26), 'X'};
    std::string text = rich;
    text.replace(text.find("state: JPN"), 10, "state: " + code);
    f.profiles.write(code + ".yaml", text);
  }
  const std::string plain = f.uncached().text;
  for (int round = 0; round < 3; ++round) {
    fs::remove_all(f.cache_root.path() + "/profiles");
    std::vector<Result> results(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t)
      threads.emplace_back([&, t] { results[t] = f.run(f.options(), nullptr, static_cast<int>(t), 2); });
    for (auto& t : threads) t.join();
    for (const Result& r : results) EXPECT_EQ(r.text, plain) << "round " << round;
    EXPECT_EQ(f.entries().size(), 40u);  // one per profile; no temporary file left
    Result warm = f.run();
    EXPECT_EQ(warm.stats.hits, 40u);
    EXPECT_EQ(warm.text, plain);
  }
}

}  // namespace
}  // namespace pacta::test
