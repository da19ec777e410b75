#include "app/calendar.hpp"

#include "domain/moment.hpp"
#include "storage/journal.hpp"

namespace ipt::app {

domain::Calendar year_calendar(Journal& j, std::optional<int> year) {
  const auto today = domain::today(j.now());
  const std::chrono::year y = year ? std::chrono::year{*year} : today.year();
  const auto days = domain::year_period(y);
  return j.store().read([&](storage::Repos& r) {
    const auto moods = r.entries().moods(days.from, days.to);
    const auto changes = r.areas().focus_changes();
    const auto periods = domain::focus_periods(changes);
    return domain::build_calendar(y, domain::Series(days, moods), periods, today);
  });
}

}  // namespace ipt::app
