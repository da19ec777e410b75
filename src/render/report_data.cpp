// The report as data: JSON (a versioned schema, documented in ipt-export(5)) and CSV (one row
// per day of the period).
#include <algorithm>

#include "render/csv.hpp"
#include "render/json_objects.hpp"
#include "render/report_parts.hpp"

namespace ipt::render {

using domain::format_date;

namespace {

Json summary_object(const domain::Summary& s) {
  return {{"mean", mean_or_null(s.mean)},
          {"min", or_null(s.min)},
          {"max", or_null(s.max)},
          {"count", s.count},
          {"days", s.days}};
}

/// The scale's values on `day`, or null.
const domain::DayStats* day_of(const domain::MetricSection& m, domain::Date day) {
  const auto it =
      std::lower_bound(m.days.begin(), m.days.end(), day,
                       [](const domain::DayStats& s, domain::Date d) { return s.day < d; });
  return it != m.days.end() && it->day == day ? &*it : nullptr;
}

Json area_brief(const domain::Area& a) {
  Json j;
  j["id"] = a.id;
  j["kind"] = domain::to_string(a.kind);
  j["title"] = a.title;
  j["stage"] = a.stage ? Json(domain::to_string(*a.stage)) : Json(nullptr);
  j["people"] = a.people;
  return j;
}

Json event_object(const domain::Entry& e, bool notes) {
  const auto* ev = e.as<domain::Event>();
  Json j;
  j["id"] = e.id;
  j["kind"] = domain::to_string(ev->kind);
  j["people"] = e.people;
  j["impact"] = or_null(ev->impact);
  j["text"] = notes ? Json(ev->text) : Json(nullptr);
  return j;
}

Json day_object(const std::optional<domain::DayWithEvents>& d, bool notes) {
  if (!d)
    return nullptr;
  Json events = Json::array();
  for (const auto& e : d->events)
    events.push_back(event_object(e, notes));
  return {{"day", format_date(d->stats.day)},
          {"mood_mean", mean_or_null(d->stats.mean)},
          {"events", std::move(events)}};
}

Json measure_object(const domain::MeasureResult& m) {
  Json j{{"day", format_date(m.day)}, {"total", m.total}, {"band", m.band}};
  if (m.scale == domain::Scale::phq9)
    j["item9"] = m.item9;
  return j;
}

Json asked_object(const domain::AskedInPeriod& a, bool answers) {
  return {{"week", format_date(a.week)},
          {"prompt_id", a.prompt_id},
          {"text", a.text},
          {"task", a.task},
          {"answered", a.answer.has_value()},
          {"answer", answers && a.answer ? Json(*a.answer) : Json(nullptr)}};
}

}  // namespace

void report_json(std::ostream& out, const ReportDoc& doc) {
  const auto& r = doc.report;
  const auto& h = r.header;
  Json j;
  j["format"] = "ipt-report";
  j["version"] = kReportJsonVersion;
  j["period"] = {{"kind", domain::to_string(h.kind)},
                 {"from", format_date(h.period.from)},
                 {"to", format_date(h.period.to)}};
  j["header"] = {{"course_id", or_null(h.course_id)},
                 {"course_week_from", or_null(h.course_week_from)},
                 {"course_week_to", or_null(h.course_week_to)},
                 {"course_weeks", or_null(h.course_weeks)},
                 {"phase", domain::to_string(h.phase)},
                 {"phase_pinned", h.phase_pinned},
                 {"previous", h.previous},
                 {"focus", h.focus ? area_brief(*h.focus) : Json(nullptr)},
                 {"checkin_days", h.checkin_days},
                 {"days", h.days}};
  Json signals = Json::array();
  for (auto s : r.safety.persisting)
    signals.push_back(domain::to_string(s));
  j["safety"] = {
      {"low_days", r.safety.low_days},
      {"signals", std::move(signals)},
      {"item9", or_null(r.safety.item9)},
      {"item9_day", r.safety.item9_day ? Json(format_date(*r.safety.item9_day)) : Json(nullptr)},
      {"help", r.safety.any() ? Json(doc.help_now_line) : Json(nullptr)}};
  const auto& m = r.mood;
  j["mood"] = {{"mood", summary_object(m.mood)},
               {"change_previous", mean_or_null(m.change_previous)},
               {"change_baseline", mean_or_null(m.change_baseline)},
               {"baseline_mean", mean_or_null(m.baseline_mean)},
               {"anxiety", summary_object(m.anxiety)},
               {"energy", summary_object(m.energy)},
               {"sleep", summary_object(m.sleep)}};
  Json days = Json::array();
  for (const auto& d : m.chart) {
    Json day_metrics = Json::object();
    for (const auto& x : r.metrics) {
      if (const auto* v = day_of(x, d.day))
        day_metrics[x.name] = mean_or_null(v->mean);
    }
    days.push_back({{"day", format_date(d.day)},
                    {"mood_mean", mean_or_null(d.mood)},
                    {"mood_min", mean_or_null(d.mood_min)},
                    {"mood_max", mean_or_null(d.mood_max)},
                    {"checkins", d.checkins},
                    {"anxiety", mean_or_null(d.anxiety)},
                    {"energy", mean_or_null(d.energy)},
                    {"sleep", mean_or_null(d.sleep)},
                    {"events", d.events},
                    {"conflicts", d.conflicts},
                    {"supports", d.supports},
                    {"measures", d.measures},
                    {"metrics", std::move(day_metrics)}});
  }
  j["days"] = std::move(days);
  j["lowest"] = day_object(r.lowest, doc.notes);
  j["highest"] = day_object(r.highest, doc.notes);
  Json assoc = Json::array();
  for (const auto& a : r.associations) {
    assoc.push_back({{"what", domain::to_string(a.what)},
                     {"name", a.name},
                     {"days_with", a.split.days_with},
                     {"days_without", a.split.days_without},
                     {"mean_with", mean_or_null(a.split.mean_with)},
                     {"mean_without", mean_or_null(a.split.mean_without)},
                     {"difference", mean_or_null(a.split.difference())},
                     {"mourned", a.mourned}});
  }
  j["associations"] = std::move(assoc);
  Json losses = Json::array();
  const auto focus_id = h.focus ? std::optional(h.focus->id) : std::nullopt;
  for (const auto& e : r.losses) {
    auto o = event_object(e, doc.notes);
    o["day"] = format_date(e.day);
    o["outside_focus"] = !focus_id || e.area_id != focus_id;
    losses.push_back(std::move(o));
  }
  j["losses"] = std::move(losses);
  Json weeks = Json::array();
  for (const auto& w : r.weeks) {
    weeks.push_back({{"week", w.week},
                     {"from", format_date(w.period.from)},
                     {"to", format_date(w.period.to)},
                     {"phase", domain::to_string(w.phase)},
                     {"mood", summary_object(w.mood)},
                     {"events", w.events},
                     {"conflicts", w.conflicts}});
  }
  j["weeks"] = std::move(weeks);
  Json contacts = Json::array();
  for (const auto& c : r.people.contacts) {
    contacts.push_back({{"name", c.name},
                        {"circle", c.circle ? Json(domain::to_string(*c.circle)) : Json(nullptr)},
                        {"entries", c.entries},
                        {"days", c.days}});
  }
  j["people"] = {{"contacts", std::move(contacts)},
                 {"inner_without_contact", r.people.inner_without},
                 {"new", r.people.new_people}};
  Json stages = Json::array();
  for (const auto& c : r.focus.stages)
    stages.push_back({{"stage", domain::to_string(c.stage)}, {"day", format_date(c.day)}});
  Json ratings = Json::array();
  for (const auto& x : r.focus.ratings)
    ratings.push_back({{"day", format_date(x.day)}, {"rating", x.rating}});
  Json resolved = Json::array();
  for (const auto& a : r.focus.resolved) {
    auto o = area_brief(a);
    o["resolved"] = format_date(*a.resolved_day);
    resolved.push_back(std::move(o));
  }
  j["focus"] = {{"area", r.focus.focus ? area_brief(*r.focus.focus) : Json(nullptr)},
                {"attached", r.focus.attached},
                {"stages", std::move(stages)},
                {"ratings", std::move(ratings)},
                {"resolved", std::move(resolved)}};
  Json prompts = Json::array();
  for (const auto& a : r.reflections.prompts)
    prompts.push_back(asked_object(a, doc.answers));
  j["reflections"] = {{"asked", r.reflections.asked},
                      {"answered", r.reflections.answered},
                      {"skipped", r.reflections.skipped},
                      {"prompts", std::move(prompts)}};
  Json measures = Json::array();
  for (const auto& t : r.measures) {
    Json in = Json::array();
    for (const auto& x : t.in_period)
      in.push_back(measure_object(x));
    measures.push_back({{"scale", domain::to_string(t.scale)},
                        {"in_period", std::move(in)},
                        {"first", t.first ? measure_object(*t.first) : Json(nullptr)},
                        {"latest", t.latest ? measure_object(*t.latest) : Json(nullptr)},
                        {"change", or_null(t.change())}});
  }
  j["measures"] = std::move(measures);
  Json signs = Json::array();
  for (const auto& a : r.termination.warning_signs)
    signs.push_back(asked_object(a, doc.answers));
  Json steps = Json::array();
  for (const auto& s : r.termination.plan.steps)
    steps.push_back(
        {{"step", domain::to_string(s.step)}, {"text", doc.notes ? Json(s.text) : Json(nullptr)}});
  j["termination"] = {{"applies", r.termination.applies},
                      {"not_improved", r.termination.not_improved},
                      {"warning_signs", std::move(signs)},
                      {"plan", std::move(steps)}};
  Json agenda = Json::array();
  for (const auto& a : r.agenda)
    agenda.push_back(agenda_object(a));
  j["agenda"] = std::move(agenda);
  // Added after version 1 was published: at the end, as the schema's rule says.
  Json metrics = Json::array();
  for (const auto& x : r.metrics) {
    metrics.push_back({{"name", x.name},
                       {"label", x.label},
                       {"scale_min", or_null(x.min)},
                       {"scale_max", or_null(x.max)},
                       {"values", summary_object(x.summary)}});
  }
  j["metrics"] = std::move(metrics);
  out << j.dump(2) << '\n';
}

void report_csv(std::ostream& out, const ReportDoc& doc) {
  const auto& r = doc.report;
  csv_row(out, {"day", "mood_mean", "mood_min", "mood_max", "checkins", "anxiety", "energy",
                "sleep", "events", "conflicts", "supports", "measures", "metrics"});
  auto num = [](const std::optional<double>& v) {
    return v ? short_number(domain::round_to(*v, 1)) : std::string();
  };
  for (const auto& d : r.mood.chart) {
    // The day's mean of each scale of your own, as the entries' metrics column has them.
    std::vector<std::string> metrics;
    for (const auto& x : r.metrics) {
      if (const auto* v = day_of(x, d.day))
        metrics.push_back(x.name + "=" + num(v->mean));
    }
    csv_row(out, {format_date(d.day), num(d.mood), num(d.mood_min), num(d.mood_max),
                  std::to_string(d.checkins), num(d.anxiety), num(d.energy), num(d.sleep),
                  std::to_string(d.events), std::to_string(d.conflicts), std::to_string(d.supports),
                  std::to_string(d.measures), csv_list(metrics)});
  }
}

}  // namespace ipt::render
