// log, event, edit and rm as use cases: what is stored, what the journal's state refuses, and that
// a refused command leaves the journal as it was.
#include <catch2/catch.hpp>

#include "app/areas.hpp"
#include "app/entries.hpp"
#include "app/fixture.hpp"
#include "app/people.hpp"
#include "app/reflect.hpp"
#include "domain/moment.hpp"

using namespace ipt;
using namespace ipt::test;
using namespace std::chrono;
using app::Clearable;

namespace {

std::int64_t add_area(app::Journal& j, const std::string& title) {
  app::AreaInput in;
  in.title = title;
  return app::add_area(j, in).area.id;
}

std::vector<std::string> names_of(const std::vector<domain::PersonSummary>& people) {
  std::vector<std::string> out;
  for (const auto& p : people)
    out.push_back(p.person.name);
  return out;
}

}  // namespace

TEST_CASE("app log: a check-in is stored at the clock's moment with the next UUID", "[app][log]") {
  // A FixedClock of its own, as the command line's --now gives.
  UtcZone zone;
  const domain::FixedClock clock(domain::to_instant(2026y / 3 / 10, {18, 0}));
  domain::SequentialUuids uuids(7);
  auto j = app::Journal::in_memory(clock, uuids);

  app::CheckinInput in;
  in.mood = 4;
  in.anxiety = 6;
  in.sleep = 7.5;
  in.note = "argued with Sam";
  const auto r = app::log_checkin(j, in, {});
  CHECK(r.day == 2026y / 3 / 10);
  CHECK_FALSE(r.event_id);
  CHECK_FALSE(r.area_id);
  CHECK(r.new_people.empty());

  const auto e = app::get_entry(j, r.id);
  CHECK(e.uuid == "00000000-0000-4000-8000-000000000007");
  CHECK(e.at == clock.now());
  CHECK(e.utc_offset == 0);
  CHECK(e.day == 2026y / 3 / 10);
  CHECK(e.created == clock.now());
  CHECK(e.updated == clock.now());
  REQUIRE(e.as<domain::Checkin>());
  CHECK(e.as<domain::Checkin>()->mood == 4);
  CHECK(e.as<domain::Checkin>()->anxiety == 6);
  CHECK_FALSE(e.as<domain::Checkin>()->energy);
  CHECK(e.as<domain::Checkin>()->sleep == 7.5);
  CHECK(e.as<domain::Checkin>()->note == "argued with Sam");

  // The next entry takes the next UUID.
  const auto second = app::log_checkin(j, in, {});
  CHECK(second.id != r.id);
  CHECK(app::get_entry(j, second.id).uuid == nth_uuid(8));
}

TEST_CASE("app log: an earlier day is recorded at its noon", "[app][log]") {
  App app;
  const auto r = app.checkin(5, 2026y / 3 / 1);
  CHECK(r.day == 2026y / 3 / 1);
  const auto e = app::get_entry(app.journal, r.id);
  CHECK(e.day == 2026y / 3 / 1);
  CHECK(e.at == domain::to_instant(2026y / 3 / 1, {12, 0}));
  CHECK(e.created == app.clock.now());
}

TEST_CASE("app log: a future WHEN is refused and nothing is stored", "[app][log]") {
  App app;
  app::EntryCommon tomorrow;
  tomorrow.when = on(domain::add_days(kToday, 1));
  tomorrow.people = {"Sam"};
  CHECK_THROWS_AS(app::log_checkin(app.journal, {}, tomorrow), UsageError);

  app::EntryCommon later_today;
  later_today.when = domain::When{kToday, domain::TimeOfDay{18, 1}};
  CHECK_THROWS_AS(app::log_event(app.journal, {"later", {}, {}, {}}, later_today), UsageError);

  CHECK(app::list_entries(app.journal, {}).empty());
  CHECK(app::list_people(app.journal).empty());
}

// A future day and a future time of today are one failure, with one code (the command line
// words its hint; an import would word it for a record).
TEST_CASE("app log: a future WHEN carries Errc::future_moment", "[app][log]") {
  App app;
  app::EntryCommon tomorrow;
  tomorrow.when = on(domain::add_days(kToday, 1));
  CHECK_THROWS_MATCHES(app::log_checkin(app.journal, {}, tomorrow), UsageError,
                       HasCode(Errc::future_moment));
  app::EntryCommon later_today;
  later_today.when = domain::When{kToday, domain::TimeOfDay{18, 1}};
  CHECK_THROWS_MATCHES(app::log_checkin(app.journal, {}, later_today), UsageError,
                       HasCode(Errc::future_moment));
}

