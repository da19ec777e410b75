#pragma once
// The safety plan, every version of each step kept (the newest is the plan).
#include <vector>

#include "domain/safety_plan.hpp"

namespace SQLite {
class Database;
}

namespace ipt::storage {

class SafetyRepo {
 public:
  explicit SafetyRepo(SQLite::Database& db) : db_(db) {}

  /// The newest answer of each step, in step order.
  domain::SafetyPlan plan();
  /// Every answer ever saved, oldest first.
  std::vector<domain::PlanAnswer> history();
  void save(const domain::PlanAnswer& a);

 private:
  SQLite::Database& db_;
};

}  // namespace ipt::storage
