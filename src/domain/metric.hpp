#pragma once
// Scales of the person's own ([[metric]] in config.toml: "irritability", "sleep_quality"),
// recorded on check-ins beside the mood. A check-in keeps its values by name, so a scale later
// taken out of the configuration keeps what was recorded with it. The configuration says which
// scales exist and their ranges; what is stored needs only a valid name and a whole number.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace ipt::domain {

/// A check-in's values of the person's scales, by name (so in name order, each name once).
using MetricValues = std::map<std::string, int>;

/// A scale as configured: its name, range and what it measures.
struct MetricScale {
  std::string name;
  int min = 0;
  int max = 10;
  std::string label;  ///< what it measures, as the person wrote it; may be empty
};

/// The longest name of a scale.
inline constexpr std::size_t kMaxMetricName = 32;
/// Every value lies within -kMetricLimit..kMetricLimit (the bounds a scale's range has).
inline constexpr int kMetricLimit = 1000;

/// Why `name` cannot name a scale, or nullopt when it can: a lower-case word of up to 32
/// letters, digits, '-' and '_', starting with a letter, and not the name of a check-in's own
/// field (mood, anxiety ...). The same rule as [[metric]] in config.toml.
std::optional<std::string> metric_name_problem(std::string_view name);

/// Where `mean` stands on the scale's range, as a whole level 0 (its min) to 10 (its max),
/// halves rounded up; values outside the range count as its ends.
int metric_level(double mean, int min, int max);

}  // namespace ipt::domain
