#include "render/agenda.hpp"

#include "domain/text.hpp"
#include "render/csv.hpp"
#include "render/json_objects.hpp"

namespace ipt::render {

using Items = std::vector<domain::AgendaItem>;

std::string agenda_line(const domain::AgendaItem& a) {
  if (!a.entry_id)
    return a.text.empty() ? "item #" + std::to_string(a.id) : a.text;  // empty: redacted
  const std::string ref = "entry #" + std::to_string(*a.entry_id);
  return a.text.empty() ? ref : ref + ": " + a.text;
}

Json agenda_object(const domain::AgendaItem& a) {
  Json j;
  j["id"] = a.id;
  j["uuid"] = a.uuid;
  j["text"] = a.text;
  j["entry_id"] = or_null(a.entry_id);
  j["day"] = domain::format_date(a.day);
  j["created"] = domain::format_iso8601(a.created);
  j["done"] = a.done ? Json(domain::format_iso8601(*a.done)) : Json(nullptr);
  return j;
}

namespace {

void agenda_text(std::ostream& out, const Items& items, const Style& st) {
  for (const auto& a : items) {
    out << st.dim(pad("#" + std::to_string(a.id), 5)) << domain::format_date(a.day) << "  "
        << (a.done ? st.dim("done  ") : "") << domain::escape_controls(agenda_line(a)) << '\n';
  }
}

void agenda_json(std::ostream& out, const Items& items) {
  Json j = Json::array();
  for (const auto& a : items)
    j.push_back(agenda_object(a));
  out << j.dump(2) << '\n';
}

void agenda_csv(std::ostream& out, const Items& items) {
  csv_row(out, {"id", "day", "text", "entry_id", "done"});
  for (const auto& a : items) {
    csv_row(out, {std::to_string(a.id), domain::format_date(a.day), a.text,
                  a.entry_id ? std::to_string(*a.entry_id) : "",
                  a.done ? domain::format_iso8601(*a.done) : ""});
  }
}

}  // namespace

const View<Items>& agenda_view() {
  static const View<Items> v{agenda_text, agenda_json, agenda_csv, nullptr, nullptr};
  return v;
}

}  // namespace ipt::render
