#pragma once
// What `ipt remind` looks at: whether today has a check-in, whether the week the prompts reflect
// on has an answer yet, and which questionnaires are due. It runs from cron every evening, so it
// reads only, in one read transaction of a few indexed queries, and never scans the journal.
#include <optional>
#include <vector>

#include "app/journal.hpp"
#include "domain/measure.hpp"
#include "domain/week.hpp"

namespace ipt::app {

/// What to look at.
struct RemindRules {
  /// Also the week's reflection and the questionnaires (`ipt remind --weekly`).
  bool weekly = false;
  /// ISO weekday, 1 Monday .. 7 Sunday: a week's reflection is due from this day of it on.
  int weekly_day = 7;
  /// PHQ-9 and GAD-7 come due this often ([safety] check_every_weeks).
  int check_every_weeks = 4;
};

/// What is due today.
struct Due {
  bool checkin = false;  ///< today has no check-in yet
  /// The week to reflect on, as `ipt prompts` chooses it, when it has no answer yet and the
  /// rules' weekday has come in it.
  std::optional<domain::ReflectedWeek> reflection;
  std::vector<domain::Scale> measures;  ///< due today or earlier, PHQ-9 first

  bool any() const { return checkin || reflection || !measures.empty(); }
};

/// What is due on `today`. Reads only: the journal never changes.
Due whats_due(Journal& j, domain::Date today, const RemindRules& rules);

/// The weekday the reflection is due from when [remind] weekly_day is not set: the last day of
/// a calendar week that begins on `week_start` (Sunday for weeks from Monday).
int default_weekly_day(int week_start);

/// The day of `week` from which its reflection is due: its first day whose ISO weekday is
/// `weekly_day` (a week is seven days, so every weekday falls in it once).
domain::Date reflection_due_from(const domain::WeekSpan& week, int weekly_day);

}  // namespace ipt::app
