#include "domain/stats.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace ipt::domain {

Series::Series(Period period, std::span<const Sample> samples) : period_(period) {
  std::map<Date, DayStats> by_day;
  double sum = 0;
  for (const auto& s : samples) {
    if (!period.contains(s.day))
      continue;
    auto [it, fresh] = by_day.try_emplace(s.day, DayStats{s.day, 0, s.value, s.value, 0});
    auto& d = it->second;
    d.mean += s.value;  // a sum until the loop below
    d.min = std::min(d.min, s.value);
    d.max = std::max(d.max, s.value);
    ++d.count;
    sum += s.value;
    summary_.min = summary_.min ? std::min(*summary_.min, s.value) : s.value;
    summary_.max = summary_.max ? std::max(*summary_.max, s.value) : s.value;
    ++summary_.count;
  }
  days_.reserve(by_day.size());
  for (auto& [day, d] : by_day) {
    d.mean /= d.count;
    days_.push_back(d);
  }
  summary_.days = static_cast<int>(days_.size());
  if (summary_.count > 0)
    summary_.mean = sum / summary_.count;
}

const DayStats* Series::day(Date d) const {
  const auto it = std::lower_bound(days_.begin(), days_.end(), d,
                                   [](const DayStats& s, Date x) { return s.day < x; });
  return it != days_.end() && it->day == d ? &*it : nullptr;
}

const DayStats* Series::lowest() const {
  const DayStats* best = nullptr;
  for (const auto& d : days_) {
    if (!best || d.mean < best->mean)
      best = &d;
  }
  return best;
}

const DayStats* Series::highest() const {
  const DayStats* best = nullptr;
  for (const auto& d : days_) {
    if (!best || d.mean > best->mean)
      best = &d;
  }
  return best;
}

std::optional<double> change(const Summary& now, const Summary& before) {
  if (!now.mean || !before.mean)
    return std::nullopt;
  return *now.mean - *before.mean;
}

std::optional<double> Split::difference() const {
  if (!mean_with || !mean_without)
    return std::nullopt;
  return *mean_with - *mean_without;
}

Split split_days(const Series& series, const std::function<bool(Date)>& with) {
  Split s;
  double sum_with = 0;
  double sum_without = 0;
  for (const auto& d : series.days()) {
    if (with(d.day)) {
      ++s.days_with;
      sum_with += d.mean;
    } else {
      ++s.days_without;
      sum_without += d.mean;
    }
  }
  if (s.days_with > 0)
    s.mean_with = sum_with / s.days_with;
  if (s.days_without > 0)
    s.mean_without = sum_without / s.days_without;
  return s;
}

double round_to(double v, int decimals) {
  const double scale = std::pow(10.0, decimals);
  const double r = std::round(v * scale) / scale;
  return r == 0 ? 0.0 : r;  // no "-0"
}

}  // namespace ipt::domain
