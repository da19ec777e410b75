#include "render/course.hpp"

#include "interchange/records.hpp"
#include "render/csv.hpp"
#include "render/json_objects.hpp"

namespace ipt::render {

using domain::Phase;

std::string_view phase_purpose(Phase p) {
  switch (p) {
    case Phase::none:
      return "self-guided: no course of therapy is recorded";
    case Phase::initial:
      return "getting started: your relationships, the link between mood and people, and one "
             "area to focus on";
    case Phase::middle:
      return "working on your focus area, week by week";
    case Phase::termination:
      return "preparing for the end of the course: what has changed, and a plan for after";
    case Phase::maintenance:
      return "after the course: keeping what you gained and noticing early warning signs";
  }
  return "";
}

namespace {

std::string area_line(const domain::Area& a) {
  std::string s =
      "#" + std::to_string(a.id) + " " + std::string(domain::to_string(a.kind)) + ": " + a.title;
  if (a.stage)
    s += " (" + std::string(domain::to_string(*a.stage)) + ")";
  return s;
}

Json phases_object(const domain::PhaseDates& d) {
  Json j;
  j["initial"] = domain::format_date(d.initial);
  j["middle"] = domain::format_date(d.middle);
  j["termination"] = domain::format_date(d.termination);
  j["maintenance"] = domain::format_date(d.maintenance);
  return j;
}

}  // namespace

Json course_object(const domain::Course& c) {
  Json j;
  j["id"] = c.id;
  interchange::course_fields(j, c);  // as an export writes them
  j["phases"] = phases_object(domain::phase_dates(c));
  return j;
}

namespace {

void course_text(std::ostream& out, const domain::CourseOverview& r, const Style& st) {
  auto row = [&](const char* label, const std::string& value) {
    out << st.dim(pad(label, 10)) << value << '\n';
  };
  if (!r.course) {
    row("phase", std::string(domain::to_string(r.phase)) + (r.pin ? " (pinned)" : ""));
    out << "No course of therapy is recorded; prompts follow the phase '"
        << domain::to_string(r.phase) << "'.\n";
  } else {
    const auto& c = *r.course;
    const auto& s = *r.status;
    if (s.ended) {
      row("course", "ended " + domain::format_date(*c.end) + " after starting " +
                        domain::format_date(c.start));
    } else if (s.week > c.weeks) {
      row("course", "week " + std::to_string(s.week) + ", past the planned " +
                        std::to_string(c.weeks) + " weeks");
    } else {
      row("course", "week " + std::to_string(s.week) + " of " + std::to_string(c.weeks) + ", " +
                        std::to_string(s.weeks_left) +
                        (s.weeks_left == 1 ? " week left" : " weeks left"));
    }
    row("phase", st.bold(std::string(domain::to_string(r.phase))) + (r.pin ? " (pinned)" : ""));
    row("", std::string(phase_purpose(r.phase)));
    row("started", domain::format_date(c.start) + ", " + std::to_string(c.weeks) + " weeks (" +
                       std::to_string(c.initial_weeks) + " initial, " +
                       std::to_string(c.termination_weeks) + " termination)");
    const auto& d = *r.dates;
    row("phases", "initial " + domain::format_date(d.initial) + ", middle " +
                      domain::format_date(d.middle) + ", termination " +
                      domain::format_date(d.termination) + ", maintenance " +
                      domain::format_date(d.maintenance));
  }
  row("focus", r.focus ? area_line(*r.focus) : "none yet");
  for (std::size_t i = 0; i < r.open_areas.size(); ++i)
    row(i == 0 ? "open" : "", area_line(r.open_areas[i]));
}

void course_json(std::ostream& out, const domain::CourseOverview& r) {
  Json j;
  j["today"] = domain::format_date(r.today);
  j["phase"] = domain::to_string(r.phase);
  j["pinned"] = r.pin.has_value();
  if (r.course) {
    Json c = course_object(*r.course);
    c["week"] = r.status->week;
    c["weeks_left"] = r.status->weeks_left;
    c["ended"] = r.status->ended;
    j["course"] = std::move(c);
  } else {
    j["course"] = nullptr;
  }
  if (r.focus) {
    Json f;
    f["id"] = r.focus->id;
    f["kind"] = domain::to_string(r.focus->kind);
    f["title"] = r.focus->title;
    f["stage"] = r.focus->stage ? Json(domain::to_string(*r.focus->stage)) : Json(nullptr);
    j["focus"] = std::move(f);
  } else {
    j["focus"] = nullptr;
  }
  Json open = Json::array();
  for (const auto& a : r.open_areas)
    open.push_back({{"id", a.id}, {"kind", domain::to_string(a.kind)}, {"title", a.title}});
  j["open_areas"] = std::move(open);
  out << j.dump(2) << '\n';
}

void courses_text(std::ostream& out, const CourseList& list, const Style& st) {
  const auto today = list.today;
  const auto& courses = list.courses;
  out << st.dim("ID  START       WEEKS  INITIAL  TERMINATION  END         STATUS") << '\n';
  for (const auto& c : courses) {
    const bool ended = c.end && *c.end <= today;
    const int week = domain::course_week(c, today);
    const std::string status = ended            ? "ended"
                               : week > c.weeks ? "past its planned length"
                                                : "open, week " + std::to_string(week);
    out << pad(std::to_string(c.id), 2) << "  " << domain::format_date(c.start) << "  "
        << pad(std::to_string(c.weeks), 5) << "  " << pad(std::to_string(c.initial_weeks), 7)
        << "  " << pad(std::to_string(c.termination_weeks), 11) << "  "
        << pad(c.end ? domain::format_date(*c.end) : "-", 10) << "  " << status << '\n';
  }
}

void courses_json(std::ostream& out, const CourseList& list) {
  Json arr = Json::array();
  for (const auto& c : list.courses)
    arr.push_back(course_object(c));
  out << arr.dump(2) << '\n';
}

void courses_csv(std::ostream& out, const CourseList& list) {
  csv_row(out, {"id", "uuid", "start", "weeks", "initial_weeks", "termination_weeks", "end"});
  for (const auto& c : list.courses) {
    csv_row(out, {std::to_string(c.id), c.uuid, domain::format_date(c.start),
                  std::to_string(c.weeks), std::to_string(c.initial_weeks),
                  std::to_string(c.termination_weeks), c.end ? domain::format_date(*c.end) : ""});
  }
}

void phase_text(std::ostream& out, const PhaseLine& p, const Style& st) {
  const auto& v = p.overview;
  const std::string word(domain::to_string(v.phase));
  if (!p.terminal) {
    out << word << '\n';
    return;
  }
  out << st.bold(word);
  if (v.status && !v.status->ended && v.status->week <= v.status->weeks)
    out << " (week " << v.status->week << " of " << v.status->weeks << ")";
  if (v.pin)
    out << " (pinned)";
  out << ": " << phase_purpose(v.phase) << '\n';
}

void phase_json(std::ostream& out, const PhaseLine& p) {
  const auto& v = p.overview;
  Json j;
  j["phase"] = domain::to_string(v.phase);
  j["pinned"] = v.pin.has_value();
  const bool in_course = v.status && !v.status->ended;
  j["week"] = in_course ? Json(v.status->week) : Json(nullptr);
  j["weeks"] = in_course ? Json(v.status->weeks) : Json(nullptr);
  out << j.dump(2) << '\n';
}

}  // namespace

const View<domain::CourseOverview>& course_view() {
  static const View<domain::CourseOverview> v{course_text, course_json, nullptr, nullptr, nullptr};
  return v;
}

const View<CourseList>& course_list_view() {
  static const View<CourseList> v{courses_text, courses_json, courses_csv, nullptr, nullptr};
  return v;
}

const View<PhaseLine>& phase_view() {
  static const View<PhaseLine> v{phase_text, phase_json, nullptr, nullptr, nullptr};
  return v;
}

}  // namespace ipt::render
