#include "domain/safety_plan.hpp"

#include <array>

#include "domain/names.hpp"

namespace ipt::domain {

namespace {

constexpr std::array<std::string_view, 7> kSteps{
    "warning-signs",     "coping", "distraction", "help", "professionals",
    "safe-surroundings", "reasons"};
constexpr std::array<std::string_view, 7> kTitles{"Warning signs",
                                                  "Things I can do on my own",
                                                  "People and places that take my mind off things",
                                                  "People I can ask for help",
                                                  "Professionals and services",
                                                  "Making my surroundings safer",
                                                  "Reasons for living"};
// Our own words, after the steps of Stanley & Brown (2012).
constexpr std::array<std::string_view, 7> kQuestions{
    "What thoughts, feelings or situations tell you a crisis may be building?",
    "What can you do on your own to get through a hard moment, even a little?",
    "Which people or places help take your mind off things?",
    "Who could you ask for help? Names and numbers, if you like.",
    "Which professionals or services could you contact? Your therapist, a doctor, a crisis line "
    "- with their numbers.",
    "What could make your surroundings safer while things are hard?",
    "What matters to you, and makes life worth living, even on bad days?"};

}  // namespace

std::string_view to_string(PlanStep s) {
  return kSteps[static_cast<std::size_t>(s)];
}
std::optional<PlanStep> plan_step_from(std::string_view s) {
  return enum_from<PlanStep>(kSteps, s);
}
std::span<const std::string_view> plan_step_names() {
  return kSteps;
}
std::string_view plan_step_title(PlanStep s) {
  return kTitles[static_cast<std::size_t>(s)];
}
std::string_view plan_step_question(PlanStep s) {
  return kQuestions[static_cast<std::size_t>(s)];
}

const PlanAnswer* SafetyPlan::find(PlanStep s) const {
  for (const auto& a : steps) {
    if (a.step == s)
      return &a;
  }
  return nullptr;
}

}  // namespace ipt::domain
