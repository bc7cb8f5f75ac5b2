// What both fuzz targets share: a loud failure (the message, the offending text, then abort(),
// which libFuzzer reports as a crash with the input saved), and checks that rendered output is
// what its format promises: JSON that parses, XML that is well-formed.
#pragma once

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>

#include "support/xml_reader.hpp"

namespace pacta::fuzz {

// The hash of ignore_coverage.txt (tests/fuzz/CMakeLists.txt), written into the code so that a
// compiler cache, which sees only preprocessed text, compiles again when that file changes.
#ifdef PACTA_FUZZ_IGNORELIST_SHA1
#define PACTA_FUZZ_STRING2(x) #x
#define PACTA_FUZZ_STRING(x) PACTA_FUZZ_STRING2(x)
[[maybe_unused]] inline constexpr const char* coverage_ignorelist_sha1 = PACTA_FUZZ_STRING(PACTA_FUZZ_IGNORELIST_SHA1);
#endif

[[noreturn]] inline void fail(const std::string& what, const std::string& detail = {}) {
  std::fprintf(stderr, "\n==== pacta fuzz: property violated: %s\n", what.c_str());
  if (!detail.empty()) {
    // Enough to see what went wrong without flooding the log on a large input.
    std::string shown = detail.size() > 4000 ? detail.substr(0, 4000) + "\n[... truncated]" : detail;
    std::fprintf(stderr, "%s\n", shown.c_str());
  }
  std::fflush(stderr);
  std::abort();
}

inline void expect_json(const std::string& what, const std::string& text) {
  if (!nlohmann::json::accept(text)) {
    try {
      nlohmann::json parsed = nlohmann::json::parse(text);
      (void)parsed;
    } catch (const std::exception& e) {
      fail(what + " is not JSON: " + e.what(), text);
    }
    fail(what + " is not JSON", text);
  }
}

inline void expect_xml(const std::string& what, const std::string& text) {
  try {
    (void)test::XmlReader::parse(text);
  } catch (const std::exception& e) {
    fail(what + " is not well-formed XML: " + e.what(), text);
  }
}

// An HTML page (check --format html) with no markup that input could have injected: the page's
// own two <script> blocks and one <style>, and no element that loads or runs anything else.
inline void expect_no_injection(const std::string& what, const std::string& page) {
  std::string lower(page);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  auto count = [&](const char* tag) {
    std::size_t n = 0;
    for (std::size_t at = lower.find(tag); at != std::string::npos; at = lower.find(tag, at + 1)) ++n;
    return n;
  };
  if (count("<script") > 2 || count("<style") > 1)
    fail(what + ": more <script> or <style> elements than the page's own", page);
  for (const char* tag : {"<img", "<iframe", "<svg", "<object", "<embed", "<link"})
    if (count(tag) > 0) fail(what + ": holds " + tag, page);
  // As text, or inside a title or data attribute's value (a state named "src=javascript:x"), it
  // is harmless; as a link's or a source's address it runs. The page quotes every attribute and
  // escapes quotes in text and values, so a real address is ` href="` or ` src="` with a quote.
  for (const char* url : {" href=\"javascript:", " href='javascript:", " src=\"javascript:", " src='javascript:"})
    if (count(url) > 0) fail(what + ": holds" + std::string(url), page);
}

// Library logging off: spdlog's default logger writes to stdout, which would only slow the
// fuzzer down and fill its log.
inline void quiet_logging() { spdlog::set_level(spdlog::level::off); }

}  // namespace pacta::fuzz
