#include <nlohmann/json.hpp>

#include "interchange/records.hpp"
#include "render/csv.hpp"
#include "render/json_objects.hpp"
#include "render/people.hpp"

namespace ipt::render {

using domain::PersonSummary;

namespace {

std::string circle(const domain::Person& p) {
  return p.circle ? std::string(domain::to_string(*p.circle)) : "";
}
std::string last(const PersonSummary& s) {
  return s.last_contact ? domain::format_date(*s.last_contact) : "";
}
std::string mean(const std::optional<double>& v) {
  return v ? short_number(*v) : "";
}

/// A person's timeline holds events only (app::show_person selects them).
/// An event's kind, or "check-in"; its impact; its text or the check-in's note.
struct MomentCells {
  std::string type;
  std::optional<std::string> kind;
  std::optional<int> impact;
  std::string text;
};

MomentCells cells_of(const domain::PersonMoment& m) {
  if (const auto* ev = m.event.as<domain::Event>())
    return {"event", std::string(domain::to_string(ev->kind)), ev->impact, ev->text};
  return {"checkin", std::nullopt, std::nullopt, domain::text_of(m.event)};
}

}  // namespace

Json person_object(const PersonSummary& s) {
  // The person's own fields as an export writes them (interchange/records.hpp), in the
  // documented order (the keys placed first, then filled), with what the timeline says.
  Json j;
  for (const char* key :
       {"name", "uuid", "circle", "role", "note", "events", "last_contact", "mean_impact"})
    j[key] = nullptr;
  interchange::person_fields(j, s.person);
  j["events"] = s.events;
  j["last_contact"] = s.last_contact ? Json(domain::format_date(*s.last_contact)) : Json(nullptr);
  j["mean_impact"] = mean_or_null(s.mean_impact);
  return j;
}

namespace {

void people_text(std::ostream& out, const std::vector<PersonSummary>& people, const Style& st) {
  std::size_t name_w = 4;
  std::size_t role_w = 4;
  for (const auto& s : people) {
    name_w = std::max(name_w, display_width(s.person.name));
    role_w = std::max(role_w, display_width(s.person.role));
  }
  out << st.dim(pad("NAME", name_w) + "  " + pad("CIRCLE", 6) + "  " + pad("ROLE", role_w) +
                "  EVENTS  LAST CONTACT  MEAN IMPACT")
      << '\n';
  for (const auto& s : people) {
    const auto events = std::to_string(s.events);
    const auto impact = mean(s.mean_impact);
    out << pad(s.person.name, name_w) << "  " << pad(circle(s.person), 6) << "  "
        << pad(s.person.role, role_w) << "  "
        << std::string(6 - std::min<std::size_t>(6, events.size()), ' ') << events << "  "
        << pad(last(s), 12) << "  "
        << std::string(11 - std::min<std::size_t>(11, impact.size()), ' ') << impact << '\n';
  }
}

void people_json(std::ostream& out, const std::vector<PersonSummary>& people) {
  Json arr = Json::array();
  for (const auto& s : people)
    arr.push_back(person_object(s));
  out << arr.dump(2) << '\n';
}

void people_csv(std::ostream& out, const std::vector<PersonSummary>& people) {
  csv_row(out, {"name", "uuid", "circle", "role", "note", "events", "last_contact", "mean_impact",
                "contact", "satisfying", "unsatisfying", "my_expectations", "their_expectations",
                "wish"});
  for (const auto& s : people) {
    csv_row(out, {s.person.name, s.person.uuid, circle(s.person), s.person.role, s.person.note,
                  std::to_string(s.events), last(s), mean(s.mean_impact),
                  s.person.contact ? std::string(domain::to_string(*s.person.contact)) : "",
                  s.person.satisfying, s.person.unsatisfying, s.person.my_expectations,
                  s.person.their_expectations, s.person.wish});
  }
}

void person_text(std::ostream& out, const domain::PersonDetail& d, const Style& st) {
  const auto& s = d.summary;
  const auto& timeline = d.timeline;
  out << st.bold(s.person.name) << '\n';
  auto row = [&](const char* label, const std::string& v) {
    if (!v.empty())
      out << st.dim(pad(label, 14)) << v << '\n';
  };
  row("circle", circle(s.person));
  row("role", s.person.role);
  row("note", s.person.note);
  row("events", std::to_string(s.events));
  row("last contact", last(s));
  row("mean impact", mean(s.mean_impact));
  if (timeline.empty()) {
    out << '\n' << st.dim("Nothing with " + s.person.name + " yet.") << '\n';
    return;
  }
  out << '\n'
      << st.dim("DAY         ID     KIND       IMPACT  MOOD THAT DAY  WHAT HAPPENED") << '\n';
  for (const auto& m : timeline) {
    const auto& e = m.event;
    const auto c = cells_of(m);
    const std::string first_line = c.text.substr(0, c.text.find('\n'));
    out << domain::format_date(e.day) << "  " << pad("#" + std::to_string(e.id), 5) << "  "
        << pad(c.kind.value_or("check-in"), 9) << "  "
        << pad(c.impact ? signed_int(*c.impact) : "", 6) << "  "
        << pad(m.day_mood ? short_number(*m.day_mood) : "-", 13) << "  " << first_line << '\n';
  }
}

void person_json(std::ostream& out, const domain::PersonDetail& d) {
  Json j = person_object(d.summary);
  Json t = Json::array();
  for (const auto& m : d.timeline) {
    const auto c = cells_of(m);
    Json row;
    row["id"] = m.event.id;
    row["type"] = c.type;
    row["day"] = domain::format_date(m.event.day);
    row["at"] = iso8601(m.event.at, m.event.utc_offset);
    row["kind"] = c.kind ? Json(*c.kind) : Json(nullptr);
    row["impact"] = or_null(c.impact);
    row["text"] = c.text;
    row["day_mood"] = mean_or_null(m.day_mood);
    t.push_back(std::move(row));
  }
  j["timeline"] = std::move(t);
  out << j.dump(2) << '\n';
}

void person_csv(std::ostream& out, const domain::PersonDetail& d) {
  csv_row(out, {"day", "id", "type", "kind", "impact", "day_mood", "text"});
  for (const auto& m : d.timeline) {
    const auto& e = m.event;
    const auto c = cells_of(m);
    csv_row(out, {domain::format_date(e.day), std::to_string(e.id), c.type, c.kind.value_or(""),
                  c.impact ? std::to_string(*c.impact) : "",
                  m.day_mood ? short_number(*m.day_mood) : "", c.text});
  }
}

}  // namespace

const View<std::vector<PersonSummary>>& people_view() {
  static const View<std::vector<PersonSummary>> v{people_text, people_json, people_csv, nullptr,
                                                  nullptr};
  return v;
}

const View<domain::PersonDetail>& person_view() {
  static const View<domain::PersonDetail> v{person_text, person_json, person_csv, nullptr, nullptr};
  return v;
}

}  // namespace ipt::render
