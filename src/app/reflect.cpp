#include "app/reflect.hpp"

#include "domain/moment.hpp"
#include "storage/journal.hpp"

namespace ipt::app {

namespace {

domain::WeekData fetch_week(storage::Repos& r, domain::Date day) {
  domain::WeekData w;
  const auto open = r.courses().open();
  w.week = domain::week_containing(day, open);
  if (w.week.course_week)
    w.course = open;
  w.phase = domain::current_phase(r.courses().latest(), day, r.courses().phase_pin());
  w.focus = r.areas().focus();
  domain::EntryFilter f;
  f.from = domain::add_days(w.week.start, -7);
  f.to = w.week.end;
  for (auto& e : r.entries().list(f)) {
    if (e.type() == domain::EntryType::reflection)
      continue;
    (e.day < w.week.start ? w.previous : w.entries).push_back(std::move(e));
  }
  w.inner_circle = r.people().inner_circle();
  w.new_people = r.people().first_named(w.week.start, w.week.end);
  w.first_entry_day = r.entries().first_day();
  return w;
}

}  // namespace

std::string answer_id(const domain::ChosenPrompt& p) {
  return p.followup ? p.id + "#followup" : p.id;
}

WeekPrompts week_prompts(Journal& j, std::span<const domain::Prompt> library, domain::Date day,
                         int n, bool remember) {
  auto out = j.store().read([&](storage::Repos& r) {
    const auto data = fetch_week(r, day);
    const auto ctx = domain::build_context(data);
    domain::PromptHistory history;
    history.recent = r.prompts().asked(domain::add_days(data.week.start, -28), data.week.start);
    history.answered_last_week = r.prompts().answered(domain::add_days(data.week.start, -7));
    WeekPrompts w;
    w.week = data.week;
    w.phase = data.phase;
    w.has_course = r.courses().latest().has_value();
    w.has_focus = data.focus.has_value();
    if (data.focus)
      w.focus_id = data.focus->id;
    w.prompts = domain::choose_prompts(library, ctx, history, n);
    w.values = ctx.values;
    return w;
  });
  if (remember && !out.prompts.empty()) {
    std::vector<std::string> ids;
    for (const auto& p : out.prompts)
      ids.push_back(p.id);
    const auto now = j.now();
    j.store().write([&](storage::Repos& r) { r.prompts().record_shown(out.week.start, ids, now); });
  }
  return out;
}

std::vector<std::int64_t> save_answers(Journal& j, const WeekPrompts& week,
                                       const std::vector<Answer>& answers) {
  const auto now = j.now();
  const auto moment = domain::resolve_moment(std::nullopt, now);
  return j.store().write([&](storage::Repos& r) {
    std::vector<std::int64_t> ids;
    for (const auto& a : answers) {
      domain::Entry e;
      e.uuid = j.new_uuid();
      e.at = moment.at;
      e.utc_offset = moment.utc_offset;
      e.day = moment.day;
      e.area_id = week.focus_id;
      e.created = e.updated = now;
      e.body = domain::Reflection{a.prompt_id, a.prompt_text, week.week.start, a.text};
      ids.push_back(r.entries().insert(e, {}));
    }
    return ids;
  });
}

}  // namespace ipt::app
