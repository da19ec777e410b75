#pragma once
// Enums that have names: every domain enum keeps its names in an array in declaration order, so
// reading one back and listing the valid ones are the same two operations everywhere.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ipt::domain {

/// The enumerator whose name is `s` (exact match), if any.
template <typename E>
std::optional<E> enum_from(std::span<const std::string_view> names, std::string_view s) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == s)
      return static_cast<E>(i);
  }
  return std::nullopt;
}

/// "a, b, c": the valid values, for help texts and error messages.
inline std::string join_names(std::span<const std::string_view> names) {
  std::string out;
  for (auto n : names)
    out += (out.empty() ? "" : ", ") + std::string(n);
  return out;
}

}  // namespace ipt::domain
