#pragma once
// The interpersonal inventory and the closeness circle.
#include <ostream>
#include <vector>

#include "domain/entry.hpp"
#include "render/style.hpp"

namespace ipt::render {

/// Person by person, circle by circle (inner, middle, outer, then not yet placed).
void inventory_text(std::ostream& out, const std::vector<domain::PersonSummary>& people,
                    const Style& st);
/// The same as a markdown document, to share or keep.
void inventory_markdown(std::ostream& out, const std::vector<domain::PersonSummary>& people);
/// {"inner": [person...], "middle": [...], "outer": [...], "unplaced": [...]}
void inventory_json(std::ostream& out, const std::vector<domain::PersonSummary>& people);

/// Three concentric rings, you at the centre and each person's name in their ring, drawn in at
/// most `width` columns (at least 40). Names that do not fit are listed under the drawing.
void circle_text(std::ostream& out, const std::vector<domain::PersonSummary>& people, int width,
                 const Style& st);
/// {"inner": ["Sam", ...], "middle": [...], "outer": [...], "unplaced": [...]}
void circle_json(std::ostream& out, const std::vector<domain::PersonSummary>& people);

}  // namespace ipt::render
