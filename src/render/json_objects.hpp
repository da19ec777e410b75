#pragma once
// For render/*.cpp only: the JSON object of each record, shared by every writer that nests one.
#include <nlohmann/json.hpp>

#include "domain/agenda.hpp"
#include "domain/area.hpp"
#include "domain/course.hpp"
#include "domain/entry.hpp"
#include "domain/stats.hpp"

namespace ipt::render {

using Json = nlohmann::ordered_json;

Json entry_object(const domain::Entry& e);
Json person_object(const domain::PersonSummary& s);
Json area_object(const domain::AreaSummary& s);
Json course_object(const domain::Course& c);
Json agenda_object(const domain::AgendaItem& a);

template <typename T>
Json or_null(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

/// A mean rounded to two decimals, or null.
inline Json mean_or_null(const std::optional<double>& v) {
  return v ? Json(domain::round_to(*v, 2)) : Json(nullptr);
}

}  // namespace ipt::render
