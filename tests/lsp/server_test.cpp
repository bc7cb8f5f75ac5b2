// The dispatch: JSON-RPC errors for malformed messages, never a crash; shutdown and exit.
#include "lsp/server.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "lsp/transport.hpp"

using namespace pacta::lsp;
using nlohmann::json;

namespace {

std::string framed(const std::string& body) {
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}
std::string frame(const json& j) { return framed(j.dump()); }

json request(int id, const std::string& method, json params = json::object()) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}};
}
json notification(const std::string& method, json params = json::object()) {
  return {{"jsonrpc", "2.0"}, {"method", method}, {"params", params}};
}

struct Session {
  int code = -1;
  std::vector<json> messages;
  const json* response(const json& id) const {
    for (const json& m : messages)
      if (m.contains("id") && m["id"] == id && !m.contains("method")) return &m;
    return nullptr;
  }
};

Session serve(const std::string& input) {
  std::istringstream in(input);
  std::ostringstream out;
  Server server(out, "test");
  Session s;
  s.code = server.run(in);
  std::istringstream written(out.str());
  for (Incoming m = read_message(written); m.frame == Frame::message; m = read_message(written))
    s.messages.push_back(json::parse(m.body));
  return s;
}

const std::string init = frame(request(1, "initialize", {{"capabilities", json::object()}}));
const std::string bye = frame(request(99, "shutdown")) + frame(notification("exit"));

}  // namespace

TEST(LspServer, InitializeShutdownExitIsExitCodeZero) {
  Session s = serve(init + bye);
  EXPECT_EQ(s.code, 0);
  ASSERT_NE(s.response(1), nullptr);
  EXPECT_TRUE((*s.response(1))["result"]["capabilities"]["hoverProvider"].get<bool>());
  ASSERT_NE(s.response(99), nullptr);
  EXPECT_TRUE((*s.response(99))["result"].is_null());
}

TEST(LspServer, ExitWithoutShutdownOrEndOfInputIsOne) {
  EXPECT_EQ(serve(init + frame(notification("exit"))).code, 1);
  EXPECT_EQ(serve(init).code, 1);
}

TEST(LspServer, MalformedMessagesGetJsonRpcErrorsAndTheServerGoesOn) {
  std::string input = init + framed("{not json") + framed("[1,2]") + framed(R"({"jsonrpc":"2.0","id":7})") +
                      frame(request(8, "no/such/method")) + frame(notification("no/such/notification")) +
                      framed(R"({"jsonrpc":"2.0","id":{"x":1},"method":"shutdown"})") + "Content-Length: nope\r\n\r\n" +
                      frame(request(9, "textDocument/hover", {{"textDocument", 5}})) +
                      frame(request(10, "textDocument/hover",
                                    {{"textDocument", {{"uri", "file:///nowhere.pacta"}}},
                                     {"position", {{"line", 0}, {"character", 0}}}})) +
                      bye;
  Session s = serve(input);
  std::vector<int> codes;
  for (const json& m : s.messages)
    if (m.contains("error")) codes.push_back(m["error"]["code"]);
  EXPECT_EQ(codes, (std::vector<int>{-32700, -32600, -32600, -32601, -32600, -32700, -32602}));
  ASSERT_NE(s.response(10), nullptr);
  EXPECT_TRUE((*s.response(10))["result"].is_null());
  EXPECT_EQ(s.code, 0);  // it survived everything and shut down cleanly
}

TEST(LspServer, AnOversizedMessageIsRefusedWithoutReadingIt) {
  // The claimed body swallows the rest of the input: the error, then the end of input.
  Session s = serve(init + "Content-Length: 99999999999\r\n\r\n" + bye);
  ASSERT_EQ(s.messages.size(), 2u);
  EXPECT_EQ(s.messages[1]["error"]["code"], -32600);
  EXPECT_EQ(s.code, 1);
}

TEST(LspServer, RequestsBeforeInitializeAndAfterShutdownAreRefused) {
  Session s = serve(frame(request(1, "workspace/symbol", {{"query", ""}})) + init + frame(request(2, "shutdown")) +
                    frame(request(3, "workspace/symbol", {{"query", ""}})) + frame(notification("exit")));
  EXPECT_EQ(s.messages.front()["error"]["code"], -32002);
  ASSERT_NE(s.response(3), nullptr);
  EXPECT_EQ((*s.response(3))["error"]["code"], -32600);
  EXPECT_EQ(s.code, 0);
}

TEST(LspServer, DiagnosticsArePublishedOnChangeAndCleared) {
  std::string uri = "file:///ws/a.pacta";
  json open = notification(
      "textDocument/didOpen",
      {{"textDocument", {{"uri", uri}, {"languageId", "pacta"}, {"version", 1}, {"text", "instrument A {\n"}}}});
  json fix = notification("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", 2}}},
                                                     {"contentChanges", {{{"text", "# nothing declared yet\n"}}}}});
  Session s = serve(init + frame(open) + frame(fix) + bye);
  std::vector<json> published;
  for (const json& m : s.messages)
    if (m.value("method", "") == "textDocument/publishDiagnostics") published.push_back(m["params"]);
  ASSERT_EQ(published.size(), 2u);
  EXPECT_EQ(published[0]["uri"], uri);
  ASSERT_FALSE(published[0]["diagnostics"].empty());
  EXPECT_EQ(published[0]["diagnostics"][0]["code"], "P001");
  EXPECT_TRUE(published[1]["diagnostics"].empty());
}
