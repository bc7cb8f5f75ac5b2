// The dispatch: JSON-RPC errors for malformed messages, never a crash; shutdown and exit.
#include "lsp/server.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "lsp/transport.hpp"
#include "lsp/uri.hpp"
#include "support/test_support.hpp"

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

namespace {

// A server driven one message at a time, so that a test can change the disk in between.
struct Live {
  std::ostringstream out;
  Server server{out, "test"};
  std::size_t seen = 0;
  void send(const json& message) { server.handle(message.dump()); }
  // The messages written since the last call.
  std::vector<json> written() {
    std::istringstream in(out.str().substr(seen));
    seen = out.str().size();
    std::vector<json> list;
    for (Incoming m = read_message(in); m.frame == Frame::message; m = read_message(in))
      list.push_back(json::parse(m.body));
    return list;
  }
  // The diagnostics published for uri since the last call (null: none published).
  json published(const std::string& uri) {
    json last;
    for (const json& m : written())
      if (m.value("method", "") == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)
        last = m["params"]["diagnostics"];
    return last;
  }
};

json initialize_in(const std::string& folder, bool watch) {
  json caps =
      watch ? json{{"workspace", {{"didChangeWatchedFiles", {{"dynamicRegistration", true}}}}}} : json::object();
  return request(1, "initialize", {{"rootUri", uri_of_path(folder)}, {"capabilities", caps}});
}

json changed(const std::string& path, int type) {
  return notification("workspace/didChangeWatchedFiles",
                      {{"changes", json::array({{{"uri", uri_of_path(path)}, {"type", type}}})}});
}

}  // namespace

TEST(LspServer, FileWatchersAreRegisteredWhenTheClientCan) {
  pacta::test::TempDir dir;
  for (bool can : {true, false}) {
    Live live;
    live.send(initialize_in(dir.path(), can));
    live.send(notification("initialized"));
    std::vector<json> asked;
    for (const json& m : live.written())
      if (m.value("method", "") == "client/registerCapability") asked.push_back(m);
    if (!can) {
      EXPECT_TRUE(asked.empty());
      continue;
    }
    ASSERT_EQ(asked.size(), 1u);
    const json& r = asked[0]["params"]["registrations"][0];
    EXPECT_EQ(r["method"], "workspace/didChangeWatchedFiles");
    EXPECT_EQ(r["registerOptions"]["watchers"][0]["globPattern"], "**/*.pacta");
    live.send({{"jsonrpc", "2.0"}, {"id", asked[0]["id"]}, {"result", nullptr}});  // the client's answer
    EXPECT_TRUE(live.written().empty());
  }
}

TEST(LspServer, RuleFilesChangedOnDiskAreReadAgain) {
  pacta::test::TempDir dir;
  const std::string a = dir.write("a.pacta", "instrument X\n");
  const std::string b = dir.write("b.pacta", "obligation O { require party(X) }\n");
  const std::string b_uri = uri_of_path(b);
  Live live;
  live.send(initialize_in(dir.path(), true));
  EXPECT_TRUE(live.published(b_uri).is_null());  // clean: nothing to publish
  // X goes from a.pacta on disk: b.pacta's party(X) is unknown.
  dir.write("a.pacta", "instrument Y\n");
  live.send(changed(a, 2));
  json now = live.published(b_uri);
  ASSERT_EQ(now.size(), 1u);
  EXPECT_EQ(now[0]["code"], "S001");
  // a.pacta is deleted, then comes back with X: b.pacta is clean again.
  std::filesystem::remove(a);
  live.send(changed(a, 3));
  EXPECT_TRUE(live.server.workspace().document(uri_of_path(a)) == nullptr);
  dir.write("a.pacta", "instrument X\n");
  live.send(changed(a, 1));
  now = live.published(b_uri);
  ASSERT_TRUE(now.is_array());
  EXPECT_TRUE(now.empty());
  // A file the editor has open keeps the editor's text whatever the disk says.
  live.send(notification(
      "textDocument/didOpen",
      {{"textDocument",
        {{"uri", uri_of_path(a)}, {"languageId", "pacta"}, {"version", 1}, {"text", "instrument X \"edited\"\n"}}}}));
  dir.write("a.pacta", "# emptied on disk\n");
  live.send(changed(a, 2));
  ASSERT_NE(live.server.workspace().document(uri_of_path(a)), nullptr);
  EXPECT_EQ(live.server.workspace().document(uri_of_path(a))->text, "instrument X \"edited\"\n");
  // Not a rule file, not readable, outside the folder: ignored, never a crash.
  live.send(changed(dir.write("notes.txt", "x"), 1));
  live.send(changed(dir.path() + "/missing.pacta", 1));
  pacta::test::TempDir elsewhere;
  live.send(changed(elsewhere.write("outside.pacta", "instrument Z\n"), 1));
  live.send(
      changed(dir.path() + "/../" + std::filesystem::path(elsewhere.path()).filename().string() + "/outside.pacta", 1));
  live.send(notification("workspace/didChangeWatchedFiles", {{"changes", "not a list"}}));
  EXPECT_EQ(live.server.workspace().documents().size(), 2u);
  // A malformed change does not cost the others theirs.
  const std::string c = dir.write("c.pacta", "obligation C { require party(NOPE) }\n");
  live.send(notification("workspace/didChangeWatchedFiles",
                         {{"changes", json::array({{{"uri", 123}}, {{"uri", uri_of_path(c)}, {"type", 1}}})}}));
  EXPECT_EQ(live.server.workspace().documents().size(), 3u);
}

TEST(LspServer, AFolderTooLargeIsReadUpToItsLimitsAndTheUserIsTold) {
  pacta::test::TempDir dir;
  for (int k = 0; k < 5; ++k) dir.write("r" + std::to_string(k) + ".pacta", "instrument I" + std::to_string(k) + "\n");
  Live files;
  files.server.set_folder_limits(3, std::uint64_t{1} << 20);
  files.send(initialize_in(dir.path(), false));
  EXPECT_EQ(files.server.workspace().documents().size(), 3u);
  bool told = false;
  for (const json& m : files.written())
    if (m.value("method", "") == "window/showMessage") {
      told = true;
      EXPECT_EQ(m["params"]["type"], 2);
      EXPECT_NE(m["params"]["message"].get<std::string>().find("2 rule file(s) of the workspace left out"),
                std::string::npos)
          << m;
    }
  EXPECT_TRUE(told);
  Live bytes;
  bytes.server.set_folder_limits(100, 20);  // each file is 13 bytes: the second one reaches the limit
  bytes.send(initialize_in(dir.path(), false));
  EXPECT_EQ(bytes.server.workspace().documents().size(), 2u);
  Live all;
  all.send(initialize_in(dir.path(), false));
  EXPECT_EQ(all.server.workspace().documents().size(), 5u);
  for (const json& m : all.written()) EXPECT_NE(m.value("method", ""), "window/showMessage");
}
