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
