#pragma once
// `ipt export` and `ipt import`: the journal out as records, and records merged back in by UUID
// (newer wins, same or older changes nothing), all or nothing in one transaction.
#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/journal.hpp"
#include "domain/exchange.hpp"

namespace ipt::app {

struct ExportRange {
  std::optional<domain::Date> from;
  std::optional<domain::Date> to;
};

/// Every record of the journal (entries, agenda items and prompts asked only in the range), in
/// the order an export holds them, from one read transaction: a concurrent write is wholly in it
/// or wholly not.
void export_records(Journal& j, const ExportRange& range,
                    const std::function<void(const domain::ExchangeRecord&)>& out);

using domain::ImportSummary;
using domain::MergeCounts;

/// Merges an export (JSON or JSONL, as `ipt export` writes it) into the journal. `dry_run`:
/// everything is checked and counted, then rolled back.
ImportSummary import_export(Journal& j, std::string_view text, bool dry_run);

enum class ForeignTool { jrnl, daylio };

/// Merges another tool's export: jrnl's JSON (entries become events of kind "other", @names
/// people), Daylio's CSV (rows become check-ins). `mood_map` ("label=N,...") adds Daylio labels.
ImportSummary import_foreign(Journal& j, ForeignTool tool, std::string_view text,
                             const std::optional<std::string>& mood_map, bool dry_run);

}  // namespace ipt::app
