#pragma once
// The journal as exchange records (domain/exchange.hpp), both ways: read for `ipt export`, and
// looked up and written record by record for `ipt import`. Records name each other by UUID;
// this is where UUIDs become the journal's own ids and back.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "domain/exchange.hpp"

namespace SQLite {
class Database;
}

namespace ipt::storage {

class StatementCache;

/// Which days' records an export holds; entries, agenda items and prompts asked outside it are
/// left out (people, areas, courses and the history are always whole).
struct ExchangeRange {
  std::optional<domain::Date> from;
  std::optional<domain::Date> to;
};

/// What the journal holds under a UUID: its local id and when it was last changed.
struct Stamp {
  std::int64_t id = 0;
  domain::Instant updated = 0;
};

/// A person holding a name (its case-folded key).
struct NameHolder {
  std::int64_t id = 0;
  std::string uuid;
  std::string name;
  domain::Instant created = 0;
};

class ExchangeRepo {
 public:
  explicit ExchangeRepo(SQLite::Database& db) : db_(db) {}

  // Export.
  domain::ExchangeHead head();
  /// Every entry in the range, oldest first, one at a time (a journal holds years of them). A
  /// reference to an event's check-in outside the range is left out.
  void each_entry(const ExchangeRange& range,
                  const std::function<void(const domain::EntryRecord&)>& f);
  domain::ExchangeTail tail(const ExchangeRange& range);

  // Import: lookups by UUID.
  std::optional<Stamp> person(std::string_view uuid);
  std::optional<Stamp> area(std::string_view uuid);
  std::optional<Stamp> course(std::string_view uuid);
  std::optional<Stamp> entry(std::string_view uuid);
  std::optional<Stamp> agenda_item(std::string_view uuid);
  std::optional<NameHolder> name_holder(std::string_view key);
  /// The open course, when there is one.
  std::optional<NameHolder> open_course();
  /// The area in focus: its id, UUID and update time.
  std::optional<NameHolder> focus_area();

  // Import: writes. `id` is the journal's own id of a record found above.
  std::int64_t insert_person(const domain::PersonRecord& p);
  void update_person(std::int64_t id, const domain::PersonRecord& p);
  void rename_person(std::int64_t id, const std::string& name);
  std::int64_t insert_area(const domain::AreaRecord& a, std::span<const std::int64_t> people);
  void update_area(std::int64_t id, const domain::AreaRecord& a,
                   std::span<const std::int64_t> people);
  void set_area_status(std::int64_t id, domain::AreaStatus status);
  /// Adds the stage changes and ratings it lacks; a rating of a day already rated is replaced
  /// when the one given is later. Returns how many were added or replaced.
  int merge_area_history(std::int64_t id, const domain::AreaRecord& a);
  bool add_focus_change(std::optional<std::int64_t> area, const domain::FocusRecord& f);
  std::int64_t insert_course(const domain::CourseRecord& c);
  void update_course(std::int64_t id, const domain::CourseRecord& c);
  bool add_pin(const domain::PinRecord& p);
  /// phase_pin follows the latest pin of the history.
  void settle_pin();
  bool add_plan_version(const domain::PlanRecord& p);
  std::int64_t insert_agenda(const domain::AgendaRecord& a, std::optional<std::int64_t> entry);
  void update_agenda(std::int64_t id, const domain::AgendaRecord& a,
                     std::optional<std::int64_t> entry);
  bool add_asked(const domain::AskedRecord& a);
  void set_checkin(std::int64_t event, std::optional<std::int64_t> checkin);

 private:
  std::optional<Stamp> stamp(const char* sql, std::string_view uuid);
  SQLite::Database& db_;
  std::shared_ptr<StatementCache> cache_;  ///< made on first use
};

}  // namespace ipt::storage
