// A prototype of model::parse_yaml (src/model/yaml_tree.hpp) on libyaml's event parser
// instead of yaml-cpp's, to measure what replacing the YAML layer of profile loading would
// gain. Same output type, same conventions: scalars keep their text, `quoted` marks a
// non-plain untagged scalar (yaml-cpp's "!" tag), a plain untagged empty/~/null scalar is a
// null node, every node records the byte offset of its start mark. Bench-only: not used by
// pacta itself.
#pragma once

#include <string_view>

#include "model/yaml_tree.hpp"

namespace pacta::bench {

bool parse_yaml_libyaml(std::string_view text, model::YamlDocument& doc, model::YamlError& error);

}  // namespace pacta::bench
