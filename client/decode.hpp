// Strict JSON decoding for wire types. Decoding never crashes and never throws past the client:
// a wrong, missing or hostile field becomes a DecodeError that names the field's path
// ("data[3].price: expected integer"). Integers and money refuse floats; strings refuse numbers.
//
// Each wire type writes `void from_json(const nlohmann::json&, T&)` next to its definition using
// decode::required / decode::optional; enums and scalars add a `decode_value` overload.
#pragma once
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

#include "money.hpp"

namespace mestore {

using nlohmann::json;

class DecodeError : public std::exception {
 public:
  DecodeError(std::string field, std::string problem) : field_(std::move(field)), problem_(std::move(problem)) { rebuild(); }
  const std::string& field() const { return field_; }
  const std::string& problem() const { return problem_; }
  const char* what() const noexcept override { return what_.c_str(); }
  // Called while unwinding out of a container, so the final path reads outer-to-inner.
  void prefix(std::string_view outer) {
    if (field_.empty()) field_ = std::string(outer);
    else if (field_[0] == '[') field_ = std::string(outer) + field_;
    else field_ = std::string(outer) + "." + field_;
    rebuild();
  }

 private:
  void rebuild() { what_ = (field_.empty() ? std::string("(root)") : field_) + ": " + problem_; }
  std::string field_, problem_, what_;
};

template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};
template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};

inline void decode_value(const json& v, Cop& out) {
  if (!v.is_number_integer()) throw DecodeError("", "expected whole pesos (integer)");
  out.pesos = v.get<std::int64_t>();
}

inline void decode_value(const json& v, json& out) { out = v; }

template <class T>
void decode_value(const json& v, T& out) {
  if constexpr (std::is_same_v<T, bool>) {
    if (!v.is_boolean()) throw DecodeError("", "expected boolean");
    out = v.get<bool>();
  } else if constexpr (std::is_integral_v<T>) {
    if (!v.is_number_integer()) throw DecodeError("", "expected integer");
    if (v.is_number_unsigned()) {
      auto u = v.get<std::uint64_t>();
      if (u > static_cast<std::uint64_t>(std::numeric_limits<T>::max())) throw DecodeError("", "integer out of range");
      out = static_cast<T>(u);
    } else {
      auto s = v.get<std::int64_t>();
      if (s < static_cast<std::int64_t>(std::numeric_limits<T>::min()) ||
          (s > 0 && static_cast<std::uint64_t>(s) > static_cast<std::uint64_t>(std::numeric_limits<T>::max())))
        throw DecodeError("", "integer out of range");
      out = static_cast<T>(s);
    }
  } else if constexpr (std::is_floating_point_v<T>) {
    if (!v.is_number()) throw DecodeError("", "expected number");
    out = v.get<T>();
  } else if constexpr (std::is_same_v<T, std::string>) {
    if (!v.is_string()) throw DecodeError("", "expected string");
    out = v.get_ref<const std::string&>();
  } else if constexpr (is_optional<T>::value) {
    if (v.is_null()) { out.reset(); return; }
    typename T::value_type inner{};
    decode_value(v, inner);
    out = std::move(inner);
  } else if constexpr (is_vector<T>::value) {
    if (!v.is_array()) throw DecodeError("", "expected array");
    out.clear();
    out.reserve(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
      typename T::value_type item{};
      try {
        decode_value(v[i], item);
      } catch (DecodeError& e) {
        e.prefix("[" + std::to_string(i) + "]");
        throw;
      }
      out.push_back(std::move(item));
    }
  } else {
    if (!v.is_object()) throw DecodeError("", "expected object");
    from_json(v, out);
  }
}

namespace decode {

// A field that must be present (null is accepted only when T is std::optional).
template <class T>
void required(const json& obj, std::string_view key, T& out) {
  auto it = obj.find(key);
  if (it == obj.end()) throw DecodeError(std::string(key), "missing");
  try {
    decode_value(*it, out);
  } catch (DecodeError& e) {
    e.prefix(key);
    throw;
  }
}

// A field that may be absent or null; `out` keeps its default then.
template <class T>
void optional(const json& obj, std::string_view key, T& out) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return;
  try {
    decode_value(*it, out);
  } catch (DecodeError& e) {
    e.prefix(key);
    throw;
  }
}

}  // namespace decode

inline void to_json(json& j, const Cop& c) { j = c.pesos; }

// Parses a JSON text and decodes it as T. Never throws: a parse error or DecodeError becomes
// the returned error. Depth-limited so hostile nesting cannot exhaust the stack.
struct DecodeFailure {
  std::string field;
  std::string problem;
};

bool json_depth_ok(std::string_view text, int max_depth = 64);

template <class T>
std::optional<DecodeFailure> decode_text(std::string_view text, T& out) {
  if (!json_depth_ok(text)) return DecodeFailure{"", "nesting too deep"};
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return DecodeFailure{"", "not valid JSON"};
  try {
    decode_value(j, out);
  } catch (const DecodeError& e) {
    return DecodeFailure{e.field(), e.problem()};
  } catch (const std::exception& e) {
    return DecodeFailure{"", e.what()};
  }
  return std::nullopt;
}

}  // namespace mestore
