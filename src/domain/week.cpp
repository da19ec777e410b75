#include "domain/week.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <span>

#include "domain/text.hpp"
#include "domain/words.hpp"

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

/// The first line of an event's text, shortened to 60 columns.
std::string shortened(const std::string& text) {
  std::string s = text.substr(0, text.find('\n'));
  if (display_width_of(s) > 60)
    s = cut_to_width(s, 57) + "...";
  return s;
}

/// Check-in days needed before a day or a change may be named.
constexpr int kEnoughDays = 3;

/// The event for each role: the hardest (lowest impact, the latest among equals) of each
/// kind, the most helpful support, and the hardest of any kind; never an event whose text
/// speaks of violence, which a prompt must not quote back.
struct RoleEvents {
  std::map<Role, const Entry*> chosen;

  explicit RoleEvents(const std::vector<Entry>& entries) {
    auto consider = [&](Role role, const Entry& e, bool helpful) {
      const auto& ev = std::get<Event>(e.body);
      auto& best = chosen[role];
      if (!best) {
        best = &e;
        return;
      }
      const int a = ev.impact.value_or(0);
      const int b = std::get<Event>(best->body).impact.value_or(0);
      if (helpful ? a >= b : a <= b)
        best = &e;
    };
    for (const auto& e : entries) {
      const auto* ev = e.as<Event>();
      if (!ev || speaks_of_violence(ev->text))
        continue;
      consider(Role::any, e, false);
      switch (ev->kind) {
        case EventKind::conflict:
          consider(Role::conflict, e, false);
          break;
        case EventKind::support:
          consider(Role::support, e, true);
          break;
        case EventKind::loss:
          consider(Role::loss, e, false);
          break;
        case EventKind::change:
          consider(Role::change, e, false);
          break;
        case EventKind::avoidance:
          consider(Role::avoidance, e, false);
          break;
        default:
          break;
      }
    }
    for (auto it = chosen.begin(); it != chosen.end();) {
      it = it->second ? std::next(it) : chosen.erase(it);
    }
  }
};

/// The last day counted: the week's end, or today for a week still under way.
Date last_counted_day(const WeekData& w) {
  return w.today && *w.today < w.week.end ? *w.today : w.week.end;
}

/// The day that stands out of the week's days: the single lowest (or highest) day, at least
/// half a point from every other one. Null when days tie or sit too close to say.
std::optional<Date> standout_day(std::span<const DayStats> days, bool lowest) {
  const DayStats* best = nullptr;
  for (const auto& d : days) {
    if (!best || (lowest ? d.mean < best->mean : d.mean > best->mean))
      best = &d;
  }
  if (!best)
    return std::nullopt;
  for (const auto& d : days) {
    if (&d != best && std::abs(d.mean - best->mean) < 0.5)
      return std::nullopt;
  }
  return best->day;
}

/// Days holding a conflict or a loss: never called the week's best.
std::set<Date> hard_days(const std::vector<Entry>& entries) {
  std::set<Date> out;
  for (const auto& e : entries) {
    if (const auto* ev = e.as<Event>();
        ev && (ev->kind == EventKind::conflict || ev->kind == EventKind::loss))
      out.insert(e.day);
  }
  return out;
}

}  // namespace

std::string mood_change_phrase(double delta) {
  const double points = round_to(std::abs(delta), 1);
  const std::string amount =
      points == 1.0
          ? "1 point"
          : (points == std::floor(points) ? std::to_string(int(points)) : one_decimal(points)) +
                " points";
  return amount + (delta < 0 ? " lower than last week" : " higher than last week");
}

