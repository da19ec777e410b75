// Problem areas: one focus at a time, resolving and reopening, dispute stages by day, and what
// the timeline says about each.
#include <catch2/catch.hpp>

#include "app/areas.hpp"
#include "app/entries.hpp"
#include "app/fixture.hpp"
#include "app/people.hpp"

using namespace ipt;
using namespace ipt::test;
using namespace std::chrono;
using domain::AreaKind;
using domain::AreaStatus;
using domain::DisputeStage;

namespace {

app::AreaAdded add(App& app, AreaKind kind, const std::string& title,
                   std::optional<DisputeStage> stage = {}, std::vector<std::string> people = {}) {
  app::AreaInput in;
  in.kind = kind;
  in.title = title;
  in.stage = stage;
  in.people = std::move(people);
  return app::add_area(app.journal, in);
}

AreaStatus status_of(App& app, std::int64_t id) {
  return app::show_area(app.journal, id).summary.area.status;
}

}  // namespace

TEST_CASE("app areas: the first area becomes the focus, later ones are open", "[app][area]") {
  App app;
  app::add_person(app.journal, "Dad", {});
  const auto first = add(app, AreaKind::grief, "losing Dad", {}, {"dad", "Mum"});
  CHECK(first.became_focus);
  CHECK(first.area.status == AreaStatus::focus);
  CHECK(first.area.kind == AreaKind::grief);
  CHECK(first.area.title == "losing Dad");
  CHECK(first.area.created_day == kToday);
  CHECK(first.area.people == std::vector<std::string>{"Dad", "Mum"});
  CHECK(first.new_people == std::vector<std::string>{"Mum"});
  CHECK(first.area.uuid == nth_uuid(3));  // Dad took 1, Mum 2

  const auto second = add(app, AreaKind::transition, "new job");
  CHECK_FALSE(second.became_focus);
  CHECK(second.area.status == AreaStatus::open);
  CHECK(status_of(app, first.area.id) == AreaStatus::focus);
}

TEST_CASE("app areas: focus moves, the previous focus becomes open", "[app][area]") {
  App app;
  const auto a = add(app, AreaKind::grief, "a").area.id;
  const auto b = add(app, AreaKind::transition, "b").area.id;
  const auto c = add(app, AreaKind::deficits, "c").area.id;

  CHECK(app::focus_area(app.journal, b).status == AreaStatus::focus);
  CHECK(status_of(app, a) == AreaStatus::open);
  CHECK(status_of(app, b) == AreaStatus::focus);
  CHECK(status_of(app, c) == AreaStatus::open);
  // New entries follow the focus.
  CHECK(app.checkin(5).area_id == b);

  // Focusing the focus changes nothing.
  app::focus_area(app.journal, b);
  int focused = 0;
  for (const auto& s : app::list_areas(app.journal))
    focused += s.area.status == AreaStatus::focus;
  CHECK(focused == 1);

  CHECK_THROWS_MATCHES(app::focus_area(app.journal, 9), NotFound, HasCode(Errc::no_such_area));
}

TEST_CASE("app areas: resolving the focus suggests the open others and leaves no focus",
          "[app][area]") {
  App app;
  const auto a = add(app, AreaKind::grief, "a").area.id;
  const auto b = add(app, AreaKind::transition, "b").area.id;
  const auto c = add(app, AreaKind::deficits, "c").area.id;
  app::resolve_area(app.journal, c, std::nullopt);

  app.clock.set_day(domain::add_days(kToday, 5));
  const auto r = app::resolve_area(app.journal, a, std::string("said goodbye"));
  CHECK(r.was_focus);
  CHECK(r.area.status == AreaStatus::resolved);
  REQUIRE(r.area.resolved_day);
  CHECK(*r.area.resolved_day == domain::add_days(kToday, 5));
  CHECK(r.area.note == "said goodbye");
  REQUIRE(r.open_others.size() == 1);  // c is resolved, a is the one just resolved
  CHECK(r.open_others[0].id == b);

  const auto stored = app::show_area(app.journal, a).summary.area;
  CHECK(stored.status == AreaStatus::resolved);
  CHECK(stored.note == "said goodbye");
  // With no focus, a new entry is attached to none.
  CHECK_FALSE(app.checkin(5).area_id);

  const auto not_focus = app::resolve_area(app.journal, b, std::nullopt);
  CHECK_FALSE(not_focus.was_focus);
  CHECK(not_focus.open_others.empty());

  CHECK_THROWS_MATCHES(app::resolve_area(app.journal, a, std::nullopt), RuntimeFailure,
                       HasCode(Errc::area_already_resolved));
}

TEST_CASE("app areas: a resolved area can't be focused until reopened", "[app][area]") {
  App app;
  const auto a = add(app, AreaKind::grief, "a").area.id;
  const auto b = add(app, AreaKind::transition, "b").area.id;
  app::resolve_area(app.journal, b, std::nullopt);

  CHECK_THROWS_MATCHES(app::focus_area(app.journal, b), RuntimeFailure,
                       HasCode(Errc::area_resolved));
  CHECK(status_of(app, a) == AreaStatus::focus);
  CHECK(status_of(app, b) == AreaStatus::resolved);

  const auto reopened = app::reopen_area(app.journal, b);
  CHECK(reopened.status == AreaStatus::open);
  CHECK_FALSE(reopened.resolved_day);
  CHECK_FALSE(app::show_area(app.journal, b).summary.area.resolved_day);
  CHECK(app::focus_area(app.journal, b).status == AreaStatus::focus);
  CHECK(status_of(app, a) == AreaStatus::open);

  CHECK_THROWS_MATCHES(app::reopen_area(app.journal, a), RuntimeFailure,
                       HasCode(Errc::area_not_resolved));
}