TEST_CASE("app log: unknown people are added, known ones reused whatever the case",
          "[app][log][people]") {
  App app;
  app::add_person(app.journal, "Sam", {});

  const auto r = app.checkin(5, {}, {"sam", "Alex", "ALEX"});
  CHECK(r.new_people == std::vector<std::string>{"Alex"});
  CHECK(app::get_entry(app.journal, r.id).people == std::vector<std::string>{"Sam", "Alex"});
  CHECK(names_of(app::list_people(app.journal)) == std::vector<std::string>{"Alex", "Sam"});

  const auto again = app.event("coffee", {"SAM", "alex"});
  CHECK(again.new_people.empty());
  CHECK(app::get_entry(app.journal, again.id).people == std::vector<std::string>{"Sam", "Alex"});
  CHECK(app::list_people(app.journal).size() == 2);
}

TEST_CASE("app log: an event logged with a check-in is linked to it", "[app][log]") {
  App app;
  app::CheckinInput in;
  in.mood = 3;
  in.event = app::EventInput{"argued about the move", domain::EventKind::conflict, -2, {"angry"}};
  app::EntryCommon c;
  c.people = {"Sam"};
  c.tags = {"home"};
  const auto r = app::log_checkin(app.journal, in, c);
  REQUIRE(r.event_id);
  CHECK(*r.event_id != r.id);
  CHECK(r.new_people == std::vector<std::string>{"Sam"});

  const auto checkin = app::get_entry(app.journal, r.id);
  const auto ev = app::get_entry(app.journal, *r.event_id);
  REQUIRE(ev.as<domain::Event>());
  CHECK(ev.as<domain::Event>()->checkin_id == r.id);
  CHECK(ev.as<domain::Event>()->kind == domain::EventKind::conflict);
  CHECK(ev.as<domain::Event>()->impact == -2);
  CHECK(ev.as<domain::Event>()->feelings == std::vector<std::string>{"angry"});
  CHECK(ev.as<domain::Event>()->text == "argued about the move");
  // One moment, one set of people and tags for both.
  CHECK(ev.at == checkin.at);
  CHECK(ev.day == checkin.day);
  CHECK(ev.people == checkin.people);
  CHECK(ev.tags == std::vector<std::string>{"home"});
  // Sam took UUID 1; the check-in and then its event the next two.
  CHECK(app::get_person(app.journal, "sam").uuid == nth_uuid(1));
  CHECK(checkin.uuid == nth_uuid(2));
  CHECK(ev.uuid == nth_uuid(3));

  // A lone event has no check-in.
  const auto lone = app.event("a call", {"Sam"}, 1);
  CHECK_FALSE(app::get_entry(app.journal, lone.id).as<domain::Event>()->checkin_id);
}

TEST_CASE("app log: entries attach to the focus area unless told otherwise", "[app][log][area]") {
  App app;
  // No area yet: attached to none.
  const auto before = app.checkin(5);
  CHECK_FALSE(before.area_id);

  const auto focus = add_area(app.journal, "Dad");
  const auto other = add_area(app.journal, "work");

  const auto r = app.checkin(5);
  CHECK(r.area_id == focus);
  CHECK(app::get_entry(app.journal, r.id).area_id == focus);

  app::CheckinInput in;
  in.mood = 6;
  in.event = app::EventInput{"talked", domain::EventKind::talk, {}, {}};
  app::EntryCommon none;
  none.area = 0;
  const auto unattached = app::log_checkin(app.journal, in, none);
  CHECK_FALSE(unattached.area_id);
  CHECK_FALSE(app::get_entry(app.journal, unattached.id).area_id);
  CHECK_FALSE(app::get_entry(app.journal, *unattached.event_id).area_id);

  app::EntryCommon named;
  named.area = other;
  const auto elsewhere = app::log_event(app.journal, {"a chat", {}, {}, {}}, named);
  CHECK(elsewhere.area_id == other);
  CHECK(app::get_entry(app.journal, elsewhere.id).area_id == other);
}

