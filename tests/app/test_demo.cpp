// The demo journal (ipt demo): written through the use cases, it must read as an ordinary middle
// phase: no word of self-harm or violence anywhere in its content, no safety rule set off, the
// course week it was asked for, and the same journal every time.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "app/areas.hpp"
#include "app/course.hpp"
#include "app/demo.hpp"
#include "app/demo_content.hpp"
#include "app/fixture.hpp"
#include "app/people.hpp"
#include "app/reflect.hpp"
#include "app/safety.hpp"
#include "domain/words.hpp"
#include "library/prompt_library.hpp"

using namespace ipt;
using namespace ipt::test;

namespace {

struct Demo {
  UtcZone zone;
  domain::Instant now = domain::to_instant(kToday, {18, 0});
  app::StoryClock clock{now};
  domain::SequentialUuids uuids;
  app::Journal journal = app::Journal::in_memory(clock, uuids);
  library::Library library = library::load_library({});

  app::DemoMade fill(int weeks = app::kDemoWeeksDefault) {
    return app::fill_demo(journal, clock, now, library.prompts, weeks);
  }
};

void check_plain(std::string_view text) {
  INFO(text);
  CHECK_FALSE(domain::speaks_of_self_harm(text));
  CHECK_FALSE(domain::speaks_of_violence(text));
}

}  // namespace

TEST_CASE("demo: no word of its content sets off the word guards", "[app][demo]") {
  for (const auto& p : app::demo::people()) {
    for (auto field : {p.name, p.role, p.satisfying, p.unsatisfying, p.my_expectations,
                       p.their_expectations, p.wish})
      check_plain(field);
  }
  for (const auto& a : app::demo::areas())
    check_plain(a.title);
  std::vector<std::span<const app::demo::EventRow>> weeks{app::demo::first_weeks(),
                                                          app::demo::last_week()};
  for (int i = 0; i < app::demo::middle_weeks(); ++i)
    weeks.push_back(app::demo::middle_week(i));
  for (const auto& week : weeks) {
    for (const auto& e : week) {
      check_plain(e.text);
      check_plain(e.feelings);
    }
  }
  for (const auto& notes :
       {app::demo::low_notes(), app::demo::middle_notes(), app::demo::high_notes()}) {
    for (auto n : notes)
      check_plain(n);
  }
  using app::demo::Week;
  for (const auto week : {Week::initial, Week::before, Week::last}) {
    REQUIRE(app::demo::answers(week).back().key == "*");
    for (const auto& a : app::demo::answers(week))
      check_plain(a.text);
  }
  check_plain(app::demo::agenda_item());
}

TEST_CASE("demo: six weeks of a course in its middle phase, with no safety rule set off",
          "[app][demo]") {
  Demo d;
  const auto made = d.fill();
  CHECK(made.today == kToday);
  CHECK(made.start == domain::add_days(kToday, -41));
  CHECK(made.people == 8);
  CHECK(made.areas == 2);
  CHECK(made.measures == 4);
  CHECK(made.reflections >= 4);

  const auto view = app::course_view(d.journal);
  CHECK(view.phase == domain::Phase::middle);
  REQUIRE(view.status);
  CHECK(view.status->week == 6);
  REQUIRE(view.focus);
  CHECK(view.focus->kind == domain::AreaKind::dispute);
  CHECK(view.focus->stage == domain::DisputeStage::renegotiation);
  CHECK(view.open_areas.size() == 1);

  const auto entries = app::list_entries(d.journal, {});
  CHECK(entries.size() ==
        static_cast<std::size_t>(made.checkins + made.events + made.reflections + made.measures));
  std::optional<int> before;
  for (const auto& e : entries) {
    check_plain(domain::text_of(e));
    CHECK(e.day <= kToday);
    if (const auto* m = e.as<domain::Measure>())
      CHECK_FALSE(m->item9());
    if (const auto* c = e.as<domain::Checkin>()) {
      CHECK(c->mood >= 3);
      CHECK_FALSE((c->mood <= 3 && before && *before <= 3));
      before = c->mood;
    }
  }
  for (const auto& p : app::list_people(d.journal))
    CHECK(p.person.circle.has_value());

  const auto signals =
      domain::persisting_signals(app::safety_figures(d.journal, kToday), domain::SafetySettings{});
  CHECK(signals.empty());
  // This week was reflected on: its prompts are kept with their answers, and none is gentle.
  const auto week = app::week_prompts(d.journal, d.library.prompts, std::nullopt, 3);
  CHECK_FALSE(week.previous);
  CHECK(week.kept);
  CHECK_FALSE(week.context.gentle);
  CHECK(week.week.end == kToday);
  CHECK(week.agenda.size() == 1);
  for (const auto& p : week.prompts) {
    INFO(p.prompt.id);
    REQUIRE(p.answer);
    check_plain(*p.answer);
  }
}

TEST_CASE("demo: every week it offers is in the middle phase, and others are refused",
          "[app][demo]") {
  for (int weeks = app::kDemoWeeksMin; weeks <= app::kDemoWeeksMax; ++weeks) {
    INFO("weeks " << weeks);
    Demo d;
    d.fill(weeks);
    const auto view = app::course_view(d.journal);
    CHECK(view.phase == domain::Phase::middle);
    REQUIRE(view.status);
    CHECK(view.status->week == weeks);
    CHECK(domain::persisting_signals(app::safety_figures(d.journal, kToday), {}).empty());
  }
  for (int weeks : {app::kDemoWeeksMin - 1, app::kDemoWeeksMax + 1}) {
    Demo d;
    CHECK_THROWS_AS(d.fill(weeks), UsageError);
    CHECK(app::list_entries(d.journal, {}).empty());
  }
}

TEST_CASE("demo: the same day makes the same journal, and nothing is dated after now",
          "[app][demo]") {
  Demo a;
  Demo b;
  // Early in the day: today's evening has not come yet, so today's entries are dated now.
  a.now = b.now = domain::to_instant(kToday, {8, 15});
  a.fill();
  b.fill();
  const auto ea = app::list_entries(a.journal, {});
  const auto eb = app::list_entries(b.journal, {});
  REQUIRE(ea.size() == eb.size());
  for (std::size_t i = 0; i < ea.size(); ++i) {
    CHECK(ea[i].at == eb[i].at);
    CHECK(ea[i].at <= a.now);
    CHECK(domain::text_of(ea[i]) == domain::text_of(eb[i]));
    CHECK(ea[i].people == eb[i].people);
  }
}
