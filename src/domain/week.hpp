#pragma once
// The week a person reflects on, and the facts about it that choose and fill prompts.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/area.hpp"
#include "domain/course.hpp"
#include "domain/entry.hpp"
#include "domain/prompt.hpp"
#include "domain/safety.hpp"
#include "domain/stats.hpp"

namespace ipt::domain {

struct WeekSpan {
  Date start;                      ///< first day
  Date end;                        ///< last day (start + 6)
  std::optional<int> course_week;  ///< set when these are a course's weeks
};

/// The week containing `day`: a course week (7-day periods from its first day) when `course`
/// covers that day (it has started and not ended before it), otherwise a calendar week from the
/// configured first weekday (Monday unless set_week_start was called).
WeekSpan week_containing(Date day, const std::optional<Course>& course);

/// The first day of calendar weeks, as an ISO weekday (1 = Monday .. 7 = Sunday): week_start in
/// the configuration. Like the time zone, it holds for the whole process: set it at start-up.
void set_week_start(int iso_weekday);

/// The week to reflect on, on `today`: the week containing today, except in its first three
/// days when the week before has no answers (the morning of a session, when the new week is
/// nearly empty and the week just lived is the one to look back on).
struct ReflectedWeek {
  WeekSpan week;
  bool previous = false;  ///< the week before today's, by the rule above
};
ReflectedWeek week_to_reflect(Date today, const std::optional<Course>& course,
                              bool previous_week_answered);

/// Someone added to ipt during the week.
struct NewPerson {
  std::string name;
  Instant added = 0;
};

/// Everything the app layer fetches about a week; build_context() turns it into facts.
struct WeekData {
  WeekSpan week;
  std::optional<Date> today;            ///< set when the week is still under way
  Phase phase = Phase::none;            ///< as it was in the week
  std::optional<Course> course;         ///< the course the week belongs to
  std::optional<Area> focus;            ///< as it was in the week, with its stage then
  std::vector<Area> areas;              ///< every area, for resolutions and the open ones
  std::vector<Entry> entries;           ///< check-ins and events in the week
  std::vector<Entry> previous;          ///< check-ins and events in the 7 days before
  std::set<std::string> inner_circle;   ///< case-folded names
  std::vector<NewPerson> new_people;    ///< added to ipt during the week
  std::optional<Date> first_entry_day;  ///< of the whole journal
  std::vector<Sample> baseline;         ///< moods of the course's first two weeks
  // Safety (domain/safety.hpp), as of the week's last day or today.
  SafetySettings safety;
  SafetyFigures figures;         ///< the signals' figures on that day
  bool afraid = false;           ///< fear in the focus dispute (an answer, or words)
  std::vector<int> course_phq9;  ///< PHQ-9 totals in the course up to then, in order
};

/// The conditions that hold and the placeholders that can be filled (prompts/README.md).
PromptContext build_context(const WeekData& week);

/// "Monday" ... "Sunday".
std::string_view weekday_name(Date d);

/// "1 point lower than last week", "1.5 points higher than last week".
std::string mood_change_phrase(double delta);

}  // namespace ipt::domain
