#include "app/remind.hpp"

#include <chrono>

#include "app/safety.hpp"
#include "storage/journal.hpp"

namespace ipt::app {

namespace {

/// The week `ipt prompts` reflects on today (app/reflect.cpp), but never a week before
/// anything was logged, as `ipt report` has it: someone who began on Tuesday is not invited to
/// look back on the week before.
domain::ReflectedWeek week_to_look_back_on(storage::Repos& r, domain::Date today) {
  const auto course_now = r.courses().covering(today, today);
  const auto current = domain::week_containing(today, course_now);
  const auto before = domain::week_containing(domain::add_days(current.start, -1),
                                              r.courses().covering(current.start, current.start));
  auto chosen = domain::week_to_reflect(today, course_now, r.prompts().answered(before.start));
  if (chosen.previous) {
    const auto first = r.entries().first_day();
    if (!first || *first > before.end)
      chosen = {current, false};
  }
  return chosen;
}

}  // namespace

int default_weekly_day(int week_start) {
  return (week_start + 5) % 7 + 1;
}

domain::Date reflection_due_from(const domain::WeekSpan& week, int weekly_day) {
  const unsigned first = std::chrono::weekday{std::chrono::sys_days{week.start}}.iso_encoding();
  const int ahead = (weekly_day - static_cast<int>(first) + 7) % 7;
  return domain::add_days(week.start, ahead);
}

Due whats_due(Journal& j, domain::Date today, const RemindRules& rules) {
  return j.store().read([&](storage::Repos& r) {
    Due due;
    due.checkin = r.entries().moods(today, today).empty();
    if (!rules.weekly)
      return due;
    const auto week = week_to_look_back_on(r, today);
    if (today >= reflection_due_from(week.week, rules.weekly_day) &&
        !r.prompts().answered(week.week.start))
      due.reflection = week;
    // The rule `ipt check` shows, over the questionnaires alone (a partial index holds them).
    domain::EntryFilter measures;
    measures.type = domain::EntryType::measure;
    for (const auto& d : measures_due(r.entries().list(measures), r.courses().open(), today,
                                      rules.check_every_weeks)) {
      if (d.due <= today)
        due.measures.push_back(d.scale);
    }
    return due;
  });
}

}  // namespace ipt::app
