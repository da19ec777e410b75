#include "app/calendar.hpp"

#include "domain/moment.hpp"
#include "storage/journal.hpp"

namespace ipt::app {

domain::Calendar year_calendar(Journal& j, std::optional<int> year,
                               const std::optional<domain::MetricScale>& metric) {
  const auto today = domain::today(j.now());
  const std::chrono::year y = year ? std::chrono::year{*year} : today.year();
  const auto days = domain::year_period(y);
  return j.store().read([&](storage::Repos& r) {
    const auto values = metric ? r.entries().metric_values(metric->name, days.from, days.to)
                               : r.entries().moods(days.from, days.to);
    const auto changes = r.areas().focus_changes();
    const auto periods = domain::focus_periods(changes);
    auto cal = domain::build_calendar(y, domain::Series(days, values), periods, today);
    cal.metric = metric;
    return cal;
  });
}

}  // namespace ipt::app
