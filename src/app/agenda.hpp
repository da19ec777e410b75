#pragma once
// Use cases of the session agenda (ipt agenda) and the areas' own ratings (ipt area rate).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/journal.hpp"
#include "domain/agenda.hpp"
#include "domain/area.hpp"
#include "domain/when.hpp"

namespace ipt::app {

/// Adds an item with its own text, dated today.
domain::AgendaItem add_agenda_item(Journal& j, const std::string& text);
/// The open items, or every item, oldest first.
std::vector<domain::AgendaItem> agenda(Journal& j, bool with_done = false);
/// Marks item `id` done (again is a no-op). NotFound (no_such_agenda_item) when missing.
domain::AgendaItem agenda_done(Journal& j, std::int64_t id);

struct Rated {
  domain::Area area;
  domain::AreaRating rating;
  bool replaced = false;  ///< the area had a rating that day already
};
/// Rates how area `id` (none: the focus area) stands, on the day of `when` (none: today).
/// NotFound for an unknown area; UsageError (no_focus_area) without an id or a focus.
Rated rate_area(Journal& j, std::optional<std::int64_t> id, int rating,
                const std::optional<domain::When>& when);

}  // namespace ipt::app
