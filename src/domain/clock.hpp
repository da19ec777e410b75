#pragma once
// Time is injected so tests can say "today is 2026-03-02" without touching the system clock.
#include "domain/local_time.hpp"

namespace ipt::domain {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Instant now() const = 0;
};

/// A clock stopped at one instant.
class FixedClock final : public Clock {
 public:
  explicit FixedClock(Instant at) : at_(at) {}
  Instant now() const override { return at_; }

 private:
  Instant at_;
};

}  // namespace ipt::domain