std::string_view weekday_name(Date d) {
  static constexpr std::array<std::string_view, 7> kNames{
      "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  return kNames[std::chrono::weekday{std::chrono::sys_days{d}}.c_encoding()];
}

namespace {
unsigned g_week_start = 1;  // ISO weekday: Monday
}  // namespace

void set_week_start(int iso_weekday) {
  g_week_start = static_cast<unsigned>(iso_weekday);
}

WeekSpan week_containing(Date day, const std::optional<Course>& course) {
  if (course && day >= course->start && !(course->end && *course->end < day)) {
    const int week = course_week(*course, day);
    const Date start = add_days(course->start, 7 * (week - 1));
    return {start, add_days(start, 6), week};
  }
  const auto wd = std::chrono::weekday{std::chrono::sys_days{day}}.iso_encoding();  // Mon = 1
  const Date start = add_days(day, -static_cast<int>((wd + 7 - g_week_start) % 7));
  return {start, add_days(start, 6), std::nullopt};
}

ReflectedWeek week_to_reflect(Date today, const std::optional<Course>& course,
                              bool previous_week_answered) {
  const auto week = week_containing(today, course);
  if (days_between(week.start, today) < 3 && !previous_week_answered)
    return {week_containing(add_days(week.start, -1), course), true};
  return {week, false};
}

PromptContext build_context(const WeekData& w) {
  PromptContext ctx;
  ctx.phase = w.phase;
  ctx.week_key = format_date(w.week.start);
  auto& v = ctx.values;
  auto& conds = ctx.conditions;
  v["phase"] = std::string(to_string(w.phase));
  if (w.focus) {
    ctx.area = w.focus->kind;
    ctx.stage = w.focus->stage;
    v["area"] = w.focus->title;
    if (!w.focus->people.empty())
      ctx.area_person = w.focus->people.front();
  }
  std::vector<std::string> open_titles;
  for (const auto& a : w.areas) {
    if (a.status == AreaStatus::open && (!w.focus || a.id != w.focus->id))
      open_titles.push_back("\"" + a.title + "\"");
    // Resolved during this week or the one before: time to take stock and move on.
    if (a.resolved_day && *a.resolved_day >= add_days(w.week.start, -7) &&
        *a.resolved_day <= w.week.end)
      conds.insert(Condition::area_resolved);
  }
  // "A", "A and B", "A, B and C": titles as a sentence says them.
  std::string open;
  for (std::size_t i = 0; i < open_titles.size(); ++i)
    open += (i == 0 ? "" : i + 1 == open_titles.size() ? " and " : ", ") + open_titles[i];
  if (!open.empty())
    v["open_areas"] = open;

  // The course: week number, its first and last weeks, the phase's last week.
  if (w.course && w.week.course_week) {
    const int k = *w.week.course_week;
    v["week"] = std::to_string(k);
    if (k <= w.course->weeks) {
      v["weeks_left"] = std::to_string(w.course->weeks - k);
      if (w.course->weeks - k <= 2)
        conds.insert(Condition::last_weeks);
      if (k == w.course->weeks)
        conds.insert(Condition::final_week);
    }
    if (k == 1)
      conds.insert(Condition::first_week);
    ctx.last_week_of_phase = phase_of_week(*w.course, k + 1) != phase_of_week(*w.course, k);
  } else if (w.first_entry_day && *w.first_entry_day >= w.week.start &&
             *w.first_entry_day <= w.week.end) {
    conds.insert(Condition::first_week);
  }
  if (!w.focus &&
      (w.phase == Phase::middle || (w.phase == Phase::initial && ctx.last_week_of_phase)))
    conds.insert(Condition::no_focus);

  // Mood: the week against the week before. A day or a change is named only from enough
  // days, and only when there is a real difference to name.
  const Period period{w.week.start, last_counted_day(w)};
  const Series now(period, mood_samples(w.entries));
  const Series before(Period{w.week.start, w.week.end}.before(), mood_samples(w.previous));
  const auto s = now.summary();
  if (s.mean)
    v["mood_avg"] = one_decimal(*s.mean);
  for (const auto& d : now.days()) {
    if (d.mean <= 3)
      conds.insert(Condition::low_day);
  }
  // A low or high day is named only when it stands out, the spread is a real one, and a
  // "best" day was a good one (5 or more) without a conflict or a loss.
  if (s.days >= kEnoughDays && now.highest()->mean - now.lowest()->mean >= 1) {
    if (const auto low = standout_day(now.days(), true))
      v["low_day"] = std::string(weekday_name(*low));
    const auto high = standout_day(now.days(), false);
    if (high && now.highest()->mean >= 5 && !hard_days(w.entries).count(*high))
      v["high_day"] = std::string(weekday_name(*high));
  }
  if (s.days >= kEnoughDays && before.summary().days >= kEnoughDays) {
    const auto delta = *change(s, before.summary());
    if (std::abs(delta) >= 0.5)
      v["mood_change"] = mood_change_phrase(delta);
    if (delta <= -1)
      conds.insert(Condition::mood_down);
    if (delta >= 1)
      conds.insert(Condition::mood_up);
  }
  // Few check-ins, counting only the days that have passed: today counts once it has one.
  const bool today_logged = std::any_of(now.days().begin(), now.days().end(),
                                        [&](const DayStats& d) { return d.day == period.to; });
  const int elapsed = period.days() - (w.today && *w.today <= w.week.end && !today_logged ? 1 : 0);
  if (s.days < std::min(kEnoughDays, elapsed))
    conds.insert(Condition::few_checkins);

  // Against the course's start: the first two weeks' mood and the last two weeks'.
  if (w.course) {
    const Series first({w.course->start, add_days(w.course->start, 13)}, w.baseline);
    auto recent_samples = mood_samples(w.previous);
    const auto this_week = mood_samples(w.entries);
    recent_samples.insert(recent_samples.end(), this_week.begin(), this_week.end());
    const Series recent({add_days(w.week.start, -7), period.to}, recent_samples);
    if (first.summary().days >= kEnoughDays)
      v["baseline"] = one_decimal(*first.summary().mean);
    if (recent.summary().days >= kEnoughDays)
      v["mood_recent"] = one_decimal(*recent.summary().mean);
    const bool course_started_before = add_days(w.course->start, 14) <= add_days(w.week.start, -7);
    if (course_started_before && first.summary().days >= kEnoughDays &&
        recent.summary().days >= kEnoughDays) {
      const double gain = *recent.summary().mean - *first.summary().mean;
      if (gain >= 1)
        conds.insert(Condition::improved);
      if (gain <= 0)
        conds.insert(Condition::not_improved);
    }
  }

  // Events and people. Any entry naming someone is contact with them.
  const RoleEvents roles(w.entries);
  bool any_event = false;
  bool with_inner = false;
  std::set<std::string> named;                  // folded names of everyone named this week
  std::map<std::string, EventKind> first_kind;  // the kind of the first event naming each
  for (const auto& e : w.entries) {
    for (const auto& p : e.people) {
      const auto key = fold_case(p);
      named.insert(key);
      with_inner = with_inner || w.inner_circle.count(key) > 0;
      if (const auto* ev = e.as<Event>())
        first_kind.emplace(key, ev->kind);
    }
    const auto* ev = e.as<Event>();
    if (!ev)
      continue;
    any_event = true;
    switch (ev->kind) {
      case EventKind::conflict:
        conds.insert(Condition::conflict);
        break;
      case EventKind::support:
        conds.insert(Condition::support);
        break;
      case EventKind::avoidance:
        conds.insert(Condition::avoidance);
        break;
      case EventKind::loss:
        conds.insert(Condition::loss);
        break;
      case EventKind::change:
        conds.insert(Condition::change);
        break;
      default:
        break;
    }
  }
  // What the week lacked is said once enough of it has passed to say it.
  if (!any_event && elapsed >= kEnoughDays)
    conds.insert(Condition::no_events);
  // Without anyone placed in the inner circle, "isolated" would say nothing true.
  if (!w.inner_circle.empty() && !with_inner && elapsed >= kEnoughDays)
    conds.insert(Condition::isolated);
  if (ctx.area_person && named.count(fold_case(*ctx.area_person)))
    conds.insert(Condition::focus_contact);
  // Someone new: added this week, not the person of a grief area, not first named in a loss.
  std::set<std::string> grieved;
  for (const auto& a : w.areas) {
    if (a.kind == AreaKind::grief) {
      for (const auto& p : a.people)
        grieved.insert(fold_case(p));
    }
  }
  // In the first week everyone is new to ipt: nobody is "someone new".
  for (const auto& p :
       conds.count(Condition::first_week) ? std::vector<NewPerson>{} : w.new_people) {
    const auto key = fold_case(p.name);
    const auto kind = first_kind.find(key);
    if (!grieved.count(key) && !(kind != first_kind.end() && kind->second == EventKind::loss))
      conds.insert(Condition::new_person);
  }
  if (w.focus && w.focus->stages.size() > 1) {
    for (std::size_t i = 1; i < w.focus->stages.size(); ++i) {
      const auto day = w.focus->stages[i].day;
      if (day >= w.week.start && day <= w.week.end)
        conds.insert(Condition::stage_changed);
    }
  }
  for (const auto& [role, e] : roles.chosen) {
    ctx.event_of[role] = shortened(std::get<Event>(e->body).text);
    if (!e->people.empty())
      ctx.person_of[role] = e->people.front();
  }
  static const std::map<Role, const char*> kPersonKeys{{Role::conflict, "conflict_person"},
                                                       {Role::support, "support_person"},
                                                       {Role::loss, "loss_person"}};
  for (const auto& [role, key] : kPersonKeys) {
    if (auto it = ctx.person_of.find(role); it != ctx.person_of.end())
      v[key] = it->second;
  }
  if (auto it = ctx.event_of.find(Role::loss); it != ctx.event_of.end())
    v["loss"] = it->second;

  // Safety. A hard stretch (a persisting signal, or PHQ-9 item 9 in the last two weeks) makes
  // the week gentle; fear in the focus dispute sets its exercises aside; PHQ-9 not fallen over
  // the course counts as no improvement, whatever the mood says.
  ctx.gentle = gentle_week(w.figures, w.safety);
  if (w.afraid && w.safety.fear && w.focus && w.focus->kind == AreaKind::dispute) {
    // What happened is not "a disagreement", and contact with the person is not progress.
    conds.insert(Condition::fear);
    conds.erase(Condition::conflict);
    conds.erase(Condition::focus_contact);
  }
  if (w.course_phq9.size() >= 2 && w.course_phq9.back() >= w.course_phq9.front()) {
    conds.erase(Condition::improved);
    conds.insert(Condition::not_improved);
  }
  if (!w.safety.non_response)
    conds.erase(Condition::not_improved);
  return ctx;
}

}  // namespace ipt::domain
