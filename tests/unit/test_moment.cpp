#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>

#include "domain/errors.hpp"
#include "domain/moment.hpp"

using namespace ipt;
using namespace ipt::domain;
using namespace std::chrono;

namespace {

struct Utc {
  Utc() {
    setenv("TZ", "UTC", 1);
    tzset();
  }
  ~Utc() {
    unsetenv("TZ");
    tzset();
  }
};

}  // namespace

TEST_CASE("moment: no WHEN is now, a past day is noon, today is now", "[moment]") {
  Utc utc;
  const Instant now = to_instant(2026y / 3 / 10, {18, 0});
  CHECK(resolve_moment(std::nullopt, now).at == now);
  CHECK(resolve_moment(When{2026y / 3 / 10, std::nullopt}, now).at == now);
  const auto past = resolve_moment(When{2026y / 3 / 8, std::nullopt}, now);
  CHECK(past.at == to_instant(2026y / 3 / 8, {12, 0}));
  CHECK(past.day == 2026y / 3 / 8);
  CHECK(resolve_moment(When{2026y / 3 / 10, TimeOfDay{9, 30}}, now).at ==
        to_instant(2026y / 3 / 10, {9, 30}));
}

TEST_CASE("moment: the future is refused", "[moment]") {
  Utc utc;
  const Instant now = to_instant(2026y / 3 / 10, {18, 0});
  CHECK_THROWS_AS(resolve_moment(When{2026y / 3 / 11, std::nullopt}, now), UsageError);
  CHECK_THROWS_WITH(resolve_moment(When{2026y / 3 / 10, TimeOfDay{18, 1}}, now),
                    Catch::Contains("future"));
  CHECK_NOTHROW(resolve_moment(When{2026y / 3 / 10, TimeOfDay{18, 0}}, now));
}

TEST_CASE("moment: before day_starts_at an entry counts for the day before", "[moment]") {
  Utc utc;
  set_day_start(4 * 60);
  const Instant late = to_instant(2026y / 3 / 11, {1, 30});
  CHECK(today(late) == 2026y / 3 / 10);
  CHECK(resolve_moment(std::nullopt, late).day == 2026y / 3 / 10);
  CHECK(resolve_moment(std::nullopt, late).at == late);
  // "today" at 01:30 is still the 10th: the moment is now, not noon of the 10th.
  CHECK(resolve_moment(When{2026y / 3 / 10, std::nullopt}, late).at == late);
  // A time typed on the calendar's day is allowed, and counts for the day before.
  const auto typed = resolve_moment(When{2026y / 3 / 11, TimeOfDay{1, 0}}, late);
  CHECK(typed.day == 2026y / 3 / 10);
  CHECK_THROWS_AS(resolve_moment(When{2026y / 3 / 11, std::nullopt}, late), UsageError);
  const Instant morning = to_instant(2026y / 3 / 11, {4, 0});
  CHECK(today(morning) == 2026y / 3 / 11);
  set_day_start(0);
  CHECK(today(late) == 2026y / 3 / 11);
}