TEST_CASE("app areas: dispute stages are recorded with the clock's day", "[app][area]") {
  App app;
  const auto d = add(app, AreaKind::dispute, "with Sam", DisputeStage::renegotiation);
  CHECK(d.area.stage == DisputeStage::renegotiation);
  REQUIRE(d.area.stages.size() == 1);
  CHECK(d.area.stages[0].day == kToday);

  app.clock.set_day(domain::add_days(kToday, 9));
  const auto a = app::set_area_stage(app.journal, d.area.id, DisputeStage::impasse);
  CHECK(a.stage == DisputeStage::impasse);
  REQUIRE(a.stages.size() == 2);
  CHECK(a.stages[0].stage == DisputeStage::renegotiation);
  CHECK(a.stages[1].stage == DisputeStage::impasse);
  CHECK(a.stages[1].day == domain::add_days(kToday, 9));
  CHECK(app::show_area(app.journal, d.area.id).summary.area.stages.size() == 2);

  // A dispute added without a stage records none.
  const auto bare = add(app, AreaKind::dispute, "with work");
  CHECK_FALSE(bare.area.stage);
  CHECK(bare.area.stages.empty());
}

TEST_CASE("app areas: a stage applies only to a dispute", "[app][area]") {
  App app;
  const auto g = add(app, AreaKind::grief, "Dad").area.id;
  CHECK_THROWS_AS(app::set_area_stage(app.journal, g, DisputeStage::impasse), UsageError);
  const auto stored = app::show_area(app.journal, g).summary.area;
  CHECK_FALSE(stored.stage);
  CHECK(stored.stages.empty());

  CHECK_THROWS_AS(add(app, AreaKind::transition, "move", DisputeStage::impasse), UsageError);
  CHECK(app::list_areas(app.journal).size() == 1);
  CHECK_THROWS_MATCHES(app::set_area_stage(app.journal, 9, DisputeStage::impasse), NotFound,
                       HasCode(Errc::no_such_area));
}

TEST_CASE("app areas: entry counts and the mean mood on the attached entries' days",
          "[app][area]") {
  App app;
  const auto grief = add(app, AreaKind::grief, "Dad").area.id;
  const auto work = add(app, AreaKind::transition, "work").area.id;
  const auto quiet = add(app, AreaKind::deficits, "quiet").area.id;

  // 03-01: an event attached to grief; two check-ins attached to none (4 and 6).
  app::EntryCommon on_grief;
  on_grief.when = on(2026y / 3 / 1);
  app::log_event(app.journal, {"visited the grave", domain::EventKind::loss, -1, {}}, on_grief);
  app.checkin(4, 2026y / 3 / 1, {}, 0);
  app.checkin(6, 2026y / 3 / 1, {}, 0);
  // 03-02: a check-in of 8 attached to grief (the focus, by default).
  app.checkin(8, 2026y / 3 / 2);
  // 03-03: a check-in of 2 attached to work; nothing of grief's that day.
  app.checkin(2, 2026y / 3 / 3, {}, work);

  const auto list = app::list_areas(app.journal);
  REQUIRE(list.size() == 3);
  const auto find = [&](std::int64_t id) {
    for (const auto& s : list) {
      if (s.area.id == id)
        return s;
    }
    FAIL("no area #" << id);
    return domain::AreaSummary{};
  };
  const auto g = find(grief);
  CHECK(g.entries == 2);
  REQUIRE(g.mean_mood);
  CHECK(*g.mean_mood == Approx(6.0));  // 4, 6 and 8: every check-in on 03-01 and 03-02
  const auto w = find(work);
  CHECK(w.entries == 1);
  REQUIRE(w.mean_mood);
  CHECK(*w.mean_mood == Approx(2.0));
  const auto q = find(quiet);
  CHECK(q.entries == 0);
  CHECK_FALSE(q.mean_mood);

  // show agrees, and lists the attached entries oldest first.
  const auto detail = app::show_area(app.journal, grief);
  CHECK(detail.summary.entries == 2);
  CHECK(*detail.summary.mean_mood == Approx(6.0));
  REQUIRE(detail.entries.size() == 2);
  CHECK(detail.entries[0].type() == domain::EntryType::event);
  CHECK(detail.entries[1].day == 2026y / 3 / 2);

  // An area with only events on days without check-ins has entries but no mood.
  app::EntryCommon on_quiet;
  on_quiet.area = quiet;
  on_quiet.when = on(2026y / 2 / 20);
  app::log_event(app.journal, {"stayed in", domain::EventKind::avoidance, {}, {}}, on_quiet);
  const auto qd = app::show_area(app.journal, quiet).summary;
  CHECK(qd.entries == 1);
  CHECK_FALSE(qd.mean_mood);

  CHECK_THROWS_MATCHES(app::show_area(app.journal, 9), NotFound, HasCode(Errc::no_such_area));
}
