#include "domain/metric.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace ipt::domain {

namespace {

/// A check-in's own fields and an entry's: a scale of the same name would be ambiguous in
/// list, export and CSV. The same list as config.toml's [[metric]] refuses.
constexpr std::array<std::string_view, 12> kReserved{"mood",   "anxiety", "energy", "sleep",
                                                     "impact", "kind",    "text",   "tags",
                                                     "people", "at",      "day",    "type"};

}  // namespace

std::optional<std::string> metric_name_problem(std::string_view name) {
  const bool word =
      !name.empty() && name.size() <= kMaxMetricName && name[0] >= 'a' && name[0] <= 'z' &&
      name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") == std::string_view::npos;
  if (!word)
    return "a scale's name is a lower-case word of up to 32 letters, digits, '-' or '_', "
           "starting with a letter";
  if (std::find(kReserved.begin(), kReserved.end(), name) != kReserved.end())
    return "'" + std::string(name) + "' is a field of every check-in, not a scale of your own";
  return std::nullopt;
}

int metric_level(double mean, int min, int max) {
  if (max <= min)
    return 0;
  const double at = (mean - min) / (max - min) * 10.0;
  return static_cast<int>(std::clamp(std::lround(at), 0L, 10L));
}

}  // namespace ipt::domain
