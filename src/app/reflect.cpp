#include "app/reflect.hpp"

#include <algorithm>

#include "app/safety.hpp"
#include "app/safety_rows.hpp"
#include "domain/moment.hpp"
#include "domain/words.hpp"
#include "storage/journal.hpp"

namespace ipt::app {

namespace {

using domain::Date;

/// The day a week is seen from: its last day, or today while it is under way.
Date as_of(const domain::WeekSpan& w, Date today) {
  return std::min(w.end, today);
}

/// True when the focus dispute holds fear: the person said so, or an event or a note with words
/// of violence in the last 6 months named its person or was attached to it.
bool afraid_in(storage::Repos& r, const domain::Area& focus, Date seen) {
  if (focus.kind != domain::AreaKind::dispute)
    return false;
  if (focus.afraid)
    return *focus.afraid;
  // Indexed lookups: the entries naming each of the area's people, and those attached to it.
  std::vector<domain::EntryFilter> filters;
  for (const auto& p : focus.people) {
    domain::EntryFilter f;
    f.person = p;
    filters.push_back(f);
  }
  domain::EntryFilter attached;
  attached.area = focus.id;
  filters.push_back(attached);
  for (auto& f : filters) {
    f.from = std::max(focus.created_day, domain::add_days(seen, -182));
    f.to = seen;
    for (const auto& e : r.entries().list(f)) {
      const bool counts =
          e.type() == domain::EntryType::event || e.type() == domain::EntryType::checkin;
      if (counts && domain::speaks_of_violence(domain::text_of(e)))
        return true;
    }
  }
  return false;
}

domain::WeekData fetch_week(storage::Repos& r, const domain::WeekSpan& span, Date today,
                            const domain::SafetySettings& safety, Date safety_day) {
  domain::WeekData w;
  w.week = span;
  const Date seen = as_of(span, today);
  if (span.start <= today && today <= span.end)
    w.today = today;
  w.course = r.courses().covering(span.start, span.end);
  // The week's phase by the course's calendar (a week ahead included), under the pin that
  // held then (or holds now).
  w.phase = domain::current_phase(w.course, span.end, r.courses().pin_on(seen));
  w.focus = r.areas().focus_on(seen);
  w.areas = r.areas().list();
  domain::EntryFilter f;
  f.from = domain::add_days(span.start, -7);
  f.to = span.end;
  for (auto& e : r.entries().list(f)) {
    if (e.type() == domain::EntryType::reflection || e.type() == domain::EntryType::measure)
      continue;
    (e.day < span.start ? w.previous : w.entries).push_back(std::move(e));
  }
  w.inner_circle = r.people().inner_circle();
  const auto from = domain::to_instant(span.start, {0, 0});
  const auto to = domain::to_instant(domain::add_days(span.end, 1), {0, 0});
  for (auto& p : r.people().added_between(from, to))
    w.new_people.push_back({std::move(p.name), p.created});
  w.first_entry_day = r.entries().first_day();
  if (w.course)
    w.baseline = r.entries().moods(w.course->start, domain::add_days(w.course->start, 13));
  // Safety, as of `safety_day`.
  w.safety = safety;
  const auto recent = safety_rows(r, safety_day, std::max(seen, safety_day));
  for (const auto& e : recent.measures) {
    const auto* m = e.as<domain::Measure>();
    if (w.course && m && m->scale == domain::Scale::phq9 && e.day >= w.course->start &&
        e.day <= seen)
      w.course_phq9.push_back(m->total());
  }
  w.figures = safety_figures_of(recent, safety_day);
  if (w.focus)
    w.afraid = afraid_in(r, *w.focus, seen);
  return w;
}

const domain::Prompt* find_prompt(std::span<const domain::Prompt> library, std::string_view id) {
  const auto it = std::find_if(library.begin(), library.end(),
                               [&](const domain::Prompt& p) { return p.id == id; });
  return it == library.end() ? nullptr : &*it;
}

std::string base_id(const std::string& answer_id) {
  return answer_id.substr(0, answer_id.find('#'));
}

/// A prompt as it was asked: its wording then, its task from the library as it is now.
domain::ChosenPrompt as_asked(std::span<const domain::Prompt> library,
                              const storage::AskedPrompt& a) {
  domain::ChosenPrompt c;
  c.id = base_id(a.prompt_id);
  c.text = a.text;
  c.followup = a.prompt_id.find('#') != std::string::npos;
  if (const auto* p = find_prompt(library, c.id)) {
    c.technique = p->technique;
    c.task = p->task;
  }
  c.reasons = {"asked this week"};
  return c;
}

}  // namespace

std::string answer_id(const domain::ChosenPrompt& p) {
  return p.followup ? p.id + "#followup" : p.id;
}

WeekPrompts week_prompts(Journal& j, std::span<const domain::Prompt> library,
                         std::optional<domain::Date> day, int n,
                         const domain::SafetySettings& safety) {
  const auto today = domain::today(j.now());
  return j.store().read([&](storage::Repos& r) {
    WeekPrompts w;
    const auto here = day.value_or(today);
    const auto course_now = r.courses().covering(here, here);
    if (day) {
      w.week = domain::week_containing(*day, course_now);
    } else {
      const auto current = domain::week_containing(today, course_now);
      const auto before = domain::week_containing(
          domain::add_days(current.start, -1), r.courses().covering(current.start, current.start));
      const auto chosen =
          domain::week_to_reflect(today, course_now, r.prompts().answered(before.start));
      w.week = chosen.previous ? before : chosen.week;
      w.previous = chosen.previous;
    }
    // The safety signals of the week being reflected on now are today's (a hard Monday makes
    // last week's prompts gentle too); a week asked for by date is seen as it was.
    const auto data = fetch_week(r, w.week, today, safety, day ? as_of(w.week, today) : today);
    const auto ctx = domain::build_context(data);
    w.phase = data.phase;
    w.has_course = data.course.has_value();
    w.has_focus = data.focus.has_value();
    if (data.focus)
      w.focus_id = data.focus->id;
    w.conditions = domain::ranked(ctx.conditions);
    w.context = ctx;
    w.has_safety_plan = !r.safety().plan().empty();
    w.agenda = r.agenda().list();
    if (!data.focus) {
      for (const auto& a : data.areas) {
        if (a.status == domain::AreaStatus::open)
          w.open_areas.emplace_back(a.id, a.title);
      }
    }
    // A week `ipt reflect` asked is kept: the same prompts, as they were worded, with answers.
    const auto asked = r.prompts().asked(w.week.start);
    if (!asked.empty()) {
      w.kept = true;
      for (const auto& a : asked)
        w.prompts.push_back({as_asked(library, a), true, a.answer});
      return w;
    }
    domain::PromptHistory history;
    history.recent = r.prompts().asked_between(domain::add_days(w.week.start, -28), w.week.start);
    for (const auto& a : r.prompts().asked(domain::add_days(w.week.start, -7))) {
      if (a.answer)
        history.last_week.push_back({a.prompt_id, *a.answer});
    }
    if (data.course) {
      for (const auto& id : r.prompts().asked_between(data.course->start, w.week.start)) {
        if (const auto* p = find_prompt(library, base_id(id)))
          history.covered_tasks.insert(p->task);
      }
    }
    for (auto& c : domain::choose_prompts(library, ctx, history, n))
      w.prompts.push_back({std::move(c), false, std::nullopt});
    return w;
  });
}

std::vector<std::int64_t> save_answers(Journal& j, const WeekPrompts& week,
                                       const std::vector<Answer>& answers) {
  const auto now = j.now();
  const auto moment = domain::resolve_moment(std::nullopt, now);
  return j.store().write([&](storage::Repos& r) {
    std::vector<storage::AskedPrompt> asked;
    for (const auto& a : answers)
      asked.push_back({a.prompt_id, a.prompt_text, std::nullopt, std::nullopt});
    r.prompts().record_asked(week.week.start, asked, now);
    std::vector<std::int64_t> ids;
    for (const auto& a : answers) {
      if (a.text.empty())
        continue;  // skipped: asked, not answered
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
