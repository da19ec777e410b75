#include "app/demo.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "app/agenda.hpp"
#include "app/areas.hpp"
#include "app/course.hpp"
#include "app/demo_content.hpp"
#include "app/entries.hpp"
#include "app/people.hpp"
#include "app/reflect.hpp"
#include "app/safety.hpp"
#include "domain/errors.hpp"
#include "domain/local_time.hpp"
#include "domain/moment.hpp"

namespace ipt::app {

namespace {

using demo::AreaOf;
using demo::EventRow;
using domain::Scale;

/// The story's small random choices. std::mt19937's sequence is fixed by the standard and its
/// distributions are not, so the draws are mapped here: the same demo on every machine.
class Dice {
 public:
  int roll(int lo, int hi) {
    return lo + static_cast<int>(gen_() % static_cast<std::uint32_t>(hi - lo + 1));
  }
  bool chance(int percent) { return roll(0, 99) < percent; }

 private:
  std::mt19937 gen_{20260302U};
};

std::vector<std::string> split(std::string_view list) {
  std::vector<std::string> out;
  while (!list.empty()) {
    const auto comma = list.find(',');
    out.emplace_back(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
  }
  return out;
}

std::optional<std::string> unless_empty(std::string_view s) {
  return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

/// One thing the person does: on a course day, at a minute of that day.
struct Act {
  int day;
  int minute;
  std::function<void()> run;
};

/// An event as the story places it: on a course day.
struct Placed {
  int day;
  const EventRow* row;
};

/// The events of every course day: the initial weeks as written, each middle week from the
/// middle weeks in turn, and the last week's.
std::vector<Placed> place_events(int weeks) {
  std::vector<Placed> out;
  for (const auto& e : demo::first_weeks())
    out.push_back({e.day, &e});
  for (int week = 4; week < weeks; ++week) {
    for (const auto& e : demo::middle_week(week - 4))
      out.push_back({7 * (week - 1) + e.day, &e});
  }
  for (const auto& e : demo::last_week())
    out.push_back({7 * (weeks - 1) + e.day, &e});
  return out;
}

/// Each day's mood, 3 to 8: a slow lift over the course, moved by that day's events (down after
/// a conflict, up after support) and a little noise; never two days running at 3, so no safety
/// rule holds.
std::vector<int> day_moods(int days, const std::vector<Placed>& events, Dice& dice) {
  std::vector<int> moods;
  for (int d = 0; d < days; ++d) {
    double mood = 4.0 + 3.0 * (1.0 - std::exp(-d / 30.0)) + 0.35 * dice.roll(-2, 2);
    for (const auto& e : events) {
      if (e.day == d)
        mood += 0.6 * e.row->impact;
    }
    const int floor = !moods.empty() && moods.back() <= 3 ? 4 : 3;
    moods.push_back(std::clamp(static_cast<int>(std::lround(mood)), floor, 8));
  }
  return moods;
}

std::string_view note_for(int mood, Dice& dice) {
  const auto notes = mood <= 4   ? demo::low_notes()
                     : mood <= 6 ? demo::middle_notes()
                                 : demo::high_notes();
  return notes[static_cast<std::size_t>(dice.roll(0, static_cast<int>(notes.size()) - 1))];
}

domain::Measure measure(domain::Scale scale, std::vector<int> answers) {
  domain::Measure m;
  m.scale = scale;
  m.answers = std::move(answers);
  if (scale == domain::Scale::phq9)
    m.difficulty = 1;
  return m;
}

/// The story as a list of acts, each a use case called at its moment; told in time order.
class Story {
 public:
  Story(Journal& j, std::span<const domain::Prompt> library, int weeks)
      : j_(j), library_(library), weeks_(weeks), events_(place_events(weeks)) {
    made_.weeks = weeks;
  }

  DemoMade tell(StoryClock& clock, domain::Instant now) {
    made_.today = domain::today(now);
    made_.start = domain::add_days(made_.today, 1 - days());
    // Each part draws its dice in turn, so the order of these calls is part of the story.
    const auto moods = day_moods(days(), events_, dice_);
    setup();
    events();
    checkins(moods);
    last_weeks();
    std::stable_sort(acts_.begin(), acts_.end(), [](const Act& a, const Act& b) {
      return std::pair(a.day, a.minute) < std::pair(b.day, b.minute);
    });
    for (const auto& a : acts_) {
      const auto at =
          domain::to_instant(domain::add_days(made_.start, a.day), {a.minute / 60, a.minute % 60});
      clock.set(std::min(at, now));  // today's evening, when it is not evening yet, is now
      a.run();
    }
    clock.set(now);
    return made_;
  }

 private:
  int days() const { return 7 * weeks_; }
  /// The first day of the last week.
  int last() const { return 7 * (weeks_ - 1); }
  void act(int day, int hour, int minute, std::function<void()> run) {
    acts_.push_back({day, 60 * hour + minute, std::move(run)});
  }

  /// The course, the questionnaires, the people and the areas.
  void setup() {
    act(0, 10, 0, [this] { start_course(j_, std::nullopt, {kDemoCourseWeeks, {}, {}}); });
    // PHQ-9 and GAD-7 at the course's first session and at week 4's: better, and item 9 at 0.
    for (const auto& [day, phq, gad] :
         {std::tuple{0, std::vector{2, 2, 2, 2, 1, 2, 1, 1, 0}, std::vector{2, 2, 1, 2, 1, 2, 1}},
          std::tuple{21, std::vector{1, 1, 1, 2, 1, 1, 1, 0, 0},
                     std::vector{1, 1, 1, 1, 1, 1, 0}}}) {
      act(day, 10, 20, [this, phq = phq] { record_measure(j_, measure(Scale::phq9, phq), {}); });
      act(day, 10, 25, [this, gad = gad] { record_measure(j_, measure(Scale::gad7, gad), {}); });
      made_.measures += 2;
    }
    for (const auto& p : demo::people()) {
      act(p.day, p.day % 7 == 0 ? 10 : 18, 40, [this, &p] {
        PersonFields f;
        f.circle = p.circle;
        f.contact = p.contact;
        f.role = std::string(p.role);
        f.satisfying = unless_empty(p.satisfying);
        f.unsatisfying = unless_empty(p.unsatisfying);
        f.my_expectations = unless_empty(p.my_expectations);
        f.their_expectations = unless_empty(p.their_expectations);
        f.wish = unless_empty(p.wish);
        add_person(j_, std::string(p.name), f);
      });
      ++made_.people;
    }
    for (const auto& a : demo::areas()) {
      // The dispute comes first, so it becomes the focus; the transition stays open.
      act(a.day, 10, 30 + made_.areas, [this, &a] {
        AreaInput in;
        in.kind = a.kind;
        in.title = std::string(a.title);
        in.people = split(a.people);
        if (a.kind == domain::AreaKind::dispute) {
          in.stage = domain::DisputeStage::impasse;
          in.afraid = false;  // asked when a dispute is added, as ipt area add does
        }
        const auto id = add_area(j_, in).area.id;
        (a.kind == domain::AreaKind::dispute ? dispute_ : job_) = id;
      });
      ++made_.areas;
    }
  }

  void events() {
    for (const auto& e : events_) {
      act(e.day, e.row->hour, dice_.roll(0, 50), [this, row = e.row] {
        EventInput in{std::string(row->text), row->kind, row->impact, split(row->feelings)};
        EntryCommon c;
        c.people = split(row->people);
        if (row->area == AreaOf::job)
          c.area = job_.value_or(0);
        else if (row->area == AreaOf::none)
          c.area = 0;
        log_event(j_, in, c);  // else the focus, as ipt event does
      });
      ++made_.events;
    }
  }

  /// A check-in every evening, and on the morning of each session after the first.
  void checkins(const std::vector<int>& moods) {
    for (int d = 0; d < days(); ++d) {
      const bool session = d % 7 == 0;
      const bool at_work = std::any_of(events_.begin(), events_.end(), [&](const Placed& e) {
        return e.day == d && e.row->area == AreaOf::job;
      });
      CheckinInput in;
      in.mood = moods[static_cast<std::size_t>(d)];
      in.anxiety = std::clamp(11 - in.mood + dice_.roll(-1, 1), 1, 9);
      if (dice_.chance(70))
        in.energy = std::clamp(in.mood - 1 + dice_.roll(-1, 1), 1, 9);
      // Hours slept, to the half hour, as people say them.
      in.sleep =
          std::clamp(std::round(12.0 + 0.5 * (in.mood - 5) + dice_.roll(-1, 1)) / 2, 4.5, 9.0);
      if (dice_.chance(55))
        in.note = std::string(note_for(in.mood, dice_));
      EntryCommon c;
      if (session)
        c.tags.emplace_back("session");
      if (at_work)
        c.tags.emplace_back("work");
      act(d, 21, 30 + dice_.roll(0, 25), [this, in, c] { log_checkin(j_, in, c); });
      ++made_.checkins;
      if (session && d > 0) {
        CheckinInput morning;
        morning.mood = std::max(4, in.mood - 1);
        morning.note = "Session this morning.";
        act(d, 7, 45, [this, morning] { log_checkin(j_, morning, {}); });
        ++made_.checkins;
      }
    }
  }

  /// The stage change, the agenda item, the ratings and the reflections.
  void last_weeks() {
    act(last() + demo::kStageDay, 21, 20,
        [this] { set_area_stage(j_, *dispute_, domain::DisputeStage::renegotiation); });
    act(last() + 4, 21, 25, [this] { add_agenda_item(j_, std::string(demo::agenda_item())); });
    made_.agenda = 1;
    act(last() - 1, 21, 58, [this] { rate_area(j_, dispute_, 2, {}); });
    act(days() - 1, 21, 58, [this] { rate_area(j_, dispute_, 3, {}); });
    // The prompts answered on a week's last evening: the initial weeks (so their tasks are done,
    // and the middle weeks are asked the middle phase's), the week before the last and the last.
    std::vector<int> reflected{1, 2, 3};
    for (const int week : {weeks_ - 1, weeks_}) {
      if (week > 3)
        reflected.push_back(week);
    }
    for (const int week : reflected) {
      const auto set = week <= 3        ? demo::Week::initial
                       : week == weeks_ ? demo::Week::last
                                        : demo::Week::before;
      act(7 * week - 1, 22, 0, [this, set] {
        const auto asked = week_prompts(j_, library_, std::nullopt, 3);
        std::vector<Answer> answers;
        std::vector<const demo::AnswerRow*> used;
        for (const auto& p : asked.prompts)
          answers.push_back(
              {answer_id(p.prompt), p.prompt.text, demo::answer(p.prompt, set, used)});
        made_.reflections += static_cast<int>(save_answers(j_, asked, answers).size());
      });
    }
  }

  Journal& j_;
  std::span<const domain::Prompt> library_;
  int weeks_;
  std::vector<Placed> events_;
  Dice dice_;
  std::vector<Act> acts_;
  std::optional<std::int64_t> dispute_, job_;
  DemoMade made_;
};

}  // namespace

DemoMade fill_demo(Journal& j, StoryClock& clock, domain::Instant now,
                   std::span<const domain::Prompt> library, int weeks) {
  if (weeks < kDemoWeeksMin || weeks > kDemoWeeksMax) {
    throw UsageError(Errc::invalid_value,
                     "the demo's weeks are " + std::to_string(kDemoWeeksMin) + " to " +
                         std::to_string(kDemoWeeksMax) + "; got " + std::to_string(weeks),
                     ErrorDetail::of_field("weeks", std::to_string(weeks)));
  }
  return Story(j, library, weeks).tell(clock, now);
}

}  // namespace ipt::app
