#pragma once
// For app/demo.cpp (and its test): what the demo journal says. Its story: you started a new
// job three months ago; since then the housework has become a dispute with Sam, your partner,
// that has stalled (the focus), and the new job itself is a transition still open. Plain, kind
// words throughout, and none of self-harm or violence: the demo must never set off the safety
// rules, and it shows what an ordinary middle phase looks like.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/area.hpp"
#include "domain/entry.hpp"
#include "domain/prompt.hpp"

namespace ipt::app::demo {

struct PersonRow {
  std::string_view name;
  domain::Circle circle;
  domain::Contact contact;
  std::string_view role;
  std::string_view satisfying;
  std::string_view unsatisfying;
  std::string_view my_expectations;
  std::string_view their_expectations;
  std::string_view wish;
  int day;  ///< the course day they were added, 0 being its first
};

/// Which problem area an event is attached to.
enum class AreaOf { focus, job, none };

struct EventRow {
  int day;  ///< of the course (first_weeks) or of the week (the other tables)
  int hour;
  domain::EventKind kind;
  int impact;
  std::string_view text;
  std::string_view people;    ///< comma-separated names
  std::string_view feelings;  ///< comma-separated
  AreaOf area = AreaOf::focus;
};

struct AreaRow {
  domain::AreaKind kind;
  std::string_view title;
  std::string_view people;  ///< comma-separated names
  int day;                  ///< the course day it was added
};

/// A reflection's answer, for a prompt of this task (or id).
struct AnswerRow {
  std::string_view key;
  std::string_view text;
};

std::span<const PersonRow> people();
/// The dispute (added first, so it is the focus) and the transition.
std::span<const AreaRow> areas();
/// Weeks 1 to 3 (the initial phase), by course day.
std::span<const EventRow> first_weeks();
/// A week of the middle phase before the last, by day of the week; weeks take them in turn.
std::span<const EventRow> middle_week(int n);
int middle_weeks();
/// The week lived last, by day of the week: the talk that turns the dispute into a
/// renegotiation (on kStageDay) and the week after it.
std::span<const EventRow> last_week();
inline constexpr int kStageDay = 1;
/// Notes of a check-in, by how the day went.
std::span<const std::string_view> low_notes();
std::span<const std::string_view> middle_notes();
std::span<const std::string_view> high_notes();
/// Which weeks an answer is written for: the initial phase's, the week before the last (the
/// dispute at an impasse) and the last (the week it became a renegotiation).
enum class Week { initial, before, last };
/// Answers by the prompt's id ("#followup" for any follow-up), then by its task, then ("*") for
/// any prompt; a key may have several rows, each used once a week. Ends with a "*" row.
std::span<const AnswerRow> answers(Week week);  // app/demo_answers.cpp
/// The answer to `p` in a week: the row for its id, else one for its task, else one for any
/// prompt; each row once a week (`used`), so no two of a week's prompts get the same words.
std::string answer(const domain::ChosenPrompt& p, Week week, std::vector<const AnswerRow*>& used);
/// The one item on the agenda, added in the last week.
std::string_view agenda_item();

}  // namespace ipt::app::demo
