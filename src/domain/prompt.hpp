#pragma once
// Reflection prompts: the library's records, the facts of a week, and how a week's prompts are
// chosen (prompts/README.md documents the vocabulary for the people who write prompts). The
// choice answers need first: the most pressing condition of the week, the focus area at its
// stage, the tasks each phase must cover; it is a pure function of the week's facts and what
// was asked before, so the same journal always gives the same prompts.
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
#include "domain/entry.hpp"

namespace ipt::domain {

/// What a week held. Triggers are ranked by need (rank()); gates only make prompts eligible.
enum class Condition {
  fear,
  low_day,
  mood_down,
  loss,
  conflict,
  change,
  stage_changed,
  area_resolved,
  first_week,
  last_weeks,
  final_week,
  no_focus,
  avoidance,
  focus_contact,
  isolated,
  no_events,
  support,
  mood_up,
  new_person,
  few_checkins,
  improved,
  not_improved,
};
std::string_view to_string(Condition c);
std::optional<Condition> condition_from(std::string_view s);
std::span<const std::string_view> condition_names();
/// 1 is the most pressing; gates (improved, not_improved) have none.
std::optional<int> rank(Condition c);
/// The rank of a conflict: a second condition prompt is given for conditions this pressing.
inline constexpr int kConflictRank = 3;
/// A few words for people: "a day at mood 3 or lower".
std::string_view describe(Condition c);

/// The techniques a prompt can serve (IPT's techniques, plus review and planning).
std::span<const std::string_view> technique_names();
/// The IPT tasks a prompt can serve (prompts/README.md, "Tasks").
std::span<const std::string_view> task_names();
/// The tasks a phase must cover over a course (initial and termination; empty for others).
std::span<const std::string_view> must_cover_tasks(Phase p);
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
  std::set<Condition> unless;     ///< none may hold
  std::string technique;
  std::string task;
  bool demanding = false;  ///< set aside in a week with a safety signal
  bool gentle = false;     ///< the gentle set, for such a week
  std::string followup;
  bool enabled = true;
  std::string file;  ///< where it was defined, for messages
  int line = 0;

  /// True for a prompt about the focus area (it names areas).
  bool for_area() const { return !areas.empty(); }
  /// The most pressing trigger among `when`, if any: what the prompt answers.
  std::optional<Condition> trigger() const;
};

/// The roles a week's events give people and texts: "the hardest conflict", "the loss".
enum class Role { any, conflict, support, loss, change, avoidance };

/// What the chooser knows about the week being reflected on.
struct PromptContext {
  Phase phase = Phase::none;
  std::optional<AreaKind> area;  ///< the focus area's kind
  std::optional<DisputeStage> stage;
  std::set<Condition> conditions;             ///< the conditions that hold
  std::map<std::string, std::string> values;  ///< fillable placeholders -> text
  /// The event text and person for each role ({event}, {person} in a prompt of that role).
  std::map<Role, std::string> event_of;
  std::map<Role, std::string> person_of;
  std::optional<std::string> area_person;  ///< {person} in an area prompt
  std::string week_key;                    ///< the week's first day; seeds the order
  /// In the phase's last week (the termination tasks still missing are all asked).
  bool last_week_of_phase = false;
  /// A safety signal holds (domain/safety.hpp): only the gentle set, demanding prompts set aside.
  bool gentle = false;
};

/// An answer of last week, for its follow-up.
struct PastAnswer {
  std::string prompt_id;  ///< "ID" or "ID#followup"
  std::string text;
};

/// What was asked before.
struct PromptHistory {
  std::set<std::string> recent;         ///< asked (answered or skipped) in the previous 4 weeks
  std::vector<PastAnswer> last_week;    ///< answers of the week before, in the order given
  std::set<std::string> covered_tasks;  ///< tasks asked in this course before this week
};

struct ChosenPrompt {
  std::string id;
  std::string text;  ///< placeholders filled
  std::string technique;
  std::string task;
  bool followup = false;             ///< a follow-up of last week's answer
  std::vector<std::string> reasons;  ///< "phase middle", "area dispute", "condition low_day" ...
};

/// `text` with every placeholder filled from `values`; nullopt when one cannot be filled.
std::optional<std::string> fill_placeholders(std::string_view text,
                                             const std::map<std::string, std::string>& values);

/// The placeholder values a prompt sees: the week's, with {person} and {event} for its role.
std::map<std::string, std::string> values_for(const Prompt& p, const PromptContext& ctx);

/// True when `p` may be asked in this context (enabled, phase, area, stage, conditions, the
/// gentle set, fear, placeholders).
bool eligible(const Prompt& p, const PromptContext& ctx);

/// The week's prompts (see prompts/README.md, "How a week's prompts are chosen").
std::vector<ChosenPrompt> choose_prompts(std::span<const Prompt> library, const PromptContext& ctx,
                                         const PromptHistory& history, int n);

/// The tasks of area prompts set aside while the person feels afraid in the dispute
/// (Condition::fear): compromise, rehearsal, reopening and replaying the disagreement, and what
/// each side expects or would change, which assume a relationship safe to negotiate.
std::span<const std::string_view> tasks_set_aside_by_fear();

/// The conditions that hold, most pressing first (gates last).
std::vector<Condition> ranked(const std::set<Condition>& conditions);

}  // namespace ipt::domain
