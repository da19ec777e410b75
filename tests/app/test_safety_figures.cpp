// The figures the persisting signals read after every command come from two small queries
// (app::safety_figures); the report and the weekly prompts compute them from whole entries
// (safety_rows + safety_figures_of). Both must give the same days and the same PHQ-9 results.
#include <catch2/catch.hpp>

#include "app/fixture.hpp"
#include "app/safety.hpp"
#include "app/safety_rows.hpp"
#include "storage/journal.hpp"

using namespace ipt;
using namespace ipt::test;

namespace {

void take(App& a, domain::Scale s, domain::Date day, std::vector<int> answers) {
  domain::Measure m;
  m.scale = s;
  m.answers = std::move(answers);
  app::record_measure(a.journal, m, on(day));
}

domain::SafetyFigures from_entries(App& a, domain::Date today) {
  return a.journal.store().read([&](storage::Repos& r) {
    return app::safety_figures_of(app::safety_rows(r, today, today), today);
  });
}

}  // namespace

TEST_CASE("safety figures: the quick figures after a command equal those built from entries",
          "[app][safety]") {
  App a;
  const auto today = kToday;
  for (int back = 40; back >= 0; back -= 3) {
    a.checkin(back % 5 + 1, domain::add_days(today, -back));
    a.checkin(back % 7 + 2, domain::add_days(today, -back));
  }
  take(a, domain::Scale::phq9, domain::add_days(today, -30), {3, 3, 3, 3, 3, 3, 3, 2, 0});
  take(a, domain::Scale::gad7, domain::add_days(today, -9), {1, 1, 1, 1, 1, 1, 1});
  take(a, domain::Scale::phq9, domain::add_days(today, -9), {2, 2, 2, 2, 2, 2, 2, 2, 1});
  // Two the same day: the later one counts as the last.
  take(a, domain::Scale::phq9, domain::add_days(today, -2), {1, 1, 1, 1, 1, 1, 1, 1, 0});
  take(a, domain::Scale::phq9, domain::add_days(today, -2), {3, 2, 2, 2, 2, 2, 2, 1, 0});
  a.clock.set_day(domain::add_days(today, 3));  // a later one, seen from today
  take(a, domain::Scale::phq9, domain::add_days(today, 3), {0, 0, 0, 0, 0, 0, 0, 0, 0});
  a.clock.set_day(today);

  const auto quick = app::safety_figures(a.journal, today);
  const auto full = from_entries(a, today);
  CHECK(quick.today == full.today);
  REQUIRE(quick.days.size() == full.days.size());
  CHECK_FALSE(quick.days.empty());
  for (std::size_t i = 0; i < quick.days.size(); ++i) {
    CHECK(quick.days[i].day == full.days[i].day);
    CHECK(quick.days[i].mood == Approx(full.days[i].mood));
  }
  // The quick figures hold the window's PHQ-9s and at least the last two: the tail of all.
  REQUIRE(full.phq9.size() == 4);  // not the GAD-7, not the one after today
  REQUIRE(quick.phq9.size() == 3);
  for (std::size_t i = 0; i < quick.phq9.size(); ++i) {
    const auto& f = full.phq9[i + 1];
    CHECK(quick.phq9[i].day == f.day);
    CHECK(quick.phq9[i].total == f.total);
    CHECK(quick.phq9[i].item9 == f.item9);
  }
  CHECK(full.phq9[0].total == 23);
  CHECK(quick.phq9[0].item9);
  CHECK(quick.phq9.back().total == 16);
  CHECK(domain::persisting_signals(quick, {}) == domain::persisting_signals(full, {}));
}

TEST_CASE("safety figures: after a command only the last PHQ-9s are read, however many came before",
          "[app][safety]") {
  App a;
  const auto today = kToday;
  for (int back = 400; back >= 60; back -= 14)
    take(a, domain::Scale::phq9, domain::add_days(today, -back), {3, 3, 3, 3, 3, 3, 3, 3, 0});
  take(a, domain::Scale::phq9, domain::add_days(today, -50), {2, 2, 2, 2, 2, 2, 2, 2, 0});
  a.checkin(5, today);
  auto quick = app::safety_figures(a.journal, today);
  REQUIRE(quick.phq9.size() == 2);  // none in the window: the last two, for "twice in a row"
  CHECK(quick.phq9[0].day == domain::add_days(today, -64));
  CHECK(quick.phq9[1].total == 16);
  CHECK(domain::persisting_signals(quick, {}).empty());  // the last is older than the window

  // One in the window of 12 after the 16: "twice at 10 or more" needs the one before it.
  take(a, domain::Scale::phq9, domain::add_days(today, -1), {2, 2, 2, 2, 1, 1, 1, 1, 0});
  quick = app::safety_figures(a.journal, today);
  REQUIRE(quick.phq9.size() == 2);
  CHECK(domain::persisting_signals(quick, {}) ==
        std::vector<domain::Signal>{domain::Signal::phq9_high});
  CHECK(domain::persisting_signals(quick, {}) ==
        domain::persisting_signals(from_entries(a, today), {}));
}
