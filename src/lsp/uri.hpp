// file:// URIs (RFC 8089 as editors send them) to paths and back, percent-encoding included.
#pragma once

#include <string>

namespace pacta::lsp {

// The path of a file:// URI ("" for other schemes); %XX escapes decoded.
std::string path_of_uri(const std::string& uri);
// The file:// URI of an absolute path, reserved and non-ASCII bytes percent-encoded.
std::string uri_of_path(const std::string& path);

}  // namespace pacta::lsp