TEST_CASE("app log: an unknown area is refused and nothing is stored", "[app][log][area]") {
  App app;
  add_area(app.journal, "Dad");
  app::EntryCommon c;
  c.area = 42;
  c.people = {"Newcomer"};
  CHECK_THROWS_MATCHES(app::log_checkin(app.journal, {}, c), NotFound, HasCode(Errc::no_such_area));
  CHECK_THROWS_MATCHES(app::log_event(app.journal, {"x", {}, {}, {}}, c), NotFound,
                       HasCode(Errc::no_such_area));
  CHECK(app::list_entries(app.journal, {}).empty());
  // The person would have been added in the same write unit: it was rolled back.
  CHECK(app::list_people(app.journal).empty());

  domain::EntryFilter f;
  f.area = 42;
  CHECK_THROWS_MATCHES(app::list_entries(app.journal, f), NotFound, HasCode(Errc::no_such_area));
}

TEST_CASE("app edit: a field of another entry type is refused and nothing changes", "[app][edit]") {
  App app;
  app::CheckinInput in;
  in.mood = 4;
  in.note = "tired";
  const auto c = app::log_checkin(app.journal, in, {});
  const auto ev = app.event("a call", {"Sam"}, 2);
  const auto c_before = app::get_entry(app.journal, c.id);
  const auto ev_before = app::get_entry(app.journal, ev.id);

  app.clock.set_day(domain::add_days(kToday, 1));

  auto refused_field = [&](std::int64_t id, const app::EntryEdit& edit) -> std::string {
    try {
      app::edit_entry(app.journal, id, edit);
    } catch (const UsageError& e) {
      CHECK(e.code() == Errc::field_not_for_type);
      return e.detail().field;
    }
    FAIL("the edit was not refused");
    return {};
  };

  app::EntryEdit kind;
  kind.kind = domain::EventKind::support;
  kind.mood = 5;  // fine on a check-in, but the kind refuses the whole edit
  CHECK(refused_field(c.id, kind) == "kind");
  app::EntryEdit impact;
  impact.clear = {Clearable::impact};
  CHECK(refused_field(c.id, impact) == "impact");
  app::EntryEdit feel;
  feel.feelings = std::vector<std::string>{"calm"};
  CHECK(refused_field(c.id, feel) == "feel");
  app::EntryEdit clear_feel;
  clear_feel.clear = {Clearable::feel};
  CHECK(refused_field(c.id, clear_feel) == "feel");
  app::EntryEdit clear_energy;
  clear_energy.clear = {Clearable::energy};
  CHECK(refused_field(ev.id, clear_energy) == "energy");

  app::EntryEdit mood;
  mood.mood = 7;
  mood.text = "a longer call";
  CHECK(refused_field(ev.id, mood) == "mood");
  app::EntryEdit sleep;
  sleep.clear = {Clearable::sleep};
  CHECK(refused_field(ev.id, sleep) == "sleep");
  app::EntryEdit anxiety;
  anxiety.anxiety = 3;
  CHECK(refused_field(ev.id, anxiety) == "anxiety");

  const auto c_after = app::get_entry(app.journal, c.id);
  CHECK(c_after.as<domain::Checkin>()->mood == 4);
  CHECK(c_after.updated == c_before.updated);
  const auto ev_after = app::get_entry(app.journal, ev.id);
  CHECK(ev_after.as<domain::Event>()->text == "a call");
  CHECK(ev_after.as<domain::Event>()->impact == 2);
  CHECK(ev_after.updated == ev_before.updated);
}

TEST_CASE("app edit: set fields are replaced, cleared ones emptied, the rest kept", "[app][edit]") {
  App app;
  app::CheckinInput in;
  in.mood = 4;
  in.anxiety = 6;
  in.energy = 3;
  in.sleep = 6.5;
  in.note = "tired";
  app::EntryCommon common;
  common.people = {"Sam"};
  common.tags = {"work"};
  const auto c = app::log_checkin(app.journal, in, common);
  const auto created = app.clock.now();

  app.clock.set_day(domain::add_days(kToday, 1));
  app::EntryEdit edit;
  edit.mood = 7;
  edit.clear = {Clearable::anxiety, Clearable::sleep, Clearable::note, Clearable::with,
                Clearable::tags};
  const auto r = app::edit_entry(app.journal, c.id, edit);
  CHECK(r.new_people.empty());
  const auto e = app::get_entry(app.journal, c.id);
  const auto* body = e.as<domain::Checkin>();
  REQUIRE(body);
  CHECK(body->mood == 7);
  CHECK_FALSE(body->anxiety);
  CHECK(body->energy == 3);
  CHECK_FALSE(body->sleep);
  CHECK(body->note.empty());
  CHECK(e.people.empty());
  CHECK(e.tags.empty());
  CHECK(e.created == created);
  CHECK(e.updated == app.clock.now());
  // Unlinked, Sam is still one of your people.
  CHECK(app::get_person(app.journal, "Sam").name == "Sam");

  // Clearing and setting the same field: the new value wins.
  app::EntryEdit reset;
  reset.clear = {Clearable::anxiety};
  reset.anxiety = 2;
  app::edit_entry(app.journal, c.id, reset);
  CHECK(app::get_entry(app.journal, c.id).as<domain::Checkin>()->anxiety == 2);
}

