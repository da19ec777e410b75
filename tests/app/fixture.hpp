#pragma once
// What every app test shares: an in-memory journal at the latest schema, a clock the test can
// move (the journal keeps a reference to it, so one journal sees every day the test sets), UUIDs
// numbered 1, 2, 3 ..., and TZ=UTC so that local days and instants are plain arithmetic.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "app/entries.hpp"
#include "app/journal.hpp"
#include "domain/civil.hpp"
#include "domain/clock.hpp"
#include "domain/errors.hpp"
#include "domain/local_time.hpp"
#include "domain/uuid.hpp"
#include "domain/when.hpp"

namespace Catch {
template <>
struct StringMaker<ipt::domain::Date> {
  static std::string convert(const ipt::domain::Date& d) { return ipt::domain::format_date(d); }
};
}  // namespace Catch

namespace ipt::test {

/// TZ=UTC for one test, and the previous value back afterwards.
class UtcZone {
 public:
  UtcZone() {
    if (const char* old = std::getenv("TZ"))
      saved_ = old;
    setenv("TZ", "UTC", 1);
    tzset();
  }
  ~UtcZone() {
    if (saved_)
      setenv("TZ", saved_->c_str(), 1);
    else
      unsetenv("TZ");
    tzset();
  }
  UtcZone(const UtcZone&) = delete;
  UtcZone& operator=(const UtcZone&) = delete;

 private:
  std::optional<std::string> saved_;
};

/// A clock stopped at one instant that the test may move.
class SettableClock final : public domain::Clock {
 public:
  explicit SettableClock(domain::Instant at) : at_(at) {}
  domain::Instant now() const override { return at_; }
  void set(domain::Instant at) { at_ = at; }
  /// Moves to `day` at 18:00, the hour every test day is read at.
  void set_day(domain::Date day) { at_ = domain::to_instant(day, {18, 0}); }

 private:
  domain::Instant at_;
};

/// Wednesday 2026-03-04 (the week of Monday 2026-03-02): "today" unless a test moves the clock.
inline constexpr domain::Date kToday = std::chrono::year{2026} / 3 / 4;

/// The UUID SequentialUuids gives the n-th time it is asked.
inline std::string nth_uuid(std::uint64_t n) {
  return domain::make_uuid_v4(0, n);
}

inline domain::When on(domain::Date d) {
  return domain::When{d, std::nullopt};
}

struct App {
  UtcZone zone;  // first: the clock's instant below is read in it
  SettableClock clock{domain::to_instant(kToday, {18, 0})};
  domain::SequentialUuids uuids;
  app::Journal journal = app::Journal::in_memory(clock, uuids);

  /// A check-in of `mood`, attached as the defaults say unless `area` is given.
  app::LogResult checkin(int mood, std::optional<domain::Date> day = {},
                         std::vector<std::string> people = {},
                         std::optional<std::int64_t> area = {}) {
    app::CheckinInput in;
    in.mood = mood;
    app::EntryCommon c;
    if (day)
      c.when = on(*day);
    c.people = std::move(people);
    c.area = area;
    return app::log_checkin(journal, in, c);
  }

  app::LogResult event(std::string text, std::vector<std::string> people,
                       std::optional<int> impact = {}, std::optional<domain::Date> day = {},
                       domain::EventKind kind = domain::EventKind::other) {
    app::EventInput in;
    in.text = std::move(text);
    in.kind = kind;
    in.impact = impact;
    app::EntryCommon c;
    if (day)
      c.when = on(*day);
    c.people = std::move(people);
    return app::log_event(journal, in, c);
  }
};

/// Matches an ipt error carrying `code` (CHECK_THROWS_MATCHES(expr, NotFound, HasCode(...))).
class HasCode final : public Catch::MatcherBase<Error> {
 public:
  explicit HasCode(Errc code) : code_(code) {}
  bool match(const Error& e) const override { return e.code() == code_; }
  std::string describe() const override {
    return "carries Errc #" + std::to_string(static_cast<int>(code_));
  }

 private:
  Errc code_;
};

}  // namespace ipt::test
