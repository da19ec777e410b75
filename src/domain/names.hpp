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

/// The name nearest to `typed` within two edits, or that `typed` begins (two letters or more);
/// nullopt when none is near. For "did you mean".
std::optional<std::string_view> nearest_name(std::string_view typed,
                                             std::span<const std::string_view> names);

/// "; did you mean 'x'?" when a name is near `typed`, else "".
std::string did_you_mean(std::string_view typed, std::span<const std::string_view> names);

/// "a, b, c": the valid values, for help texts and error messages.
inline std::string join_names(std::span<const std::string_view> names) {
  std::string out;
  for (auto n : names)
    out += (out.empty() ? "" : ", ") + std::string(n);
  return out;
}

}  // namespace ipt::domain
