#pragma once
// Writers for a week's reflection prompts, and for problems found in prompt files.
#include <string>
#include <vector>

#include "domain/course.hpp"
#include "domain/prompt.hpp"
#include "domain/week.hpp"
#include "render/view.hpp"

namespace ipt::render {

struct PromptSheet {
  domain::WeekSpan week;
  domain::Phase phase = domain::Phase::none;
  std::vector<domain::ChosenPrompt> prompts;
};

/// `ipt prompts`: a heading for the week, then the numbered prompts, each with why it was
/// chosen; markdown; json {"week": {"start", "end", "course_week"}, "phase", "prompts": [{"id",
/// "text", "technique", "followup", "reasons"}]}; csv (one row per prompt).
const View<PromptSheet>& prompts_view();

/// The heading line: "Week of 2026-11-23 to 2026-11-29 (course week 9, middle phase)".
std::string week_heading(const domain::WeekSpan& week, domain::Phase phase);

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