TEST_CASE("app edit: an event's people, tags, feelings and impact", "[app][edit]") {
  App app;
  app::EventInput in{"argued", domain::EventKind::conflict, -2, {"angry", "hurt"}};
  app::EntryCommon common;
  common.people = {"Sam"};
  common.tags = {"home"};
  const auto ev = app::log_event(app.journal, in, common);

  app::EntryEdit edit;
  edit.people = std::vector<std::string>{"sam", "Jo"};
  edit.tags = std::vector<std::string>{"family", "weekend"};
  edit.feelings = std::vector<std::string>{"sad"};
  edit.kind = domain::EventKind::talk;
  edit.clear = {Clearable::impact};
  const auto r = app::edit_entry(app.journal, ev.id, edit);
  CHECK(r.new_people == std::vector<std::string>{"Jo"});
  const auto e = app::get_entry(app.journal, ev.id);
  CHECK(e.people == std::vector<std::string>{"Sam", "Jo"});
  CHECK(e.tags == std::vector<std::string>{"family", "weekend"});
  const auto* body = e.as<domain::Event>();
  REQUIRE(body);
  CHECK(body->feelings == std::vector<std::string>{"sad"});
  CHECK(body->kind == domain::EventKind::talk);
  CHECK_FALSE(body->impact);
  CHECK(body->text == "argued");

  app::EntryEdit clear_feel;
  clear_feel.clear = {Clearable::feel};
  clear_feel.impact = 1;
  app::edit_entry(app.journal, ev.id, clear_feel);
  const auto after = app::get_entry(app.journal, ev.id);
  CHECK(after.as<domain::Event>()->feelings.empty());
  CHECK(after.as<domain::Event>()->impact == 1);
  // Jo's summary follows the edited impact and kind.
  CHECK(app::show_person(app.journal, "Jo").summary.mean_impact == Approx(1.0));
  CHECK(app::show_person(app.journal, "Jo").summary.events == 1);
}

TEST_CASE("app edit: re-attaching to an area, to none, or to an unknown one", "[app][edit][area]") {
  App app;
  const auto dad = add_area(app.journal, "Dad");
  const auto work = add_area(app.journal, "work");
  const auto c = app.checkin(5);
  REQUIRE(app::get_entry(app.journal, c.id).area_id == dad);

  app::EntryEdit to_work;
  to_work.area = work;
  CHECK(app::edit_entry(app.journal, c.id, to_work).entry.area_id == work);
  CHECK(app::get_entry(app.journal, c.id).area_id == work);

  app::EntryEdit to_none;
  to_none.area = 0;
  app::edit_entry(app.journal, c.id, to_none);
  CHECK_FALSE(app::get_entry(app.journal, c.id).area_id);

  app::EntryEdit unknown;
  unknown.area = 99;
  unknown.mood = 9;
  CHECK_THROWS_MATCHES(app::edit_entry(app.journal, c.id, unknown), NotFound,
                       HasCode(Errc::no_such_area));
  CHECK(app::get_entry(app.journal, c.id).as<domain::Checkin>()->mood == 5);

  // An edit that does not name an area keeps the one it has.
  app::EntryEdit back;
  back.area = dad;
  app::edit_entry(app.journal, c.id, back);
  app::EntryEdit mood;
  mood.mood = 6;
  CHECK(app::edit_entry(app.journal, c.id, mood).entry.area_id == dad);
}

