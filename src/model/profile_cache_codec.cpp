// The profile cache's entries in bytes (layout in profile_cache_detail.hpp). Facts of names a
// profile does not list are default values and take one byte each (0); the others are written
// field by field (1, then the fields). Decoding checks everything and builds fresh values, so a
// rejected entry leaves nothing behind. The structured bindings below stop the build when a
// field is added to the model without being added here (then bump format_version too).
#include <algorithm>
#include <cstring>

#include "model/profile_cache_detail.hpp"

namespace pacta::model::cache {

void Writer::u32(std::uint32_t v) {
  char b[4] = {static_cast<char>(v), static_cast<char>(v >> 8), static_cast<char>(v >> 16), static_cast<char>(v >> 24)};
  out_.append(b, 4);
}

void Writer::u64(std::uint64_t v) {
  u32(static_cast<std::uint32_t>(v));
  u32(static_cast<std::uint32_t>(v >> 32));
}

void Writer::str(std::string_view s) {
  u32(static_cast<std::uint32_t>(s.size()));
  out_.append(s.data(), s.size());
}

bool Reader::take(std::size_t n) {
  if (failed_ || left() < n) {
    failed_ = true;
    return false;
  }
  return true;
}

std::uint8_t Reader::u8() {
  if (!take(1)) return 0;
  return static_cast<std::uint8_t>(*p_++);
}

std::uint32_t Reader::u32() {
  if (!take(4)) return 0;
  const auto* b = reinterpret_cast<const unsigned char*>(p_);
  p_ += 4;
  return std::uint32_t{b[0]} | std::uint32_t{b[1]} << 8 | std::uint32_t{b[2]} << 16 | std::uint32_t{b[3]} << 24;
}

std::uint64_t Reader::u64() {
  std::uint64_t lo = u32();
  return lo | std::uint64_t{u32()} << 32;
}

bool Reader::flag() {
  std::uint8_t v = u8();
  if (v > 1) failed_ = true;
  return v == 1;
}

void Reader::str(std::string& out) {
  std::uint32_t n = u32();
  if (!take(n)) return;
  out.assign(p_, n);
  p_ += n;
}

std::uint32_t Reader::count(std::size_t min_bytes) {
  std::uint32_t n = u32();
  if (failed_ || n > left() / std::max<std::size_t>(min_bytes, 1)) {
    failed_ = true;
    return 0;
  }
  return n;
}

namespace {

constexpr std::size_t location_bytes = 9;

// Compile-time guard: these fail to build when a struct gains or loses a field.
[[maybe_unused]] void field_counts(const Profile& p, const InstrumentFacts& i, const Reservation& r,
                                   const MechanismFacts& m, const Submission& s, const ReportFacts& rf,
                                   const EventFacts& e, const diag::Diagnostic& d, const diag::Note& n) {
  [[maybe_unused]] const auto& [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12] = p;
  [[maybe_unused]] const auto& [i1, i2, i3, i4, i5, i6, i7, i8, i9] = i;
  [[maybe_unused]] const auto& [r1, r2, r3, r4] = r;
  [[maybe_unused]] const auto& [m1, m2, m3, m4] = m;
  [[maybe_unused]] const auto& [s1, s2, s3] = s;
  [[maybe_unused]] const auto& [rf1, rf2, rf3] = rf;
  [[maybe_unused]] const auto& [e1, e2, e3] = e;
  [[maybe_unused]] const auto& [d1, d2, d3, d4, d5, d6, d7] = d;
  [[maybe_unused]] const auto& [n1, n2] = n;
}

// ---- encoding ------------------------------------------------------------------------------

class Encoder {
 public:
  Encoder(Writer& w, std::uint32_t file) : w_(w), file_(file) {}
  bool ok() const { return ok_; }

  void location(const diag::Location& l) {
    if (l.file != diag::no_file && l.file != file_) ok_ = false;  // another file: not storable
    w_.u8(l.file == diag::no_file ? 0 : 1);
    w_.u32(l.span.begin);
    w_.u32(l.span.end);
  }

