#include "domain/week.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>

#include "domain/stats.hpp"
#include "domain/text.hpp"

namespace ipt::domain {

namespace {

/// The check-in moods of `entries` as samples.
std::vector<Sample> mood_samples(const std::vector<Entry>& entries) {
  std::vector<Sample> out;
  for (const auto& e : entries) {
    if (const auto* c = e.as<Checkin>())
      out.push_back({e.day, static_cast<double>(c->mood)});
  }
  return out;
}

std::string one_decimal(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", round_to(v, 1));
  return buf;
}

std::string mood_change_phrase(double delta) {
  if (std::abs(delta) < 0.25)
    return "about the same as last week";
  return one_decimal(std::abs(delta)) +
         (delta < 0 ? " points lower than last week" : " points higher than last week");
}

/// The person named in most of the week's events; ties go to the lowest mean impact, then name.
std::optional<std::string> main_person(const std::vector<Entry>& entries) {
  struct Tally {
    std::string name;
    int events = 0;
    int impact = 0;
  };
  std::map<std::string, Tally> by_key;
  for (const auto& e : entries) {
    const auto* ev = e.as<Event>();
    if (!ev)
      continue;
    for (const auto& p : e.people) {
      auto& t = by_key[fold_case(p)];
      t.name = p;
      ++t.events;
      t.impact += ev->impact.value_or(0);
    }
  }
  const Tally* best = nullptr;
  for (const auto& [key, t] : by_key) {
    if (!best || t.events > best->events ||
        (t.events == best->events && t.impact * best->events < best->impact * t.events)) {
      best = &t;
    }
  }
  return best ? std::optional(best->name) : std::nullopt;
}

/// The text of the week's hardest event: lowest impact, the latest among equals.
std::optional<std::string> hardest_event(const std::vector<Entry>& entries) {
  const Event* hardest = nullptr;
  for (const auto& e : entries) {
    const auto* ev = e.as<Event>();
    if (ev && (!hardest || ev->impact.value_or(0) <= hardest->impact.value_or(0)))
      hardest = ev;
  }
  if (!hardest)
    return std::nullopt;
  std::string text = hardest->text.substr(0, hardest->text.find('\n'));
  if (display_width_of(text) > 60)
    text = cut_to_width(text, 57) + "...";
  return text;
}

}  // namespace

std::string_view weekday_name(Date d) {
  static constexpr std::array<std::string_view, 7> kNames{
      "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  return kNames[std::chrono::weekday{std::chrono::sys_days{d}}.c_encoding()];
}

WeekSpan week_containing(Date day, const std::optional<Course>& open) {
  if (open && !open->end && day >= open->start) {
    const int week = course_week(*open, day);
    const Date start = add_days(open->start, 7 * (week - 1));
    return {start, add_days(start, 6), week};
  }
  const auto wd = std::chrono::weekday{std::chrono::sys_days{day}}.iso_encoding();  // Mon = 1
  const Date start = add_days(day, -static_cast<int>(wd - 1));
  return {start, add_days(start, 6), std::nullopt};
}

PromptContext build_context(const WeekData& w) {
  PromptContext ctx;
  ctx.phase = w.phase;
  ctx.week_key = format_date(w.week.start);
  auto& v = ctx.values;
  v["phase"] = std::string(to_string(w.phase));
  if (w.focus) {
    ctx.area = w.focus->kind;
    ctx.stage = w.focus->stage;
    v["area"] = w.focus->title;
  }
  if (w.course && w.week.course_week) {
    const int k = *w.week.course_week;
    v["week"] = std::to_string(k);
    if (k <= w.course->weeks) {
      v["weeks_left"] = std::to_string(w.course->weeks - k);
      if (w.course->weeks - k <= 2)
        ctx.conditions.insert(Condition::last_weeks);
    }
    if (k == 1)
      ctx.conditions.insert(Condition::first_week);
  } else if (w.first_entry_day && *w.first_entry_day >= w.week.start &&
             *w.first_entry_day <= w.week.end) {
    ctx.conditions.insert(Condition::first_week);
  }

  const auto now_samples = mood_samples(w.entries);
  const auto before_samples = mood_samples(w.previous);
  const Series now({w.week.start, w.week.end}, now_samples);
  const Series before(Period{w.week.start, w.week.end}.before(), before_samples);
  if (const auto mean = now.summary().mean) {
    v["mood_avg"] = one_decimal(*mean);
    v["low_day"] = std::string(weekday_name(now.lowest()->day));
    v["high_day"] = std::string(weekday_name(now.highest()->day));
    for (const auto& d : now.days()) {
      if (d.mean <= 3)
        ctx.conditions.insert(Condition::low_day);
    }
    if (const auto delta = change(now.summary(), before.summary())) {
      v["mood_change"] = mood_change_phrase(*delta);
      if (*delta <= -1)
        ctx.conditions.insert(Condition::mood_down);
      if (*delta >= 1)
        ctx.conditions.insert(Condition::mood_up);
    }
  }
  if (now.summary().days < 3)
    ctx.conditions.insert(Condition::few_checkins);

  bool any_event = false;
  bool with_inner = false;
  for (const auto& e : w.entries) {
    const auto* ev = e.as<Event>();
    if (!ev)
      continue;
    any_event = true;
    if (ev->kind == EventKind::conflict)
      ctx.conditions.insert(Condition::conflict);
    if (ev->kind == EventKind::support)
      ctx.conditions.insert(Condition::support);
    if (ev->kind == EventKind::avoidance)
      ctx.conditions.insert(Condition::avoidance);
    for (const auto& p : e.people)
      with_inner = with_inner || w.inner_circle.count(fold_case(p));
  }
  if (!any_event)
    ctx.conditions.insert(Condition::no_events);
  // Without anyone placed in the inner circle, "isolated" would say nothing true.
  if (!w.inner_circle.empty() && !with_inner)
    ctx.conditions.insert(Condition::isolated);
  if (!w.new_people.empty())
    ctx.conditions.insert(Condition::new_person);
  if (w.focus && w.focus->stages.size() > 1) {
    for (std::size_t i = 1; i < w.focus->stages.size(); ++i) {
      const auto day = w.focus->stages[i].day;
      if (day >= w.week.start && day <= w.week.end)
        ctx.conditions.insert(Condition::stage_changed);
    }
  }
  if (auto person = main_person(w.entries))
    v["person"] = *person;
  if (auto event = hardest_event(w.entries))
    v["event"] = *event;
  return ctx;
}

}  // namespace ipt::domain
