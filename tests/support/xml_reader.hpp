// A small, strict XML 1.0 reader for tests of XML output (JUnit): it checks well-formedness
// (one root, tags that nest and match, quoted and unique attributes, only the predefined
// entities and character references, no character XML forbids) and builds a tree to query.
// No DTDs, namespaces or CDATA: our output uses none. Header-only, like json_schema.hpp.
#pragma once

#include <cctype>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace pacta::test {

struct XmlElement {
  std::string name;
  std::map<std::string, std::string> attributes;  // values decoded
  std::vector<XmlElement> children;
  std::string text;  // decoded character data directly inside, concatenated

  const XmlElement* child(const std::string& n) const {
    for (const auto& c : children)
      if (c.name == n) return &c;
    return nullptr;
  }
  std::vector<const XmlElement*> all(const std::string& n) const {
    std::vector<const XmlElement*> out;
    for (const auto& c : children)
      if (c.name == n) out.push_back(&c);
    return out;
  }
  std::string attribute(const std::string& n) const {
    auto it = attributes.find(n);
    return it == attributes.end() ? std::string("<absent>") : it->second;
  }
};

class XmlReader {
 public:
  // Throws std::runtime_error("offset N: what") when the document is not well-formed.
  static XmlElement parse(const std::string& doc) {
    XmlReader r(doc);
    r.check_characters();
    if (doc.compare(0, 5, "<?xml") == 0) {
      auto end = doc.find("?>");
      if (end == std::string::npos) r.fail("unterminated XML declaration");
      r.i_ = end + 2;
    }
    r.skip_space();
    XmlElement root = r.element();
    r.skip_space();
    if (r.i_ != doc.size()) r.fail("content after the root element");
    return root;
  }

 private:
  explicit XmlReader(const std::string& doc) : s_(doc) {}

  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error("offset " + std::to_string(i_) + ": " + what);
  }

  // XML 1.0 Char: tab, LF, CR, >= 0x20 (UTF-8 multi-byte sequences are taken as they come).
  void check_characters() {
    for (i_ = 0; i_ < s_.size(); ++i_) {
      auto u = static_cast<unsigned char>(s_[i_]);
      if (u < 0x20 && u != '\t' && u != '\n' && u != '\r') fail("control character " + std::to_string(u));
      if (u == 0xEF && i_ + 2 < s_.size() && static_cast<unsigned char>(s_[i_ + 1]) == 0xBF &&
          (static_cast<unsigned char>(s_[i_ + 2]) == 0xBE || static_cast<unsigned char>(s_[i_ + 2]) == 0xBF))
        fail("U+FFFE or U+FFFF");
    }
    i_ = 0;
  }

  void skip_space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\t' || s_[i_] == '\r')) ++i_;
  }

  static bool name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == ':';
  }

  std::string name() {
    std::size_t b = i_;
    if (i_ >= s_.size() || !(std::isalpha(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_'))
      fail("expected a name");
    while (i_ < s_.size() && name_char(s_[i_])) ++i_;
    return s_.substr(b, i_ - b);
  }

  // At '&': decodes one reference.
  std::string reference() {
    auto end = s_.find(';', i_);
    if (end == std::string::npos || end - i_ > 10) fail("unterminated reference");
    std::string ref = s_.substr(i_ + 1, end - i_ - 1);
    i_ = end + 1;
    if (ref == "amp") return "&";
    if (ref == "lt") return "<";
    if (ref == "gt") return ">";
    if (ref == "quot") return "\"";
    if (ref == "apos") return "'";
    if (ref.size() > 1 && ref[0] == '#') {
      unsigned long cp = ref[1] == 'x' ? std::stoul(ref.substr(2), nullptr, 16) : std::stoul(ref.substr(1));
      if (cp != 0x9 && cp != 0xA && cp != 0xD && cp < 0x20) fail("reference to a forbidden character");
      if (cp >= 0x80) fail("test reader decodes ASCII references only");
      return std::string(1, static_cast<char>(cp));
    }
    fail("unknown entity &" + ref + ";");
  }

  XmlElement element() {
    if (i_ >= s_.size() || s_[i_] != '<') fail("expected '<'");
    ++i_;
    XmlElement e;
    e.name = name();
    for (;;) {
      std::size_t before = i_;
      skip_space();
      if (i_ >= s_.size()) fail("unterminated start tag");
      if (s_.compare(i_, 2, "/>") == 0) {
        i_ += 2;
        return e;
      }
      if (s_[i_] == '>') {
        ++i_;
        break;
      }
      if (i_ == before) fail("expected white space before an attribute");
      std::string key = name();
      skip_space();
      if (i_ >= s_.size() || s_[i_] != '=') fail("expected '='");
      ++i_;
      skip_space();
      if (i_ >= s_.size() || (s_[i_] != '"' && s_[i_] != '\'')) fail("attribute value not quoted");
      char quote = s_[i_++];
      std::string value;
      while (i_ < s_.size() && s_[i_] != quote) {
        if (s_[i_] == '<') fail("'<' in an attribute value");
        if (s_[i_] == '&')
          value += reference();
        else
          value += s_[i_++];
      }
      if (i_ >= s_.size()) fail("unterminated attribute value");
      ++i_;
      if (!e.attributes.emplace(key, value).second) fail("attribute '" + key + "' given twice");
    }
    for (;;) {
      if (i_ >= s_.size()) fail("element '" + e.name + "' not closed");
      if (s_.compare(i_, 2, "</") == 0) {
        i_ += 2;
        if (name() != e.name) fail("end tag does not match '" + e.name + "'");
        skip_space();
        if (i_ >= s_.size() || s_[i_] != '>') fail("expected '>'");
        ++i_;
        return e;
      }
      if (s_[i_] == '<') {
        e.children.push_back(element());
      } else if (s_[i_] == '&') {
        e.text += reference();
      } else {
        if (s_[i_] == '>' && i_ >= 2 && s_.compare(i_ - 2, 2, "]]") == 0) fail("']]>' in text");
        e.text += s_[i_++];
      }
    }
  }

  const std::string& s_;
  std::size_t i_ = 0;
};

}  // namespace pacta::test
