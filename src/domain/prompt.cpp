#include "domain/prompt.hpp"

#include <algorithm>
#include <array>

#include "domain/names.hpp"

namespace ipt::domain {

namespace {

constexpr std::array<std::string_view, 22> kConditions{
    "fear",          "low_day",       "mood_down",  "loss",        "conflict",   "change",
    "stage_changed", "area_resolved", "first_week", "last_weeks",  "final_week", "no_focus",
    "avoidance",     "focus_contact", "isolated",   "no_events",   "support",    "mood_up",
    "new_person",    "few_checkins",  "improved",   "not_improved"};

/// By Condition: its rank (0 for a gate) and a few words for people.
struct ConditionInfo {
  int rank;
  std::string_view words;
};
constexpr std::array<ConditionInfo, 22> kInfo{{
    {1, "feeling afraid in your focus dispute"},
    {1, "a day at mood 3 or lower"},
    {1, "mood lower than the week before"},
    {2, "a loss"},
    {3, "a conflict"},
    {4, "a change"},
    {5, "the dispute's stage changed"},
    {5, "a problem area resolved"},
    {5, "the first week"},
    {5, "the last weeks of the course"},
    {5, "the course's last week"},
    {5, "no focus area yet"},
    {6, "holding back from someone"},
    {6, "your focus area's person in your journal"},
    {7, "no contact with your inner circle"},
    {7, "no relationship events"},
    {8, "support from someone"},
    {8, "mood higher than the week before"},
    {9, "someone added to your people"},
    {10, "few check-ins"},
    {0, "mood clearly above the course's start"},
    {0, "mood not above the course's start"},
}};

constexpr std::array<std::string_view, 9> kTechniques{
    "inventory",         "mood-event", "communication-analysis",
    "decision-analysis", "role-play",  "affect",
    "clarification",     "review",     "planning"};

constexpr std::array<std::string_view, 47> kTasks{
    // initial
    "symptom-review", "sick-role", "inventory", "onset-link", "focus-choice", "goals",
    "formulation",
    // middle, any area
    "mood-event-link", "affect", "options", "week-review", "session-agenda",
    // grief
    "relationship-review", "paced-retelling", "reminders-anniversaries", "new-ties",
    // dispute
    "stage-assessment", "expectations", "communication-analysis", "decision-analysis", "role-play",
    "patterns", "cost-of-status-quo", "dissolution-mourning", "new-role",
    // transition
    "old-role-mourning", "new-role-realistic", "mastery", "support-lost-and-new",
    // deficits
    "small-contacts", "patterns-past", "therapeutic-relationship", "graded-steps",
    // termination
    "review-gains", "ending-feelings", "warning-signs", "plan", "after-course", "non-response",
    // maintenance
    "early-signs", "keeping-gains", "area-flare-ups", "clinician-check-in",
    // any phase
    "moving-on", "gentle-support", "gentle-what-helped", "safety-plan"};

constexpr std::array<std::string_view, 6> kInitialMustCover{
    "symptom-review", "sick-role", "inventory", "onset-link", "focus-choice", "goals"};
constexpr std::array<std::string_view, 5> kTerminationMustCover{
    "review-gains", "ending-feelings", "warning-signs", "plan", "after-course"};

constexpr std::array<std::string_view, 17> kPlaceholders{
    "person",   "conflict_person", "support_person", "loss_person", "event",      "loss",
    "area",     "open_areas",      "week",           "weeks_left",  "phase",      "low_day",
    "high_day", "mood_avg",        "mood_change",    "baseline",    "mood_recent"};

/// A stable, platform-independent order for the week's shuffle: FNV-1a over (week, id), then
/// a 64-bit finaliser, so ids that differ only in their last letters still spread widely.
std::uint64_t order_key(std::string_view week, std::string_view id) {
  std::uint64_t h = 1469598103934665603ULL;
  for (std::string_view s : {week, std::string_view("\x1f"), id}) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ULL;
    }
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

Role role_of(const std::optional<Condition>& c) {
  if (!c)
    return Role::any;
  switch (*c) {
    case Condition::conflict:
      return Role::conflict;
    case Condition::support:
      return Role::support;
    case Condition::loss:
      return Role::loss;
    case Condition::change:
      return Role::change;
    case Condition::avoidance:
      return Role::avoidance;
    default:
      return Role::any;
  }
}

bool contains(std::span<const std::string_view> names, std::string_view s) {
  return std::find(names.begin(), names.end(), s) != names.end();
}

/// "'I wanted him to notice...'": the first line of an answer, shortened at a word.
std::string quote_of(const std::string& answer) {
  std::string s = answer.substr(0, answer.find('\n'));
  if (s.size() > 80) {
    auto cut = s.rfind(' ', 77);
    s = s.substr(0, cut == std::string::npos || cut < 40 ? 77 : cut) + "...";
  }
  return s;
}

}  // namespace

std::string_view to_string(Condition c) {
  return kConditions[static_cast<std::size_t>(c)];
}

std::optional<Condition> condition_from(std::string_view s) {
  return enum_from<Condition>(kConditions, s);
}

std::span<const std::string_view> condition_names() {
  return kConditions;
}

std::optional<int> rank(Condition c) {
  const int r = kInfo[static_cast<std::size_t>(c)].rank;
  return r == 0 ? std::nullopt : std::optional(r);
}

std::string_view describe(Condition c) {
  return kInfo[static_cast<std::size_t>(c)].words;
}

std::span<const std::string_view> technique_names() {
  return kTechniques;
}
std::span<const std::string_view> task_names() {
  return kTasks;
}
std::span<const std::string_view> must_cover_tasks(Phase p) {
  if (p == Phase::initial)
    return kInitialMustCover;
  if (p == Phase::termination)
    return kTerminationMustCover;
  return {};
}
std::span<const std::string_view> placeholder_names() {
  return kPlaceholders;
}

std::vector<std::string> placeholders_in(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '{')
      continue;
    const auto close = text.find('}', i + 1);
    if (close == std::string_view::npos)
      break;
    out.emplace_back(text.substr(i + 1, close - i - 1));
    i = close;
  }
  return out;
}

