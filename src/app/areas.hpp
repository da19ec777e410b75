#pragma once
// Use cases of problem areas.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/journal.hpp"
#include "domain/area.hpp"
#include "domain/entry.hpp"

namespace ipt::app {

struct AreaInput {
  domain::AreaKind kind = domain::AreaKind::grief;
  std::string title;
  std::vector<std::string> people;  ///< names; unknown ones are added to people
  std::optional<domain::DisputeStage> stage;
  /// Disputes: "Do you ever feel afraid of this person?"; unset when not asked.
  std::optional<bool> afraid;
};

struct AreaAdded {
  domain::Area area;
  bool became_focus = false;  ///< the first area becomes the focus when none is set
  std::vector<std::string> new_people;
};

AreaAdded add_area(Journal& j, const AreaInput& in);
std::vector<domain::AreaSummary> list_areas(Journal& j);

/// NotFound (no_such_area) for an unknown id.
domain::AreaDetail show_area(Journal& j, std::int64_t id);

/// Makes `id` the focus; the previous focus becomes open. A resolved area is refused.
domain::Area focus_area(Journal& j, std::int64_t id);
/// Records a new dispute stage with today's date. UsageError for a non-dispute.
domain::Area set_area_stage(Journal& j, std::int64_t id, domain::DisputeStage stage);

struct AreaResolved {
  domain::Area area;
  bool was_focus = false;
  std::vector<domain::Area> open_others;  ///< candidates for the next focus
};
AreaResolved resolve_area(Journal& j, std::int64_t id, const std::optional<std::string>& note);
/// A resolved area becomes open again.
domain::Area reopen_area(Journal& j, std::int64_t id);
/// Records whether you feel afraid of a dispute's person (`ipt area edit --afraid`); unset
/// forgets the answer. Throws UsageError for an area that is not a dispute.
domain::Area set_area_afraid(Journal& j, std::int64_t id, std::optional<bool> afraid);

}  // namespace ipt::app
