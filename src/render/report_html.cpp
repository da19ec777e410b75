// The session review as one self-contained HTML file, made to be shared: inline CSS and SVG
// only, no script, and a Content-Security-Policy that lets the page fetch nothing, so opening
// it can never tell anyone that it was opened. The markup is XHTML-like (every element closed,
// void elements as <x/>) so a test can check that the tags balance.
#include <algorithm>
#include <ostream>

#include "render/agenda.hpp"
#include "render/html.hpp"
#include "render/report.hpp"
#include "render/report_parts.hpp"
#include "render/report_svg.hpp"
#include "render/style.hpp"

namespace ipt::render {

namespace {

using namespace domain;

constexpr std::string_view kCsp =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

std::string esc(std::string_view s) {
  return html_escape(s);
}

/// "Sam", "Sam and Alex", "Sam, Alex and Kim".
std::string names(const std::vector<std::string>& v) {
  std::string s;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i > 0)
      s += i + 1 == v.size() ? " and " : ", ";
    s += v[i];
  }
  return s;
}

std::string plural(int n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string day_name(Date d) {
  return std::string(weekday_short(d)) + " " + format_date(d);
}

class Page {
 public:
  Page(std::ostream& out, const ReportDoc& doc) : out_(out), doc_(doc), r_(doc.report) {}

  void write() {
    out_ << "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
         << "<meta http-equiv=\"Content-Security-Policy\" content=\"" << esc(kCsp) << "\"/>\n"
         << "<meta name=\"referrer\" content=\"no-referrer\"/>\n"
         << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
         << "<title>ipt report: " << esc(period_title(r_.header)) << "</title>\n"
         << "<style>" << report_css() << "</style>\n</head>\n<body>\n<main>\n";
    header();
    safety();
    mood();
    metrics();
    mood_and_events();
    weeks();
    people();
    focus();
    reflections();
    measures();
    termination();
    agenda();
    out_ << "</main>\n";
    footer();
    out_ << "</body>\n</html>\n";
  }

 private:
  /// A section named by its id (the tests find sections by it), headed by `title`.
  void open(std::string_view id, std::string_view title) {
    out_ << "<section id=\"" << id << "\" aria-labelledby=\"h-" << id << "\">\n<h2 id=\"h-" << id
         << "\">" << esc(title) << "</h2>\n";
  }
  void close() { out_ << "</section>\n"; }
  void fact(std::string_view term, std::string_view value) {
    out_ << "<dt>" << esc(term) << "</dt><dd>" << esc(value) << "</dd>\n";
  }

  /// An event by its kind and people, with its text only when notes are asked for (and left
  /// after redaction).
  std::string event_line(const Entry& e) const {
    const auto* ev = e.as<Event>();
    std::string s = ev->kind == domain::EventKind::other ? "an event" : esc(to_string(ev->kind));
    if (!e.people.empty())
      s += " with " + esc(names(e.people));
    if (ev->impact)
      s += " <span class=\"muted\">(impact " + signed_int(*ev->impact) + ")</span>";
    if (doc_.notes && !ev->text.empty())
      s += ": <span class=\"text\">" + esc(ev->text) + "</span>";
    return s;
  }

  void header() {
    const auto& h = r_.header;
    out_ << "<header class=\"top\">\n<p class=\"kicker\">ipt session report</p>\n<h1>"
         << esc(period_title(h)) << "</h1>\n<dl class=\"facts\">\n";
    if (const auto c = course_line(h); !c.empty())
      fact("Course", c);
    fact("Focus", focus_line(h.focus));
    fact("Days with a check-in", std::to_string(h.checkin_days) + " of " + std::to_string(h.days));
    out_ << "</dl>\n</header>\n";
  }

  void safety() {
    if (!r_.safety.any())
      return;
    open("safety", "Looking after yourself");
    out_ << "<ul>\n";
    for (const auto& line : safety_lines(r_.safety))
      out_ << "<li>" << esc(line) << "</li>\n";
    out_ << "</ul>\n";
    if (!doc_.help_now_line.empty())
      out_ << "<p>" << esc(doc_.help_now_line) << "</p>\n";
    close();
  }

  void mood() {
    const auto& m = r_.mood;
    bool events = false;
    for (const auto& d : m.chart)
      events = events || d.events > 0;
    if (m.chart.empty() || (m.mood.count == 0 && !events))
      return;
    open("mood", "Mood");
    mood_chart_svg(out_, m.chart);
    // Spaces between the items: each keeps together, the line breaks between them.
    out_ << "<p class=\"legend\"><span>0 is the worst, 10 the best</span> "
         << "<span><span class=\"mk-line\">&#9679;</span> mood of the day</span> "
         << "<span><span class=\"mk-conflict\">&#9650;</span> conflict</span> "
         << "<span><span class=\"mk-support\">&#9679;</span> support</span> "
         << "<span><span class=\"mk-other\">&#9632;</span> other event</span> "
         << "<span>a gap: no check-in that day</span></p>\n<dl class=\"facts\">\n";
    if (m.mood.count > 0) {
      fact("Mood", "mean " + one_decimal(m.mood.mean) + ", lowest " + short_number(*m.mood.min) +
                       ", highest " + short_number(*m.mood.max));
      fact("Check-ins", std::to_string(m.mood.count) + " on " + plural(m.mood.days, "day", "days"));
    }
    if (m.change_previous)
      fact("Against the " + std::to_string(r_.header.period.days()) + " days before",
           signed_one_decimal(*m.change_previous));
    if (m.change_baseline)
      fact("Against the course's first two weeks", signed_one_decimal(*m.change_baseline) +
                                                       " (then a mean of " +
                                                       one_decimal(m.baseline_mean) + ")");
    if (m.anxiety.count > 0)
      fact("Anxiety", "mean " + one_decimal(m.anxiety.mean) + " (0 none, 10 the most)");
    if (m.energy.count > 0)
      fact("Energy", "mean " + one_decimal(m.energy.mean) + " (0 none, 10 the most)");
    if (m.sleep.count > 0)
      fact("Sleep", one_decimal(m.sleep.mean) + " hours a night on average");
    out_ << "</dl>\n";
    close();
  }

  void metrics() {
    if (r_.metrics.empty())
      return;
    open("metrics", kMetricsTitle);
    out_ << "<ul>\n";
    for (const auto& line : metric_lines(r_.metrics))
      out_ << "<li>" << esc(line) << "</li>\n";
    out_ << "</ul>\n";
    close();
  }

  void day(std::string_view title, const std::optional<DayWithEvents>& d) {
    if (!d)
      return;
    out_ << "<h3>" << title << "</h3>\n<p>" << esc(day_name(d->stats.day)) << ": mood "
         << short_number(d->stats.mean) << " <span class=\"muted\">("
         << plural(d->stats.count, "check-in", "check-ins") << ")</span></p>\n";
    if (d->events.empty()) {
      out_ << "<p class=\"muted\">No events logged that day.</p>\n";
      return;
    }
    out_ << "<ul>\n";
    for (const auto& e : d->events)
      out_ << "<li>" << event_line(e) << "</li>\n";
    out_ << "</ul>\n";
  }

  void mood_and_events() {
    if (!r_.lowest && !r_.highest && r_.associations.empty() && r_.losses.empty())
      return;
    open("mood-events", "Mood and events");
    day("Lowest day", r_.lowest);
    day("Highest day", r_.highest);
    if (!r_.associations.empty()) {
      out_ << "<h3>What went together (associations, not causes)</h3>\n"
           << "<p class=\"muted\">Days with something against the other days of this period. "
              "They show what went together, not what caused what.</p>\n<ul>\n";
      for (const auto& a : r_.associations)
        out_ << "<li>" << esc(association_sentence(a)) << "</li>\n";
      out_ << "</ul>\n";
    }
    close();
    if (r_.losses.empty())
      return;
    open("losses", "Losses and changes");
    out_ << "<ul>\n";
    for (const auto& line : loss_lines(r_, doc_.notes))
      out_ << "<li>" << esc(line) << "</li>\n";
    out_ << "</ul>\n";
    close();
  }

  void weeks() {
    if (r_.weeks.empty())
      return;
    open("weeks", "Week by week");
    out_ << "<div class=\"wide\"><table>\n<thead><tr><th>Week</th><th>Days</th><th>Phase</th>"
            "<th class=\"num\">Mood</th><th class=\"num\">Check-ins</th>"
            "<th class=\"num\">Events</th><th class=\"num\">Conflicts</th></tr></thead>\n<tbody>\n";
    for (const auto& w : r_.weeks) {
      out_ << "<tr><td>" << w.week << "</td><td>" << format_date(w.period.from).substr(5) << " to "
           << format_date(w.period.to).substr(5) << "</td><td>" << esc(to_string(w.phase))
           << "</td><td class=\"num\">" << one_decimal(w.mood.mean) << "</td><td class=\"num\">"
           << w.mood.count << "</td><td class=\"num\">" << w.events << "</td><td class=\"num\">"
           << w.conflicts << "</td></tr>\n";
    }
    out_ << "</tbody>\n</table></div>\n";
    close();
  }

  void people() {
    const auto& p = r_.people;
    if (p.contacts.empty() && p.inner_without.empty() && p.new_people.empty())
      return;
    open("people", "People");
    std::vector<std::string> unplaced;
    if (!p.contacts.empty()) {
      out_ << "<h3>In touch this period, by circle</h3>\n<table>\n<thead><tr><th>Person</th>"
              "<th>Circle</th><th class=\"num\">Days</th><th class=\"num\">Entries</th></tr>"
              "</thead>\n<tbody>\n";
      for (const auto& c : p.contacts) {
        if (!c.circle)
          unplaced.push_back(c.name);
        out_ << "<tr><td>" << esc(c.name) << "</td><td>"
             << (c.circle ? esc(to_string(*c.circle)) : "not placed") << "</td><td class=\"num\">"
             << c.days << "</td><td class=\"num\">" << c.entries << "</td></tr>\n";
      }
      out_ << "</tbody>\n</table>\n";
    }
    if (!p.inner_without.empty())
      out_ << "<p>Inner circle, no contact this period: " << esc(names(p.inner_without))
           << "</p>\n";
    if (!p.new_people.empty())
      out_ << "<p>New this period: " << esc(names(p.new_people)) << "</p>\n";
    if (unplaced.size() < p.contacts.size()) {
      out_ << "<h3>Closeness circle</h3>\n";
      const auto left_out = circle_svg(out_, p.contacts);
      if (!left_out.empty())
        out_ << "<p class=\"muted\">No room in the picture for: " << esc(names(left_out))
             << "</p>\n";
      if (!unplaced.empty())
        out_ << "<p class=\"muted\">Not yet placed in a circle: " << esc(names(unplaced))
             << "</p>\n";
    }
    close();
  }

  void focus() {
    const auto& f = r_.focus;
    if (!f.focus && f.resolved.empty())
      return;
    open("focus", "Focus area");
    if (f.focus) {
      out_ << "<p>" << esc(focus_line(f.focus)) << "</p>\n<dl class=\"facts\">\n";
      fact("Entries attached this period", std::to_string(f.attached));
      for (const auto& s : f.stages)
        fact("Stage from " + format_date(s.day), std::string(to_string(s.stage)));
      out_ << "</dl>\n";
    }
    if (!f.ratings.empty()) {
      out_ << "<h3>How it stands, in your own ratings</h3>\n<table class=\"ratings\">\n<tbody>\n";
      for (const auto& rt : f.ratings) {
        const bool now = r_.header.period.contains(rt.day);
        out_ << "<tr" << (now ? "" : " class=\"before\"") << "><td class=\"day\">"
             << format_date(rt.day) << "</td><td><span class=\"dots\" aria-hidden=\"true\">";
        for (int i = kRatingMin; i <= kRatingMax; ++i)
          out_ << (i <= rt.rating ? "&#9679;" : "&#9675;");
        out_ << "</span></td><td>" << rt.rating << " " << esc(rating_label(rt.rating))
             << (now ? "" : " <span class=\"muted\">(before this period)</span>") << "</td></tr>\n";
      }
      out_ << "</tbody>\n</table>\n<p class=\"muted\">";
      for (int i = kRatingMin; i <= kRatingMax; ++i)
        out_ << (i > kRatingMin ? " &#183; " : "") << i << " " << esc(rating_label(i));
      out_ << "</p>\n";
    }
    if (!f.resolved.empty()) {
      out_ << "<h3>Resolved this period</h3>\n<ul>\n";
      for (const auto& a : f.resolved)
        out_ << "<li>" << esc(focus_line(a)) << "</li>\n";
      out_ << "</ul>\n";
    }
    close();
  }

  void reflections() {
    const auto& rf = r_.reflections;
    if (rf.asked == 0)
      return;
    open("reflections", "Reflections");
    out_ << "<p>" << plural(rf.asked, "prompt", "prompts") << " asked: " << rf.answered
         << " answered, " << rf.skipped << " skipped.</p>\n<ul>\n";
    for (const auto& a : rf.prompts) {
      out_ << "<li><span class=\"muted\">week of " << format_date(a.week) << ", "
           << (a.answer ? "answered" : "skipped") << ":</span> " << esc(prompt_shown(a));
      if (doc_.answers && a.answer && !a.answer->empty())
        out_ << "<blockquote class=\"text\">" << esc(*a.answer) << "</blockquote>";
      out_ << "</li>\n";
    }
    out_ << "</ul>\n";
    if (!doc_.answers && rf.answered > 0)
      out_ << "<p class=\"muted\">Your answers are left out of this report.</p>\n";
    close();
  }

  static std::string score(const MeasureResult& m) {
    return std::to_string(m.total) + " of " + std::to_string(max_total(m.scale)) + ", " + m.band;
  }

  void measures() {
    if (r_.measures.empty())
      return;
    open("measures", "Questionnaires");
    for (const auto& t : r_.measures) {
      out_ << "<h3>" << esc(scale_title(t.scale)) << "</h3>\n";
      if (t.in_period.empty()) {
        out_ << "<p>None this period; the latest was " << esc(score(*t.latest)) << " on "
             << format_date(t.latest->day) << ".</p>\n";
      } else {
        out_ << "<table>\n<thead><tr><th>Day</th><th class=\"num\">Score</th><th>Band</th></tr>"
                "</thead>\n<tbody>\n";
        for (const auto& m : t.in_period) {
          out_ << "<tr><td class=\"day\">" << format_date(m.day) << "</td><td class=\"num\">"
               << m.total << " of " << max_total(m.scale) << "</td><td>" << esc(m.band)
               << "</td></tr>\n";
        }
        out_ << "</tbody>\n</table>\n";
      }
      if (const auto c = t.change())
        out_ << "<p>Change from the first (" << format_date(t.first->day) << ", "
             << esc(score(*t.first)) << "): " << (*c > 0 ? "+" : "") << *c
             << " <span class=\"muted\">(lower means fewer symptoms)</span></p>\n";
    }
    close();
  }

  void termination() {
    const auto& t = r_.termination;
    if (!t.applies)
      return;
    open("termination", "Ending the course");
    if (t.not_improved)
      out_ << "<p>" << esc(not_improved_line()) << "</p>\n";
    if (!t.warning_signs.empty()) {
      out_ << "<h3>Warning signs</h3>\n";
      if (doc_.answers) {
        out_ << "<ul>\n";
        for (const auto& a : t.warning_signs)
          out_ << "<li>" << esc(prompt_shown(a)) << "<blockquote class=\"text\">"
               << esc(a.answer.value_or("")) << "</blockquote></li>\n";
        out_ << "</ul>\n";
      } else {
        out_ << "<p>" << plural(static_cast<int>(t.warning_signs.size()), "answer", "answers")
             << " about warning signs and your plan, left out of this report.</p>\n";
      }
    }
    out_ << "<h3>Safety plan</h3>\n";
    if (t.plan.empty()) {
      out_ << "<p>No step of the safety plan is written yet.</p>\n";
    } else {
      out_ << "<ul>\n";
      for (const auto& s : t.plan.steps) {
        out_ << "<li>" << esc(plan_step_title(s.step));
        if (doc_.notes && !s.text.empty())
          out_ << ": <span class=\"text\">" << esc(s.text) << "</span>";
        else
          out_ << " <span class=\"muted\">(written " << format_date(s.day) << ")</span>";
        out_ << "</li>\n";
      }
      out_ << "</ul>\n";
    }
    close();
  }

  void agenda() {
    if (r_.agenda.empty())
      return;
    open("agenda", "For my next session");
    out_ << "<ul>\n";
    for (const auto& a : r_.agenda) {
      out_ << "<li>" << esc(agenda_line(a))
           << (a.done ? " <span class=\"muted\">(done)</span>" : "") << "</li>\n";
    }
    out_ << "</ul>\n";
    close();
  }

  void footer() {
    out_ << "<footer>\n<p>ipt is a self-help journal, not treatment; scores are screening aids, "
            "not a diagnosis.</p>\n";
    if (!r_.safety.any() && !doc_.help_now_line.empty())
      out_ << "<p>" << esc(doc_.help_now_line) << "</p>\n";
    if (!r_.measures.empty()) {
      std::string attribution(scale_attribution());
      std::replace(attribution.begin(), attribution.end(), '\n', ' ');
      out_ << "<p>" << esc(attribution) << "</p>\n";
    }
    out_ << "</footer>\n";
  }

  std::ostream& out_;
  const ReportDoc& doc_;
  const Report& r_;
};

}  // namespace

void report_html(std::ostream& out, const ReportDoc& doc) {
  Page(out, doc).write();
}

}  // namespace ipt::render
