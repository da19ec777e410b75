#pragma once
// Writers for people and a person's timeline.
#include <vector>

#include "domain/entry.hpp"
#include "render/view.hpp"

namespace ipt::render {

/// `ipt people`: a table; json (an array of person objects); csv.
const View<std::vector<domain::PersonSummary>>& people_view();
/// `ipt people show`: the person's fields, then their events beside the mood of each day;
/// json (the person object plus "timeline"); csv (the timeline as rows).
const View<domain::PersonDetail>& person_view();

}  // namespace ipt::render