  void profile(const Profile& p) {
    if (p.file != file_) ok_ = false;
    w_.str(p.state);
    w_.u8(static_cast<std::uint8_t>(p.kind));
    w_.str(p.name);
    location(p.where);
    for (bool c : p.complete) w_.u8(c ? 1 : 0);
    w_.u32(static_cast<std::uint32_t>(p.groups.size()));
    for (std::uint32_t g : p.groups) w_.u32(g);
    list(p.instruments, [&](const InstrumentFacts& f) { instrument(f); });
    list(p.mechanisms, [&](const MechanismFacts& f) {
      w_.u8(f.listed);
      w_.i32(f.joined);
      w_.i32(f.left);
      location(f.where);
    });
    list(p.reports, [&](const ReportFacts& f) {
      w_.u8(f.listed);
      w_.u32(static_cast<std::uint32_t>(f.submissions.size()));
      for (const Submission& s : f.submissions) {
        w_.u32(s.period);
        w_.i32(s.submitted);
        location(s.where);
      }
      location(f.where);
    });
    list(p.events, [&](const EventFacts& f) {
      w_.u8(f.listed);
      w_.i32(f.happened);
      location(f.where);
    });
    w_.u32(static_cast<std::uint32_t>(p.sources.size()));
    for (const std::string& s : p.sources) w_.str(s);
  }

  void diagnostic(const diag::Diagnostic& d) {
    w_.str(d.code);
    w_.u8(static_cast<std::uint8_t>(d.severity));
    location(d.where);
    w_.str(d.message);
    w_.str(d.help);
    w_.u32(static_cast<std::uint32_t>(d.notes.size()));
    for (const diag::Note& n : d.notes) {
      location(n.where);
      w_.str(n.message);
    }
    for (std::uint64_t n : d.unreported) w_.u64(n);
  }

 private:
  static bool is_default(const InstrumentFacts& f) {
    return !f.listed && f.signed_on == no_day && f.deposited == no_day && f.deposited_by == no_day &&
           f.denounced == no_day && f.known_until == no_day && f.consent == Consent::none && f.reservations.empty() &&
           f.where.file == diag::no_file && f.where.span.begin == 0 && f.where.span.end == 0;
  }
  static bool is_default(const MechanismFacts& f) {
    return !f.listed && f.joined == no_day && f.left == no_day && f.where.file == diag::no_file &&
           f.where.span.begin == 0 && f.where.span.end == 0;
  }
  static bool is_default(const ReportFacts& f) {
    return !f.listed && f.submissions.empty() && f.where.file == diag::no_file && f.where.span.begin == 0 &&
           f.where.span.end == 0;
  }
  static bool is_default(const EventFacts& f) {
    return !f.listed && f.happened == no_day && f.where.file == diag::no_file && f.where.span.begin == 0 &&
           f.where.span.end == 0;
  }

  template <typename T, typename F>
  void list(const std::vector<T>& items, F&& full) {
    w_.u32(static_cast<std::uint32_t>(items.size()));
    for (const T& item : items) {
      bool plain = is_default(item);
      w_.u8(plain ? 0 : 1);
      if (!plain) full(item);
    }
  }

  void instrument(const InstrumentFacts& f) {
    w_.u8(f.listed);
    w_.i32(f.signed_on);
    w_.i32(f.deposited);
    w_.i32(f.deposited_by);
    w_.i32(f.denounced);
    w_.i32(f.known_until);
    w_.u8(static_cast<std::uint8_t>(f.consent));
    w_.u32(static_cast<std::uint32_t>(f.reservations.size()));
    for (const Reservation& r : f.reservations) {
      w_.str(r.article);
      w_.i32(r.made);
      w_.i32(r.withdrawn);
      location(r.where);
    }
    location(f.where);
  }

  Writer& w_;
  std::uint32_t file_;
  bool ok_ = true;
};

// ---- decoding ------------------------------------------------------------------------------

class Decoder {
 public:
  Decoder(Reader& r, const Shape& shape, std::uint32_t file) : r_(r), shape_(shape), file_(file) {}

  diag::Location location() {
    std::uint8_t tag = r_.u8();
    diag::Location l;
    if (tag > 1) r_.fail();
    l.file = tag == 1 ? file_ : diag::no_file;
    l.span.begin = r_.u32();
    l.span.end = r_.u32();
    return l;
  }

  void profile(Profile& p) {
    p.file = file_;
    r_.str(p.state);
    std::uint8_t kind = r_.u8();
    if (kind > static_cast<std::uint8_t>(PartyKind::organisation)) r_.fail();
    p.kind = static_cast<PartyKind>(kind);
    r_.str(p.name);
    p.where = location();
    for (bool& c : p.complete) c = r_.flag();
    p.groups.resize(r_.count(4));
    for (std::uint32_t& g : p.groups) {
      g = r_.u32();
      if (g >= shape_.groups) r_.fail();
    }
    list(p.instruments, shape_.instruments, [&](InstrumentFacts& f) { instrument(f); });
    list(p.mechanisms, shape_.mechanisms, [&](MechanismFacts& f) {
      f.listed = r_.flag();
      f.joined = r_.i32();
      f.left = r_.i32();
      f.where = location();
    });
    list(p.reports, shape_.reports, [&](ReportFacts& f) {
      f.listed = r_.flag();
      f.submissions.resize(r_.count(8 + location_bytes));
      for (Submission& s : f.submissions) {
        s.period = r_.u32();
        s.submitted = r_.i32();
        s.where = location();
      }
      f.where = location();
    });
    list(p.events, shape_.events, [&](EventFacts& f) {
      f.listed = r_.flag();
      f.happened = r_.i32();
      f.where = location();
    });
    p.sources.resize(r_.count(4));
    for (std::string& s : p.sources) r_.str(s);
  }

