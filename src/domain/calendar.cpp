#include "domain/calendar.hpp"

#include <algorithm>
#include <cmath>

namespace ipt::domain {

std::vector<FocusPeriod> focus_periods(std::span<const FocusChange> changes) {
  std::vector<const FocusChange*> sorted;
  sorted.reserve(changes.size());
  for (const auto& c : changes)
    sorted.push_back(&c);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const FocusChange* a, const FocusChange* b) { return a->day < b->day; });
  // What each day with a change ends with: its last change.
  std::vector<const FocusChange*> daily;
  for (const auto* c : sorted) {
    if (!daily.empty() && daily.back()->day == c->day)
      daily.back() = c;
    else
      daily.push_back(c);
  }
  std::vector<FocusPeriod> out;
  for (const auto* c : daily) {
    const bool open = !out.empty() && !out.back().to;
    if (open && c->area_id == out.back().area_id)
      continue;  // focused again while in focus: the same period
    if (open)
      out.back().to = add_days(c->day, -1);
    if (c->area_id)
      out.push_back({*c->area_id, c->title, c->kind, c->day, std::nullopt});
  }
  return out;
}

Period year_period(std::chrono::year year) {
  return {year / std::chrono::January / 1, year / std::chrono::December / 31};
}

int mood_level(double mean) {
  return static_cast<int>(std::clamp(std::lround(mean), 0L, 10L));
}

int Calendar::level(double mean) const {
  return metric ? metric_level(mean, metric->min, metric->max) : mood_level(mean);
}

Calendar build_calendar(std::chrono::year year, const Series& moods,
                        std::span<const FocusPeriod> periods, Date today) {
  using namespace std::chrono;
  Calendar cal;
  cal.year = year;
  cal.summary = moods.summary();
  const auto days = year_period(year);
  // The last day each period marks: an open one runs to today, not into the future.
  std::vector<Date> ends;
  for (const auto& p : periods) {
    const Date end = p.to ? *p.to : today;
    if (p.from <= end && p.from <= days.to && end >= days.from) {
      cal.focus.push_back(p);
      ends.push_back(end);
    }
  }
  for (unsigned m = 1; m <= 12; ++m) {
    auto& row = cal.months[m - 1];
    row.month = month{m};
    row.lead = static_cast<int>(weekday{sys_days{year / row.month / 1}}.iso_encoding()) - 1;
    const unsigned last = static_cast<unsigned>((year / row.month / std::chrono::last).day());
    row.days.reserve(last);
    for (unsigned d = 1; d <= last; ++d) {
      CalendarDay cell;
      cell.day = year / row.month / day{d};
      if (const auto* s = moods.day(cell.day))
        cell.mood = *s;
      for (std::size_t i = 0; i < cal.focus.size(); ++i) {
        if (cell.day >= cal.focus[i].from && cell.day <= ends[i])
          cell.focus = i;
      }
      row.days.push_back(cell);
    }
  }
  return cal;
}

}  // namespace ipt::domain
