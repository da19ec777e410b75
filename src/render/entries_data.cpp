#include <nlohmann/json.hpp>

#include "render/csv.hpp"
#include "render/entries.hpp"
#include "render/json_objects.hpp"

namespace ipt::render {

using domain::Entry;
Json entry_object(const Entry& e) {
  Json j;
  j["id"] = e.id;
  j["uuid"] = e.uuid;
  j["type"] = domain::to_string(e.type);
  j["at"] = iso8601(e.at, e.utc_offset);
  j["day"] = domain::format_date(e.day);
  j["mood"] = or_null(e.mood);
  j["anxiety"] = or_null(e.anxiety);
  j["energy"] = or_null(e.energy);
  j["sleep"] = or_null(e.sleep);
  j["text"] = e.text;
  j["kind"] = e.kind ? Json(domain::to_string(*e.kind)) : Json(nullptr);
  j["impact"] = or_null(e.impact);
  j["feelings"] = e.feelings;
  j["people"] = e.people;
  j["tags"] = e.tags;
  j["area_id"] = or_null(e.area_id);
  j["prompt_id"] = e.prompt_id.empty() ? Json(nullptr) : Json(e.prompt_id);
  j["prompt"] = e.prompt_text.empty() ? Json(nullptr) : Json(e.prompt_text);
  j["week"] = e.week ? Json(domain::format_date(*e.week)) : Json(nullptr);
  j["checkin_id"] = or_null(e.checkin_id);
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

}  // namespace

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
  csv_row(out, {"id",     "uuid",    "type",      "at",     "day",    "mood",      "anxiety",
                "energy", "sleep",   "text",      "kind",   "impact", "feelings",  "people",
                "tags",   "area_id", "prompt_id", "prompt", "week",   "checkin_id"});
  for (const auto& e : entries) {
    csv_row(out, {std::to_string(e.id),
                  e.uuid,
                  std::string(domain::to_string(e.type)),
                  iso8601(e.at, e.utc_offset),
                  domain::format_date(e.day),
                  opt(e.mood),
                  opt(e.anxiety),
                  opt(e.energy),
                  e.sleep ? short_number(*e.sleep) : "",
                  e.text,
                  e.kind ? std::string(domain::to_string(*e.kind)) : "",
                  opt(e.impact),
                  joined(e.feelings),
                  joined(e.people),
                  joined(e.tags),
                  e.area_id ? std::to_string(*e.area_id) : "",
                  e.prompt_id,
                  e.prompt_text,
                  e.week ? domain::format_date(*e.week) : "",
                  e.checkin_id ? std::to_string(*e.checkin_id) : ""});
  }
}

}  // namespace ipt::render
