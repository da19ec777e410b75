// The people of the interpersonal inventory: names are unique in any case, a summary reads the
// timeline, and removing someone never removes an entry.
#include <catch2/catch.hpp>

#include "app/entries.hpp"
#include "app/fixture.hpp"
#include "app/people.hpp"

using namespace ipt;
using namespace ipt::test;
using namespace std::chrono;

TEST_CASE("app people: add stores the fields, a name taken in any case is refused",
          "[app][people]") {
  App app;
  app::PersonFields f;
  f.circle = domain::Circle::inner;
  f.role = "partner";
  f.contact = domain::Contact::daily;
  f.wish = "more time together";
  const auto p = app::add_person(app.journal, "Sam", f);
  CHECK(p.uuid == nth_uuid(1));
  CHECK(p.created == app.clock.now());

  const auto stored = app::get_person(app.journal, "SAM");
  CHECK(stored.id == p.id);
  CHECK(stored.name == "Sam");
  CHECK(stored.circle == domain::Circle::inner);
  CHECK(stored.role == "partner");
  CHECK(stored.contact == domain::Contact::daily);
  CHECK(stored.wish == "more time together");
  CHECK(stored.note.empty());

  for (const char* again : {"Sam", "sam", "SAM"}) {
    INFO(again);
    try {
      app::add_person(app.journal, again, {});
      FAIL("a second person with the same name was added");
    } catch (const RuntimeFailure& e) {
      CHECK(e.code() == Errc::person_exists);
      CHECK(e.detail().name == "Sam");
    }
  }
  CHECK(app::list_people(app.journal).size() == 1);
  CHECK_THROWS_MATCHES(app::get_person(app.journal, "Alex"), NotFound,
                       HasCode(Errc::no_such_person));
}

TEST_CASE("app people: edit sets what is given and keeps the rest", "[app][people]") {
  App app;
  app::PersonFields f;
  f.role = "sister";
  f.note = "lives far";
  app::add_person(app.journal, "Jo", f);

  app::PersonFields change;
  change.circle = domain::Circle::middle;
  change.satisfying = "she listens";
  change.note = "";
  const auto p = app::edit_person(app.journal, "jo", change);
  CHECK(p.circle == domain::Circle::middle);
  const auto stored = app::get_person(app.journal, "Jo");
  CHECK(stored.circle == domain::Circle::middle);
  CHECK(stored.satisfying == "she listens");
  CHECK(stored.note.empty());
  CHECK(stored.role == "sister");

  CHECK_THROWS_MATCHES(app::edit_person(app.journal, "Nobody", change), NotFound,
                       HasCode(Errc::no_such_person));
}

TEST_CASE("app people: rename, but not onto someone else's name", "[app][people]") {
  App app;
  app::add_person(app.journal, "Sam", {});
  app::add_person(app.journal, "Alex", {});
  const auto logged = app.checkin(5, {}, {"Sam"});

  app::PersonFields to_alex;
  to_alex.rename = "ALEX";
  try {
    app::edit_person(app.journal, "Sam", to_alex);
    FAIL("renamed onto another person's name");
  } catch (const RuntimeFailure& e) {
    CHECK(e.code() == Errc::rename_taken);
    CHECK(e.detail().name == "Alex");
  }
  CHECK(app::get_person(app.journal, "Sam").name == "Sam");

  // A new case of one's own name is a rename, not a clash.
  app::PersonFields recase;
  recase.rename = "SAM";
  CHECK(app::edit_person(app.journal, "sam", recase).name == "SAM");

  app::PersonFields rename;
  rename.rename = "Samuel";
  rename.role = "friend";
  app::edit_person(app.journal, "Sam", rename);
  CHECK(app::get_person(app.journal, "samuel").role == "friend");
  CHECK_THROWS_MATCHES(app::get_person(app.journal, "Sam"), NotFound,
                       HasCode(Errc::no_such_person));
  // Entries follow: they name the person, not the text typed.
  CHECK(app::get_entry(app.journal, logged.id).people == std::vector<std::string>{"Samuel"});
  CHECK(app::list_people(app.journal).size() == 2);
}

