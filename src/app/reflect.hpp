#pragma once
// Use cases of weekly reflection: the week's prompts, and saving answers.
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "app/journal.hpp"
#include "domain/prompt.hpp"
#include "domain/week.hpp"

namespace ipt::app {

struct WeekPrompts {
  domain::WeekSpan week;
  domain::Phase phase = domain::Phase::none;
  bool has_course = false;
  bool has_focus = false;
  std::optional<std::int64_t> focus_id;
  std::vector<domain::ChosenPrompt> prompts;
  std::map<std::string, std::string> values;  ///< the week's fillable placeholders
};

/// The prompt id an answer is stored under: a follow-up's answer is "ID#followup", so it is not
/// itself followed up the week after.
std::string answer_id(const domain::ChosenPrompt& p);

/// The prompts for the week containing `day`. When `remember` is set, they are recorded as shown
/// (so they are not repeated in the next 4 weeks); choosing again in the same week gives the
/// same prompts either way.
WeekPrompts week_prompts(Journal& j, std::span<const domain::Prompt> library, domain::Date day,
                         int n, bool remember);

struct Answer {
  std::string prompt_id;
  std::string prompt_text;  ///< as shown
  std::string text;
};

/// Saves answers for `week` as reflection entries, in one transaction; returns their ids.
std::vector<std::int64_t> save_answers(Journal& j, const WeekPrompts& week,
                                       const std::vector<Answer>& answers);

}  // namespace ipt::app
