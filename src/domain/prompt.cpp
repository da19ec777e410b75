#include "domain/prompt.hpp"

#include <algorithm>
#include <array>

#include "domain/names.hpp"

namespace ipt::domain {

namespace {

constexpr std::array<std::string_view, 13> kConditions{
    "mood_down", "mood_up",  "low_day",    "few_checkins",  "conflict",   "support",   "avoidance",
    "no_events", "isolated", "new_person", "stage_changed", "first_week", "last_weeks"};

constexpr std::array<std::string_view, 9> kTechniques{
    "inventory",         "mood-event", "communication-analysis",
    "decision-analysis", "role-play",  "affect",
    "clarification",     "review",     "planning"};

constexpr std::array<std::string_view, 10> kPlaceholders{
    "person",  "area",     "week",     "weeks_left",  "phase",
    "low_day", "high_day", "mood_avg", "mood_change", "event"};

/// FNV-1a: a stable, platform-independent order for the week's shuffle.
std::uint64_t fnv1a(std::string_view a, std::string_view b) {
  std::uint64_t h = 1469598103934665603ULL;
  for (std::string_view s : {a, std::string_view("\x1f"), b}) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ULL;
    }
  }
  return h;
}

std::string phase_reason(Phase p) {
  return "phase " + std::string(to_string(p));
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
std::span<const std::string_view> technique_names() {
  return kTechniques;
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

bool eligible(const Prompt& p, const PromptContext& ctx) {
  if (!p.enabled)
    return false;
  if (!p.phases.empty() && !p.phases.count(ctx.phase))
    return false;
  if (p.no_area && ctx.area)
    return false;
  if (!p.any_area && !p.no_area && (!ctx.area || !p.areas.count(*ctx.area)))
    return false;
  if (!p.stages.empty() && (!ctx.stage || !p.stages.count(*ctx.stage)))
    return false;
  for (auto c : p.when) {
    if (!ctx.conditions.count(c))
      return false;
  }
  return fill_placeholders(p.text, ctx.values).has_value();
}

std::vector<ChosenPrompt> choose_prompts(std::span<const Prompt> library, const PromptContext& ctx,
                                         const PromptHistory& history, int n) {
  // The week's order: every eligible prompt sorted by a hash of (week, id).
  std::vector<const Prompt*> pool;
  for (const auto& p : library) {
    if (eligible(p, ctx))
      pool.push_back(&p);
  }
  std::sort(pool.begin(), pool.end(), [&](const Prompt* a, const Prompt* b) {
    const auto ha = fnv1a(ctx.week_key, a->id);
    const auto hb = fnv1a(ctx.week_key, b->id);
    return ha != hb ? ha < hb : a->id < b->id;
  });

  std::vector<ChosenPrompt> out;
  std::set<std::string> taken;
  auto full = [&] { return static_cast<int>(out.size()) >= n; };
  auto take = [&](const Prompt& p, std::vector<std::string> reasons) {
    out.push_back(
        {p.id, *fill_placeholders(p.text, ctx.values), p.technique, false, std::move(reasons)});
    taken.insert(p.id);
  };
  // The first prompt matching `fits` that was not asked in the last 4 weeks; with
  // `allow_recent`, a recent one when nothing else fits.
  auto pick = [&](auto fits, bool allow_recent) -> const Prompt* {
    const Prompt* fallback = nullptr;
    for (const auto* p : pool) {
      if (taken.count(p->id) || !fits(*p))
        continue;
      if (!history.recent.count(p->id))
        return p;
      if (!fallback)
        fallback = p;
    }
    return allow_recent ? fallback : nullptr;
  };

  // 1. Follow-ups of last week's answers.
  for (const auto& id : history.answered_last_week) {
    if (full())
      break;
    if (id.find('#') != std::string::npos)
      continue;  // an answer to a follow-up is not followed up again
    const auto it =
        std::find_if(library.begin(), library.end(), [&](const Prompt& p) { return p.id == id; });
    if (it == library.end() || !it->enabled || it->followup.empty() ||
        taken.count(id + "#followup"))
      continue;
    if (auto text = fill_placeholders(it->followup, ctx.values)) {
      out.push_back({id, *text, it->technique, true, {"follow-up of last week's answer"}});
      taken.insert(id + "#followup");
    }
  }
  // 2. The focus area.
  if (ctx.area && !full()) {
    if (const auto* p =
            pick([](const Prompt& p) { return !p.areas.empty() && p.when.empty(); }, false)) {
      std::vector<std::string> reasons{phase_reason(ctx.phase),
                                       "area " + std::string(to_string(*ctx.area))};
      if (!p->stages.empty() && ctx.stage) {
        reasons.push_back("stage " + std::string(to_string(*ctx.stage)));
      }
      take(*p, std::move(reasons));
    }
  }
  // 3. A condition of the week.
  if (!ctx.conditions.empty() && !full()) {
    if (const auto* p = pick([](const Prompt& p) { return !p.when.empty(); }, false)) {
      std::vector<std::string> reasons;
      for (auto c : p->when)
        reasons.push_back("condition " + std::string(to_string(c)));
      take(*p, std::move(reasons));
    }
  }
  // 4. General prompts for the phase, then anything else eligible; recent ones only when
  //    nothing else is left.
  const auto general = [](const Prompt& p) { return p.areas.empty() && p.when.empty(); };
  const auto anything = [](const Prompt&) { return true; };
  while (!full()) {
    const Prompt* p = pick(general, false);
    if (!p)
      p = pick(anything, false);
    if (!p)
      p = pick(general, true);
    if (!p)
      p = pick(anything, true);
    if (!p)
      break;
    std::vector<std::string> reasons{phase_reason(ctx.phase)};
    if (!p->areas.empty() && ctx.area) {
      reasons.push_back("area " + std::string(to_string(*ctx.area)));
    }
    for (auto c : p->when)
      reasons.push_back("condition " + std::string(to_string(c)));
    take(*p, std::move(reasons));
  }
  return out;
}

}  // namespace ipt::domain
