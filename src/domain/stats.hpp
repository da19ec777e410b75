#pragma once
// The one place mood statistics are computed: daily series over any period, their summaries,
// the change against another period, and the split of days "with X" against "without X". The
// app layer fetches samples with indexed range queries; everything here is arithmetic on them.
#include <functional>
#include <optional>
#include <span>
#include <vector>

#include "domain/civil.hpp"

namespace ipt::domain {

/// A span of calendar days, both ends included.
struct Period {
  Date from;
  Date to;

  int days() const { return days_between(from, to) + 1; }
  bool contains(Date d) const { return d >= from && d <= to; }
  /// The period of the same length that ends the day before this one starts.
  Period before() const { return {add_days(from, -days()), add_days(from, -1)}; }
  friend bool operator==(const Period&, const Period&) = default;
};

/// One rating on one day: a check-in's mood (or anxiety, energy, hours of sleep).
struct Sample {
  Date day;
  double value = 0;
};

/// The ratings of one day.
struct DayStats {
  Date day;
  double mean = 0;
  double min = 0;
  double max = 0;
  int count = 0;
};

/// A period's ratings taken together.
struct Summary {
  int count = 0;               ///< ratings (check-ins)
  int days = 0;                ///< days with at least one rating
  std::optional<double> mean;  ///< over every rating, not over daily means
  std::optional<double> min;
  std::optional<double> max;
};

/// Ratings day by day over a period. Samples outside the period are left out.
class Series {
 public:
  Series() = default;
  Series(Period period, std::span<const Sample> samples);

  const Period& period() const { return period_; }
  /// Days with at least one rating, oldest first.
  const std::vector<DayStats>& days() const { return days_; }
  /// The day's ratings, or null when it has none.
  const DayStats* day(Date d) const;
  Summary summary() const { return summary_; }
  /// The day with the lowest (highest) mean; the earliest among equal days. Null when empty.
  const DayStats* lowest() const;
  const DayStats* highest() const;

 private:
  Period period_{};
  std::vector<DayStats> days_;
  Summary summary_;
};

/// now.mean - before.mean, when both periods have ratings.
std::optional<double> change(const Summary& now, const Summary& before);

/// Rated days divided by a predicate ("days with Sam" against the others): the mean of the
/// daily means on each side.
struct Split {
  int days_with = 0;
  int days_without = 0;
  std::optional<double> mean_with;
  std::optional<double> mean_without;

  /// At least `min_days` days on each side: fewer say nothing about an association.
  bool enough(int min_days = 3) const { return days_with >= min_days && days_without >= min_days; }
  /// mean_with - mean_without, when both sides have days.
  std::optional<double> difference() const;
};
Split split_days(const Series& series, const std::function<bool(Date)>& with);

/// `v` rounded half away from zero to `decimals` places.
double round_to(double v, int decimals);

}  // namespace ipt::domain