TEST_CASE("app people: show summarises events, last contact and mean impact", "[app][people]") {
  App app;
  // 03-01: two check-ins (4 and 6), one naming Sam, and an event with Sam (impact -2).
  app.checkin(4, 2026y / 3 / 1);
  app.checkin(6, 2026y / 3 / 1, {"Sam"});
  app.event("argued", {"Sam"}, -2, 2026y / 3 / 1, domain::EventKind::conflict);
  // 03-02: an event with Sam (impact +1) and no check-in at all.
  app.event("made up", {"sam", "Jo"}, 1, 2026y / 3 / 2);
  // 03-03: an event with Sam without an impact, and a check-in of 8 not naming him.
  app.event("a walk", {"Sam"}, {}, 2026y / 3 / 3);
  app.checkin(8, 2026y / 3 / 3);
  // 03-04 (today): only a check-in naming Sam: a contact, not an event.
  app.checkin(5, {}, {"Sam"});
  // Someone else's event, not Sam's.
  app.event("Jo called", {"Jo"}, 3, 2026y / 3 / 3);

  const auto d = app::show_person(app.journal, "SAM");
  CHECK(d.summary.person.name == "Sam");
  CHECK(d.summary.events == 3);
  REQUIRE(d.summary.last_contact);
  CHECK(*d.summary.last_contact == kToday);
  REQUIRE(d.summary.mean_impact);
  CHECK(*d.summary.mean_impact == Approx(-0.5));  // (-2 + 1) / 2: the walk had no impact

  // The timeline: every check-in and event naming Sam, a check-in being contact too.
  REQUIRE(d.timeline.size() == 5);
  CHECK(d.timeline[0].event.type() == domain::EntryType::checkin);
  CHECK(d.timeline[0].event.day == 2026y / 3 / 1);
  CHECK(text_of(d.timeline[1].event) == "argued");
  REQUIRE(d.timeline[1].day_mood);
  CHECK(*d.timeline[1].day_mood == Approx(5.0));  // both check-ins of the day, named or not
  CHECK(d.timeline[2].event.day == 2026y / 3 / 2);
  CHECK_FALSE(d.timeline[2].day_mood);
  CHECK(d.timeline[3].event.day == 2026y / 3 / 3);
  REQUIRE(d.timeline[3].day_mood);
  CHECK(*d.timeline[3].day_mood == Approx(8.0));
  CHECK(d.timeline[4].event.type() == domain::EntryType::checkin);
  CHECK(d.timeline[4].event.day == kToday);

  const auto jo = app::show_person(app.journal, "jo");
  CHECK(jo.summary.events == 2);
  CHECK(*jo.summary.last_contact == 2026y / 3 / 3);
  CHECK(*jo.summary.mean_impact == Approx(2.0));

  // The list carries the same summaries.
  const auto all = app::list_people(app.journal);
  REQUIRE(all.size() == 2);
  CHECK(all[0].person.name == "Jo");
  CHECK(all[1].events == 3);
  CHECK(*all[1].last_contact == kToday);

  CHECK_THROWS_MATCHES(app::show_person(app.journal, "Nobody"), NotFound,
                       HasCode(Errc::no_such_person));
}

TEST_CASE("app people: someone never named has an empty summary", "[app][people]") {
  App app;
  app::add_person(app.journal, "Kim", {});
  app.checkin(5);
  const auto d = app::show_person(app.journal, "kim");
  CHECK(d.summary.events == 0);
  CHECK_FALSE(d.summary.last_contact);
  CHECK_FALSE(d.summary.mean_impact);
  CHECK(d.timeline.empty());
}

TEST_CASE("app people: remove is refused while entries name them, unless forced", "[app][people]") {
  App app;
  app::add_person(app.journal, "Kim", {});
  const auto c = app.checkin(5, {}, {"Sam", "Jo"});
  const auto ev = app.event("argued", {"Sam"}, -1);

  try {
    app::remove_person(app.journal, "sam", false);
    FAIL("a named person was removed");
  } catch (const Error& e) {  // the class (exit code) is being changed; the code is the rule
    CHECK(e.code() == Errc::person_still_named);
    CHECK(e.detail().name == "Sam");
    CHECK(e.detail().id == 2);  // the entries naming them
  }
  CHECK(app::get_person(app.journal, "Sam").name == "Sam");

  const auto removed = app::remove_person(app.journal, "SAM", true);
  CHECK(removed.name == "Sam");
  CHECK(removed.unlinked == 2);
  CHECK_THROWS_MATCHES(app::get_person(app.journal, "Sam"), NotFound,
                       HasCode(Errc::no_such_person));
  // The entries stay, without them.
  CHECK(app::list_entries(app.journal, {}).size() == 2);
  CHECK(app::get_entry(app.journal, c.id).people == std::vector<std::string>{"Jo"});
  CHECK(app::get_entry(app.journal, ev.id).people.empty());
  CHECK(text_of(app::get_entry(app.journal, ev.id)) == "argued");

  // Someone nobody names goes without force.
  const auto kim = app::remove_person(app.journal, "kim", false);
  CHECK(kim.unlinked == 0);
  CHECK(app::list_people(app.journal).size() == 1);
  CHECK_THROWS_MATCHES(app::remove_person(app.journal, "Kim", true), NotFound,
                       HasCode(Errc::no_such_person));
}