std::optional<Condition> Prompt::trigger() const {
  std::optional<Condition> best;
  for (auto c : when) {
    const auto r = rank(c);
    if (r && (!best || *r < *rank(*best)))
      best = c;
  }
  return best;
}

std::optional<std::string> fill_placeholders(std::string_view text,
                                             const std::map<std::string, std::string>& values) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto close = text[i] == '{' ? text.find('}', i + 1) : std::string_view::npos;
    if (close == std::string_view::npos) {
      out += text[i];
      continue;
    }
    const auto it = values.find(std::string(text.substr(i + 1, close - i - 1)));
    if (it == values.end())
      return std::nullopt;
    out += it->second;
    i = close;
  }
  return out;
}

std::map<std::string, std::string> values_for(const Prompt& p, const PromptContext& ctx) {
  auto v = ctx.values;
  const Role role = role_of(p.trigger());
  if (auto it = ctx.event_of.find(role); it != ctx.event_of.end())
    v["event"] = it->second;
  // {person} is someone in a role: the focus area's person in an area prompt, else the
  // person of the event the prompt answers. Never just whoever was named most.
  if (p.for_area()) {
    if (ctx.area_person)
      v["person"] = *ctx.area_person;
  } else if (role != Role::any) {
    if (auto it = ctx.person_of.find(role); it != ctx.person_of.end())
      v["person"] = it->second;
  }
  return v;
}

std::span<const std::string_view> tasks_set_aside_by_fear() {
  static constexpr std::array<std::string_view, 7> kTasks{
      "decision-analysis",  "role-play", "communication-analysis", "expectations", "patterns",
      "cost-of-status-quo", "goals"};
  return kTasks;
}

bool eligible(const Prompt& p, const PromptContext& ctx) {
  if (!p.enabled)
    return false;
  if (ctx.conditions.count(Condition::fear) && p.for_area() &&
      contains(tasks_set_aside_by_fear(), p.task))
    return false;
  if (ctx.gentle ? !p.gentle : p.gentle)
    return false;
  if (!p.phases.empty() && !p.phases.count(ctx.phase))
    return false;
  if (p.no_area && ctx.area)
    return false;
  if (!p.any_area && !p.no_area && (!ctx.area || !p.areas.count(*ctx.area)))
    return false;
  // A dispute whose stage was never recorded gets the prompts that fit every stage.
  if (!p.stages.empty() && (ctx.stage ? !p.stages.count(*ctx.stage) : p.stages.size() < 3))
    return false;
  for (auto c : p.unless) {
    if (ctx.conditions.count(c))
      return false;
  }
  for (auto c : p.when) {
    if (!ctx.conditions.count(c))
      return false;
  }
  return fill_placeholders(p.text, values_for(p, ctx)).has_value();
}

