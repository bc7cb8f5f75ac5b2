// A small YAML document tree built from yaml-cpp's event stream (YAML::Parser +
// EventHandler), which is three times faster than YAML::Load and keeps every node's mark,
// duplicate keys included (YAML::Load silently keeps one of them). Nesting is limited to
// max_yaml_depth collections: the builder stops yaml-cpp's recursive descent there, long before
// its own guard or the stack.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pacta::model {

struct YamlNode {
  enum class Type : std::uint8_t { null, scalar, sequence, map, alias };
  Type type = Type::null;
  bool quoted = false;
  std::string value;                    // scalars
  std::uint32_t offset = 0;             // byte offset of the node's mark
  std::vector<std::uint32_t> children;  // sequences: items; maps: key, value, key, value...
};

struct YamlDocument {
  std::vector<YamlNode> nodes;  // nodes[0] is the root when !empty()
  bool empty() const { return nodes.empty(); }
};

// Profiles nest six levels at most (instruments > UNTOC > reservations > item > key).
inline constexpr std::size_t max_yaml_depth = 64;
// yaml-cpp reads a whole flow collection ahead before it reports anything, at about 100-230
// bytes of memory per byte of input: longer ones are refused before it sees them (a profile's
// flow collections are a line long).
inline constexpr std::size_t max_flow_bytes = 64 * 1024;

struct YamlError {
  std::uint32_t offset = 0;
  std::string message;
  bool too_deep = false;  // nested deeper than max_yaml_depth; offset is the collection that is
  bool too_long = false;  // a flow collection ([...] or {...}) over max_flow_bytes; offset is its start
};

// Parses exactly one document. False with `error` on malformed YAML, nesting deeper than
// max_yaml_depth or a second document.
bool parse_yaml(std::string_view text, YamlDocument& doc, YamlError& error);

}  // namespace pacta::model
