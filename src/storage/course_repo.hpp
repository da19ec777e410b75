#pragma once
// Rows <-> domain::Course, and the phase pin. A unit of work holds the transaction.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/course.hpp"
#include "domain/local_time.hpp"

namespace SQLite {
class Database;
}

namespace ipt::storage {

class CourseRepo {
 public:
  explicit CourseRepo(SQLite::Database& db) : db_(db) {}

  /// The course that has not ended, if any (the schema allows only one).
  std::optional<domain::Course> open();
  /// The open course, else the most recently started one.
  std::optional<domain::Course> latest();
  std::optional<domain::Course> find_by_uuid(std::string_view uuid);
  /// Every course, oldest first.
  std::vector<domain::Course> list();
  std::int64_t insert(const domain::Course& c, domain::Instant now);
  void update(const domain::Course& c, domain::Instant now);

  /// The course a week belongs to: started by its last day and not ended before its first.
  std::optional<domain::Course> covering(domain::Date first, domain::Date last);

  std::optional<domain::Phase> phase_pin();
  /// The pin in force at the end of `day` (pin_history), or none.
  std::optional<domain::Phase> pin_on(domain::Date day);
  /// Pins the phase, or unpins it with nullopt.
  void set_phase_pin(std::optional<domain::Phase> phase, domain::Instant now);

 private:
  SQLite::Database& db_;
};

}  // namespace ipt::storage
