// A small JSON Schema (draft-04) validator for tests: the keywords SARIF 2.1.0's schema uses
// (type, enum, required, properties, additionalProperties, items, minItems, uniqueItems,
// minimum, maximum, pattern, $ref to #/definitions, oneOf, anyOf). Annotations (format,
// description, default, ...) are ignored; any other keyword is reported, so a schema never
// passes by being half understood. Header-only: the test CMake compiles only *_test.cpp here.
#pragma once

#include <cmath>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace pacta::test {

class JsonSchema {
 public:
  using json = nlohmann::json;

  explicit JsonSchema(json schema) : root_(std::move(schema)) {}

  // Problems, each "<JSON pointer>: <what>"; empty when the document is valid.
  std::vector<std::string> validate(const json& doc) const {
    std::vector<std::string> errors;
    check(root_, doc, "", errors);
    return errors;
  }

 private:
  static bool has_type(const json& v, const std::string& type) {
    if (type == "object") return v.is_object();
    if (type == "array") return v.is_array();
    if (type == "string") return v.is_string();
    if (type == "boolean") return v.is_boolean();
    if (type == "null") return v.is_null();
    if (type == "number") return v.is_number();
    if (type == "integer")
      return v.is_number_integer() || (v.is_number_float() && std::trunc(v.get<double>()) == v.get<double>());
    return false;
  }

  const json& resolve(const std::string& ref) const {
    if (ref.rfind("#/", 0) != 0) throw std::invalid_argument("unsupported $ref " + ref);
    return root_.at(json::json_pointer(ref.substr(1)));
  }

  void check(const json& schema, const json& v, const std::string& at, std::vector<std::string>& errors) const {
    static const std::set<std::string> annotations = {"$schema",     "id",      "$id",   "title",
                                                      "description", "default", "format"};
    auto fail = [&](const std::string& what) { errors.push_back((at.empty() ? "/" : at) + ": " + what); };
    for (const auto& [keyword, value] : schema.items()) {
      if (annotations.count(keyword) || keyword == "definitions") continue;
      if (keyword == "$ref") {
        check(resolve(value.get<std::string>()), v, at, errors);
      } else if (keyword == "type") {
        bool ok = false;
        if (value.is_string())
          ok = has_type(v, value.get<std::string>());
        else
          for (const auto& t : value) ok = ok || has_type(v, t.get<std::string>());
        if (!ok) fail("expected type " + value.dump() + ", found " + v.type_name());
      } else if (keyword == "enum") {
        bool ok = false;
        for (const auto& e : value) ok = ok || e == v;
        if (!ok) fail(v.dump() + " is not one of " + value.dump());
      } else if (keyword == "required") {
        if (!v.is_object()) continue;
        for (const auto& name : value)
          if (!v.contains(name.get<std::string>())) fail("missing required property '" + name.get<std::string>() + "'");
      } else if (keyword == "properties" || keyword == "additionalProperties") {
        if (!v.is_object() || keyword == "additionalProperties") continue;  // both handled below, once
      } else if (keyword == "items") {
        if (!v.is_array()) continue;
        for (std::size_t i = 0; i < v.size(); ++i) check(value, v[i], at + "/" + std::to_string(i), errors);
      } else if (keyword == "minItems") {
        if (v.is_array() && v.size() < value.get<std::size_t>()) fail("fewer than " + value.dump() + " items");
      } else if (keyword == "uniqueItems") {
        if (!v.is_array() || !value.get<bool>()) continue;
        for (std::size_t i = 0; i < v.size(); ++i)
          for (std::size_t j = i + 1; j < v.size(); ++j)
            if (v[i] == v[j]) fail("items " + std::to_string(i) + " and " + std::to_string(j) + " are equal");
      } else if (keyword == "minimum") {
        if (v.is_number() && v.get<double>() < value.get<double>())
          fail(v.dump() + " is below the minimum " + value.dump());
      } else if (keyword == "maximum") {
        if (v.is_number() && v.get<double>() > value.get<double>())
          fail(v.dump() + " is above the maximum " + value.dump());
      } else if (keyword == "pattern") {
        if (v.is_string() && !std::regex_search(v.get<std::string>(), std::regex(value.get<std::string>())))
          fail("'" + v.get<std::string>() + "' does not match " + value.get<std::string>());
      } else if (keyword == "oneOf" || keyword == "anyOf") {
        std::size_t matches = 0;
        for (const auto& branch : value) {
          std::vector<std::string> branch_errors;
          check(branch, v, at, branch_errors);
          if (branch_errors.empty()) ++matches;
        }
        if (keyword == "anyOf" && matches == 0) fail("matches none of anyOf");
        if (keyword == "oneOf" && matches != 1) fail("matches " + std::to_string(matches) + " branches of oneOf");
      } else {
        fail("unsupported schema keyword '" + keyword + "'");
      }
    }
    if (v.is_object() && (schema.contains("properties") || schema.contains("additionalProperties"))) {
      const json* properties = schema.contains("properties") ? &schema["properties"] : nullptr;
      for (const auto& [name, member] : v.items()) {
        std::string here = at + "/" + name;
        if (properties && properties->contains(name)) {
          check((*properties)[name], member, here, errors);
        } else if (schema.contains("additionalProperties")) {
          const json& extra = schema["additionalProperties"];
          if (extra.is_boolean()) {
            if (!extra.get<bool>()) errors.push_back(here + ": property not allowed");
          } else {
            check(extra, member, here, errors);
          }
        }
      }
    }
  }

  json root_;
};

}  // namespace pacta::test
