#include <algorithm>
#include <sstream>

#include "domain/text.hpp"
#include "render/agenda.hpp"
#include "render/csv.hpp"
#include "render/json_objects.hpp"
#include "render/prompts.hpp"

namespace ipt::render {

namespace {

std::string reasons_of(const domain::ChosenPrompt& p) {
  std::string out;
  for (const auto& r : p.reasons)
    out += (out.empty() ? "" : ", ") + r;
  return out;
}

}  // namespace

std::string held_line(const std::vector<domain::Condition>& conditions) {
  std::string out;
  for (auto c : conditions) {
    if (!domain::rank(c))
      continue;  // gates say nothing a person needs to read
    out += (out.empty() ? "The week held: " : ", ") + std::string(domain::describe(c));
  }
  return out;
}

std::string week_heading(const domain::WeekSpan& week, domain::Phase phase, bool previous) {
  std::string s = (previous ? "Last week, " : "Week of ") + domain::format_date(week.start) +
                  " to " + domain::format_date(week.end) + " (";
  if (week.course_week)
    s += "course week " + std::to_string(*week.course_week) + ", ";
  return s + std::string(domain::to_string(phase)) + " phase)";
}

namespace {

void answer_text(std::ostream& out, const SheetPrompt& p, const std::string& indent) {
  if (!p.asked)
    return;
  if (!p.answer) {
    out << indent << "(skipped)\n";
    return;
  }
  std::istringstream lines(*p.answer);
  std::string line;
  while (std::getline(lines, line))
    out << indent << line << "\n";
}

}  // namespace

std::string safety_line(const PromptSheet& s) {
  if (s.kept)
    return "";
  if (s.gentle) {
    return "Things look hard at the moment, so this week keeps to a few gentle questions.\n"
           "If things feel like too much, ipt help-now lists people you can reach any time.";
  }
  if (std::find(s.conditions.begin(), s.conditions.end(), domain::Condition::fear) !=
      s.conditions.end()) {
    return "Because of what has happened in this relationship, the exercises about reopening,\n"
           "rehearsing or compromising are set aside: your safety comes first.";
  }
  return "";
}

namespace {

void prompts_text(std::ostream& out, const PromptSheet& s, const Style& st) {
  out << st.bold(week_heading(s.week, s.phase, s.previous)) << "\n";
  if (const auto held = held_line(s.conditions); !held.empty())
    out << st.dim(held) << "\n";
  if (const auto why = safety_line(s); !why.empty())
    out << "\n" << why << "\n";
  int i = 0;
  for (const auto& p : s.prompts) {
    out << "\n" << ++i << ". " << p.prompt.text << "\n";
    out << "   " << st.dim(reasons_of(p.prompt) + "  [" + p.prompt.id + "]") << "\n";
    answer_text(out, p, "   > ");
  }
  if (!s.agenda.empty()) {
    out << "\n" << st.bold("On your agenda for the next session") << "\n";
    for (const auto& a : s.agenda)
      out << "  #" << a.id << "  " << agenda_line(a) << "\n";
  }
}

void prompts_markdown(std::ostream& out, const PromptSheet& s) {
  out << "## Reflection prompts\n\n" << week_heading(s.week, s.phase, s.previous) << "\n\n";
  if (const auto held = held_line(s.conditions); !held.empty())
    out << held << "\n\n";
  if (const auto why = safety_line(s); !why.empty())
    out << why << "\n\n";
  int i = 0;
  for (const auto& p : s.prompts) {
    out << ++i << ". " << p.prompt.text << "  \n   _" << reasons_of(p.prompt) << "_\n";
    answer_text(out, p, "   > ");
  }
  if (!s.agenda.empty()) {
    out << "\n### On your agenda for the next session\n\n";
    for (const auto& a : s.agenda)
      out << "- " << agenda_line(a) << "\n";
  }
}

void prompts_json(std::ostream& out, const PromptSheet& s) {
  Json j;
  Json week;
  week["start"] = domain::format_date(s.week.start);
  week["end"] = domain::format_date(s.week.end);
  week["course_week"] = or_null(s.week.course_week);
  week["previous"] = s.previous;
  j["week"] = std::move(week);
  j["phase"] = domain::to_string(s.phase);
  j["kept"] = s.kept;
  j["gentle"] = s.gentle;
  Json held = Json::array();
  for (auto c : s.conditions)
    held.push_back(domain::to_string(c));
  j["conditions"] = std::move(held);
  Json arr = Json::array();
  for (const auto& p : s.prompts) {
    Json o;
    o["id"] = p.prompt.id;
    o["text"] = p.prompt.text;
    o["technique"] = p.prompt.technique;
    o["task"] = p.prompt.task;
    o["followup"] = p.prompt.followup;
    o["reasons"] = p.prompt.reasons;
    o["asked"] = p.asked;
    o["answered"] = p.answer.has_value();
    o["answer"] = or_null(p.answer);
    arr.push_back(std::move(o));
  }
  j["prompts"] = std::move(arr);
  Json agenda = Json::array();
  for (const auto& a : s.agenda)
    agenda.push_back(agenda_object(a));
  j["agenda"] = std::move(agenda);
  out << j.dump(2) << '\n';
}

void prompts_csv(std::ostream& out, const PromptSheet& s) {
  csv_row(out,
          {"week", "id", "text", "technique", "task", "followup", "reasons", "asked", "answered"});
  for (const auto& p : s.prompts) {
    const std::string reasons = csv_list(p.prompt.reasons);
    csv_row(out, {domain::format_date(s.week.start), p.prompt.id, p.prompt.text, p.prompt.technique,
                  p.prompt.task, p.prompt.followup ? "true" : "false", reasons,
                  p.asked ? "true" : "false", p.answer ? "true" : "false"});
  }
}

void problems_text(std::ostream& out, const std::vector<FileProblem>& problems, const Style&) {
  // A file name comes from the command line: shown with its control characters escaped.
  for (const auto& p : problems)
    out << domain::escape_controls(p.file) << ':' << p.line << ": "
        << domain::escape_controls(p.message) << '\n';
}

void problems_json(std::ostream& out, const std::vector<FileProblem>& problems) {
  Json arr = Json::array();
  for (const auto& p : problems) {
    Json o;
    o["file"] = p.file;
    o["line"] = p.line;
    o["message"] = p.message;
    arr.push_back(std::move(o));
  }
  // A file name need not be UTF-8: its bad bytes become U+FFFD rather than an error.
  out << arr.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace

const View<PromptSheet>& prompts_view() {
  static const View<PromptSheet> v{prompts_text, prompts_json, prompts_csv, prompts_markdown,
                                   nullptr};
  return v;
}

const View<std::vector<FileProblem>>& problems_view() {
  static const View<std::vector<FileProblem>> v{problems_text, problems_json, nullptr, nullptr,
                                                nullptr};
  return v;
}

}  // namespace ipt::render
