// to_local / to_instant / format_iso8601 under explicit time zones, around the 2026 daylight
// saving changes in Berlin (last Sundays of March and October, at 01:00 UTC) and New York
// (second Sunday of March at 07:00 UTC, first Sunday of November at 06:00 UTC).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "domain/local_time.hpp"

using namespace std::chrono_literals;
using ipt::domain::Date;
using ipt::domain::format_date;
using ipt::domain::format_iso8601;
using ipt::domain::format_time;
using ipt::domain::Instant;
using ipt::domain::LocalDateTime;
using ipt::domain::TimeOfDay;
using ipt::domain::to_instant;
using ipt::domain::to_local;

namespace {

// Sets TZ for one test and puts the previous value back, so other tests see the environment
// they started with.
class TzGuard {
 public:
  explicit TzGuard(const char* zone) {
    if (const char* old = std::getenv("TZ")) {
      saved_ = old;
    }
    if (std::string(zone) != "UTC") {
      // glibc quietly falls back to UTC for an unknown zone, which would make every failure
      // below look like a bug in the code under test.
      INFO("time zone data missing; install tzdata");
      REQUIRE(std::filesystem::exists(std::string("/usr/share/zoneinfo/") + zone));
    }
    setenv("TZ", zone, 1);
    tzset();
  }
  ~TzGuard() {
    if (saved_) {
      setenv("TZ", saved_->c_str(), 1);
    } else {
      unsetenv("TZ");
    }
    tzset();
  }
  TzGuard(const TzGuard&) = delete;
  TzGuard& operator=(const TzGuard&) = delete;

 private:
  std::optional<std::string> saved_;
};

constexpr Instant kHour = 3600;

Instant utc(Date d, int h, int m, int s = 0) {
  return std::chrono::sys_days{d}.time_since_epoch().count() * 86400 + h * kHour + m * 60 + s;
}

// "2026-03-29 03:30:00 +7200": every field of a LocalDateTime in one comparable string.
std::string show(const LocalDateTime& l) {
  std::string sec = std::to_string(l.second);
  return format_date(l.date) + " " + format_time(l.time) + ":" + (l.second < 10 ? "0" : "") + sec +
         " " + (l.utc_offset >= 0 ? "+" : "") + std::to_string(l.utc_offset);
}

}  // namespace

TEST_CASE("local_time: UTC", "[local_time]") {
  TzGuard tz("UTC");
  CHECK(show(to_local(0)) == "1970-01-01 00:00:00 +0");
  CHECK(show(to_local(-1)) == "1969-12-31 23:59:59 +0");
  CHECK(show(to_local(utc(2026y / 3 / 29, 9, 30, 15))) == "2026-03-29 09:30:15 +0");
  CHECK(to_instant(1970y / 1 / 1, TimeOfDay{0, 0}) == 0);
  CHECK(to_instant(2026y / 3 / 29, TimeOfDay{9, 30}) == utc(2026y / 3 / 29, 9, 30));
  CHECK(to_instant(1969y / 12 / 31, TimeOfDay{23, 59}) == -60);
  CHECK(format_iso8601(0) == "1970-01-01T00:00:00+00:00");
  CHECK(format_iso8601(utc(2026y / 3 / 29, 9, 30)) == "2026-03-29T09:30:00+00:00");
  CHECK(format_iso8601(utc(2026y / 12 / 31, 23, 59, 59)) == "2026-12-31T23:59:59+00:00");
}