std::vector<Condition> ranked(const std::set<Condition>& conditions) {
  std::vector<Condition> out(conditions.begin(), conditions.end());
  std::stable_sort(out.begin(), out.end(), [](Condition a, Condition b) {
    return rank(a).value_or(100) < rank(b).value_or(100);
  });
  return out;
}

namespace {

/// The week's choice, one slot at a time.
class Chooser {
 public:
  Chooser(std::span<const Prompt> library, const PromptContext& ctx, const PromptHistory& history)
      : library_(library), ctx_(ctx), history_(history), covered_(history.covered_tasks) {
    // In the middle phase, an initial task never asked is still asked: its initial prompts
    // stay in the pool until it is covered.
    auto as_initial = ctx;
    as_initial.phase = Phase::initial;
    const auto carried = [&](const Prompt& p) {
      if (ctx.phase != Phase::middle || p.phases.count(Phase::middle) ||
          !p.phases.count(Phase::initial) || covered_.count(p.task))
        return false;
      const auto tasks = must_cover_tasks(Phase::initial);
      return std::find(tasks.begin(), tasks.end(), p.task) != tasks.end() &&
             eligible(p, as_initial);
    };
    for (const auto& p : library) {
      if (eligible(p, ctx) || carried(p))
        pool_.push_back(&p);
    }
    std::sort(pool_.begin(), pool_.end(), [&](const Prompt* a, const Prompt* b) {
      const auto ha = order_key(ctx.week_key, a->id);
      const auto hb = order_key(ctx.week_key, b->id);
      return ha != hb ? ha < hb : a->id < b->id;
    });
    for (auto c : ranked(ctx.conditions)) {
      if (rank(c))
        triggers_.push_back(c);
    }
  }

  std::vector<ChosenPrompt> choose(int n) {
    if (ctx_.gentle) {
      // A week with a safety signal: one or two short prompts, and nothing demanding.
      while (static_cast<int>(out_.size()) < std::min(n, 2)) {
        // A prompt for a condition that holds (feeling afraid) comes before the general ones.
        const auto* p = pick([](const Prompt& q) { return !q.when.empty(); });
        if (!p)
          p = pick([](const Prompt&) { return true; });
        if (!p)
          break;
        take(*p, {"a hard week: gentle prompts"});
      }
      return std::move(out_);
    }
    // The default three: the focus area at its stage, the most pressing condition, a second
    // pressing condition (else a follow-up, else the phase). The most pressing is shown first
    // when it is at least as pressing as a conflict.
    std::optional<Condition> first;
    const Prompt* pressing = nullptr;
    for (auto c : triggers_) {
      if ((pressing = condition_prompt(c))) {
        first = c;
        break;
      }
    }
    const bool urgent = first && *rank(*first) <= kConflictRank;
    // Termination without improvement: the prompt that says so comes first, before any that
    // could read as assuming gains (ipt-domain notes, section 6).
    if (ctx_.phase == Phase::termination && ctx_.conditions.count(Condition::not_improved)) {
      if (const auto* p = pick([](const Prompt& q) { return q.task == "non-response"; }))
        take(*p, with_task(reasons_of(*p), *p));
    }
    // While the initial or termination phase has tasks not yet asked, a condition less
    // pressing than a conflict gives its slot to them (it is still named with the week).
    const bool tasks_pending = (ctx_.phase == Phase::initial || ctx_.phase == Phase::termination) &&
                               !missing_tasks().empty();
    if (pressing && !urgent && tasks_pending)
      pressing = nullptr;
    if (pressing)
      taken_.insert(pressing->id);  // held, so the area's slot can't pick it too
    const Prompt* area = area_prompt();
    if (pressing)
      taken_.erase(pressing->id);
    if (urgent && pressing)
      take_condition(*pressing, *first);
    if (area)
      take_area(*area);
    if (!urgent && pressing)
      take_condition(*pressing, *first);
    if (!area && full_below(n))
      take_phase();
    if (tasks_pending && !urgent && full_below(n))
      take_phase();
    if (full_below(n)) {
      bool second = false;
      for (auto c : triggers_) {
        // While the initial or termination phase has tasks to ask, one condition prompt a week is
        // enough.
        if (c == first || *rank(c) > kConflictRank || tasks_pending)
          continue;
        if (const auto* p = condition_prompt(c)) {
          take_condition(*p, c);
          second = true;
          break;
        }
      }
      // Then a task still missing (the initial phase's carry into the middle weeks), asked
      // once and early; then a follow-up; then the phase.
      if (!second && !(ctx_.phase == Phase::middle && take_missing()) && !take_followup())
        take_phase();
    }
    // More with -n, in the same order of need: the other conditions, follow-ups, the area,
    // the phase, then anything still eligible.
    for (auto c : triggers_) {
      if (!full_below(n))
        break;
      if (done_conditions_.count(c))
        continue;
      if (const auto* p = condition_prompt(c))
        take_condition(*p, c);
    }
    while (full_below(n) && take_followup()) {
    }
    while (full_below(n)) {
      if (const auto* p = area_prompt()) {
        take_area(*p);
        continue;
      }
      if (take_phase())
        continue;
      const auto* p = pick([](const Prompt&) { return true; });
      if (!p)
        break;
      take(*p, reasons_of(*p));
    }
    // The course's last week of termination asks every termination task still missing.
    if (ctx_.phase == Phase::termination && ctx_.last_week_of_phase) {
      for (auto task : must_cover_tasks(Phase::termination)) {
        if (covered_.count(std::string(task)))
          continue;
        if (const auto* p = pick([&](const Prompt& q) { return q.task == task; }))
          take(*p, with_task(reasons_of(*p), *p));
      }
    }
    return std::move(out_);
  }

