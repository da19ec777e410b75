#include <nlohmann/json.hpp>

#include "render/csv.hpp"
#include "render/entries.hpp"
#include "render/json_objects.hpp"

namespace ipt::render {

using domain::Entry;
namespace {

/// The type-specific fields every entry object and row has, empty where the type lacks them.
struct Fields {
  std::optional<int> mood, anxiety, energy, impact;
  std::optional<double> sleep;
  std::optional<domain::EventKind> kind;
  std::optional<std::int64_t> checkin_id;
  std::vector<std::string> feelings;
  std::string prompt_id, prompt_text;
  std::optional<domain::Date> week;
  const domain::Measure* measure = nullptr;
};

Fields fields_of(const Entry& e) {
  Fields f;
  std::visit(domain::Overloaded{[&](const domain::Checkin& c) {
                                  f.mood = c.mood;
                                  f.anxiety = c.anxiety;
                                  f.energy = c.energy;
                                  f.sleep = c.sleep;
                                },
                                [&](const domain::Event& v) {
                                  f.kind = v.kind;
                                  f.impact = v.impact;
                                  f.checkin_id = v.checkin_id;
                                  f.feelings = v.feelings;
                                },
                                [&](const domain::Reflection& r) {
                                  f.prompt_id = r.prompt_id;
                                  f.prompt_text = r.prompt_text;
                                  f.week = r.week;
                                },
                                [&](const domain::Measure& m) { f.measure = &m; }},
             e.body);
  return f;
}

}  // namespace

Json entry_object(const Entry& e) {
  const auto f = fields_of(e);
  Json j;
  j["id"] = e.id;
  j["uuid"] = e.uuid;
  j["type"] = domain::to_string(e.type());
  j["at"] = iso8601(e.at, e.utc_offset);
  j["day"] = domain::format_date(e.day);
  j["mood"] = or_null(f.mood);
  j["anxiety"] = or_null(f.anxiety);
  j["energy"] = or_null(f.energy);
  j["sleep"] = or_null(f.sleep);
  j["text"] = domain::text_of(e);
  j["kind"] = f.kind ? Json(domain::to_string(*f.kind)) : Json(nullptr);
  j["impact"] = or_null(f.impact);
  j["feelings"] = f.feelings;
  j["people"] = e.people;
  j["tags"] = e.tags;
  j["area_id"] = or_null(e.area_id);
  j["prompt_id"] = f.prompt_id.empty() ? Json(nullptr) : Json(f.prompt_id);
  j["prompt"] = f.prompt_text.empty() ? Json(nullptr) : Json(f.prompt_text);
  j["week"] = f.week ? Json(domain::format_date(*f.week)) : Json(nullptr);
  j["checkin_id"] = or_null(f.checkin_id);
  // A questionnaire: its scale, item answers in order, total and published band.
  j["scale"] = f.measure ? Json(domain::to_string(f.measure->scale)) : Json(nullptr);
  j["answers"] = f.measure ? Json(f.measure->answers) : Json(nullptr);
  j["total"] = f.measure ? Json(f.measure->total()) : Json(nullptr);
  j["band"] = f.measure ? Json(domain::band(f.measure->scale, f.measure->total())) : Json(nullptr);
  j["difficulty"] = f.measure ? or_null(f.measure->difficulty) : Json(nullptr);
  j["created"] = iso8601(e.created, 0);
  j["updated"] = iso8601(e.updated, 0);
  return j;
}

namespace {

std::string opt(const std::optional<int>& v) {
  return v ? std::to_string(*v) : "";
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v)
    out += (out.empty() ? "" : ";") + s;
  return out;
}

void entries_json(std::ostream& out, const std::vector<Entry>& entries) {
  // One entry at a time, so memory stays flat however long the journal: the output is the
  // same as dumping one array with an indent of 2.
  out << '[';
  bool first = true;
  for (const auto& e : entries) {
    out << (first ? "\n" : ",\n");
    first = false;
    const std::string obj = entry_object(e).dump(2);
    std::size_t start = 0;
    while (start < obj.size()) {
      const auto nl = obj.find('\n', start);
      const auto end = nl == std::string::npos ? obj.size() : nl;
      out << "  " << std::string_view(obj).substr(start, end - start);
      if (nl != std::string::npos)
        out << '\n';
      start = end + 1;
    }
  }
  out << (entries.empty() ? "]\n" : "\n]\n");
}

void entry_json(std::ostream& out, const Entry& e) {
  out << entry_object(e).dump(2) << '\n';
}

void entries_csv(std::ostream& out, const std::vector<Entry>& entries) {
  csv_row(out,
          {"id",        "uuid",   "type", "at",         "day",      "mood",    "anxiety", "energy",
           "sleep",     "text",   "kind", "impact",     "feelings", "people",  "tags",    "area_id",
           "prompt_id", "prompt", "week", "checkin_id", "scale",    "answers", "total",   "band"});
  for (const auto& e : entries) {
    const auto f = fields_of(e);
    csv_row(out,
            {std::to_string(e.id),
             e.uuid,
             std::string(domain::to_string(e.type())),
             iso8601(e.at, e.utc_offset),
             domain::format_date(e.day),
             opt(f.mood),
             opt(f.anxiety),
             opt(f.energy),
             f.sleep ? short_number(*f.sleep) : "",
             domain::text_of(e),
             f.kind ? std::string(domain::to_string(*f.kind)) : "",
             opt(f.impact),
             joined(f.feelings),
             joined(e.people),
             joined(e.tags),
             e.area_id ? std::to_string(*e.area_id) : "",
             f.prompt_id,
             f.prompt_text,
             f.week ? domain::format_date(*f.week) : "",
             f.checkin_id ? std::to_string(*f.checkin_id) : "",
             f.measure ? std::string(domain::to_string(f.measure->scale)) : "",
             f.measure ? domain::answers_key(f.measure->answers) : "",
             f.measure ? std::to_string(f.measure->total()) : "",
             f.measure ? std::string(domain::band(f.measure->scale, f.measure->total())) : ""});
  }
}

void entry_csv(std::ostream& out, const Entry& e) {
  entries_csv(out, {e});
}

}  // namespace

const View<std::vector<Entry>>& entry_list_view() {
  static const View<std::vector<Entry>> v{entries_text, entries_json, entries_csv, nullptr,
                                          nullptr};
  return v;
}

const View<Entry>& entry_view() {
  static const View<Entry> v{entry_detail_text, entry_json, entry_csv, nullptr, nullptr};
  return v;
}

}  // namespace ipt::render
