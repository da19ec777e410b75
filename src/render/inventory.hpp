#pragma once
// The interpersonal inventory and the closeness circle.
#include <vector>

#include "domain/entry.hpp"
#include "render/view.hpp"

namespace ipt::render {

/// `ipt inventory`: person by person, circle by circle (inner, middle, outer, then not yet
/// placed); markdown (the same, to keep or share); json {"inner": [person...], "middle",
/// "outer", "unplaced"}.
const View<std::vector<domain::PersonSummary>>& inventory_view();

/// `ipt people circle`: three concentric rings, you at the centre and each person's name in
/// their ring, drawn in at most `width` columns (at least 40); names that do not fit are listed
/// under the drawing. json {"inner": ["Sam", ...], "middle", "outer", "unplaced"}.
struct CircleDrawing {
  std::vector<domain::PersonSummary> people;
  int width = 80;
};
const View<CircleDrawing>& circle_view();

}  // namespace ipt::render
