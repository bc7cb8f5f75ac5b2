// `pacta lsp`: the Language Server's dispatch. Reads JSON-RPC messages (transport.hpp), keeps
// the workspace (index.hpp) up to date with the editor's documents, answers requests with the
// handlers (handlers.hpp) and publishes diagnostics whenever a file's change. Whatever arrives,
// the answer is a result or a JSON-RPC error, never a crash; logs go to spdlog, never to `out`.
#pragma once

#include <istream>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "lsp/index.hpp"

namespace pacta::lsp {

class Server {
 public:
  Server(std::ostream& out, std::string version) : out_(out), version_(std::move(version)) {}

  // Serves until `exit` or the end of input. The exit code: 0 for `exit` after `shutdown`,
  // 1 otherwise (LSP 3.17, "exit Notification").
  int run(std::istream& in);
  // One message's body, as read from the transport.
  void handle(const std::string& body);
  bool exited() const { return exited_; }
  const Workspace& workspace() const { return workspace_; }
  // How much of a workspace folder is read (Workspace::max_folder_files, max_folder_bytes).
  void set_folder_limits(std::size_t files, std::uint64_t bytes) {
    workspace_.max_folder_files = files;
    workspace_.max_folder_bytes = bytes;
  }

 private:
  void request(const nlohmann::json& id, const std::string& method, const nlohmann::json& params);
  void notification(const std::string& method, const nlohmann::json& params);
  nlohmann::json initialize(const nlohmann::json& params);
  void change(const nlohmann::json& params);
  void send(const nlohmann::json& message);
  void error(const nlohmann::json& id, int code, const std::string& message);
  void publish();
  void watch_rule_files();

  std::ostream& out_;
  std::string version_;
  Workspace workspace_;
  std::map<std::string, nlohmann::json> published_;  // the diagnostics last sent, by URI
  bool initialized_ = false, shut_down_ = false, exited_ = false;
  bool can_watch_ = false;  // the client registers file watchers for us (dynamicRegistration)
  std::string left_out_;    // said to the user once initialized: rule files not loaded
};

}  // namespace pacta::lsp
