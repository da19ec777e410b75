#pragma once
// Writers for timeline entries. JSON keys and CSV columns are documented in man/ipt.1
// (OUTPUT FORMATS) and are part of ipt's interface: add, never rename.
#include <ostream>
#include <vector>

#include "domain/entry.hpp"
#include "render/style.hpp"
#include "render/view.hpp"

namespace ipt::render {

/// `ipt list`: text (grouped by day, oldest first), json (an array of entry objects), csv.
const View<std::vector<domain::Entry>>& entry_list_view();
/// `ipt show`: text (every field on its own line), json (one entry object), csv (one row).
const View<domain::Entry>& entry_view();

/// The timeline as text, grouped by day under a heading, oldest first.
void entries_text(std::ostream& out, const std::vector<domain::Entry>& entries, const Style& st);
/// One entry as text, every field on its own line.
void entry_detail_text(std::ostream& out, const domain::Entry& e, const Style& st);

}  // namespace ipt::render
