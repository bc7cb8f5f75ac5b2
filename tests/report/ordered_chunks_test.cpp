// A check on several threads: rendered chunks come out in order whatever the thread count,
// an exception in a worker reaches the caller, evaluation gives the same statuses, and the
// text, JSON and SARIF reports are the same bytes on one thread as on several.
#include "report/ordered_chunks.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <stdexcept>
#include <string>

#include "eval/run.hpp"
#include "report/check_report.hpp"
#include "support/test_support.hpp"

namespace pacta::test {
namespace {

std::string numbers(std::size_t count, std::size_t per_chunk, unsigned threads) {
  std::ostringstream out;
  unsigned workers = report::worker_count(count, per_chunk, threads);
  report::render_in_order(
      count, per_chunk, threads,
      [&](unsigned worker, std::size_t first, std::size_t last, report::JsonBuffer& chunk) {
        EXPECT_LT(worker, workers);
        for (std::size_t i = first; i < last; ++i) chunk += std::to_string(i) + ",";
      },
      out);
  return out.str();
}

TEST(OrderedChunks, ChunksAreWrittenInOrderWhateverTheThreadCount) {
  for (std::size_t count : {0u, 1u, 5u, 37u, 400u}) {
    std::string expected;
    for (std::size_t i = 0; i < count; ++i) expected += std::to_string(i) + ",";
    for (std::size_t per_chunk : {1u, 4u, 10u})
      for (unsigned threads : {1u, 2u, 3u, 8u})
        EXPECT_EQ(numbers(count, per_chunk, threads), expected)
            << count << " items, " << per_chunk << " per chunk, " << threads << " threads";
  }
}

TEST(OrderedChunks, NoMoreWorkersThanChunks) {
  EXPECT_EQ(report::worker_count(0, 4, 8), 1u);
  EXPECT_EQ(report::worker_count(5, 4, 8), 2u);
  EXPECT_EQ(report::worker_count(100, 4, 3), 3u);
  EXPECT_GE(report::worker_count(100, 4, 0), 1u);  // 0: the machine's cores
}

TEST(OrderedChunks, AWorkersExceptionReachesTheCaller) {
  for (unsigned threads : {1u, 4u}) {
    std::ostringstream out;
    EXPECT_THROW(report::render_in_order(
                     50, 2, threads,
                     [](unsigned, std::size_t first, std::size_t, report::JsonBuffer& chunk) {
                       if (first == 20) throw std::runtime_error("render failed");
                       chunk += "x";
                     },
                     out),
                 std::runtime_error)
        << threads << " threads";
    // What was written came before the failing chunk, in order.
    EXPECT_LE(out.str().size(), 10u);
  }
}

// 40 states with different facts: satisfied, violated, pending and unknown verdicts, with
// findings that list members of a set.
std::vector<std::string> many_profiles() {
  std::vector<std::string> out;
  for (int k = 0; k < 40; ++k) {
    std::string code = {'A', static_cast<char>('A' + k / 26), static_cast<char>('A' + k % 26)};
    std::string p = "state: " + code + "\nname: State " + std::to_string(k) + "\n";
    if (k % 3) p += "complete: [instruments]\n";
    p += "instruments:\n";
    if (k % 2) p += "  ONE: { ratified: " + std::to_string(1995 + k % 20) + "-03-01 }\n";
    if (k % 5) p += "  TWO: { signed: 2000-01-01, ratified: " + std::to_string(2000 + k % 30) + "-06-30 }\n";
    out.push_back(p);
  }
  return out;
}

const char* many_rules = R"(instrument ONE "One" { in_force 1990-01-01 }
instrument TWO "Two" { in_force 1990-01-01 in_force_for_state 30 days after deposit }
set BOTH = { ONE, TWO }
obligation ALL "Party to both" { require party(all of BOTH) }
obligation ANY "Ratified one" { require ratified(any of BOTH) }
obligation EARLY "Two before 2010" { severity warning require ratified(TWO) before 2010-01-01 }
obligation SIGNED "Signed two" { applies when ratified(ONE) require signed(TWO) }
)";

TEST(OrderedChunks, CheckJsonIsTheSameBytesOnOneThreadAsOnSeveral) {
  auto w = world(many_rules, many_profiles());
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  eval::CheckRun run = eval::run_check(w->program, w->profiles, day("2015-06-01"), {});
  auto json = [&](unsigned threads, bool all) {
    report::CheckReport r{run, w->program, w->sources};
    r.threads = threads;
    r.all = all;
    std::ostringstream out;
    report::render_check_json(out, r);
    return out.str();
  };
  std::string one = json(1, false);
  EXPECT_NE(one.find("\"findings\""), std::string::npos);
  EXPECT_NE(one.find("\"state\": \"ABN\""), std::string::npos);
  for (unsigned threads : {2u, 3u, 7u}) EXPECT_EQ(json(threads, false), one) << threads << " threads";
  EXPECT_EQ(json(4, true), json(1, true));
}

TEST(OrderedChunks, EvaluationGivesTheSameStatusesOnOneThreadAsOnSeveral) {
  auto w = world(many_rules, many_profiles());
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  eval::CheckRun one = eval::run_check(w->program, w->profiles, day("2015-06-01"), {}, 1);
  for (unsigned threads : {0u, 2u, 3u, 64u}) {
    eval::CheckRun many = eval::run_check(w->program, w->profiles, day("2015-06-01"), {}, threads);
    EXPECT_EQ(many.statuses, one.statuses) << threads << " threads";
    EXPECT_EQ(many.profiles, one.profiles);
  }
  // Not every verdict the same: the comparison means something.
  EXPECT_NE(std::count(one.statuses.begin(), one.statuses.end(), one.statuses.front()),
            static_cast<std::ptrdiff_t>(one.statuses.size()));
}

TEST(OrderedChunks, CheckTextIsTheSameBytesOnOneThreadAsOnSeveral) {
  auto w = world(many_rules, many_profiles());
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  eval::CheckRun run = eval::run_check(w->program, w->profiles, day("2015-06-01"), {});
  auto text = [&](unsigned threads, bool all) {
    report::CheckReport r{run, w->program, w->sources};
    r.threads = threads;
    r.all = all;
    std::ostringstream out;
    report::render_check_text(out, r);
    return out.str();
  };
  std::string one = text(1, false);
  EXPECT_NE(one.find("\nABN  State 39"), std::string::npos);
  EXPECT_NE(one.find("why: "), std::string::npos);
  for (unsigned threads : {2u, 6u}) EXPECT_EQ(text(threads, false), one) << threads << " threads";
  EXPECT_EQ(text(3, true), text(1, true));
}

TEST(OrderedChunks, CheckSarifIsTheSameBytesOnOneThreadAsOnSeveral) {
  auto w = world(many_rules, many_profiles());
  ASSERT_TRUE(w->diags.empty()) << render(w->sources, w->diags);
  eval::CheckRun run = eval::run_check(w->program, w->profiles, day("2015-06-01"), {});
  auto sarif = [&](unsigned threads, eval::StatusMask filter) {
    report::CheckReport r{run, w->program, w->sources};
    r.threads = threads;
    r.status_filter = filter;
    std::ostringstream out;
    report::render_check_sarif(out, r, {"pacta", "test", ""});
    return out.str();
  };
  std::string one = sarif(1, 0);
  std::size_t results = 0;
  for (std::size_t at = 0; (at = one.find("\"pactaVerdict/v1\"", at)) != std::string::npos; ++at) ++results;
  EXPECT_GT(results, 20u);
  for (unsigned threads : {2u, 5u}) EXPECT_EQ(sarif(threads, 0), one) << threads << " threads";
  // No result at all: the empty array, as the whole log dumped at once has it.
  std::string none = sarif(3, 1u << static_cast<int>(eval::Status::exempt));
  EXPECT_NE(none.find("\"results\": []"), std::string::npos);
}

}  // namespace
}  // namespace pacta::test
