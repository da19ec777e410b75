#include <nlohmann/json.hpp>

#include "interchange/records.hpp"
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
  std::vector<std::string> metrics;  ///< "name=value", in name order
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
                                  for (const auto& [name, value] : c.metrics)
                                    f.metrics.push_back(name + "=" + std::to_string(value));
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
  // The fields an export holds too, from the same serializer (interchange/records.hpp), with
  // what only a journal's own view has: the short id, people by name, the area's id.
  // The documented order (man ipt, "JSON entry"): the keys are placed first, then filled.
  static constexpr const char* kOrder[] = {
      "id",     "uuid",    "type",    "at",        "day",        "mood",    "anxiety",
      "energy", "sleep",   "metrics", "text",      "kind",       "impact",  "feelings",
      "people", "tags",    "area_id", "prompt_id", "prompt",     "week",    "checkin_id",
      "scale",  "answers", "total",   "band",      "difficulty", "created", "updated"};
  Json j;
  for (const char* key : kOrder)
    j[key] = nullptr;
  j["id"] = e.id;
  interchange::entry_fields(j, e);
  interchange::entry_metrics(j, e);
  const auto* ev = e.as<domain::Event>();
  j["people"] = e.people;
  j["area_id"] = or_null(e.area_id);
  j["checkin_id"] = ev ? or_null(ev->checkin_id) : Json(nullptr);
  return j;
}

namespace {

std::string opt(const std::optional<int>& v) {
  return v ? std::to_string(*v) : "";
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
  csv_row(out, {"id",      "uuid",    "type",      "at",     "day",    "mood",       "anxiety",
                "energy",  "sleep",   "text",      "kind",   "impact", "feelings",   "people",
                "tags",    "area_id", "prompt_id", "prompt", "week",   "checkin_id", "scale",
                "answers", "total",   "band",      "metrics"});
  for (const auto& e : entries) {
    const auto f = fields_of(e);
    csv_row(out, {std::to_string(e.id),
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
                  csv_list(f.feelings),
                  csv_list(e.people),
                  csv_list(e.tags),
                  e.area_id ? std::to_string(*e.area_id) : "",
                  f.prompt_id,
                  f.prompt_text,
                  f.week ? domain::format_date(*f.week) : "",
                  f.checkin_id ? std::to_string(*f.checkin_id) : "",
                  f.measure ? std::string(domain::to_string(f.measure->scale)) : "",
                  f.measure ? domain::answers_key(f.measure->answers) : "",
                  f.measure ? std::to_string(f.measure->total()) : "",
                  f.measure ? std::string(domain::band(f.measure->scale, f.measure->total())) : "",
                  csv_list(f.metrics)});
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
