#pragma once
// Writers for problem areas.
#include <vector>

#include "domain/area.hpp"
#include "render/view.hpp"

namespace ipt::render {

/// `ipt area`: a table; json (an array of area objects); csv.
const View<std::vector<domain::AreaSummary>>& areas_view();
/// `ipt area show`: the area's fields, its stage history, then the entries attached to it;
/// json (the area object plus "timeline"); csv (the area's row).
const View<domain::AreaDetail>& area_view();

}  // namespace ipt::render
