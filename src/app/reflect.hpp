#pragma once
// Use cases of weekly reflection: the week's prompts, asking them, and saving answers.
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "app/journal.hpp"
#include "domain/agenda.hpp"
#include "domain/prompt.hpp"
#include "domain/safety.hpp"
#include "domain/week.hpp"

namespace ipt::app {

/// One of a week's prompts, and what became of it.
struct WeekPrompt {
  domain::ChosenPrompt prompt;
  bool asked = false;                 ///< `ipt reflect` asked it (answered or skipped)
  std::optional<std::string> answer;  ///< the answer given, if any
};

struct WeekPrompts {
  domain::WeekSpan week;
  /// The week before today's, because today is early in a week and last week has no answers.
  bool previous = false;
  /// The prompts are the ones asked that week, kept as they were; otherwise computed.
  bool kept = false;
  domain::Phase phase = domain::Phase::none;
  bool has_course = false;
  bool has_focus = false;
  std::optional<std::int64_t> focus_id;
  std::vector<domain::Condition> conditions;  ///< every condition that held, most pressing first
  std::vector<WeekPrompt> prompts;
  domain::PromptContext context;  ///< the week's facts, for filling a prompt asked by id
  /// Open areas when none is in focus: {id, title}, for "focus the next one".
  std::vector<std::pair<std::int64_t, std::string>> open_areas;
  /// The journal holds a safety plan (one is offered during the termination phase).
  bool has_safety_plan = false;
  /// The open agenda items, to bring to the next session.
  std::vector<domain::AgendaItem> agenda;
};

/// The prompt id an answer is stored under: a follow-up's answer is "ID#followup", so it is not
/// itself followed up the week after.
std::string answer_id(const domain::ChosenPrompt& p);

/// The prompts of the week containing `day`, or (no day) of the week to reflect on today. A
/// week `ipt reflect` has asked is shown as it was asked, with its answers; any other week is
/// computed with the phase, focus and stage it had, and with the safety rules of `safety` (a
/// hard stretch brings the gentle set). Reads only: the journal never changes.
WeekPrompts week_prompts(Journal& j, std::span<const domain::Prompt> library,
                         std::optional<domain::Date> day, int n,
                         const domain::SafetySettings& safety = {});

struct Answer {
  std::string prompt_id;
  std::string prompt_text;  ///< as shown
  std::string text;         ///< empty: skipped
};

/// Records what `ipt reflect` asked for `week`, answered or skipped, and saves the answers as
/// reflection entries, in one transaction; returns the new entries' ids.
std::vector<std::int64_t> save_answers(Journal& j, const WeekPrompts& week,
                                       const std::vector<Answer>& answers);

}  // namespace ipt::app
