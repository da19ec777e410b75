#pragma once
// IPT's four problem areas (man ipt, ipt area). A person usually works on one at a time
// (the focus), may have others open, and resolves them as they are addressed.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/agenda.hpp"
#include "domain/civil.hpp"
#include "domain/entry.hpp"
#include "domain/local_time.hpp"
#include "domain/stats.hpp"

namespace ipt::domain {

enum class AreaKind { grief, dispute, transition, deficits };
enum class AreaStatus { focus, open, resolved };
/// The stage of a role dispute.
enum class DisputeStage { renegotiation, impasse, dissolution };

std::string_view to_string(AreaKind k);
std::string_view to_string(AreaStatus s);
std::string_view to_string(DisputeStage s);
std::span<const std::string_view> area_kind_names();
std::span<const std::string_view> dispute_stage_names();
std::optional<AreaStatus> area_status_from(std::string_view s);
std::optional<AreaKind> area_kind_from(std::string_view s);
std::optional<DisputeStage> dispute_stage_from(std::string_view s);

/// A kind by name or alias (conflict -> dispute, change -> transition, sensitivity and
/// isolation -> deficits), case-insensitive. Throws UsageError listing the valid values; for
/// "loss", UsageError with Errc::ambiguous_loss: a death is grief, another loss a transition.
AreaKind parse_area_kind(std::string_view s);
/// A dispute stage by name, case-insensitive. Throws UsageError listing the valid values.
DisputeStage parse_dispute_stage(std::string_view s);
/// Throws UsageError unless a stage is given only for a dispute.
void check_stage_applies(AreaKind kind, const std::optional<DisputeStage>& stage);

struct StageChange {
  DisputeStage stage;
  Date day;
};

struct Area {
  std::int64_t id = 0;
  std::string uuid;
  AreaKind kind = AreaKind::grief;
  std::string title;
  AreaStatus status = AreaStatus::open;
  std::optional<DisputeStage> stage;  ///< disputes only: the current stage
  std::string note;                   ///< the note given when resolving
  Date created_day;
  std::optional<Date> resolved_day;
  std::vector<std::string> people;  ///< display names
  std::vector<StageChange> stages;  ///< disputes: every stage recorded, oldest first
  /// Disputes: the answer to "Do you ever feel afraid of this person?"; unset when not asked.
  std::optional<bool> afraid;
};

/// An area with what the timeline says about it.
struct AreaSummary {
  Area area;
  int entries = 0;                  ///< entries attached
  std::optional<double> mean_mood;  ///< mean check-in mood on the days of those entries
};

/// An area with the entries attached to it, oldest first (`ipt area show`).
struct AreaDetail {
  AreaSummary summary;
  std::vector<Entry> entries;
  /// Mood since the area was added, on days with an entry naming one of its people against the
  /// other days (an association, never a cause); none when the area names nobody.
  std::optional<Split> with_people;
  /// Your ratings of how it stands (ipt area rate), oldest first.
  std::vector<AreaRating> ratings;
};

/// Each area with the number of entries attached and the mean check-in mood on their days:
/// `attached` holds (area id, day) per attached entry, `moods` the check-ins of those days.
std::vector<AreaSummary> summarize_areas(std::vector<Area> areas,
                                         std::span<const std::pair<std::int64_t, Date>> attached,
                                         std::span<const Sample> moods);

/// What `ipt area resolve` should suggest next: the open areas other than `resolved_id`,
/// oldest first. Empty when there is nothing to move on to.
std::vector<const Area*> next_focus_candidates(const std::vector<Area>& areas,
                                               std::int64_t resolved_id);

}  // namespace ipt::domain
