#pragma once
// Writers for a week's reflection prompts.
#include <ostream>
#include <vector>

#include "domain/course.hpp"
#include "domain/prompt.hpp"
#include "domain/week.hpp"
#include "render/style.hpp"

namespace ipt::render {

struct PromptSheet {
  domain::WeekSpan week;
  domain::Phase phase = domain::Phase::none;
  std::vector<domain::ChosenPrompt> prompts;
};

/// A heading for the week, then the numbered prompts, each with why it was chosen (dim).
void prompts_text(std::ostream& out, const PromptSheet& s, const Style& st);
void prompts_markdown(std::ostream& out, const PromptSheet& s);
/// {"week": {"start", "end", "course_week"}, "phase", "prompts": [{"id", "text", "technique",
/// "followup", "reasons"}]}
void prompts_json(std::ostream& out, const PromptSheet& s);
/// The heading line: "Week of 2026-11-23 (course week 9, middle phase)".
std::string week_heading(const domain::WeekSpan& week, domain::Phase phase);

}  // namespace ipt::render