TEST_CASE("local_time: Berlin spring forward 2026-03-29", "[local_time]") {
  TzGuard tz("Europe/Berlin");
  const Date day = 2026y / 3 / 29;
  SECTION("offset before and after the change") {
    CHECK(show(to_local(utc(day, 0, 59, 59))) == "2026-03-29 01:59:59 +3600");
    CHECK(show(to_local(utc(day, 1, 0, 0))) == "2026-03-29 03:00:00 +7200");
    CHECK(format_iso8601(utc(day, 7, 30)) == "2026-03-29T09:30:00+02:00");
    CHECK(to_instant(day, TimeOfDay{1, 59}) == utc(day, 0, 59));
    CHECK(to_instant(day, TimeOfDay{3, 0}) == utc(day, 1, 0));
  }
  SECTION("a skipped time lands as far past the gap") {
    CHECK(to_instant(day, TimeOfDay{2, 30}) == utc(day, 1, 30));
    CHECK(format_iso8601(to_instant(day, TimeOfDay{2, 30})) == "2026-03-29T03:30:00+02:00");
    CHECK(format_iso8601(to_instant(day, TimeOfDay{2, 0})) == "2026-03-29T03:00:00+02:00");
    CHECK(format_iso8601(to_instant(day, TimeOfDay{2, 59})) == "2026-03-29T03:59:00+02:00");
  }
  SECTION("midnights around the change: a 23-hour day") {
    CHECK(to_instant(day, TimeOfDay{0, 0}) == utc(2026y / 3 / 28, 23, 0));
    CHECK(to_instant(2026y / 3 / 30, TimeOfDay{0, 0}) == utc(day, 22, 0));
    CHECK(format_iso8601(to_instant(day, TimeOfDay{0, 0})) == "2026-03-29T00:00:00+01:00");
    CHECK(format_iso8601(to_instant(2026y / 3 / 30, TimeOfDay{0, 0})) ==
          "2026-03-30T00:00:00+02:00");
  }
}

TEST_CASE("local_time: Berlin fall back 2026-10-25", "[local_time]") {
  TzGuard tz("Europe/Berlin");
  const Date day = 2026y / 10 / 25;
  SECTION("offset before and after the change") {
    CHECK(show(to_local(utc(day, 0, 59, 59))) == "2026-10-25 02:59:59 +7200");
    CHECK(show(to_local(utc(day, 1, 0, 0))) == "2026-10-25 02:00:00 +3600");
    CHECK(to_instant(day, TimeOfDay{1, 59}) == utc(2026y / 10 / 24, 23, 59));
    CHECK(to_instant(day, TimeOfDay{3, 0}) == utc(day, 2, 0));
  }
  SECTION("a repeated time resolves to its first occurrence") {
    CHECK(show(to_local(utc(day, 0, 30))) == "2026-10-25 02:30:00 +7200");
    CHECK(show(to_local(utc(day, 1, 30))) == "2026-10-25 02:30:00 +3600");
    CHECK(to_instant(day, TimeOfDay{2, 30}) == utc(day, 0, 30));
    CHECK(to_instant(day, TimeOfDay{2, 0}) == utc(day, 0, 0));
    CHECK(format_iso8601(to_instant(day, TimeOfDay{2, 30})) == "2026-10-25T02:30:00+02:00");
    CHECK(format_iso8601(utc(day, 1, 30)) == "2026-10-25T02:30:00+01:00");
  }
  SECTION("midnights around the change: a 25-hour day") {
    CHECK(to_instant(day, TimeOfDay{0, 0}) == utc(2026y / 10 / 24, 22, 0));
    CHECK(to_instant(2026y / 10 / 26, TimeOfDay{0, 0}) == utc(day, 23, 0));
    CHECK(format_iso8601(to_instant(2026y / 10 / 26, TimeOfDay{0, 0})) ==
          "2026-10-26T00:00:00+01:00");
  }
}

TEST_CASE("local_time: New York spring forward 2026-03-08", "[local_time]") {
  TzGuard tz("America/New_York");
  const Date day = 2026y / 3 / 8;
  SECTION("offset before and after the change") {
    CHECK(show(to_local(utc(day, 6, 59, 59))) == "2026-03-08 01:59:59 -18000");
    CHECK(show(to_local(utc(day, 7, 0, 0))) == "2026-03-08 03:00:00 -14400");
    CHECK(format_iso8601(utc(day, 6, 59, 59)) == "2026-03-08T01:59:59-05:00");
    CHECK(to_instant(day, TimeOfDay{3, 0}) == utc(day, 7, 0));
  }
  SECTION("a skipped time lands as far past the gap") {
    CHECK(to_instant(day, TimeOfDay{2, 30}) == utc(day, 7, 30));
    CHECK(format_iso8601(to_instant(day, TimeOfDay{2, 30})) == "2026-03-08T03:30:00-04:00");
  }
  SECTION("midnights around the change: a 23-hour day") {
    CHECK(to_instant(day, TimeOfDay{0, 0}) == utc(day, 5, 0));
    CHECK(to_instant(2026y / 3 / 9, TimeOfDay{0, 0}) == utc(2026y / 3 / 9, 4, 0));
    CHECK(format_iso8601(to_instant(day, TimeOfDay{0, 0})) == "2026-03-08T00:00:00-05:00");
  }
}

