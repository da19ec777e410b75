// The report as text for a terminal (and for a pipe, without colour or UTF-8 blocks), and as
// markdown to share.
#include <array>
#include <cmath>
#include <sstream>

#include "domain/week.hpp"
#include "render/agenda.hpp"
#include "render/report.hpp"
#include "render/report_parts.hpp"

namespace ipt::render {

using domain::format_date;

std::string chart_row(const std::vector<domain::ChartDay>& chart, bool utf8) {
  static constexpr std::array<const char*, 8> kBlocks{"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  std::string out;
  for (const auto& d : chart) {
    if (!d.mood) {
      out += utf8 ? "·" : ".";
      continue;
    }
    const long level = std::lround(*d.mood);
    if (utf8)
      out += kBlocks[static_cast<std::size_t>(std::lround(*d.mood / 10.0 * 7.0))];
    else
      out += level >= 10 ? "X" : std::to_string(level);
  }
  return out;
}

std::string event_summary(const domain::Entry& e, bool notes) {
  const auto* ev = e.as<domain::Event>();
  std::string s =
      ev->kind == domain::EventKind::other ? "an event" : std::string(domain::to_string(ev->kind));
  if (!e.people.empty()) {
    s += " with ";
    for (std::size_t i = 0; i < e.people.size(); ++i)
      s += (i == 0 ? "" : i + 1 == e.people.size() ? " and " : ", ") + e.people[i];
  }
  if (notes && !ev->text.empty())
    s += ": " + ev->text;
  return s;
}

std::string change_words(double delta, const std::string& against) {
  const double r = domain::round_to(delta, 1);
  if (std::abs(r) < domain::kSameChange)
    return "about the same as " + against;
  return one_decimal(std::abs(r)) + (std::abs(r) == 1.0 ? " point " : " points ") +
         (r > 0 ? "higher" : "lower") + " than " + against;
}

std::string previous_name(domain::PeriodKind k) {
  switch (k) {
    case domain::PeriodKind::week:
      return "the week before";
    case domain::PeriodKind::month:
      return "the days before (as many)";
    default:
      return "the period before of the same length";
  }
}

std::vector<std::string> mood_lines(const domain::MoodSection& m, domain::PeriodKind kind) {
  std::vector<std::string> out;
  const auto& s = m.mood;
  if (s.count == 0) {
    out.emplace_back("No check-ins in this period.");
    return out;
  }
  out.push_back("mean " + one_decimal(s.mean) + ", lowest " + short_number(*s.min) + ", highest " +
                short_number(*s.max) + ", " + std::to_string(s.count) +
                (s.count == 1 ? " check-in" : " check-ins") + " on " + std::to_string(s.days) +
                (s.days == 1 ? " day" : " days"));
  std::string changes;
  if (m.change_previous)
    changes = change_words(*m.change_previous, previous_name(kind));
  if (m.change_baseline) {
    changes += std::string(changes.empty() ? "" : "; ") +
               change_words(*m.change_baseline,
                            "your course's first two weeks (" + one_decimal(m.baseline_mean) + ")");
  }
  if (!changes.empty())
    out.push_back(changes);
  std::string other;
  auto add = [&](const char* what, const domain::Summary& x, const char* unit) {
    if (x.mean)
      other += std::string(other.empty() ? "" : ", ") + what + " " + one_decimal(x.mean) + unit;
  };
  add("anxiety", m.anxiety, "");
  add("energy", m.energy, "");
  add("sleep", m.sleep, " hours");
  if (!other.empty())
    out.push_back("mean " + other);
  return out;
}

std::vector<std::string> metric_lines(const std::vector<domain::MetricSection>& metrics) {
  std::vector<std::string> out;
  for (const auto& m : metrics) {
    std::string about;
    if (m.min && m.max)
      about = std::to_string(*m.min) + " to " + std::to_string(*m.max);
    else
      about = "no longer in your configuration";
    if (!m.label.empty())
      about += ": " + m.label;
    const auto& s = m.summary;
    out.push_back(m.name + " (" + about + "): mean " + one_decimal(s.mean) + ", lowest " +
                  short_number(*s.min) + ", highest " + short_number(*s.max) + ", " +
                  std::to_string(s.count) + (s.count == 1 ? " check-in" : " check-ins") + " on " +
                  std::to_string(s.days) + (s.days == 1 ? " day" : " days"));
  }
  return out;
}

namespace {

void day_lines(std::ostream& out, const char* label, const domain::DayWithEvents& d, bool notes,
               const Style& st) {
  out << "  " << st.dim(pad(label, 9)) << domain::weekday_short(d.stats.day) << ' '
      << format_date(d.stats.day) << ", mood " << one_decimal(d.stats.mean);
  if (d.events.empty())
    out << ", no events logged";
  out << '\n';
  for (const auto& e : d.events)
    out << "           " << event_summary(e, notes) << '\n';
}

void heading(std::ostream& out, const std::string& title, const Style& st) {
  out << '\n' << st.bold(title) << '\n';
}

void report_text(std::ostream& out, const ReportDoc& doc, const Style& st) {
  const auto& r = doc.report;
  const auto& h = r.header;
  out << st.bold(period_title(h)) << '\n';
  if (const auto c = course_line(h); !c.empty())
    out << c << '\n';
  out << "focus: " << focus_line(h.focus) << '\n';
  out << h.checkin_days << " of " << h.days << (h.days == 1 ? " day" : " days")
      << " with a check-in\n";

  if (r.safety.any()) {
    heading(out, "Looking after yourself", st);
    for (const auto& line : safety_lines(r.safety))
      out << "  " << line << '\n';
    out << "  " << doc.help_now_line << '\n';
  }

  heading(out, "Mood (0 is the worst, 10 the best)", st);
  if (r.mood.mood.count > 0)
    out << "  " << chart_row(r.mood.chart, doc.utf8) << "  " << st.dim(chart_span(r.mood.chart))
        << '\n';
  for (const auto& line : mood_lines(r.mood, h.kind))
    out << "  " << line << '\n';
  if (!r.metrics.empty()) {
    heading(out, std::string(kMetricsTitle), st);
    for (const auto& line : metric_lines(r.metrics))
      out << "  " << line << '\n';
  }

  if (r.lowest || !r.associations.empty()) {
    heading(out, "Mood and events", st);
    if (r.lowest)
      day_lines(out, "lowest", *r.lowest, doc.notes, st);
    if (r.highest)
      day_lines(out, "highest", *r.highest, doc.notes, st);
    for (const auto& a : r.associations)
      out << "  " << association_sentence(a) << '\n';
    if (!r.associations.empty())
      out << "  " << st.dim(kAssociationNote) << '\n';
  }
  if (!r.losses.empty()) {
    heading(out, "Losses and changes", st);
    for (const auto& line : loss_lines(r, doc.notes))
      out << "  " << line << '\n';
  }

  if (!r.weeks.empty()) {
    heading(out, "Week by week", st);
    out << st.dim("  WEEK  PHASE        MOOD  CHECK-INS  EVENTS  CONFLICTS") << '\n';
    for (const auto& w : r.weeks) {
      out << "  " << pad(std::to_string(w.week), 6) << pad(domain::to_string(w.phase), 13)
          << pad(one_decimal(w.mood.mean), 6) << pad(std::to_string(w.mood.count), 11)
          << pad(std::to_string(w.events), 8) << w.conflicts << '\n';
    }
  }

  heading(out, "People", st);
  for (const auto& line : people_lines(r.people))
    out << "  " << line << '\n';

  if (r.focus.focus || !r.focus.resolved.empty()) {
    heading(out, "Focus area", st);
    for (const auto& line : focus_lines(r.focus))
      out << "  " << line << '\n';
  }

  if (r.reflections.asked > 0) {
    heading(out, "Reflections", st);
    out << "  " << reflection_count(r.reflections) << '\n';
    for (const auto& p : r.reflections.prompts) {
      out << "  " << (p.answer ? "answered  " : st.dim("skipped   ")) << prompt_shown(p) << '\n';
      if (doc.answers && p.answer && !p.answer->empty())
        out << indent_text(*p.answer, "            > ");
    }
  }

  if (!r.measures.empty()) {
    heading(out, "Questionnaires", st);
    for (const auto& line : measure_lines(r.measures))
      out << "  " << line << '\n';
  }

  if (r.termination.applies) {
    heading(out, "Ending the course", st);
    for (const auto& line : termination_lines(r.termination, doc.answers, doc.notes))
      out << "  " << line << '\n';
  }

  heading(out, "For my next session", st);
  if (r.agenda.empty())
    out << "  " << st.dim("nothing on the agenda (ipt agenda add TEXT)") << '\n';
  for (const auto& a : r.agenda)
    out << "  " << (a.done ? "[done] " : "- ") << agenda_line(a) << '\n';
  if (!r.safety.any())
    out << '\n' << st.dim(kHelpNowFooter) << '\n';
}

void report_markdown(std::ostream& out, const ReportDoc& doc) {
  const auto& r = doc.report;
  const auto& h = r.header;
  out << "# " << md_escape(period_title(h)) << "\n\n";
  if (const auto c = course_line(h); !c.empty())
    out << md_escape(c) << "  \n";
  out << "Focus: " << md_escape(focus_line(h.focus)) << "  \n";
  out << h.checkin_days << " of " << h.days << (h.days == 1 ? " day" : " days")
      << " with a check-in\n";
  auto list = [&](const std::vector<std::string>& lines) {
    for (const auto& l : lines)
      out << "- " << md_escape(l) << '\n';
  };
  if (r.safety.any()) {
    out << "\n## Looking after yourself\n\n";
    list(safety_lines(r.safety));
    out << "\n" << md_escape(doc.help_now_line) << '\n';
  }
  out << "\n## Mood (0 is the worst, 10 the best)\n\n";
  if (r.mood.mood.count > 0)
    out << "`" << chart_row(r.mood.chart, true) << "` " << chart_span(r.mood.chart) << "\n\n";
  list(mood_lines(r.mood, h.kind));
  if (!r.metrics.empty()) {
    out << "\n## " << kMetricsTitle << "\n\n";
    list(metric_lines(r.metrics));
  }
  if (r.lowest || !r.associations.empty()) {
    out << "\n## Mood and events\n\n";
    for (const auto* d : {r.lowest ? &*r.lowest : nullptr, r.highest ? &*r.highest : nullptr}) {
      if (!d)
        continue;
      out << "- " << (d == &*r.lowest ? "Lowest" : "Highest")
          << " day: " << domain::weekday_short(d->stats.day) << ' ' << format_date(d->stats.day)
          << ", mood " << one_decimal(d->stats.mean) << '\n';
      for (const auto& e : d->events)
        out << "  - " << md_escape(event_summary(e, doc.notes)) << '\n';
    }
    for (const auto& a : r.associations)
      out << "- " << md_escape(association_sentence(a)) << '\n';
    if (!r.associations.empty())
      out << "\n_" << kAssociationNote << "_\n";
  }
  if (!r.losses.empty()) {
    out << "\n## Losses and changes\n\n";
    list(loss_lines(r, doc.notes));
  }
  if (!r.weeks.empty()) {
    out << "\n## Week by week\n\n| week | phase | mood | check-ins | events | conflicts |\n"
           "|---:|---|---:|---:|---:|---:|\n";
    for (const auto& w : r.weeks) {
      out << "| " << w.week << " | " << domain::to_string(w.phase) << " | "
          << one_decimal(w.mood.mean) << " | " << w.mood.count << " | " << w.events << " | "
          << w.conflicts << " |\n";
    }
  }
  out << "\n## People\n\n";
  list(people_lines(r.people));
  if (r.focus.focus || !r.focus.resolved.empty()) {
    out << "\n## Focus area\n\n";
    list(focus_lines(r.focus));
  }
  if (r.reflections.asked > 0) {
    out << "\n## Reflections\n\n" << reflection_count(r.reflections) << "\n\n";
    for (const auto& p : r.reflections.prompts) {
      out << "- " << (p.answer ? "" : "_(skipped)_ ") << md_escape(prompt_shown(p)) << '\n';
      if (doc.answers && p.answer && !p.answer->empty())
        out << indent_text(md_escape(*p.answer), "  > ");
    }
  }
  if (!r.measures.empty()) {
    out << "\n## Questionnaires\n\n";
    list(measure_lines(r.measures));
    out << "\n_" << md_escape(attribution_line()) << "_\n";
  }
  if (r.termination.applies) {
    out << "\n## Ending the course\n\n";
    list(termination_lines(r.termination, doc.answers, doc.notes));
  }
  out << "\n## For my next session\n\n";
  if (r.agenda.empty())
    out << "Nothing on the agenda.\n";
  for (const auto& a : r.agenda)
    out << "- " << (a.done ? "~~" + md_escape(agenda_line(a)) + "~~" : md_escape(agenda_line(a)))
        << '\n';
  out << "\n---\n_" << kDisclaimer << " " << kHelpNowFooter << "_\n";
}

}  // namespace

const View<ReportDoc>& report_view() {
  static const View<ReportDoc> v{report_text, report_json, report_csv, report_markdown,
                                 report_html};
  return v;
}

}  // namespace ipt::render
