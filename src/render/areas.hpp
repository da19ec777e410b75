#pragma once
// Writers for problem areas.
#include <ostream>
#include <vector>

#include "domain/area.hpp"
#include "domain/entry.hpp"
#include "render/style.hpp"

namespace ipt::render {

void areas_text(std::ostream& out, const std::vector<domain::AreaSummary>& areas, const Style& st);
void areas_json(std::ostream& out, const std::vector<domain::AreaSummary>& areas);
void areas_csv(std::ostream& out, const std::vector<domain::AreaSummary>& areas);

/// The area's fields, its stage history, then the timeline of entries attached to it.
void area_text(std::ostream& out, const domain::AreaSummary& a,
               const std::vector<domain::Entry>& entries, const Style& st);
/// The area object plus "timeline": the attached entries as `ipt list --format json` has them.
void area_json(std::ostream& out, const domain::AreaSummary& a,
               const std::vector<domain::Entry>& entries);

}  // namespace ipt::render
