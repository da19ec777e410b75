#include "storage/safety_repo.hpp"

#include <algorithm>

#include "storage/sql.hpp"

namespace ipt::storage {

namespace {

std::vector<domain::PlanAnswer> read_answers(SQLite::Statement& q) {
  std::vector<domain::PlanAnswer> out;
  const Row r(q, "safety_plan");
  const int id = r.index("id"), step = r.index("step"), text = r.index("text"),
            day = r.index("day"), at = r.index("at");
  while (q.executeStep()) {
    domain::PlanAnswer a;
    const auto row = r.i64(id);
    a.step = r.named<domain::PlanStep>(step, row, domain::plan_step_from);
    a.text = r.text(text);
    a.day = r.day(day, row);
    a.at = r.i64(at);
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace

domain::SafetyPlan SafetyRepo::plan() {
  // The newest row of each step: rows are only ever added, so the highest id is the newest.
  SQLite::Statement q(db_,
                      "SELECT id, step, text, day, at FROM safety_plan WHERE id IN "
                      "(SELECT max(id) FROM safety_plan GROUP BY step)");
  domain::SafetyPlan plan;
  for (auto& a : read_answers(q)) {
    if (!a.text.empty())
      plan.steps.push_back(std::move(a));
  }
  std::sort(plan.steps.begin(), plan.steps.end(),
            [](const auto& a, const auto& b) { return a.step < b.step; });
  return plan;
}

std::vector<domain::PlanAnswer> SafetyRepo::history() {
  SQLite::Statement q(db_, "SELECT id, step, text, day, at FROM safety_plan ORDER BY id");
  return read_answers(q);
}

void SafetyRepo::save(const domain::PlanAnswer& a) {
  SQLite::Statement q(db_,
                      "INSERT INTO safety_plan(step, text, day, at) VALUES (:step, :text, :day, "
                      ":at)");
  bind_value(q, ":step", a.step);
  bind_value(q, ":text", a.text);
  bind_value(q, ":day", a.day);
  bind_value(q, ":at", a.at);
  q.exec();
}

}  // namespace ipt::storage