 private:
  bool full_below(int n) const { return static_cast<int>(out_.size()) < n; }

  /// The first prompt of the week's order that `fits`, not taken, preferring ones not asked
  /// in the last 4 weeks; a recent one only when nothing else fits.
  template <typename Fits>
  const Prompt* pick(Fits fits) const {
    const Prompt* fallback = nullptr;
    for (const auto* p : pool_) {
      if (taken_.count(p->id) || taken_texts_.count(p->text) || !fits(*p))
        continue;
      if (!history_.recent.count(p->id))
        return p;
      if (!fallback)
        fallback = p;
    }
    return fallback;
  }

  /// The tasks this slot should serve first: the phase's still missing, and in the middle
  /// phase the initial phase's still missing.
  std::vector<std::string_view> missing_tasks() const {
    std::vector<std::string_view> out;
    const auto phase = ctx_.phase == Phase::middle ? Phase::initial : ctx_.phase;
    for (auto t : must_cover_tasks(phase)) {
      // With a focus area chosen, choosing one is done.
      if (!covered_.count(std::string(t)) && !(t == "focus-choice" && ctx_.area))
        out.push_back(t);
    }
    return out;
  }

  /// The first of `kinds` that serves a missing task, else the first of `kinds`.
  template <typename Kind>
  const Prompt* serving_missing(Kind kind) const {
    for (auto task : missing_tasks()) {
      if (const auto* p = pick([&](const Prompt& q) { return kind(q) && q.task == task; }))
        return p;
    }
    return pick(kind);
  }

  static bool plain(const Prompt& p) { return !p.trigger(); }

  const Prompt* area_prompt() const {
    if (!ctx_.area) {
      // No focus yet: the slot helps choose one, once the initial phase is ending or over.
      if (ctx_.conditions.count(Condition::no_focus))
        return pick([](const Prompt& q) { return q.task == "focus-choice"; });
      return nullptr;
    }
    const auto for_area = [](const Prompt& q) { return q.for_area() && plain(q); };
    // In the initial and termination phases the slot serves a task not yet asked: the area's
    // own version when there is one, else the general one.
    if (ctx_.phase == Phase::initial || ctx_.phase == Phase::termination) {
      for (auto task : missing_tasks()) {
        if (const auto* p = pick([&](const Prompt& q) { return for_area(q) && q.task == task; }))
          return p;
      }
      for (auto task : missing_tasks()) {
        if (const auto* p = pick([&](const Prompt& q) { return plain(q) && q.task == task; }))
          return p;
      }
    }
    return pick(for_area);
  }

