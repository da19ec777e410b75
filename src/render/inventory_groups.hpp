#pragma once
// For render/*.cpp only: people grouped by closeness circle.
#include <ostream>
#include <string>
#include <vector>

#include "domain/entry.hpp"

namespace ipt::render {

struct CircleGroup {
  std::string key;    ///< inner, middle, outer, unplaced
  std::string title;  ///< a heading for people to read
  std::vector<const domain::PersonSummary*> people;
};

/// Four groups, always in the order inner, middle, outer, unplaced; each keeps the input order.
std::vector<CircleGroup> group_by_circle(const std::vector<domain::PersonSummary>& people);

struct CircleDrawing;
/// The circle's json writer (inventory_render.cpp), beside the inventory's.
void circle_json(std::ostream& out, const CircleDrawing& d);

}  // namespace ipt::render
