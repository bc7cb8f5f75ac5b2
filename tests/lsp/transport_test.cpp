#include "lsp/transport.hpp"

#include <gtest/gtest.h>

#include <sstream>

using namespace pacta::lsp;

namespace {

std::string framed(const std::string& body) {
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

}  // namespace

TEST(LspTransport, ReadsConsecutiveMessages) {
  std::istringstream in(framed("{\"a\":1}") + framed("{}"));
  Incoming first = read_message(in);
  ASSERT_EQ(first.frame, Frame::message);
  EXPECT_EQ(first.body, "{\"a\":1}");
  Incoming second = read_message(in);
  ASSERT_EQ(second.frame, Frame::message);
  EXPECT_EQ(second.body, "{}");
  EXPECT_EQ(read_message(in).frame, Frame::end);
}

TEST(LspTransport, AcceptsOtherHeadersAnyCaseAndBareNewlines) {
  std::istringstream in("content-length: 2\nContent-Type: application/vscode-jsonrpc; charset=utf-8\n\n{}");
  Incoming m = read_message(in);
  ASSERT_EQ(m.frame, Frame::message);
  EXPECT_EQ(m.body, "{}");
}

TEST(LspTransport, ReadsAMessageSplitAcrossReads) {
  // A stream buffer that hands out one byte at a time, as a pipe may.
  struct Trickle : std::streambuf {
    explicit Trickle(std::string s) : text(std::move(s)) {}
    int underflow() override {
      if (at >= text.size()) return traits_type::eof();
      current = text[at++];
      setg(&current, &current, &current + 1);
      return traits_type::to_int_type(current);
    }
    std::string text;
    std::size_t at = 0;
    char current = 0;
  } trickle(framed("{\"split\":true}"));
  std::istream in(&trickle);
  Incoming m = read_message(in);
  ASSERT_EQ(m.frame, Frame::message);
  EXPECT_EQ(m.body, "{\"split\":true}");
}

TEST(LspTransport, GarbledHeaderIsReportedAndTheNextMessageStillRead) {
  std::istringstream in("Content-Lenght: 2\r\n\r\n" + framed("{}"));
  Incoming bad = read_message(in);
  EXPECT_EQ(bad.frame, Frame::bad_header);
  EXPECT_NE(bad.problem.find("no Content-Length"), std::string::npos);
  Incoming next = read_message(in);
  ASSERT_EQ(next.frame, Frame::message);
  EXPECT_EQ(next.body, "{}");
}

TEST(LspTransport, NonNumericLengthIsABadHeader) {
  std::istringstream in("Content-Length: 12abc\r\n\r\n");
  Incoming m = read_message(in);
  EXPECT_EQ(m.frame, Frame::bad_header);
  EXPECT_NE(m.problem.find("not a number"), std::string::npos);
}

TEST(LspTransport, HugeLengthIsRefusedWithoutAllocatingIt) {
  std::string body(100, 'x');
  std::istringstream in("Content-Length: 100\r\n\r\n" + body + framed("{}"));
  Incoming big = read_message(in, 64);
  EXPECT_EQ(big.frame, Frame::too_large);
  EXPECT_TRUE(big.body.empty());
  Incoming next = read_message(in, 64);
  ASSERT_EQ(next.frame, Frame::message);  // the oversized body was skipped, the stream is in step
  EXPECT_EQ(next.body, "{}");

  std::istringstream absurd("Content-Length: 18446744073709551615\r\n\r\n{}");
  EXPECT_EQ(read_message(absurd).frame, Frame::too_large);
  std::istringstream overflow("Content-Length: 99999999999999999999999\r\n\r\n{}");
  EXPECT_EQ(read_message(overflow).frame, Frame::too_large);
}

TEST(LspTransport, TruncatedBodyIsTheEnd) {
  std::istringstream in("Content-Length: 10\r\n\r\n{}");
  EXPECT_EQ(read_message(in).frame, Frame::end);
}

TEST(LspTransport, WritesContentLengthInBytes) {
  std::ostringstream out;
  write_message(out, "{\"t\":\"é\"}");
  EXPECT_EQ(out.str(), "Content-Length: 10\r\n\r\n{\"t\":\"é\"}");
}
