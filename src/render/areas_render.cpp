#include "render/areas.hpp"

#include "render/csv.hpp"
#include "render/entries.hpp"
#include "render/json_objects.hpp"

namespace ipt::render {

using domain::AreaSummary;

namespace {

std::string kind_label(const domain::Area& a) {
  std::string s(domain::to_string(a.kind));
  if (a.stage)
    s += " (" + std::string(domain::to_string(*a.stage)) + ")";
  return s;
}

std::string people_list(const domain::Area& a) {
  std::string s;
  for (const auto& p : a.people)
    s += (s.empty() ? "" : ", ") + p;
  return s;
}

std::string mean(const std::optional<double>& v) {
  return v ? short_number(*v) : "";
}

}  // namespace

Json area_object(const AreaSummary& s) {
  const auto& a = s.area;
  Json j;
  j["id"] = a.id;
  j["uuid"] = a.uuid;
  j["kind"] = domain::to_string(a.kind);
  j["title"] = a.title;
  j["status"] = domain::to_string(a.status);
  j["stage"] = a.stage ? Json(domain::to_string(*a.stage)) : Json(nullptr);
  j["people"] = a.people;
  j["entries"] = s.entries;
  j["mean_mood"] = mean_or_null(s.mean_mood);
  j["created"] = domain::format_date(a.created_day);
  j["resolved"] = a.resolved_day ? Json(domain::format_date(*a.resolved_day)) : Json(nullptr);
  j["note"] = a.note;
  Json stages = Json::array();
  for (const auto& c : a.stages) {
    Json sc;
    sc["stage"] = domain::to_string(c.stage);
    sc["day"] = domain::format_date(c.day);
    stages.push_back(std::move(sc));
  }
  j["stages"] = std::move(stages);
  return j;
}

namespace {

void areas_text(std::ostream& out, const std::vector<AreaSummary>& areas, const Style& st) {
  std::size_t kind_w = 4;
  std::size_t title_w = 5;
  std::size_t people_w = 6;
  for (const auto& s : areas) {
    kind_w = std::max(kind_w, display_width(kind_label(s.area)));
    title_w = std::max(title_w, display_width(s.area.title));
    people_w = std::max(people_w, display_width(people_list(s.area)));
  }
  out << st.dim(pad("ID", 3) + "  " + pad("KIND", kind_w) + "  " + pad("STATUS", 8) + "  " +
                pad("TITLE", title_w) + "  " + pad("PEOPLE", people_w) +
                "  ENTRIES  MEAN MOOD  SINCE       RESOLVED")
      << '\n';
  for (const auto& s : areas) {
    const auto& a = s.area;
    const std::string status(domain::to_string(a.status));
    const auto entries = std::to_string(s.entries);
    const auto mood = mean(s.mean_mood);
    out << pad(std::to_string(a.id), 3) << "  " << pad(kind_label(a), kind_w) << "  "
        << (a.status == domain::AreaStatus::focus ? st.bold(pad(status, 8)) : pad(status, 8))
        << "  " << pad(a.title, title_w) << "  " << pad(people_list(a), people_w) << "  "
        << std::string(7 - std::min<std::size_t>(7, entries.size()), ' ') << entries << "  "
        << std::string(9 - std::min<std::size_t>(9, mood.size()), ' ') << mood << "  "
        << domain::format_date(a.created_day) << "  "
        << (a.resolved_day ? domain::format_date(*a.resolved_day) : "") << '\n';
  }
}

void areas_json(std::ostream& out, const std::vector<AreaSummary>& areas) {
  Json arr = Json::array();
  for (const auto& s : areas)
    arr.push_back(area_object(s));
  out << arr.dump(2) << '\n';
}

void areas_csv(std::ostream& out, const std::vector<AreaSummary>& areas) {
  csv_row(out, {"id", "uuid", "kind", "title", "status", "stage", "people", "entries", "mean_mood",
                "created", "resolved", "note"});
  for (const auto& s : areas) {
    const auto& a = s.area;
    const std::string people = csv_list(a.people);
    csv_row(out, {std::to_string(a.id), a.uuid, std::string(domain::to_string(a.kind)), a.title,
                  std::string(domain::to_string(a.status)),
                  a.stage ? std::string(domain::to_string(*a.stage)) : "", people,
                  std::to_string(s.entries), mean(s.mean_mood), domain::format_date(a.created_day),
                  a.resolved_day ? domain::format_date(*a.resolved_day) : "", a.note});
  }
}

/// "###.." for a rating of 3 of 5: plain ASCII, so it reads in any terminal and in a pipe.
std::string rating_bar(int rating) {
  return std::string(static_cast<std::size_t>(rating), '#') +
         std::string(static_cast<std::size_t>(domain::kRatingMax - rating), '.');
}

void area_text(std::ostream& out, const domain::AreaDetail& d, const Style& st) {
  const auto& s = d.summary;
  const auto& entries = d.entries;
  const auto& a = s.area;
  out << st.bold("#" + std::to_string(a.id) + "  " + a.title) << '\n';
  auto row = [&](const char* label, const std::string& v) {
    if (!v.empty())
      out << st.dim(pad(label, 10)) << v << '\n';
  };
  row("kind", kind_label(a));
  row("status", std::string(domain::to_string(a.status)));
  row("with", people_list(a));
  row("since", domain::format_date(a.created_day));
  if (a.resolved_day)
    row("resolved", domain::format_date(*a.resolved_day));
  row("note", a.note);
  row("entries", std::to_string(s.entries));
  if (d.with_people) {
    const auto& w = *d.with_people;
    if (w.enough()) {
      row("mood", "on days with " + people_list(a) + " it averaged " + short_number(*w.mean_with) +
                      " (" + std::to_string(w.days_with) + " days), on other days " +
                      short_number(*w.mean_without) + " (" + std::to_string(w.days_without) +
                      " days)");
    } else {
      row("mood", "too few days to compare days with " + people_list(a) +
                      " and days without (3 of each are needed)");
    }
  }
  if (a.afraid)
    row("afraid",
        *a.afraid ? "yes: exercises that ask you to reopen or compromise are set aside" : "no");
  if (!d.ratings.empty()) {
    out << '\n' << st.dim("How it stands, in your ratings (1 no better .. 5 resolved)") << '\n';
    for (const auto& r : d.ratings) {
      out << "  " << domain::format_date(r.day) << "  " << rating_bar(r.rating) << "  " << r.rating
          << ' ' << domain::rating_label(r.rating) << '\n';
    }
  }
  if (!a.stages.empty()) {
    out << '\n' << st.dim("Stages") << '\n';
    for (const auto& c : a.stages) {
      out << "  " << domain::format_date(c.day) << "  " << domain::to_string(c.stage) << '\n';
    }
  }
  out << '\n';
  if (entries.empty()) {
    out << st.dim("No entries attached yet.") << '\n';
    return;
  }
  entries_text(out, entries, st);
}

void area_json(std::ostream& out, const domain::AreaDetail& d) {
  Json j = area_object(d.summary);
  if (d.with_people) {
    const auto& w = *d.with_people;
    Json m;
    m["days_with"] = w.days_with;
    m["days_without"] = w.days_without;
    m["mean_with"] = mean_or_null(w.mean_with);
    m["mean_without"] = mean_or_null(w.mean_without);
    m["enough"] = w.enough();
    j["mood_with_people"] = std::move(m);
  } else {
    j["mood_with_people"] = nullptr;
  }
  Json ratings = Json::array();
  for (const auto& r : d.ratings)
    ratings.push_back({{"day", domain::format_date(r.day)}, {"rating", r.rating}});
  j["ratings"] = std::move(ratings);
  Json t = Json::array();
  for (const auto& e : d.entries)
    t.push_back(entry_object(e));
  j["timeline"] = std::move(t);
  out << j.dump(2) << '\n';
}

void area_csv(std::ostream& out, const domain::AreaDetail& d) {
  areas_csv(out, {d.summary});
}

}  // namespace

const View<std::vector<AreaSummary>>& areas_view() {
  static const View<std::vector<AreaSummary>> v{areas_text, areas_json, areas_csv, nullptr,
                                                nullptr};
  return v;
}

const View<domain::AreaDetail>& area_view() {
  static const View<domain::AreaDetail> v{area_text, area_json, area_csv, nullptr, nullptr};
  return v;
}

}  // namespace ipt::render
