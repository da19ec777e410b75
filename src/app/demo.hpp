#pragma once
// Use case of ipt demo: a made-up course of IPT, written into a new journal through the same use
// cases a person's commands call, day by day, so every rule of the journal holds for it.
#include <span>

#include "app/journal.hpp"
#include "domain/civil.hpp"
#include "domain/clock.hpp"
#include "domain/course.hpp"
#include "domain/prompt.hpp"

namespace ipt::app {

/// The clock of a demo journal. The journal keeps a reference to its clock, so the demo moves
/// this one through the days it makes up, and each use case dates what it records (the entry,
/// a stage change, a person added) at the moment the story has reached.
class StoryClock final : public domain::Clock {
 public:
  explicit StoryClock(domain::Instant at) : at_(at) {}
  domain::Instant now() const override { return at_; }
  void set(domain::Instant at) { at_ = at; }

 private:
  domain::Instant at_;
};

/// The demo's course: 16 weeks, 3 initial and 3 termination. `weeks` (the weeks lived so far)
/// keeps it in its middle phase, the part of IPT the journal is most used in.
inline constexpr int kDemoCourseWeeks = domain::kDefaultWeeks;
inline constexpr int kDemoWeeksMin = 4;
inline constexpr int kDemoWeeksMax = 13;
inline constexpr int kDemoWeeksDefault = 6;

/// What the demo wrote, for the message that says so.
struct DemoMade {
  domain::Date start;  ///< the course's first day
  domain::Date today;  ///< the last day of course week `weeks`
  int weeks = 0;
  int checkins = 0;
  int events = 0;
  int reflections = 0;
  int measures = 0;
  int people = 0;
  int areas = 0;
  int agenda = 0;
};

/// Fills `j`, a new and empty journal whose clock is `clock`, with `weeks` weeks (kDemoWeeksMin
/// to kDemoWeeksMax) of a course ending today, the day of `now`: people across the circles with
/// their inventory, a dispute in focus whose stage changes and a transition left open, daily
/// check-ins, events with people, reflections on the prompts `library` chooses (the initial
/// weeks, so their tasks are done, and the last two), PHQ-9 and GAD-7 at the start and in week
/// 4, two ratings of the focus and an agenda item.
/// The same `weeks`, day and library make the same journal (bar UUIDs): a fixed seed. Nothing is
/// dated after `now`. Several write units: a failure leaves what was written before it.
DemoMade fill_demo(Journal& j, StoryClock& clock, domain::Instant now,
                   std::span<const domain::Prompt> library, int weeks = kDemoWeeksDefault);

}  // namespace ipt::app
