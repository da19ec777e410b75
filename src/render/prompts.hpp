#pragma once
// Writers for a week's reflection prompts, and for problems found in prompt files.
#include <optional>
#include <string>
#include <vector>

#include "domain/agenda.hpp"
#include "domain/course.hpp"
#include "domain/prompt.hpp"
#include "domain/week.hpp"
#include "render/view.hpp"

namespace ipt::render {

struct SheetPrompt {
  domain::ChosenPrompt prompt;
  bool asked = false;                 ///< ipt reflect asked it that week
  std::optional<std::string> answer;  ///< what was answered
};

struct PromptSheet {
  domain::WeekSpan week;
  domain::Phase phase = domain::Phase::none;
  bool previous = false;  ///< last week, by the rule for the first days of a week
  bool kept = false;      ///< the prompts asked that week, as they were
  std::vector<domain::Condition> conditions;  ///< every condition that held, most pressing first
  std::vector<SheetPrompt> prompts;
  bool gentle = false;                     ///< a hard stretch: the gentle set (domain/safety.hpp)
  std::vector<domain::AgendaItem> agenda;  ///< open items, to bring to the next session
};

/// Why a week's prompts are few and gentle, or why exercises are set aside; empty otherwise.
std::string safety_line(const PromptSheet& s);

/// `ipt prompts`: a heading for the week and what it held, then the numbered prompts, each with
/// why it was chosen (and, for a week answered, the answer); markdown; json {"week": {"start",
/// "end", "course_week", "previous"}, "phase", "kept", "gentle", "conditions", "prompts": [{"id",
/// "text", "technique", "task", "followup", "reasons", "asked", "answered", "answer"}], "agenda":
/// [item objects, as ipt agenda prints]}; csv (a row a prompt).
const View<PromptSheet>& prompts_view();

/// The heading line: "Week of 2026-11-23 to 2026-11-29 (course week 9, middle phase)".
/// "Week of 2026-11-23 to 2026-11-29 (course week 4, middle phase)"; "Last week, ..." when the
/// week is last week by the rule for a week's first days.
std::string week_heading(const domain::WeekSpan& week, domain::Phase phase, bool previous);
/// "The week held: a day at mood 3 or lower, a conflict"; empty when nothing held.
std::string held_line(const std::vector<domain::Condition>& conditions);

/// A problem in a prompt file.
struct FileProblem {
  std::string file;
  int line = 0;
  std::string message;
};
/// `ipt prompts check`: "file:line: message" lines; json (an array of {"file", "line",
/// "message"}).
const View<std::vector<FileProblem>>& problems_view();

}  // namespace ipt::render
