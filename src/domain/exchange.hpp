#pragma once
// The journal as records that can leave it: what `ipt export` writes and `ipt import` merges.
// Records refer to each other by UUID, never by the local ids a journal assigns, and each
// carries the time it was last changed, so two journals merge record by record: a record the
// journal lacks is added, a later version replaces an earlier one, the rest changes nothing.
// History that is only ever added to (stage changes, focus changes, phase pins, safety-plan
// versions, prompts asked) has no update time: its records are the same when their content is.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "domain/agenda.hpp"
#include "domain/area.hpp"
#include "domain/course.hpp"
#include "domain/entry.hpp"
#include "domain/safety_plan.hpp"

namespace ipt::domain {

/// A person; `person.id` is not used.
struct PersonRecord {
  Person person;
  Instant updated = 0;
};

struct StageRecord {
  DisputeStage stage = DisputeStage::renegotiation;
  Date day;
  Instant at = 0;
  bool operator==(const StageRecord&) const = default;
};

struct RatingRecord {
  std::string uuid;
  Date day;
  int rating = kRatingMin;
  Instant at = 0;  ///< when it was given: its update time (rating again that day replaces it)
};

struct AreaRecord {
  std::string uuid;
  AreaKind kind = AreaKind::grief;
  std::string title;
  AreaStatus status = AreaStatus::open;
  std::optional<DisputeStage> stage;
  std::string note;
  std::optional<bool> afraid;
  Date created_day;
  std::optional<Date> resolved_day;
  std::vector<std::string> people;  ///< person UUIDs, in order
  std::vector<StageRecord> stages;  ///< oldest first
  std::vector<RatingRecord> ratings;
  Instant created = 0;
  Instant updated = 0;
};

/// The focus moving to an area (or to none) on a day.
struct FocusRecord {
  std::optional<std::string> area;  ///< area UUID; none: no focus from then on
  Date day;
  Instant at = 0;
  bool operator==(const FocusRecord&) const = default;
};

/// A course; `course.id` is not used.
struct CourseRecord {
  Course course;
  Instant created = 0;
  Instant updated = 0;
};

/// A phase set by hand (or, with no phase, the course's calendar followed again).
struct PinRecord {
  std::optional<Phase> phase;
  Date day;
  Instant at = 0;
  bool operator==(const PinRecord&) const = default;
};

/// An entry. `entry.id`, `entry.people`, `entry.area_id` and an event's `checkin_id` are not
/// used: the UUIDs here say the same across journals.
struct EntryRecord {
  Entry entry;
  std::vector<std::string> people;     ///< person UUIDs, in order
  std::optional<std::string> area;     ///< area UUID
  std::optional<std::string> checkin;  ///< an event's check-in, by UUID
};

/// One version of one step of the safety plan (the newest of a step is the plan).
struct PlanRecord {
  PlanStep step = PlanStep::warning_signs;
  std::string text;
  Date day;
  Instant at = 0;
  bool operator==(const PlanRecord&) const = default;
};

struct AgendaRecord {
  std::string uuid;
  std::optional<std::string> text;   ///< its own text, or
  std::optional<std::string> entry;  ///< the entry put on the agenda, by UUID
  Date day;
  Instant created = 0;
  Instant updated = 0;
  std::optional<Instant> done;
};

/// A prompt `ipt reflect` asked for a week, as it was worded.
struct AskedRecord {
  Date week;
  std::string prompt_id;
  int pos = 0;
  std::string text;
  Instant asked = 0;
};

/// Every kind of record, in the order an export holds them: references point backwards (to
/// records earlier in the file or already in the journal), but for an event's check-in, which
/// may come later.
using ExchangeRecord = std::variant<PersonRecord, AreaRecord, FocusRecord, CourseRecord, PinRecord,
                                    EntryRecord, PlanRecord, AgendaRecord, AskedRecord>;

/// Everything but the entries (which are streamed: a journal holds years of them).
struct ExchangeHead {
  std::vector<PersonRecord> people;
  std::vector<AreaRecord> areas;
  std::vector<FocusRecord> focus_changes;
  std::vector<CourseRecord> courses;
  std::vector<PinRecord> pins;
};

struct ExchangeTail {
  std::vector<PlanRecord> safety_plan;
  std::vector<AgendaRecord> agenda;
  std::vector<AskedRecord> prompts_asked;
};

struct MergeCounts {
  int added = 0;
  int updated = 0;
  int kept = 0;  ///< the journal had it, the same or newer
};

struct ImportSummary {
  /// By kind of record, in ExchangeRecord's order (names: exchange_kind_name).
  std::array<MergeCounts, std::variant_size_v<domain::ExchangeRecord>> counts{};
  /// Two people with one name: {the one who keeps it, the other's new name}.
  std::vector<std::pair<std::string, std::string>> renamed;
  /// The focus moved because the file's focus area is newer, or stayed: {kept, set open}.
  std::vector<std::pair<std::string, std::string>> focus;
  bool dry_run = false;
  int records = 0;
  int skipped = 0;  ///< another tool's entries with nothing to keep (no text, no mood)
};

/// "people", "entries" ...: the section names of an export, in ExchangeRecord's order.
std::string_view exchange_kind_name(std::size_t kind);

}  // namespace ipt::domain
