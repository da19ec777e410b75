#pragma once
// The course of therapy and its phases (man ipt, ipt course). IPT is time-limited: the
// length is agreed at the start, and the phase follows from the week, unless the person pins it
// (a therapist moves on when the person is ready, not by the calendar).
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "domain/area.hpp"
#include "domain/civil.hpp"

namespace ipt::domain {

enum class Phase { none, initial, middle, termination, maintenance };

std::string_view to_string(Phase p);
std::optional<Phase> phase_from(std::string_view s);
std::span<const std::string_view> phase_names();

inline constexpr int kDefaultWeeks = 16;
inline constexpr int kMinWeeks = 4;
inline constexpr int kMaxWeeks = 52;
inline constexpr int kDefaultInitialWeeks = 3;
inline constexpr int kDefaultTerminationWeeks = 3;

struct Course {
  std::int64_t id = 0;
  std::string uuid;
  Date start;  ///< the first day of week 1
  int weeks = kDefaultWeeks;
  int initial_weeks = kDefaultInitialWeeks;
  int termination_weeks = kDefaultTerminationWeeks;
  std::optional<Date> end;  ///< the day it was ended; none while open
  std::string note;
};

/// The initial and termination weeks a new course of `weeks` gets unless told otherwise: 2 and
/// 2 up to 10 weeks, 3 and 3 from 11 (8 -> 2/4/2, 12 -> 3/6/3, 16 -> 3/10/3), 1 and 1 for 4,
/// so the middle phase, where the work is done, keeps most of the weeks.
struct PhaseWeeks {
  int initial;
  int termination;
};
PhaseWeeks default_phase_weeks(int weeks);

/// Throws UsageError unless 4 <= weeks <= 52, initial and termination are at least 1, and they
/// leave at least one middle week (initial + termination < weeks).
void check_course_shape(int weeks, int initial_weeks, int termination_weeks);

/// The 1-based course week containing `day`: 7-day periods from the course's first day. Days
/// before the start give 0.
int course_week(const Course& c, Date day);

/// The phase of week `week` of a course that has not ended: initial for weeks 1..initial,
/// termination for the last `termination_weeks` weeks, middle between, maintenance after the
/// planned length.
Phase phase_of_week(const Course& c, int week);

/// The phase on `today`: the pin when there is one; none with no course; maintenance once the
/// latest course has ended or passed its planned length; otherwise the phase of its week.
/// `latest` is the most recently started course, if any.
Phase current_phase(const std::optional<Course>& latest, Date today, std::optional<Phase> pin);

/// The first day of each phase of a course: initial, middle, termination, maintenance.
struct PhaseDates {
  Date initial;
  Date middle;
  Date termination;
  Date maintenance;
};
PhaseDates phase_dates(const Course& c);

/// Week k of N, weeks left (0 in the last week and after), and the phase, for `ipt course`.
struct CourseStatus {
  int week = 0;
  int weeks = 0;
  int weeks_left = 0;
  Phase phase = Phase::none;
  bool pinned = false;
  bool ended = false;
};
CourseStatus course_status(const Course& c, Date today, std::optional<Phase> pin);

/// Everything `ipt course` and `ipt phase` show.
struct CourseOverview {
  Date today;
  std::optional<Course> course;  ///< the open course, else the latest one
  std::optional<CourseStatus> status;
  std::optional<PhaseDates> dates;
  std::optional<Phase> pin;
  Phase phase = Phase::none;
  std::optional<Area> focus;
  std::vector<Area> open_areas;  ///< open areas besides the focus, oldest first
  bool initial_over = false;     ///< the initial phase has ended (or is in its last week)
};

}  // namespace ipt::domain
