#include "domain/names.hpp"

#include "domain/text.hpp"

namespace ipt::domain {

std::optional<std::string_view> nearest_name(std::string_view typed,
                                             std::span<const std::string_view> names) {
  std::optional<std::string_view> best;
  std::size_t best_d = 3;
  for (auto n : names) {
    if (n == typed)
      return n;
    const auto d = edit_distance(typed, n);
    if (d < best_d) {
      best_d = d;
      best = n;
    }
  }
  if (best || typed.size() < 2)
    return best;
  for (auto n : names) {
    if (n.substr(0, typed.size()) == typed)
      return n;
  }
  return std::nullopt;
}

std::string did_you_mean(std::string_view typed, std::span<const std::string_view> names) {
  const auto n = nearest_name(typed, names);
  return n ? "; did you mean '" + std::string(*n) + "'?" : "";
}

}  // namespace ipt::domain
