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

namespace ipt::domain {

struct WeekSpan {
  Date start;                      ///< first day
  Date end;                        ///< last day (start + 6)
  std::optional<int> course_week;  ///< set when these are the open course's weeks
};

/// The week containing `day`: a course week (7-day periods from its first day) when `open` is a
/// course that has started by then, otherwise Monday to Sunday.
WeekSpan week_containing(Date day, const std::optional<Course>& open);

/// Everything the app layer fetches about a week; build_context() turns it into facts.
struct WeekData {
  WeekSpan week;
  Phase phase = Phase::none;
  std::optional<Course> course;         ///< the open course, if any
  std::optional<Area> focus;            ///< with its stage history
  std::vector<Entry> entries;           ///< check-ins and events in the week
  std::vector<Entry> previous;          ///< check-ins and events in the 7 days before
  std::set<std::string> inner_circle;   ///< case-folded names
  std::vector<std::string> new_people;  ///< first named ever during the week
  std::optional<Date> first_entry_day;  ///< of the whole journal
};

/// The conditions that hold and the placeholders that can be filled (prompts/README.md).
PromptContext build_context(const WeekData& week);

/// "Monday" ... "Sunday".
std::string_view weekday_name(Date d);

}  // namespace ipt::domain
