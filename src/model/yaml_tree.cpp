#include "model/yaml_tree.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <sstream>

namespace pacta::model {
namespace {

// yaml-cpp's marks count bytes of its own decoding, not always ours: SourceMap::clamp guards
// the renderers, this only keeps a negative mark (none known) at 0.
std::uint32_t offset(const YAML::Mark& mark) { return mark.pos < 0 ? 0u : static_cast<std::uint32_t>(mark.pos); }

// Thrown from the event handler through yaml-cpp (which is exception-safe) to stop the parse.
struct TooDeep {
  YAML::Mark mark;
};

class TreeBuilder : public YAML::EventHandler {
 public:
  explicit TreeBuilder(YamlDocument& doc) : doc_(doc) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { add(YamlNode::Type::null, mark); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { add(YamlNode::Type::alias, mark); }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, const std::string& value) override {
    std::uint32_t id = add(YamlNode::Type::scalar, mark);
    doc_.nodes[id].value = value;
    doc_.nodes[id].quoted = tag == "!";
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    open(YamlNode::Type::sequence, mark);
  }
  void OnSequenceEnd() override { open_.pop_back(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    open(YamlNode::Type::map, mark);
  }
  void OnMapEnd() override { open_.pop_back(); }

 private:
  void open(YamlNode::Type type, const YAML::Mark& mark) {
    if (open_.size() >= max_yaml_depth) throw TooDeep{mark};
    open_.push_back(add(type, mark));
  }
  std::uint32_t add(YamlNode::Type type, const YAML::Mark& mark) {
    auto id = static_cast<std::uint32_t>(doc_.nodes.size());
    YamlNode n;
    n.type = type;
    n.offset = offset(mark);
    doc_.nodes.push_back(std::move(n));
    if (!open_.empty()) doc_.nodes[open_.back()].children.push_back(id);
    return id;
  }
  YamlDocument& doc_;
  std::vector<std::uint32_t> open_;
};

}  // namespace

namespace {

// A scan of the text for what yaml-cpp handles badly: flow collections nested deeper than
// max_yaml_depth (found here at the right place) or longer than max_flow_bytes. Quoted scalars
// and comments are skipped; '[', '{' and quotes count only where a value can start.
bool prescan_flow(std::string_view text, YamlError& error) {
  std::size_t depth = 0, start = 0;
  char prev = '\n';  // the last character that is not a blank
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool value_start = depth > 0 ? (prev == '[' || prev == '{' || prev == ',' || prev == ':')
                                 : (prev == ':' || prev == '-' || prev == '\n' || prev == '?');
    if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n')) {
      while (i < text.size() && text[i] != '\n') ++i;
      prev = '\n';
      continue;
    }
    if ((c == '"' || c == '\'') && value_start) {
      for (++i; i < text.size(); ++i) {
        if (c == '"' && text[i] == '\\')
          ++i;
        else if (text[i] == c && !(c == '\'' && i + 1 < text.size() && text[i + 1] == '\''))
          break;
        else if (c == '\'' && text[i] == '\'')
          ++i;  // '' inside single quotes
      }
      prev = 'x';
    } else if ((c == '[' || c == '{') && value_start) {
      if (depth++ == 0) start = i;
      if (depth > max_yaml_depth) {
        error = {static_cast<std::uint32_t>(i),
                 "YAML nested deeper than " + std::to_string(max_yaml_depth) + " levels"};
        error.too_deep = true;
        return false;
      }
      prev = c;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
      prev = c;
    } else if (c == '\n') {
      prev = depth > 0 ? prev : '\n';
    } else if (c != ' ' && c != '\t' && c != '\r') {
      prev = c;
    }
    if (depth > 0 && i - start > max_flow_bytes) {
      error = {static_cast<std::uint32_t>(start),
               "flow collection longer than " + std::to_string(max_flow_bytes / 1024) + " KiB"};
      error.too_long = true;
      return false;
    }
  }
  return true;
}

}  // namespace

bool parse_yaml(std::string_view text, YamlDocument& doc, YamlError& error) {
  if (!prescan_flow(text, error)) return false;
  std::istringstream in{std::string(text)};
  try {
    YAML::Parser parser(in);
    TreeBuilder builder(doc);
    if (!parser.HandleNextDocument(builder)) return true;  // empty stream
    YamlDocument rest;
    TreeBuilder second(rest);
    if (parser.HandleNextDocument(second)) {
      // An empty second document has no node to point at: point at the end of the text.
      error = {rest.nodes.empty() ? static_cast<std::uint32_t>(text.size()) : rest.nodes.front().offset,
               "more than one YAML document; a profile is one document"};
      return false;
    }
  } catch (const TooDeep& e) {
    error = {offset(e.mark), "YAML nested deeper than " + std::to_string(max_yaml_depth) + " levels", true};
    return false;
  } catch (const YAML::Exception& e) {
    error = {offset(e.mark), e.msg};
    return false;
  }
  return true;
}

}  // namespace pacta::model
