#pragma once
// The safety plan: the six steps of the Stanley-Brown Safety Planning Intervention, plus
// reasons for living (the IPT domain notes, section 6). Each step is the person's own words.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/civil.hpp"
#include "domain/local_time.hpp"

namespace ipt::domain {

enum class PlanStep {
  warning_signs,
  coping,
  distraction,
  help,
  professionals,
  safe_surroundings,
  reasons
};

std::string_view to_string(PlanStep s);  ///< "warning-signs"
std::optional<PlanStep> plan_step_from(std::string_view s);
std::span<const std::string_view> plan_step_names();
/// "Warning signs": the step's heading.
std::string_view plan_step_title(PlanStep s);
/// The question the walk asks for the step.
std::string_view plan_step_question(PlanStep s);

/// One step as written, and when.
struct PlanAnswer {
  PlanStep step = PlanStep::warning_signs;
  std::string text;
  Date day;
  Instant at = 0;
};

/// The plan: the newest answer of each step, in step order (steps never written are absent).
struct SafetyPlan {
  std::vector<PlanAnswer> steps;
  bool empty() const { return steps.empty(); }
  const PlanAnswer* find(PlanStep s) const;
};

}  // namespace ipt::domain
