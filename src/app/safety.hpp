#pragma once
// Use cases of safety and measures: questionnaires, the figures the safety signals read, and
// the safety plan. They never print; the command line says what the signals mean.
#include <optional>
#include <vector>

#include "app/entries.hpp"
#include "app/journal.hpp"
#include "domain/course.hpp"
#include "domain/measure.hpp"
#include "domain/safety.hpp"
#include "domain/safety_plan.hpp"

namespace ipt::app {

struct MeasureRecorded {
  LogResult logged;
  domain::Entry entry;
  std::optional<domain::Entry> previous;  ///< the one before of the same scale
};

/// Records a questionnaire and finds the one before it, of the same scale.
MeasureRecorded record_measure(Journal& j, const domain::Measure& m,
                               const std::optional<domain::When>& when);

/// Every questionnaire, oldest first.
std::vector<domain::Entry> measure_history(Journal& j);

/// When a scale is next due: at the open course's start, then every `every_weeks` weeks after
/// the last one; without a course, every `every_weeks` weeks (now, if never taken).
using domain::MeasureDue;
std::vector<MeasureDue> measures_due(const std::vector<domain::Entry>& history,
                                     const std::optional<domain::Course>& course,
                                     domain::Date today, int every_weeks);
/// The open course, if any (for measures_due).
std::optional<domain::Course> open_course(Journal& j);

/// What the signals read on `today`: day means of the last 4 weeks' check-ins, the PHQ-9s of
/// the signal window and at least the last two (it runs after every command: its cost must not
/// grow with the journal's age).
domain::SafetyFigures safety_figures(Journal& j, domain::Date today);
domain::SafetyPlan safety_plan(Journal& j);
std::vector<domain::PlanAnswer> safety_plan_history(Journal& j);
/// Saves steps as written now, in one write; an empty text clears its step (the history keeps
/// what it said).
void save_plan_steps(Journal& j,
                     const std::vector<std::pair<domain::PlanStep, std::string>>& steps);

}  // namespace ipt::app
