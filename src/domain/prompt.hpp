#pragma once
// Reflection prompts: the library's records, the facts of a week, and how a week's prompts are
// chosen. prompts/README.md documents the vocabulary for the people who write prompts.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/area.hpp"
#include "domain/course.hpp"

namespace ipt::domain {

enum class Condition {
  mood_down,
  mood_up,
  low_day,
  few_checkins,
  conflict,
  support,
  avoidance,
  no_events,
  isolated,
  new_person,
  stage_changed,
  first_week,
  last_weeks,
};
std::string_view to_string(Condition c);
std::optional<Condition> condition_from(std::string_view s);
std::span<const std::string_view> condition_names();

/// The techniques a prompt can serve (ipt-domain.md section 3, plus review and planning).
std::span<const std::string_view> technique_names();
/// The placeholders a prompt's text may use, without braces.
std::span<const std::string_view> placeholder_names();
/// The placeholders used in `text` ("{person}" -> "person"), in order, duplicates kept.
std::vector<std::string> placeholders_in(std::string_view text);

struct Prompt {
  std::string id;
  std::string text;
  std::set<Phase> phases;         ///< empty: any phase
  std::set<AreaKind> areas;       ///< empty with any_area: any area
  bool any_area = false;          ///< "any": whatever the focus, or none
  bool no_area = false;           ///< "none": only when no area is in focus
  std::set<DisputeStage> stages;  ///< empty: any stage
  std::set<Condition> when;       ///< all must hold
  std::string technique;
  std::string followup;
  bool enabled = true;
  std::string file;  ///< where it was defined, for messages
  int line = 0;
};

/// What the chooser knows about the week being reflected on.
struct PromptContext {
  Phase phase = Phase::none;
  std::optional<AreaKind> area;  ///< the focus area's kind
  std::optional<DisputeStage> stage;
  std::set<Condition> conditions;             ///< the conditions that hold
  std::map<std::string, std::string> values;  ///< fillable placeholders -> text
  std::string week_key;                       ///< e.g. the week's first day; seeds the order
};

/// What was asked before.
struct PromptHistory {
  std::set<std::string> recent;                 ///< shown or answered in the previous 4 weeks
  std::vector<std::string> answered_last_week;  ///< prompt ids, in the order answered
};

struct ChosenPrompt {
  std::string id;
  std::string text;  ///< placeholders filled
  std::string technique;
  bool followup = false;             ///< a follow-up of last week's answer
  std::vector<std::string> reasons;  ///< "phase middle", "area dispute", "condition low_day" ...
};

/// `text` with every placeholder filled from `values`; nullopt when one cannot be filled.
std::optional<std::string> fill_placeholders(std::string_view text,
                                             const std::map<std::string, std::string>& values);

/// True when `p` may be asked in this context (enabled, phase, area, stage, conditions,
/// placeholders).
bool eligible(const Prompt& p, const PromptContext& ctx);

/// The week's prompts, deterministic for a given library, context and history:
/// follow-ups of last week's answers first; then a prompt for the focus area (when there is
/// one); then one triggered by a condition (when any holds); then general prompts for the
/// phase. Prompts in `history.recent` are used only when nothing else is eligible.
std::vector<ChosenPrompt> choose_prompts(std::span<const Prompt> library, const PromptContext& ctx,
                                         const PromptHistory& history, int n);

}  // namespace ipt::domain
