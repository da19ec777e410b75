// Each record to and from its JSON object. The writer and the reader of a kind sit side by side,
// so a field added to one is seen missing from the other.
#include <array>

#include "domain/course.hpp"
#include "domain/text.hpp"
#include "domain/uuid.hpp"
#include "domain/validate.hpp"
#include "interchange/fields.hpp"
#include "interchange/records.hpp"

namespace ipt::interchange {

using namespace domain;

namespace {

template <typename T>
Json or_null(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}
template <typename E>
Json name_or_null(const std::optional<E>& v) {
  return v ? Json(to_string(*v)) : Json(nullptr);
}
Json day_or_null(const std::optional<Date>& d) {
  return d ? Json(format_date(*d)) : Json(nullptr);
}

std::span<const std::string_view> status_names() {
  static constexpr std::array<std::string_view, 3> k{"focus", "open", "resolved"};
  return k;
}
std::span<const std::string_view> pin_names() {
  static constexpr std::array<std::string_view, 4> k{"initial", "middle", "termination",
                                                     "maintenance"};
  return k;
}

// People.

Json person_json(const PersonRecord& r) {
  const auto& p = r.person;
  Json j;
  person_fields(j, p);
  j["created"] = format_utc(p.created);
  j["updated"] = format_utc(r.updated);
  return j;
}

PersonRecord person_from(const Fields& f) {
  PersonRecord r;
  auto& p = r.person;
  p.uuid = f.uuid();
  p.name = f.check("name", [&] { return check_person_name(f.text("name")); });
  p.circle = f.opt_named<Circle>("circle", circle_from, circle_names);
  p.role = f.check("role", [&] { return check_short_text("role", f.text("role")); });
  p.note = f.check("note", [&] { return check_text("note", f.text("note"), false); });
  p.contact = f.opt_named<Contact>("contact", contact_from, contact_names);
  for (auto [key, field] :
       {std::pair{"satisfying", &p.satisfying}, std::pair{"unsatisfying", &p.unsatisfying},
        std::pair{"my_expectations", &p.my_expectations},
        std::pair{"their_expectations", &p.their_expectations}, std::pair{"wish", &p.wish}}) {
    const char* name = key;  // clang before 16 cannot capture a structured binding (fuzz/)
    *field = f.check(name, [&] { return check_text(name, f.text(name), false); });
  }
  p.created = f.utc("created");
  r.updated = f.utc("updated");
  return r;
}

// Problem areas, with their stage history and ratings.

Json area_json(const AreaRecord& a) {
  Json j;
  j["uuid"] = a.uuid;
  j["kind"] = to_string(a.kind);
  j["title"] = a.title;
  j["status"] = to_string(a.status);
  j["stage"] = name_or_null(a.stage);
  j["note"] = a.note;
  j["afraid"] = or_null(a.afraid);
  j["created_day"] = format_date(a.created_day);
  j["resolved_day"] = day_or_null(a.resolved_day);
  j["people"] = a.people;
  Json stages = Json::array();
  for (const auto& s : a.stages)
    stages.push_back(
        {{"stage", to_string(s.stage)}, {"day", format_date(s.day)}, {"at", format_utc(s.at)}});
  j["stages"] = std::move(stages);
  Json ratings = Json::array();
  for (const auto& r : a.ratings)
    ratings.push_back({{"uuid", r.uuid},
                       {"day", format_date(r.day)},
                       {"rating", r.rating},
                       {"at", format_utc(r.at)}});
  j["ratings"] = std::move(ratings);
  j["created"] = format_utc(a.created);
  j["updated"] = format_utc(a.updated);
  return j;
}

const Json& list_of(const Json& obj, const char* key, const Fields& f) {
  static const Json none = Json::array();
  if (!obj.contains(key) || obj[key].is_null())
    return none;
  if (!obj[key].is_array())
    f.fail(key, "must be a list, not " + obj[key].dump());
  return obj[key];
}

AreaRecord area_from(const Json& obj, const Fields& f) {
  AreaRecord a;
  a.uuid = f.uuid();
  a.kind = f.named<AreaKind>("kind", area_kind_from, area_kind_names);
  a.title = f.check("title", [&] { return check_text("title", f.text("title"), true); });
  a.status = f.named<AreaStatus>("status", area_status_from, status_names);
  a.stage = f.opt_named<DisputeStage>("stage", dispute_stage_from, dispute_stage_names);
  f.check("stage", [&] {
    check_stage_applies(a.kind, a.stage);
    return 0;
  });
  a.note = f.check("note", [&] { return check_text("note", f.text("note"), false); });
  a.afraid = f.opt_bool("afraid");
  a.created_day = f.day("created_day");
  a.resolved_day = f.opt_day("resolved_day");
  if ((a.status == AreaStatus::resolved) != a.resolved_day.has_value())
    f.fail("resolved_day", "is given exactly when the area is resolved");
  a.people = f.uuids("people");
  std::size_t i = 0;
  for (const auto& s : list_of(obj, "stages", f)) {
    const Fields sf(s, {f.where().record + ".stages[" + std::to_string(i++) + "]", a.uuid});
    a.stages.push_back({sf.named<DisputeStage>("stage", dispute_stage_from, dispute_stage_names),
                        sf.day("day"), sf.utc("at")});
  }
  i = 0;
  for (const auto& r : list_of(obj, "ratings", f)) {
    const Fields rf(r, {f.where().record + ".ratings[" + std::to_string(i++) + "]", {}});
    a.ratings.push_back(
        {rf.uuid(), rf.day("day"), rf.whole("rating", kRatingMin, kRatingMax), rf.utc("at")});
  }
  a.created = f.utc("created");
  a.updated = f.utc("updated");
  return a;
}

Json focus_json(const FocusRecord& r) {
  return {{"uuid", history_uuid(r)},
          {"area", or_null(r.area)},
          {"day", format_date(r.day)},
          {"at", format_utc(r.at)}};
}

FocusRecord focus_from(const Fields& f) {
  return {f.opt_uuid("area"), f.day("day"), f.utc("at")};
}

// Courses and phases.

Json course_json(const CourseRecord& r) {
  const auto& c = r.course;
  Json j;
  course_fields(j, c);
  j["note"] = c.note;
  j["created"] = format_utc(r.created);
  j["updated"] = format_utc(r.updated);
  return j;
}

CourseRecord course_from(const Fields& f) {
  CourseRecord r;
  auto& c = r.course;
  c.uuid = f.uuid();
  c.start = f.day("start");
  c.weeks = f.whole("weeks", 1, 1000);
  c.initial_weeks = f.whole("initial_weeks", 0, 1000);
  c.termination_weeks = f.whole("termination_weeks", 0, 1000);
  f.check("weeks", [&] {
    check_course_shape(c.weeks, c.initial_weeks, c.termination_weeks);
    return 0;
  });
  c.end = f.opt_day("end");
  if (c.end && *c.end < c.start)
    f.fail("end", "the course ends (" + format_date(*c.end) + ") before it starts");
  c.note = f.check("note", [&] { return check_text("note", f.text("note"), false); });
  r.created = f.utc("created");
  r.updated = f.utc("updated");
  return r;
}

Json pin_json(const PinRecord& r) {
  return {{"uuid", history_uuid(r)},
          {"phase", name_or_null(r.phase)},
          {"day", format_date(r.day)},
          {"at", format_utc(r.at)}};
}

PinRecord pin_from(const Fields& f) {
  auto phase = f.opt_named<Phase>(
      "phase", [](std::string_view s) { return s == "none" ? std::nullopt : phase_from(s); },
      pin_names);
  return {phase, f.day("day"), f.utc("at")};
}

// The safety plan, the agenda, the prompts asked.

Json plan_json(const PlanRecord& r) {
  return {{"uuid", history_uuid(r)},
          {"step", to_string(r.step)},
          {"text", r.text},
          {"day", format_date(r.day)},
          {"at", format_utc(r.at)}};
}

PlanRecord plan_from(const Fields& f) {
  return {f.named<PlanStep>("step", plan_step_from, plan_step_names),
          f.check("text", [&] { return check_text("text", f.text("text"), true); }), f.day("day"),
          f.utc("at")};
}

Json agenda_json(const AgendaRecord& a) {
  Json j;
  j["uuid"] = a.uuid;
  j["text"] = or_null(a.text);
  j["entry"] = or_null(a.entry);
  j["day"] = format_date(a.day);
  j["created"] = format_utc(a.created);
  j["updated"] = format_utc(a.updated);
  j["done"] = a.done ? Json(format_utc(*a.done)) : Json(nullptr);
  return j;
}

AgendaRecord agenda_from(const Fields& f) {
  AgendaRecord a;
  a.uuid = f.uuid();
  if (auto t = f.opt_text("text"))
    a.text = f.check("text", [&] { return check_text("text", *t, true); });
  a.entry = f.opt_uuid("entry");
  if (a.text.has_value() == a.entry.has_value())
    f.fail("text", "an agenda item has its own text or an entry, and only one of them");
  a.day = f.day("day");
  a.created = f.utc("created");
  a.updated = f.utc("updated");
  a.done = f.opt_utc("done");
  return a;
}

Json asked_json(const AskedRecord& a) {
  return {{"uuid", history_uuid(a)},  {"week", format_date(a.week)},
          {"prompt_id", a.prompt_id}, {"pos", a.pos},
          {"text", a.text},           {"asked", format_utc(a.asked)}};
}

AskedRecord asked_from(const Fields& f) {
  AskedRecord a;
  a.week = f.day("week");
  a.prompt_id = f.text("prompt_id");
  if (a.prompt_id.empty())
    f.fail("prompt_id", "is missing");
  a.pos = f.whole("pos", 0, 1000);
  a.text = f.check("text", [&] { return check_text("text", f.text("text"), true); });
  a.asked = f.utc("asked");
  return a;
}

}  // namespace

void person_fields(Json& j, const Person& p) {
  j["uuid"] = p.uuid;
  j["name"] = p.name;
  j["circle"] = name_or_null(p.circle);
  j["role"] = p.role;
  j["note"] = p.note;
  j["contact"] = name_or_null(p.contact);
  j["satisfying"] = p.satisfying;
  j["unsatisfying"] = p.unsatisfying;
  j["my_expectations"] = p.my_expectations;
  j["their_expectations"] = p.their_expectations;
  j["wish"] = p.wish;
}

void course_fields(Json& j, const Course& c) {
  j["uuid"] = c.uuid;
  j["start"] = format_date(c.start);
  j["weeks"] = c.weeks;
  j["initial_weeks"] = c.initial_weeks;
  j["termination_weeks"] = c.termination_weeks;
  j["end"] = day_or_null(c.end);
}

Json record_json(const Record& r) {
  return std::visit(Overloaded{[](const PersonRecord& x) { return person_json(x); },
                               [](const AreaRecord& x) { return area_json(x); },
                               [](const FocusRecord& x) { return focus_json(x); },
                               [](const CourseRecord& x) { return course_json(x); },
                               [](const PinRecord& x) { return pin_json(x); },
                               [](const EntryRecord& x) { return entry_json(x); },
                               [](const PlanRecord& x) { return plan_json(x); },
                               [](const AgendaRecord& x) { return agenda_json(x); },
                               [](const AskedRecord& x) { return asked_json(x); }},
                    r);
}

Record record_from(std::size_t kind, const Json& obj, const Where& where) {
  const Fields f(obj, where);
  switch (kind) {
    case 0:
      return person_from(f);
    case 1:
      return area_from(obj, f);
    case 2:
      return focus_from(f);
    case 3:
      return course_from(f);
    case 4:
      return pin_from(f);
    case 5:
      return entry_from(obj, f);
    case 6:
      return plan_from(f);
    case 7:
      return agenda_from(f);
    default:
      return asked_from(f);
  }
}

std::string history_uuid(const Record& r) {
  const auto name = std::visit(
      Overloaded{
          [](const FocusRecord& x) {
            return "focus\n" + x.area.value_or("") + "\n" + format_date(x.day) + "\n" +
                   std::to_string(x.at);
          },
          [](const PinRecord& x) {
            return "pin\n" + std::string(x.phase ? to_string(*x.phase) : "") + "\n" +
                   format_date(x.day) + "\n" + std::to_string(x.at);
          },
          [](const PlanRecord& x) {
            return "plan\n" + std::string(to_string(x.step)) + "\n" + format_date(x.day) + "\n" +
                   std::to_string(x.at) + "\n" + x.text;
          },
          [](const AskedRecord& x) { return "asked\n" + format_date(x.week) + "\n" + x.prompt_id; },
          [](const auto&) { return std::string(); }},
      r);
  return name.empty() ? std::string() : uuid_v5(kIptNamespace, name);
}

}  // namespace ipt::interchange