TEST_CASE("app edit: moving an entry to another day", "[app][edit]") {
  App app;
  const auto c = app.checkin(5);
  app::EntryEdit edit;
  edit.when = on(2026y / 3 / 1);
  const auto r = app::edit_entry(app.journal, c.id, edit);
  CHECK(r.entry.day == 2026y / 3 / 1);
  const auto e = app::get_entry(app.journal, c.id);
  CHECK(e.day == 2026y / 3 / 1);
  CHECK(e.at == domain::to_instant(2026y / 3 / 1, {12, 0}));

  domain::EntryFilter f;
  f.from = 2026y / 3 / 1;
  f.to = 2026y / 3 / 1;
  REQUIRE(app::list_entries(app.journal, f).size() == 1);
  f.from = f.to = kToday;
  CHECK(app::list_entries(app.journal, f).empty());

  app::EntryEdit future;
  future.when = on(domain::add_days(kToday, 2));
  CHECK_THROWS_AS(app::edit_entry(app.journal, c.id, future), UsageError);
  CHECK(app::get_entry(app.journal, c.id).day == 2026y / 3 / 1);
}

TEST_CASE("app edit: an event's text and a reflection's answer can't be emptied", "[app][edit]") {
  App app;
  const auto ev = app.event("a call", {});
  app::EntryEdit empty_text;
  empty_text.text = "";
  CHECK_THROWS_MATCHES(app::edit_entry(app.journal, ev.id, empty_text), UsageError,
                       HasCode(Errc::text_required));
  app::EntryEdit clear_note;
  clear_note.clear = {Clearable::note};
  CHECK_THROWS_MATCHES(app::edit_entry(app.journal, ev.id, clear_note), UsageError,
                       HasCode(Errc::text_required));
  CHECK(app::get_entry(app.journal, ev.id).as<domain::Event>()->text == "a call");

  app::WeekPrompts week;
  week.week = {2026y / 3 / 2, 2026y / 3 / 8, std::nullopt};
  const auto ids = app::save_answers(app.journal, week, {{"p1", "How was it?", "fine"}});
  REQUIRE(ids.size() == 1);
  CHECK_THROWS_MATCHES(app::edit_entry(app.journal, ids[0], empty_text), UsageError,
                       HasCode(Errc::text_required));
  CHECK_THROWS_MATCHES(app::edit_entry(app.journal, ids[0], clear_note), UsageError,
                       HasCode(Errc::text_required));
  CHECK(app::get_entry(app.journal, ids[0]).as<domain::Reflection>()->answer == "fine");

  // Clearing and giving a new answer at once is a replacement, not an empty answer.
  app::EntryEdit replace;
  replace.clear = {Clearable::note};
  replace.text = "better";
  app::edit_entry(app.journal, ids[0], replace);
  CHECK(app::get_entry(app.journal, ids[0]).as<domain::Reflection>()->answer == "better");

  // A check-in's note is optional.
  const auto c = app.checkin(5);
  CHECK_NOTHROW(app::edit_entry(app.journal, c.id, clear_note));
}

TEST_CASE("app edit: a missing entry is NotFound", "[app][edit]") {
  App app;
  app::EntryEdit edit;
  edit.mood = 5;
  CHECK_THROWS_MATCHES(app::edit_entry(app.journal, 3, edit), NotFound,
                       HasCode(Errc::no_such_entry));
  CHECK_THROWS_MATCHES(app::get_entry(app.journal, 3), NotFound, HasCode(Errc::no_such_entry));
}

TEST_CASE("app rm: an entry goes, its linked event stays unlinked", "[app][rm]") {
  App app;
  app::CheckinInput in;
  in.mood = 3;
  in.event = app::EventInput{"argued", domain::EventKind::conflict, -1, {}};
  app::EntryCommon c;
  c.people = {"Sam"};
  const auto r = app::log_checkin(app.journal, in, c);
  const auto other = app.checkin(6);

  app::remove_entry(app.journal, r.id);
  CHECK_THROWS_MATCHES(app::get_entry(app.journal, r.id), NotFound, HasCode(Errc::no_such_entry));
  const auto ev = app::get_entry(app.journal, *r.event_id);
  REQUIRE(ev.as<domain::Event>());
  CHECK_FALSE(ev.as<domain::Event>()->checkin_id);
  CHECK(ev.people == std::vector<std::string>{"Sam"});
  CHECK(app::list_entries(app.journal, {}).size() == 2);
  CHECK(app::get_entry(app.journal, other.id).as<domain::Checkin>()->mood == 6);

  CHECK_THROWS_MATCHES(app::remove_entry(app.journal, r.id), NotFound,
                       HasCode(Errc::no_such_entry));
  CHECK_THROWS_MATCHES(app::remove_entry(app.journal, 99), NotFound, HasCode(Errc::no_such_entry));
  CHECK(app::list_entries(app.journal, {}).size() == 2);
}
