#pragma once
// Writers for the session agenda (ipt agenda).
#include <vector>

#include "domain/agenda.hpp"
#include "render/view.hpp"

namespace ipt::render {

/// `ipt agenda`: a table; json (an array of item objects); csv.
const View<std::vector<domain::AgendaItem>>& agenda_view();

/// An item's text as a line: its own text, or "entry #42: its text".
std::string agenda_line(const domain::AgendaItem& a);

}  // namespace ipt::render