  /// A prompt for condition `c`. One asked in the last 4 weeks comes back only for a need at
  /// least as pressing as a conflict; a lesser one is named with the week instead.
  const Prompt* condition_prompt(Condition c) const {
    // The one that can say who or what, when the week has it, before a general one.
    const auto* p = pick([&](const Prompt& q) { return q.trigger() == c; });
    const auto* personal =
        pick([&](const Prompt& q) { return q.trigger() == c && !placeholders_in(q.text).empty(); });
    if (personal && !history_.recent.count(personal->id))
      p = personal;
    if (p && history_.recent.count(p->id) && *rank(c) > kConflictRank)
      return nullptr;
    return p;
  }

  bool take_phase() {
    const auto* p = serving_missing([](const Prompt& q) { return !q.for_area() && plain(q); });
    if (!p)
      return false;
    take(*p, with_task(reasons_of(*p), *p));
    return true;
  }

  /// A prompt for a task still missing, if one is eligible: the area's version first.
  bool take_missing() {
    for (auto task : missing_tasks()) {
      const auto* p =
          pick([&](const Prompt& q) { return q.for_area() && plain(q) && q.task == task; });
      if (!p)
        p = pick([&](const Prompt& q) { return plain(q) && q.task == task; });
      if (p) {
        take(*p, with_task(reasons_of(*p), *p));
        return true;
      }
    }
    return false;
  }

  bool take_followup() {
    for (const auto& answer : history_.last_week) {
      if (answer.prompt_id.find('#') != std::string::npos)
        continue;  // an answer to a follow-up is not followed up again
      if (taken_.count(answer.prompt_id + "#followup"))
        continue;
      const auto it = std::find_if(library_.begin(), library_.end(),
                                   [&](const Prompt& p) { return p.id == answer.prompt_id; });
      if (it == library_.end() || !it->enabled || it->followup.empty())
        continue;
      const auto text = fill_placeholders(it->followup, values_for(*it, ctx_));
      if (!text)
        continue;
      out_.push_back({it->id,
                      "Last week you wrote: '" + quote_of(answer.text) + "'. " + *text,
                      it->technique,
                      it->task,
                      true,
                      {"follow-up of last week's answer"}});
      taken_.insert(it->id + "#followup");
      return true;
    }
    return false;
  }

  void take_area(const Prompt& p) {
    auto reasons = reasons_of(p);
    take(p, with_task(std::move(reasons), p));
  }

  void take_condition(const Prompt& p, Condition c) {
    done_conditions_.insert(c);
    take(p, reasons_of(p));
  }

  std::vector<std::string> reasons_of(const Prompt& p) const {
    std::vector<std::string> r;
    if (!p.when.empty()) {
      for (auto c : ranked(p.when))
        r.push_back("condition " + std::string(to_string(c)));
    }
    r.push_back("phase " + std::string(to_string(ctx_.phase)));
    if (p.for_area() && ctx_.area) {
      r.push_back("area " + std::string(to_string(*ctx_.area)));
      if (!p.stages.empty() && ctx_.stage)
        r.push_back("stage " + std::string(to_string(*ctx_.stage)));
    }
    return r;
  }

  std::vector<std::string> with_task(std::vector<std::string> reasons, const Prompt& p) const {
    for (auto phase : {Phase::initial, Phase::termination}) {
      if (contains(must_cover_tasks(phase), p.task) && !covered_.count(p.task))
        reasons.push_back("task " + p.task + " (not asked yet this course)");
    }
    return reasons;
  }

  void take(const Prompt& p, std::vector<std::string> reasons) {
    out_.push_back({p.id, *fill_placeholders(p.text, values_for(p, ctx_)), p.technique, p.task,
                    false, std::move(reasons)});
    taken_.insert(p.id);
    taken_texts_.insert(p.text);
    covered_.insert(p.task);
  }

  std::span<const Prompt> library_;
  const PromptContext& ctx_;
  const PromptHistory& history_;
  std::set<std::string> covered_;
  std::vector<const Prompt*> pool_;
  std::vector<Condition> triggers_;
  std::set<Condition> done_conditions_;
  std::set<std::string> taken_;
  std::set<std::string> taken_texts_;  // a sheet never asks the same words twice
  std::vector<ChosenPrompt> out_;
};

}  // namespace

std::vector<ChosenPrompt> choose_prompts(std::span<const Prompt> library, const PromptContext& ctx,
                                         const PromptHistory& history, int n) {
  return Chooser(library, ctx, history).choose(n);
}

}  // namespace ipt::domain
