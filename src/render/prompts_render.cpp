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

std::string week_heading(const domain::WeekSpan& week, domain::Phase phase) {
  std::string s =
      "Week of " + domain::format_date(week.start) + " to " + domain::format_date(week.end) + " (";
  if (week.course_week)
    s += "course week " + std::to_string(*week.course_week) + ", ";
  return s + std::string(domain::to_string(phase)) + " phase)";
}

namespace {

void prompts_text(std::ostream& out, const PromptSheet& s, const Style& st) {
  out << st.bold(week_heading(s.week, s.phase)) << "\n";
  int i = 0;
  for (const auto& p : s.prompts) {
    out << "\n" << ++i << ". " << p.text << "\n";
    out << "   " << st.dim(reasons_of(p) + "  [" + p.id + "]") << "\n";
  }
}

void prompts_markdown(std::ostream& out, const PromptSheet& s) {
  out << "## Reflection prompts\n\n" << week_heading(s.week, s.phase) << "\n\n";
  int i = 0;
  for (const auto& p : s.prompts) {
    out << ++i << ". " << p.text << "  \n   _" << reasons_of(p) << "_\n";
  }
}

void prompts_json(std::ostream& out, const PromptSheet& s) {
  Json j;
  Json week;
  week["start"] = domain::format_date(s.week.start);
  week["end"] = domain::format_date(s.week.end);
  week["course_week"] = or_null(s.week.course_week);
  j["week"] = std::move(week);
  j["phase"] = domain::to_string(s.phase);
  Json arr = Json::array();
  for (const auto& p : s.prompts) {
    Json o;
    o["id"] = p.id;
    o["text"] = p.text;
    o["technique"] = p.technique;
    o["followup"] = p.followup;
    o["reasons"] = p.reasons;
    arr.push_back(std::move(o));
  }
  j["prompts"] = std::move(arr);
  out << j.dump(2) << '\n';
}

void prompts_csv(std::ostream& out, const PromptSheet& s) {
  csv_row(out, {"week", "id", "text", "technique", "followup", "reasons"});
  for (const auto& p : s.prompts) {
    std::string reasons;
    for (const auto& r : p.reasons)
      reasons += (reasons.empty() ? "" : ";") + r;
    csv_row(out, {domain::format_date(s.week.start), p.id, p.text, p.technique,
                  p.followup ? "true" : "false", reasons});
  }
}

void problems_text(std::ostream& out, const std::vector<FileProblem>& problems, const Style&) {
  for (const auto& p : problems)
    out << p.file << ':' << p.line << ": " << p.message << '\n';
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
  out << arr.dump(2) << '\n';
}

}  // namespace

const View<PromptSheet>& prompts_view() {
  static const View<PromptSheet> v{prompts_text, prompts_json, prompts_csv, prompts_markdown};
  return v;
}

const View<std::vector<FileProblem>>& problems_view() {
  static const View<std::vector<FileProblem>> v{problems_text, problems_json, nullptr, nullptr};
  return v;
}

}  // namespace ipt::render