  void diagnostic(diag::Diagnostic& d) {
    r_.str(d.code);
    std::uint8_t severity = r_.u8();
    if (severity > static_cast<std::uint8_t>(diag::Severity::note)) r_.fail();
    d.severity = static_cast<diag::Severity>(severity);
    d.where = location();
    r_.str(d.message);
    r_.str(d.help);
    d.notes.resize(r_.count(location_bytes + 4));
    for (diag::Note& n : d.notes) {
      n.where = location();
      r_.str(n.message);
    }
    for (std::uint64_t& n : d.unreported) n = r_.u64();
  }

 private:
  // A list of exactly `expected` items (the rule set's count), each a default or a full one.
  template <typename T, typename F>
  void list(std::vector<T>& items, std::uint32_t expected, F&& full) {
    std::uint32_t n = r_.count(1);
    if (r_.failed() || n != expected) {
      r_.fail();
      return;
    }
    items.resize(n);
    for (T& item : items) {
      std::uint8_t kind = r_.u8();
      if (kind > 1) r_.fail();
      if (r_.failed()) return;
      if (kind == 1) full(item);
    }
  }

  void instrument(InstrumentFacts& f) {
    f.listed = r_.flag();
    f.signed_on = r_.i32();
    f.deposited = r_.i32();
    f.deposited_by = r_.i32();
    f.denounced = r_.i32();
    f.known_until = r_.i32();
    std::uint8_t consent = r_.u8();
    if (consent > static_cast<std::uint8_t>(Consent::confirmation)) r_.fail();
    f.consent = static_cast<Consent>(consent);
    f.reservations.resize(r_.count(4 + 8 + location_bytes));
    for (Reservation& r : f.reservations) {
      r_.str(r.article);
      r.made = r_.i32();
      r.withdrawn = r_.i32();
      r.where = location();
    }
    f.where = location();
  }

  Reader& r_;
  const Shape& shape_;
  std::uint32_t file_;
};

}  // namespace

std::string encode_entry(const Hash128& key, const Profile& profile, const diag::Diagnostics& diags,
                         std::uint32_t file) {
  Writer w;
  w.bytes().append(magic, sizeof magic);
  w.u32(format_version);
  w.u32(0);
  w.hash(key);
  w.u64(0);  // payload size and checksum, filled in below
  w.u64(0);
  Encoder e(w, file);
  e.profile(profile);
  w.u32(static_cast<std::uint32_t>(diags.items().size()));
  for (const diag::Diagnostic& d : diags.items()) e.diagnostic(d);
  if (!e.ok()) return {};
  std::string& out = w.bytes();
  const std::uint64_t size = out.size() - header_size;
  const std::uint64_t sum = hash128(out.data() + header_size, size).lo;
  Writer tail;
  tail.u64(size);
  tail.u64(sum);
  std::memcpy(&out[header_size - 16], tail.bytes().data(), 16);
  return std::move(out);
}

bool decode_entry(std::string_view bytes, const Hash128& key, const Shape& shape, std::uint32_t file, Profile& profile,
                  std::vector<diag::Diagnostic>& diags) {
  if (bytes.size() < header_size || std::memcmp(bytes.data(), magic, sizeof magic) != 0) return false;
  Reader h(bytes.substr(sizeof magic, header_size - sizeof magic));
  if (h.u32() != format_version || h.u32() != 0) return false;
  Hash128 stored;
  stored.lo = h.u64();
  stored.hi = h.u64();
  const std::uint64_t size = h.u64();
  const std::uint64_t sum = h.u64();
  if (h.failed() || stored != key || size != bytes.size() - header_size) return false;
  std::string_view payload = bytes.substr(header_size);
  if (hash128(payload.data(), payload.size()).lo != sum) return false;

  Reader r(payload);
  Decoder d(r, shape, file);
  Profile p;
  d.profile(p);
  std::vector<diag::Diagnostic> found(r.count(4 + 1 + location_bytes + 4 + 4 + 4));
  for (diag::Diagnostic& item : found) {
    if (r.failed()) break;
    d.diagnostic(item);
  }
  if (r.failed() || r.left() != 0) return false;
  profile = std::move(p);
  diags = std::move(found);
  return true;
}

}  // namespace pacta::model::cache
