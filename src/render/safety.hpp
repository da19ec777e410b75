#pragma once
// Questionnaire history (`ipt check`) and the safety plan (`ipt plan`, `ipt help-now`).
#include <vector>

#include "domain/entry.hpp"
#include "domain/measure.hpp"
#include "domain/safety_plan.hpp"
#include "render/view.hpp"

namespace ipt::render {

/// `ipt check`: each scale's results oldest first, with the change from the one before, and
/// when each is next due.
struct MeasureHistory {
  std::vector<domain::Entry> measures;  ///< measure entries, oldest first
  std::vector<domain::MeasureDue> due;
  domain::Date today;
};
/// text: a block per scale; json {"measures": [...], "due": [...]}; csv one row per result.
const View<MeasureHistory>& measure_history_view();

/// `ipt plan`: every step with its heading, "not written yet" where empty (text); markdown;
/// json {"steps": [{"step", "title", "text", "day"}]}.
const View<domain::SafetyPlan>& safety_plan_view();
/// The written steps only, indented, for `ipt help-now`.
void safety_plan_brief(std::ostream& out, const domain::SafetyPlan& plan);

}  // namespace ipt::render