TEST_CASE("local_time: New York fall back 2026-11-01", "[local_time]") {
  TzGuard tz("America/New_York");
  const Date day = 2026y / 11 / 1;
  SECTION("offset before and after the change") {
    CHECK(show(to_local(utc(day, 5, 59, 59))) == "2026-11-01 01:59:59 -14400");
    CHECK(show(to_local(utc(day, 6, 0, 0))) == "2026-11-01 01:00:00 -18000");
    CHECK(to_instant(day, TimeOfDay{2, 0}) == utc(day, 7, 0));
  }
  SECTION("a repeated time resolves to its first occurrence") {
    CHECK(to_instant(day, TimeOfDay{1, 30}) == utc(day, 5, 30));
    CHECK(to_instant(day, TimeOfDay{1, 0}) == utc(day, 5, 0));
    CHECK(format_iso8601(to_instant(day, TimeOfDay{1, 30})) == "2026-11-01T01:30:00-04:00");
    CHECK(format_iso8601(utc(day, 6, 30)) == "2026-11-01T01:30:00-05:00");
  }
  SECTION("midnights around the change: a 25-hour day") {
    CHECK(to_instant(day, TimeOfDay{0, 0}) == utc(day, 4, 0));
    CHECK(to_instant(2026y / 11 / 2, TimeOfDay{0, 0}) == utc(2026y / 11 / 2, 5, 0));
    CHECK(format_iso8601(to_instant(2026y / 11 / 2, TimeOfDay{0, 0})) ==
          "2026-11-02T00:00:00-05:00");
  }
}

TEST_CASE("local_time: a skipped midnight (Sao Paulo 2018-11-04)", "[local_time]") {
  // Zones that change at midnight have days without a 00:00; the day starts at 01:00.
  TzGuard tz("America/Sao_Paulo");
  CHECK(format_iso8601(to_instant(2018y / 11 / 4, TimeOfDay{0, 0})) == "2018-11-04T01:00:00-02:00");
}

TEST_CASE("local_time: offsets with seconds are kept", "[local_time]") {
  // Berlin kept local mean time (+00:53:28) until 1893.
  TzGuard tz("Europe/Berlin");
  CHECK(format_iso8601(utc(1890y / 1 / 1, 0, 0)) == "1890-01-01T00:53:28+00:53:28");
}

TEST_CASE("local_time: round trips across 2026", "[local_time]") {
  for (const char* zone : {"UTC", "Europe/Berlin", "America/New_York"}) {
    DYNAMIC_SECTION(zone) {
      TzGuard tz(zone);
      const bool has_dst = std::string(zone) != "UTC";

      // Every quarter hour of the year. Only the second pass through a repeated hour may come
      // back different, and then as its first occurrence, an hour earlier.
      std::vector<std::string> unexpected;
      int folded = 0;
      for (Instant x = utc(2026y / 1 / 1, 0, 0); x < utc(2027y / 1 / 1, 0, 0); x += 15 * 60) {
        const LocalDateTime l = to_local(x);
        const Instant back = to_instant(l.date, l.time);
        if (back == x) {
          continue;
        }
        if (back == x - kHour && to_local(back).utc_offset == l.utc_offset + kHour) {
          ++folded;
        } else if (unexpected.size() < 5) {
          unexpected.push_back(format_iso8601(x) + " came back as " + format_iso8601(back));
        }
      }
      CHECK(unexpected.empty());
      CHECK(folded == (has_dst ? 4 : 0));

      // Every half hour of every local day. Only the skipped hour reads differently.
      std::vector<std::string> misread;
      int skipped = 0;
      for (Date d = 2026y / 1 / 1; d != 2027y / 1 / 1; d = ipt::domain::add_days(d, 1)) {
        for (int minutes = 0; minutes < 24 * 60; minutes += 30) {
          const TimeOfDay t{minutes / 60, minutes % 60};
          const LocalDateTime l = to_local(to_instant(d, t));
          if (l.date == d && l.time == t && l.second == 0) {
            continue;
          }
          if (l.date == d && l.time == TimeOfDay{t.hour + 1, t.minute}) {
            ++skipped;
          } else if (misread.size() < 5) {
            misread.push_back(format_date(d) + " " + format_time(t) + " read as " + show(l));
          }
        }
      }
      CHECK(misread.empty());
      CHECK(skipped == (has_dst ? 2 : 0));
    }
  }
}
