#include "lsp/server.hpp"

#include <spdlog/spdlog.h>

#include "lsp/handlers.hpp"
#include "lsp/transport.hpp"
#include "lsp/uri.hpp"

namespace pacta::lsp {

namespace {

using Handler = json (*)(const Workspace&, const json&);

const std::map<std::string, Handler>& handlers() {
  static const std::map<std::string, Handler> table = {
      {"textDocument/hover", hover},
      {"textDocument/definition", definition},
      {"textDocument/references", references},
      {"textDocument/rename", rename},
      {"textDocument/documentSymbol", document_symbols},
      {"workspace/symbol", workspace_symbols},
      {"textDocument/formatting", formatting},
      {"textDocument/completion", completion},
  };
  return table;
}

json capabilities() {
  return {{"textDocumentSync", {{"openClose", true}, {"change", 1}, {"save", {{"includeText", true}}}}},
          {"hoverProvider", true},
          {"definitionProvider", true},
          {"referencesProvider", true},
          {"renameProvider", true},
          {"documentSymbolProvider", true},
          {"workspaceSymbolProvider", true},
          {"documentFormattingProvider", true},
          {"completionProvider", {{"triggerCharacters", {"(", ","}}}}};
}

}  // namespace

int Server::run(std::istream& in) {
  while (!exited_) {
    Incoming m = read_message(in);
    if (m.frame == Frame::end) break;
    if (m.frame == Frame::bad_header) {
      spdlog::warn("bad message header: {}", m.problem);
      error(nullptr, parse_error, m.problem);
    } else if (m.frame == Frame::too_large) {
      spdlog::warn("{}", m.problem);
      error(nullptr, invalid_request, m.problem);
    } else {
      handle(m.body);
    }
  }
  return exited_ && shut_down_ ? 0 : 1;
}

void Server::handle(const std::string& body) {
  json message = json::parse(body, nullptr, false);
  if (message.is_discarded()) {
    error(nullptr, parse_error, "the message is not JSON");
    return;
  }
  if (!message.is_object()) {
    error(nullptr, invalid_request, "a message is a JSON object (batches are not supported)");
    return;
  }
  bool has_id = message.contains("id");
  json id = has_id ? message["id"] : json(nullptr);
  if (has_id && !id.is_string() && !id.is_number_integer() && !id.is_null()) {
    error(nullptr, invalid_request, "the id is neither a number nor a string");
    return;
  }
  auto method = message.find("method");
  if (method == message.end() || !method->is_string()) {
    // A response: to client/registerCapability, the one request the server makes; nothing to do.
    if (has_id && (message.contains("result") || message.contains("error"))) return;
    error(id, invalid_request, "the message has no method");
    return;
  }
  json params = message.value("params", json::object());
  if (has_id)
    request(id, method->get<std::string>(), params);
  else
    notification(method->get<std::string>(), params);
}

void Server::request(const json& id, const std::string& method, const json& params) {
  if (shut_down_) return error(id, invalid_request, "the server is shut down");
  if (!initialized_ && method != "initialize") return error(id, server_not_initialized, "initialize first");
  try {
    json result;
    if (method == "initialize") {
      if (initialized_) return error(id, invalid_request, "already initialized");
      result = initialize(params);
    } else if (method == "shutdown") {
      shut_down_ = true;
      result = nullptr;
    } else if (auto h = handlers().find(method); h != handlers().end()) {
      result = h->second(workspace_, params);
    } else {
      return error(id, method_not_found, "unknown method '" + method + "'");
    }
    send({{"jsonrpc", "2.0"}, {"id", id}, {"result", result}});
    if (method == "initialize") {
      if (!left_out_.empty())
        send({{"jsonrpc", "2.0"}, {"method", "window/showMessage"}, {"params", {{"type", 2}, {"message", left_out_}}}});
      publish();
    }
  } catch (const RequestError& e) {
    error(id, e.code, e.what());
  } catch (const json::exception& e) {
    error(id, invalid_params, std::string("invalid params: ") + e.what());
  } catch (const std::exception& e) {
    spdlog::error("{} failed: {}", method, e.what());
    error(id, internal_error, std::string("internal error: ") + e.what());
  }
}

json Server::initialize(const json& params) {
  std::vector<std::string> folders;
  if (auto f = params.find("workspaceFolders"); f != params.end() && f->is_array()) {
    for (const json& folder : *f)
      if (folder.is_object() && folder.contains("uri") && folder["uri"].is_string())
        folders.push_back(path_of_uri(folder["uri"].get<std::string>()));
  }
  if (folders.empty() && params.contains("rootUri") && params["rootUri"].is_string())
    folders.push_back(path_of_uri(params["rootUri"].get<std::string>()));
  if (folders.empty() && params.contains("rootPath") && params["rootPath"].is_string())
    folders.push_back(params["rootPath"].get<std::string>());
  std::size_t left_out = 0;
  for (const std::string& folder : folders)
    if (!folder.empty()) left_out += workspace_.load_folder(folder);
  if (left_out > 0)
    left_out_ = "pacta: " + std::to_string(left_out) + " rule file(s) of the workspace left out: it has more than " +
                std::to_string(workspace_.max_folder_files) + " rule files or " +
                std::to_string(workspace_.max_folder_bytes >> 20) + " MiB (open a smaller folder)";
  const json* watch = params.contains("capabilities") ? &params["capabilities"] : nullptr;
  for (const char* key : {"workspace", "didChangeWatchedFiles", "dynamicRegistration"})
    watch = watch && watch->is_object() && watch->contains(key) ? &(*watch)[key] : nullptr;
  can_watch_ = watch && watch->is_boolean() && watch->get<bool>();
  workspace_.analyze();
  initialized_ = true;
  return {{"capabilities", capabilities()}, {"serverInfo", {{"name", "pacta"}, {"version", version_}}}};
}

void Server::notification(const std::string& method, const json& params) {
  if (method == "exit") {
    exited_ = true;
    return;
  }
  if (!initialized_ || shut_down_) return;
  try {
    if (method == "initialized") {
      if (can_watch_) watch_rule_files();
      return;
    }
    if (method == "workspace/didChangeWatchedFiles") {
      // Each change on its own: a malformed one is skipped, the others still count.
      for (const json& c : params.at("changes"))
        if (c.is_object() && c.contains("uri") && c["uri"].is_string())
          workspace_.reload(c["uri"].get<std::string>());
        else
          spdlog::warn("workspace/didChangeWatchedFiles: a change without a uri skipped");
    } else if (method == "textDocument/didOpen") {
      const json& doc = params.at("textDocument");
      workspace_.set_text(doc.at("uri").get<std::string>(), doc.at("text").get<std::string>(), true);
    } else if (method == "textDocument/didChange") {
      change(params);
    } else if (method == "textDocument/didClose") {
      workspace_.close(params.at("textDocument").at("uri").get<std::string>());
    } else if (method == "textDocument/didSave") {
      if (params.contains("text") && params["text"].is_string())
        workspace_.set_text(params.at("textDocument").at("uri").get<std::string>(), params["text"].get<std::string>(),
                            true);
    } else {
      spdlog::debug("notification '{}' ignored", method);
      return;
    }
    workspace_.analyze();
    publish();
  } catch (const std::exception& e) {
    // A notification has no answer: a malformed one is dropped, and said so in the log.
    spdlog::warn("{} dropped: {}", method, e.what());
  }
}

void Server::change(const json& params) {
  std::string uri = params.at("textDocument").at("uri").get<std::string>();
  const Document* doc = workspace_.document(uri);
  std::string text = doc ? doc->text : std::string{};
  for (const json& c : params.at("contentChanges")) {
    std::string replacement = c.at("text").get<std::string>();
    if (!c.contains("range")) {
      text = std::move(replacement);
      continue;
    }
    // Incremental changes are not asked for (sync is Full), but a client may send them.
    LineIndex lines(text);
    const json& r = c.at("range");
    std::uint32_t b = lines.offset(
        {r.at("start").at("line").get<std::uint32_t>(), r.at("start").at("character").get<std::uint32_t>()});
    std::uint32_t e =
        lines.offset({r.at("end").at("line").get<std::uint32_t>(), r.at("end").at("character").get<std::uint32_t>()});
    if (e < b) std::swap(b, e);
    text.replace(b, e - b, replacement);
  }
  workspace_.set_text(uri, std::move(text), true);
}

// Rule files changed on disk (a checkout, another editor) reach the server only if the client
// watches them for it: asked once, after `initialized` (LSP 3.17, client/registerCapability).
void Server::watch_rule_files() {
  json watchers = json::array({{{"globPattern", "**/*.pacta"}}});
  send({{"jsonrpc", "2.0"},
        {"id", "pacta-watch-rule-files"},
        {"method", "client/registerCapability"},
        {"params",
         {{"registrations", json::array({{{"id", "pacta-watch-rule-files"},
                                          {"method", "workspace/didChangeWatchedFiles"},
                                          {"registerOptions", {{"watchers", watchers}}}}})}}}});
}

void Server::publish() {
  const auto& now = workspace_.diagnostics();
  for (const auto& [uri, list] : now) {
    auto it = published_.find(uri);
    if (it != published_.end() ? it->second == list : list.empty()) continue;
    send({{"jsonrpc", "2.0"},
          {"method", "textDocument/publishDiagnostics"},
          {"params", {{"uri", uri}, {"diagnostics", list}}}});
    published_[uri] = list;
  }
  for (auto it = published_.begin(); it != published_.end();) {
    if (now.count(it->first)) {
      ++it;
      continue;
    }
    if (!it->second.empty())
      send({{"jsonrpc", "2.0"},
            {"method", "textDocument/publishDiagnostics"},
            {"params", {{"uri", it->first}, {"diagnostics", json::array()}}}});
    it = published_.erase(it);
  }
}

void Server::send(const json& message) {
  write_message(out_, message.dump(-1, ' ', false, json::error_handler_t::replace));
}

void Server::error(const json& id, int code, const std::string& message) {
  send({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
}

}  // namespace pacta::lsp
