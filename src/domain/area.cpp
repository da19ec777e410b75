#include "domain/area.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "domain/errors.hpp"
#include "domain/names.hpp"
#include "domain/text.hpp"

namespace ipt::domain {

namespace {

constexpr std::array<std::string_view, 4> kKinds{"grief", "dispute", "transition", "deficits"};
constexpr std::array<std::string_view, 3> kStatuses{"focus", "open", "resolved"};
constexpr std::array<std::string_view, 3> kStages{"renegotiation", "impasse", "dissolution"};

struct Alias {
  std::string_view name;
  AreaKind kind;
};
constexpr std::array<Alias, 8> kAliases{{{"grief", AreaKind::grief},
                                         {"dispute", AreaKind::dispute},
                                         {"conflict", AreaKind::dispute},
                                         {"transition", AreaKind::transition},
                                         {"change", AreaKind::transition},
                                         {"deficits", AreaKind::deficits},
                                         {"sensitivity", AreaKind::deficits},
                                         {"isolation", AreaKind::deficits}}};

}  // namespace

std::string_view to_string(AreaKind k) {
  return kKinds[static_cast<std::size_t>(k)];
}
std::string_view to_string(AreaStatus s) {
  return kStatuses[static_cast<std::size_t>(s)];
}
std::string_view to_string(DisputeStage s) {
  return kStages[static_cast<std::size_t>(s)];
}
std::span<const std::string_view> area_kind_names() {
  return kKinds;
}
std::span<const std::string_view> dispute_stage_names() {
  return kStages;
}

std::optional<AreaStatus> area_status_from(std::string_view s) {
  return enum_from<AreaStatus>(kStatuses, s);
}
std::optional<AreaKind> area_kind_from(std::string_view s) {
  return enum_from<AreaKind>(kKinds, s);
}
std::optional<DisputeStage> dispute_stage_from(std::string_view s) {
  return enum_from<DisputeStage>(kStages, s);
}

AreaKind parse_area_kind(std::string_view s) {
  const auto key = fold_case(trim(s));
  // Grief prompts assume a death; any other loss is a role transition. Which one is for the
  // person to say.
  if (key == "loss") {
    throw UsageError(Errc::ambiguous_loss,
                     "'loss' can mean grief (someone died) or a transition (another loss: a job, "
                     "a relationship, health, a home)");
  }
  for (const auto& a : kAliases) {
    if (a.name == key)
      return a.kind;
  }
  throw UsageError("unknown problem area '" + std::string(s) + "'; use one of " +
                       join_names(kKinds) + did_you_mean(key, kKinds),
                   "also accepted: conflict (dispute), change (transition), "
                   "sensitivity or isolation (deficits)");
}

DisputeStage parse_dispute_stage(std::string_view s) {
  if (auto stage = dispute_stage_from(fold_case(trim(s))))
    return *stage;
  throw UsageError("unknown dispute stage '" + std::string(s) + "'; use one of " +
                   join_names(kStages) + did_you_mean(fold_case(trim(s)), kStages));
}

void check_stage_applies(AreaKind kind, const std::optional<DisputeStage>& stage) {
  if (stage && kind != AreaKind::dispute) {
    throw UsageError(
        "a stage applies only to a role dispute, and this area is " + std::string(to_string(kind)),
        "stages are renegotiation, impasse and dissolution");
  }
}

std::vector<AreaSummary> summarize_areas(std::vector<Area> areas,
                                         std::span<const std::pair<std::int64_t, Date>> attached,
                                         std::span<const Sample> moods) {
  std::vector<AreaSummary> out;
  out.reserve(areas.size());
  if (moods.empty() && attached.empty()) {
    for (auto& a : areas)
      out.push_back({std::move(a), 0, std::nullopt});
    return out;
  }
  Date from = attached.empty() ? moods.front().day : attached.front().second;
  Date to = from;
  for (const auto& [id, day] : attached) {
    from = std::min(from, day);
    to = std::max(to, day);
  }
  const Series series({from, to}, moods);
  for (auto& a : areas) {
    AreaSummary s{std::move(a), 0, std::nullopt};
    std::set<Date> days;
    for (const auto& [id, day] : attached) {
      if (id == s.area.id) {
        ++s.entries;
        days.insert(day);
      }
    }
    // The mean over every check-in on those days, as a period's mean is.
    double sum = 0;
    int n = 0;
    for (const auto& d : days) {
      if (const auto* st = series.day(d)) {
        sum += st->mean * st->count;
        n += st->count;
      }
    }
    if (n > 0)
      s.mean_mood = sum / n;
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<const Area*> next_focus_candidates(const std::vector<Area>& areas,
                                               std::int64_t resolved_id) {
  std::vector<const Area*> out;
  for (const auto& a : areas) {
    if (a.id != resolved_id && a.status == AreaStatus::open)
      out.push_back(&a);
  }
  return out;
}

}  // namespace ipt::domain
