#include "render/calendar.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "domain/text.hpp"
#include "render/csv.hpp"
#include "render/json_objects.hpp"

namespace ipt::render {

using domain::Calendar;
using domain::CalendarMonth;

namespace {

constexpr std::size_t kWidth = 80;
constexpr std::size_t kLabel = 5;  // "Jan  ", "2026 "
constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// White digits on the three dark steps, black on the three light ones.
constexpr std::array<MoodColor, 6> kScale{{
    {53, 231},  // #5f005f purple, L* 21
    {24, 231},  // #005f87 blue, L* 38
    {30, 231},  // #008787 teal, L* 51
    {36, 16},   // #00af87 green, L* 64
    {113, 16},  // #87d75f yellow-green, L* 79
    {226, 16},  // #ffff00 yellow, L* 97
}};

std::string rtrim(std::string s) {
  while (!s.empty() && s.back() == ' ')
    s.pop_back();
  return s;
}

/// A letter for each focus period: one per area, in the order the areas first appear.
std::vector<char> area_letters(const Calendar& cal) {
  std::vector<std::int64_t> areas;
  std::vector<char> out;
  for (const auto& p : cal.focus) {
    auto it = std::find(areas.begin(), areas.end(), p.area_id);
    if (it == areas.end())
      it = areas.insert(areas.end(), p.area_id);
    const auto n = it - areas.begin();
    out.push_back(static_cast<char>(n < 26 ? 'A' + n : 'a' + (n - 26) % 26));
  }
  return out;
}

std::string mood_cell(int level, const Style& st) {
  const auto& c = kScale[mood_step(level)];
  return st.paint(std::string(1, mood_char(level)), c.foreground, c.background);
}

void month_rows(std::ostream& out, const Calendar& cal, const CalendarMonth& m,
                const std::vector<char>& letters, const Style& st) {
  const std::string lead(kLabel + 2 * m.lead, ' ');
  std::string days = pad(kMonths[static_cast<unsigned>(m.month) - 1], kLabel) + lead.substr(kLabel);
  for (const auto& d : m.days)
    days += (d.mood ? mood_cell(cal.level(d.mood->mean), st) : " ") + " ";
  out << rtrim(days) << '\n';
  if (std::none_of(m.days.begin(), m.days.end(), [](const auto& d) { return d.focus; }))
    return;
  // A line under the days in focus: the area's letter where its run starts, dashes after.
  std::string marks = lead;
  for (std::size_t i = 0; i < m.days.size(); ++i) {
    const auto& f = m.days[i].focus;
    if (!f) {
      marks += "  ";
      continue;
    }
    marks += i == 0 || m.days[i - 1].focus != f ? letters[*f] : '-';
    marks += i + 1 < m.days.size() && m.days[i + 1].focus == f ? '-' : ' ';
  }
  // The dashes dim, so that the moods above them stand out.
  marks = rtrim(marks);
  for (std::size_t i = 0; i < marks.size();) {
    const auto end = marks[i] == '-' ? marks.find_first_not_of('-', i) : i + 1;
    const auto part = marks.substr(i, end - i);
    out << (marks[i] == '-' ? st.dim(part) : part);
    i = end == std::string::npos ? marks.size() : end;
  }
  out << '\n';
}

/// `s` cut to `width` columns, with an ellipsis when cut.
std::string fitted(const std::string& s, std::size_t width) {
  if (display_width(s) <= width)
    return s;
  return domain::cut_to_width(s, width > 0 ? width - 1 : 0) + "\u2026";
}

std::string period_days(const domain::FocusPeriod& p) {
  if (!p.to)
    return "since " + domain::format_date(p.from);
  if (*p.to == p.from)
    return "on " + domain::format_date(p.from);
  return domain::format_date(p.from) + " to " + domain::format_date(*p.to);
}

void calendar_text(std::ostream& out, const Calendar& cal, const Style& st) {
  std::string header = pad(std::to_string(static_cast<int>(cal.year)), kLabel);
  for (int i = 0; i < Calendar::kColumns; ++i)
    header += std::string(1, "MTWTFSS"[i % 7]) + " ";
  out << st.bold(rtrim(header)) << '\n';
  const auto letters = area_letters(cal);
  for (const auto& m : cal.months)
    month_rows(out, cal, m, letters, st);
  out << '\n';
  std::string scale = cal.metric ? pad("", kLabel) : "mood ";
  for (int level = 0; level <= 10; ++level)
    scale += mood_cell(level, st) + " ";
  if (cal.metric) {
    // A scale of the person's own: its range in 11 steps, 0 its min and * its max.
    const auto& m = *cal.metric;
    std::string head = " " + m.name + ": each day's mean, 0 is " + std::to_string(m.min) +
                       " and * is " + std::to_string(m.max);
    out << scale << fitted(head, kWidth - display_width(scale)) << '\n';
    const std::string tail = "blank: no value that day";
    out << pad("", kLabel)
        << (m.label.empty()
                ? tail
                : fitted(m.label, kWidth - kLabel - display_width(tail) - 2) + "; " + tail)
        << '\n';
  } else {
    out << scale << " the mean of each day's check-ins; * is 10\n"
        << pad("", kLabel)
        << "0 is the worst you have felt, 10 the best; blank: no check-in that day\n";
  }
  for (std::size_t i = 0; i < cal.focus.size(); ++i) {
    const auto& p = cal.focus[i];
    const std::string head = (i == 0 ? "focus " : "      ") + std::string(1, letters[i]) + "  #" +
                             std::to_string(p.area_id) + " " +
                             std::string(domain::to_string(p.kind)) + ": ";
    const std::string tail = ", " + period_days(p);
    const auto room = kWidth - std::min(kWidth, display_width(head) + display_width(tail));
    std::string title = p.title;
    if (display_width(title) > room)
      title = domain::cut_to_width(title, room > 0 ? room - 1 : 0) + "\u2026";
    out << head << title << tail << '\n';
  }
  const auto& s = cal.summary;
  if (cal.metric && s.days == 0) {
    out << "No values of " << cal.metric->name << " in " << static_cast<int>(cal.year) << ".\n";
  } else if (cal.metric) {
    out << s.days << (s.days == 1 ? " day" : " days") << " with a value of " << cal.metric->name
        << ", mean " << short_number(*s.mean) << ".\n";
  } else if (s.days == 0) {
    out << "No check-ins in " << static_cast<int>(cal.year) << ".\n";
  } else {
    out << s.days << (s.days == 1 ? " day" : " days") << " with a check-in, mean mood "
        << short_number(*s.mean) << ".\n";
  }
}

/// A whole number as an integer ("5", not "5.0"), else the number.
Json number(double v) {
  return v == std::floor(v) ? Json(static_cast<std::int64_t>(v)) : Json(v);
}

void calendar_json(std::ostream& out, const Calendar& cal) {
  Json j;
  j["year"] = static_cast<int>(cal.year);
  if (cal.metric) {
    // ipt calendar --metric NAME: the scale, and its values in the days' own keys.
    j["metric"] = {{"name", cal.metric->name},
                   {"label", cal.metric->label},
                   {"min", cal.metric->min},
                   {"max", cal.metric->max}};
  }
  const std::string prefix = cal.metric ? "" : "mood_";
  Json days = Json::array();
  for (const auto& m : cal.months) {
    for (const auto& d : m.days) {
      if (!d.mood)
        continue;
      Json o;
      o["day"] = domain::format_date(d.day);
      o[prefix + "mean"] = domain::round_to(d.mood->mean, 2);
      o[prefix + "min"] = number(d.mood->min);
      o[prefix + "max"] = number(d.mood->max);
      o[cal.metric ? "count" : "checkins"] = d.mood->count;
      o["focus_area_id"] = d.focus ? Json(cal.focus[*d.focus].area_id) : Json(nullptr);
      days.push_back(std::move(o));
    }
  }
  j["days"] = std::move(days);
  Json focus = Json::array();
  for (const auto& p : cal.focus) {
    Json o;
    o["area_id"] = p.area_id;
    o["title"] = p.title;
    o["kind"] = domain::to_string(p.kind);
    o["from"] = domain::format_date(p.from);
    o["to"] = p.to ? Json(domain::format_date(*p.to)) : Json(nullptr);
    focus.push_back(std::move(o));
  }
  j["focus"] = std::move(focus);
  out << j.dump(2) << '\n';
}

void calendar_csv(std::ostream& out, const Calendar& cal) {
  if (cal.metric)
    csv_row(out, {"day", "metric", "mean", "min", "max", "count", "focus_area_id"});
  else
    csv_row(out, {"day", "mood_mean", "mood_min", "mood_max", "checkins", "focus_area_id"});
  for (const auto& m : cal.months) {
    for (const auto& d : m.days) {
      if (!d.mood)
        continue;
      std::vector<std::string> row{domain::format_date(d.day),
                                   short_number(d.mood->mean),
                                   short_number(d.mood->min),
                                   short_number(d.mood->max),
                                   std::to_string(d.mood->count),
                                   d.focus ? std::to_string(cal.focus[*d.focus].area_id) : ""};
      if (cal.metric)
        row.insert(row.begin() + 1, cal.metric->name);
      csv_row(out, row);
    }
  }
}

}  // namespace

const std::array<MoodColor, 6>& mood_scale() {
  return kScale;
}

int mood_step(int level) {
  return std::clamp(level, 0, 10) / 2;
}

char mood_char(int level) {
  level = std::clamp(level, 0, 10);
  return level == 10 ? '*' : static_cast<char>('0' + level);
}

const View<Calendar>& calendar_view() {
  static const View<Calendar> v{calendar_text, calendar_json, calendar_csv, nullptr, nullptr};
  return v;
}

}  // namespace ipt::render
