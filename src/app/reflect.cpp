#include "app/reflect.hpp"

#include "app/guard.hpp"
#include "domain/moment.hpp"
#include "domain/uuid.hpp"
#include "storage/area_repo.hpp"
#include "storage/course_repo.hpp"
#include "storage/entry_repo.hpp"
#include "storage/reflection_repo.hpp"

namespace ipt::app {

namespace {

domain::WeekData fetch_week(SQLite::Database& db, domain::Date day) {
  domain::WeekData w;
  const auto open = storage::open_course(db);
  w.week = domain::week_containing(day, open);
  if (w.week.course_week)
    w.course = open;
  w.phase = domain::current_phase(storage::latest_course(db), day, storage::phase_pin(db));
  w.focus = storage::focus_area(db);
  domain::EntryFilter f;
  f.from = domain::add_days(w.week.start, -7);
  f.to = w.week.end;
  for (auto& e : storage::find_entries(db, f)) {
    if (e.type == domain::EntryType::reflection)
      continue;
    (e.day < w.week.start ? w.previous : w.entries).push_back(std::move(e));
  }
  w.inner_circle = storage::inner_circle(db);
  w.new_people = storage::people_first_named(db, w.week.start, w.week.end);
  w.first_entry_day = storage::first_entry_day(db);
  return w;
}

}  // namespace

std::string answer_id(const domain::ChosenPrompt& p) {
  return p.followup ? p.id + "#followup" : p.id;
}

WeekPrompts week_prompts(Journal& j, const domain::Clock& clock,
                         std::span<const domain::Prompt> library, domain::Date day, int n,
                         bool remember) {
  return guarded(j, [&] {
    auto& db = j.db().sql();
    const auto data = fetch_week(db, day);
    const auto ctx = domain::build_context(data);
    domain::PromptHistory history;
    history.recent =
        storage::prompts_asked(db, domain::add_days(data.week.start, -28), data.week.start);
    history.answered_last_week =
        storage::prompts_answered(db, domain::add_days(data.week.start, -7));
    WeekPrompts r;
    r.week = data.week;
    r.phase = data.phase;
    r.has_course = storage::latest_course(db).has_value();
    r.has_focus = data.focus.has_value();
    if (data.focus)
      r.focus_id = data.focus->id;
    r.prompts = domain::choose_prompts(library, ctx, history, n);
    r.values = ctx.values;
    if (remember && !r.prompts.empty()) {
      storage::WriteTransaction tx(j.db());
      std::vector<std::string> ids;
      for (const auto& p : r.prompts)
        ids.push_back(p.id);
      storage::record_shown(db, data.week.start, ids, clock.now());
      tx.commit();
    }
    return r;
  });
}

std::vector<std::int64_t> save_answers(Journal& j, const domain::Clock& clock,
                                       const WeekPrompts& week,
                                       const std::vector<Answer>& answers) {
  const auto now = clock.now();
  const auto moment = domain::resolve_moment(std::nullopt, now);
  return guarded(j, [&] {
    storage::WriteTransaction tx(j.db());
    std::vector<std::int64_t> ids;
    for (const auto& a : answers) {
      domain::Entry e;
      e.uuid = domain::random_uuid();
      e.type = domain::EntryType::reflection;
      e.at = moment.at;
      e.utc_offset = moment.utc_offset;
      e.day = moment.day;
      e.text = a.text;
      e.prompt_id = a.prompt_id;
      e.prompt_text = a.prompt_text;
      e.week = week.week.start;
      e.area_id = week.focus_id;
      e.created = e.updated = now;
      ids.push_back(storage::insert_entry(j.db().sql(), e, {}));
    }
    tx.commit();
    return ids;
  });
}

}  // namespace ipt::app
