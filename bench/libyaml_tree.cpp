#include "libyaml_tree.hpp"

#include <yaml.h>

#include <cstring>
#include <string>
#include <vector>

namespace pacta::bench {
namespace {

using model::YamlNode;

bool is_null_string(const char* s, std::size_t n) {
  std::string_view v(s, n);
  return v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL";
}

// libyaml counts marks in characters; profiles are UTF-8, so convert to bytes when the text
// is not pure ASCII (walk forward from the previous mark: marks arrive in order).
class ByteOffsets {
 public:
  explicit ByteOffsets(std::string_view text) : text_(text) {
    ascii_ = true;
    for (unsigned char c : text)
      if (c >= 0x80) {
        ascii_ = false;
        break;
      }
  }
  std::uint32_t operator()(std::size_t chars) {
    if (ascii_) return static_cast<std::uint32_t>(chars);
    if (chars < chars_) chars_ = bytes_ = 0;  // out of order: restart
    while (chars_ < chars && bytes_ < text_.size()) {
      ++bytes_;
      while (bytes_ < text_.size() && (static_cast<unsigned char>(text_[bytes_]) & 0xC0) == 0x80) ++bytes_;
      ++chars_;
    }
    return static_cast<std::uint32_t>(bytes_);
  }

 private:
  std::string_view text_;
  bool ascii_ = true;
  std::size_t chars_ = 0, bytes_ = 0;
};

}  // namespace

bool parse_yaml_libyaml(std::string_view text, model::YamlDocument& doc, model::YamlError& error) {
  yaml_parser_t parser;
  if (!yaml_parser_initialize(&parser)) {
    error = {0, "out of memory"};
    return false;
  }
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  ByteOffsets offset_of(text);
  std::vector<std::uint32_t> open;
  int documents = 0;
  bool ok = true, done = false;
  auto add = [&](YamlNode::Type type, const yaml_mark_t& mark) -> YamlNode& {
    auto id = static_cast<std::uint32_t>(doc.nodes.size());
    doc.nodes.emplace_back();
    YamlNode& n = doc.nodes.back();
    n.type = type;
    n.offset = offset_of(mark.index);
    if (!open.empty()) doc.nodes[open.back()].children.push_back(id);
    return doc.nodes.back();
  };
  while (!done) {
    yaml_event_t ev;
    if (!yaml_parser_parse(&parser, &ev)) {
      error = {offset_of(parser.problem_mark.index), parser.problem ? parser.problem : "malformed YAML"};
      if (parser.context) error.message = std::string(parser.context) + " " + error.message;
      ok = false;
      break;
    }
    if (documents > 1 && ev.type != YAML_STREAM_END_EVENT) {
      // A second document: report where its first node (or its start) is.
      error = {offset_of(ev.start_mark.index), "more than one YAML document; a profile is one document"};
      if (ev.type == YAML_DOCUMENT_START_EVENT) {
        yaml_event_delete(&ev);
        continue;  // look for its first node
      }
      yaml_event_delete(&ev);
      ok = false;
      break;
    }
    switch (ev.type) {
      case YAML_STREAM_END_EVENT:
        done = true;
        break;
      case YAML_DOCUMENT_START_EVENT:
        ++documents;
        break;
      case YAML_SCALAR_EVENT: {
        const auto& s = ev.data.scalar;
        const char* value = reinterpret_cast<const char*>(s.value);
        const char* tag = reinterpret_cast<const char*>(s.tag);
        bool plain = s.style == YAML_PLAIN_SCALAR_STYLE;
        if (plain && !tag && is_null_string(value, s.length)) {
          add(YamlNode::Type::null, ev.start_mark);
          break;
        }
        YamlNode& n = add(YamlNode::Type::scalar, ev.start_mark);
        n.value.assign(value, s.length);
        n.quoted = tag ? std::strcmp(tag, "!") == 0 : !plain;
        break;
      }
      case YAML_ALIAS_EVENT:
        add(YamlNode::Type::alias, ev.start_mark);
        break;
      case YAML_SEQUENCE_START_EVENT:
        add(YamlNode::Type::sequence, ev.start_mark);
        open.push_back(static_cast<std::uint32_t>(doc.nodes.size() - 1));
        break;
      case YAML_MAPPING_START_EVENT:
        add(YamlNode::Type::map, ev.start_mark);
        open.push_back(static_cast<std::uint32_t>(doc.nodes.size() - 1));
        break;
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT:
        open.pop_back();
        break;
      default:
        break;
    }
    yaml_event_delete(&ev);
  }
  if (ok && documents > 1) ok = false;  // a second, empty document
  yaml_parser_delete(&parser);
  return ok;
}

}  // namespace pacta::bench
