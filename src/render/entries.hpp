#pragma once
// Writers for timeline entries. JSON keys and CSV columns are documented in man/ipt.1
// (OUTPUT FORMATS) and are part of ipt's interface: add, never rename.
#include <nlohmann/json_fwd.hpp>
#include <ostream>
#include <vector>

#include "domain/entry.hpp"
#include "render/style.hpp"

namespace ipt::render {

/// The timeline, grouped by day under a heading, oldest first.
void entries_text(std::ostream& out, const std::vector<domain::Entry>& entries, const Style& st);
/// One entry, every field on its own line.
void entry_detail_text(std::ostream& out, const domain::Entry& e, const Style& st);

/// An array of entry objects.
void entries_json(std::ostream& out, const std::vector<domain::Entry>& entries);
/// One entry object.
void entry_json(std::ostream& out, const domain::Entry& e);
/// A header row, then one row per entry.
void entries_csv(std::ostream& out, const std::vector<domain::Entry>& entries);

}  // namespace ipt::render
