// The report's wording shared by every format, so text, markdown and html say the same thing.
#include <cmath>
#include <cstdio>

#include "domain/measure.hpp"
#include "domain/week.hpp"
#include "render/report.hpp"

namespace ipt::render {

using domain::format_date;

std::string one_decimal(const std::optional<double>& v) {
  if (!v)
    return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", domain::round_to(*v, 1));
  return buf;
}

std::string signed_one_decimal(double v) {
  const double r = domain::round_to(v, 1);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+.1f", r == 0 ? 0.0 : r);
  return r == 0 ? "0.0" : buf;
}

std::string period_title(const domain::ReportHeader& h) {
  const auto& p = h.period;
  switch (h.kind) {
    case domain::PeriodKind::week:
      return "Week of " + format_date(p.from) + " to " + format_date(p.to);
    case domain::PeriodKind::month: {
      static constexpr const char* kMonths[] = {"January",   "February", "March",    "April",
                                                "May",       "June",     "July",     "August",
                                                "September", "October",  "November", "December"};
      return std::string(kMonths[static_cast<unsigned>(p.from.month()) - 1]) + " " +
             std::to_string(static_cast<int>(p.from.year()));
    }
    case domain::PeriodKind::range:
      return format_date(p.from) + " to " + format_date(p.to);
    case domain::PeriodKind::course:
      return "Course" + (h.course_id ? " #" + std::to_string(*h.course_id) : std::string()) + ", " +
             format_date(p.from) + " to " + format_date(p.to);
  }
  return "";
}

std::string course_line(const domain::ReportHeader& h) {
  std::string s;
  if (h.course_week_to && h.course_weeks && *h.course_week_from > *h.course_weeks) {
    s = "after a " + std::to_string(*h.course_weeks) + "-week course (week " +
        std::to_string(*h.course_week_from) + " since it began), ";
  } else if (h.course_week_to && h.course_weeks) {
    s = *h.course_week_from == *h.course_week_to
            ? "course week " + std::to_string(*h.course_week_to)
            : "course weeks " + std::to_string(*h.course_week_from) + " to " +
                  std::to_string(*h.course_week_to);
    s += " of " + std::to_string(*h.course_weeks) + ", ";
  }
  if (h.phase == domain::Phase::none)
    return s.empty() ? "" : s.substr(0, s.size() - 2);
  s += std::string(domain::to_string(h.phase)) + " phase";
  if (h.phase_pinned)
    s += " (set by hand)";
  return s;
}

std::string focus_line(const std::optional<domain::Area>& a) {
  if (!a)
    return "none";
  std::string s = "#" + std::to_string(a->id) + " " + std::string(domain::to_string(a->kind));
  if (!a->title.empty())
    s += ": " + a->title;
  if (a->stage)
    s += " (" + std::string(domain::to_string(*a->stage)) + ")";
  return s;
}

std::string association_sentence(const domain::Association& a) {
  std::string with;
  switch (a.what) {
    case domain::Association::What::person:
      // Someone who died is not "with" you: these are the days you wrote about them.
      with = (a.mourned ? "you wrote about " : "with ") + a.name;
      break;
    case domain::Association::What::kind:
      with = "with " +
             (a.name == "other" ? std::string("an event of kind other") : "a " + a.name + " event");
      break;
    case domain::Association::What::tag:
      with = "tagged " + a.name;
      break;
  }
  const auto& s = a.split;
  return "On days " + with + " your mood averaged " + one_decimal(s.mean_with) +
         ", on other days " + one_decimal(s.mean_without) + " (" + std::to_string(s.days_with) +
         " and " + std::to_string(s.days_without) + " days).";
}

std::vector<std::string> safety_lines(const domain::SafetyPanel& p) {
  std::vector<std::string> out;
  if (p.low_days > 0) {
    out.push_back(std::to_string(p.low_days) + (p.low_days == 1 ? " day" : " days") +
                  " with a check-in at mood " + std::to_string(domain::kLowCheckinMood) +
                  " or lower");
  }
  for (auto s : p.persisting) {
    if (s == domain::Signal::phq9_high && p.phq9_total) {
      out.push_back("your PHQ-9 on " + format_date(*p.phq9_day) + " was " +
                    std::to_string(*p.phq9_total) + " of 27 (" +
                    std::string(domain::band(domain::Scale::phq9, *p.phq9_total)) +
                    "): worth talking about with your therapist or doctor this week");
    } else {
      out.push_back(domain::describe(s));
    }
  }
  if (p.item9) {
    const auto labels = domain::answer_labels();
    const std::string answered = "you answered \"" +
                                 std::string(labels[static_cast<std::size_t>(*p.item9)]) +
                                 "\" to the question about thoughts that you would be better "
                                 "off dead or of hurting yourself";
    if (p.item9_recent) {
      out.push_back("on your latest PHQ-9 (" + format_date(*p.item9_day) + ") " + answered +
                    ": please talk about it with your therapist or doctor today");
    } else {
      out.push_back("on your latest PHQ-9, taken on " + format_date(*p.item9_day) +
                    " (before this period), " + answered +
                    "; if such thoughts are with you now, talk with your therapist or doctor "
                    "today");
    }
  }
  return out;
}

}  // namespace ipt::render
