#include "render/report_parts.hpp"

#include <map>
#include <sstream>

#include "domain/agenda.hpp"
#include "domain/measure.hpp"

namespace ipt::render {

using domain::format_date;

namespace {

std::string month_day(domain::Date d) {
  return format_date(d).substr(5);
}

std::string names(const std::vector<std::string>& ns) {
  std::string s;
  for (std::size_t i = 0; i < ns.size(); ++i)
    s += (i == 0 ? "" : ", ") + ns[i];
  return s;
}

std::string days_word(int n) {
  return std::to_string(n) + (n == 1 ? " day" : " days");
}

std::string scale_name(domain::Scale s) {
  return s == domain::Scale::phq9 ? "PHQ-9" : "GAD-7";
}

}  // namespace

std::string chart_span(const std::vector<domain::ChartDay>& chart) {
  if (chart.empty())
    return "";
  const auto& a = chart.front().day;
  const auto& b = chart.back().day;
  return std::string(domain::weekday_short(a)) + " " + month_day(a) + " .. " +
         std::string(domain::weekday_short(b)) + " " + month_day(b);
}

std::vector<std::string> people_lines(const domain::PeopleSection& p) {
  std::vector<std::string> out;
  std::map<int, std::vector<std::string>> by_circle;
  for (const auto& c : p.contacts) {
    const int rank = c.circle ? static_cast<int>(*c.circle) : 3;
    by_circle[rank].push_back(c.name + " (" + days_word(c.days) + ")");
  }
  static constexpr const char* kLabels[] = {"inner circle", "middle circle", "outer circle",
                                            "not placed in a circle"};
  if (by_circle.empty())
    out.emplace_back("No contact with anyone was logged in this period.");
  for (const auto& [rank, list] : by_circle)
    out.push_back(std::string(kLabels[rank]) + ": " + names(list));
  if (!p.inner_without.empty())
    out.push_back("inner circle, no contact logged: " + names(p.inner_without));
  if (!p.new_people.empty())
    out.push_back("new in your people: " + names(p.new_people));
  return out;
}

std::vector<std::string> focus_lines(const domain::FocusSection& f) {
  std::vector<std::string> out;
  if (f.focus) {
    out.push_back(focus_line(f.focus));
    out.push_back(std::to_string(f.attached) +
                  (f.attached == 1 ? " entry attached" : " entries attached") + " in this period");
    for (const auto& c : f.stages) {
      out.push_back("stage: " + std::string(domain::to_string(c.stage)) + " from " +
                    format_date(c.day));
    }
    if (!f.ratings.empty()) {
      // Days as MM-DD unless the ratings span more than one year.
      const bool one_year = f.ratings.front().day.year() == f.ratings.back().day.year();
      auto shown = [&](domain::Date d) { return one_year ? month_day(d) : format_date(d); };
      std::string s = "your ratings (1 no better .. 5 resolved): ";
      for (std::size_t i = 0; i < f.ratings.size(); ++i) {
        const auto& r = f.ratings[i];
        s += (i == 0 ? "" : ", ") + shown(r.day) + " " + std::to_string(r.rating);
      }
      const auto& last = f.ratings.back();
      s += " (latest, on " + shown(last.day) + ": " +
           std::string(domain::rating_label(last.rating)) +
           (f.in_period.empty() ? "; not rated in this period)" : ")");
      out.push_back(s);
    }
  }
  for (const auto& a : f.resolved)
    out.push_back("resolved on " + format_date(*a.resolved_day) + ": " + focus_line(a));
  return out;
}

std::string prompt_shown(const domain::AskedInPeriod& a) {
  if (!a.text.empty())
    return a.text;
  std::string task = a.task.empty() ? "your week" : a.task;
  for (auto& c : task) {
    if (c == '-')
      c = ' ';
  }
  return "a prompt on " + task +
         (a.prompt_id.find('#') != std::string::npos ? ", following up" : "");
}

std::vector<std::string> loss_lines(const domain::Report& r, bool notes) {
  std::vector<std::string> out;
  const auto focus = r.header.focus ? std::optional(r.header.focus->id) : std::nullopt;
  for (const auto& e : r.losses) {
    std::string s = std::string(domain::weekday_short(e.day)) + " " + format_date(e.day) + ": " +
                    event_summary(e, notes);
    if (!focus || e.area_id != focus)
      s += " (outside your focus area)";
    out.push_back(std::move(s));
  }
  return out;
}

std::string_view not_improved_line() {
  return "Your mood and PHQ-9 are not better than at the start of the course. That is not your "
         "failing: it is worth asking your therapist what could help next.";
}

std::string reflection_count(const domain::ReflectionSection& r) {
  return std::to_string(r.asked) + (r.asked == 1 ? " prompt" : " prompts") +
         " asked: " + std::to_string(r.answered) + " answered, " + std::to_string(r.skipped) +
         " skipped";
}

std::vector<std::string> measure_lines(const std::vector<domain::ScaleTrend>& m) {
  std::vector<std::string> out;
  for (const auto& t : m) {
    const auto name = scale_name(t.scale);
    for (const auto& r : t.in_period) {
      out.push_back(name + " on " + format_date(r.day) + ": " + std::to_string(r.total) + " of " +
                    std::to_string(domain::max_total(t.scale)) + ", " + r.band);
    }
    if (t.in_period.empty() && t.latest) {
      out.push_back(name + ": none in this period; the latest, on " + format_date(t.latest->day) +
                    ", was " + std::to_string(t.latest->total) + ", " + t.latest->band);
    }
    if (const auto c = t.change()) {
      out.push_back(name + " since " + format_date(t.first->day) + ": " +
                    std::to_string(t.first->total) + " to " + std::to_string(t.latest->total) +
                    " (" + (*c > 0 ? "+" : "") + std::to_string(*c) + ")");
    }
  }
  return out;
}

std::vector<std::string> termination_lines(const domain::TerminationSection& t, bool answers,
                                           bool notes) {
  std::vector<std::string> out;
  if (t.not_improved)
    out.emplace_back(not_improved_line());
  if (!t.warning_signs.empty()) {
    out.push_back(std::to_string(t.warning_signs.size()) +
                  " answers about warning signs and your plan");
    if (answers) {
      for (const auto& a : t.warning_signs)
        out.push_back(prompt_shown(a) + " " + *a.answer);
    }
  }
  if (t.plan.empty()) {
    out.emplace_back("no safety plan written yet (ipt plan walks you through one)");
  } else {
    out.push_back("your safety plan: " + std::to_string(t.plan.steps.size()) + " of " +
                  std::to_string(domain::plan_step_names().size()) +
                  " steps written (ipt plan shows it; ipt help-now too)");
    if (notes) {
      for (const auto& s : t.plan.steps) {
        if (!s.text.empty())
          out.push_back(std::string(domain::plan_step_title(s.step)) + ": " + s.text);
      }
    }
  }
  return out;
}

std::string indent_text(const std::string& text, const std::string& prefix) {
  std::istringstream in(text);
  std::string line, out;
  while (std::getline(in, line))
    out += prefix + line + "\n";
  return out;
}

std::string md_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::string_view("\\`*_[]<>|~").find(c) != std::string_view::npos)
      out += '\\';
    out += c;
  }
  return out;
}

std::string attribution_line() {
  std::string s(domain::scale_attribution());
  for (auto& c : s) {
    if (c == '\n')
      c = ' ';
  }
  return s;
}

}  // namespace ipt::render
