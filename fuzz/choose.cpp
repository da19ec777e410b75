// The week's prompt choice (domain::choose_prompts) over week facts decoded from the input:
// phase, focus area and stage, the conditions that hold, placeholder values, the people and
// events of each role, what was asked before, and a library made of the built-in prompts (all,
// or some of them, altered). Properties: the same facts give the same sheet; a sheet never
// holds a prompt (or a follow-up) or the same words twice; every prompt comes from the library; a
// gentle week has at most two prompts and none demanding.
#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "domain/prompt.hpp"
#include "fuzz.hpp"
#include "library/builtin.hpp"

using namespace ipt::domain;

namespace {

template <typename E>
E pick_enum(FuzzedDataProvider& in, std::size_t count) {
  return static_cast<E>(in.ConsumeIntegralInRange<std::size_t>(0, count - 1));
}

std::string small_text(FuzzedDataProvider& in) {
  return in.ConsumeRandomLengthString(40);
}

Condition any_condition(FuzzedDataProvider& in) {
  return pick_enum<Condition>(in, condition_names().size());
}

std::vector<Prompt> library_from(FuzzedDataProvider& in) {
  const auto& all = ipt::library::builtin_prompts();
  if (in.ConsumeBool())
    return all;
  std::vector<Prompt> lib;
  const auto count = in.ConsumeIntegralInRange<std::size_t>(0, 40);
  for (std::size_t i = 0; i < count && in.remaining_bytes() > 0; ++i) {
    Prompt p = all[in.ConsumeIntegralInRange<std::size_t>(0, all.size() - 1)];
    switch (in.ConsumeIntegralInRange(0, 7)) {
      case 0:
        p.enabled = false;
        break;
      case 1:
        p.gentle = !p.gentle;
        break;
      case 2:
        p.when.insert(any_condition(in));
        break;
      case 3:
        p.unless.insert(any_condition(in));
        break;
      case 4:
        p.id += "-" + std::to_string(i);  // a user's copy of a built-in prompt
        break;
      case 5:
        p.text = small_text(in);
        break;
      default:
        break;
    }
    // Ids are unique in a loaded library (a later file's prompt replaces an earlier one).
    if (std::none_of(lib.begin(), lib.end(), [&](const Prompt& q) { return q.id == p.id; }))
      lib.push_back(std::move(p));
  }
  return lib;
}

PromptContext context_from(FuzzedDataProvider& in) {
  PromptContext ctx;
  ctx.phase = pick_enum<Phase>(in, phase_names().size());
  if (in.ConsumeBool())
    ctx.area = pick_enum<AreaKind>(in, area_kind_names().size());
  if (in.ConsumeBool())
    ctx.stage = pick_enum<DisputeStage>(in, dispute_stage_names().size());
  for (auto n = in.ConsumeIntegralInRange(0, 8); n > 0; --n)
    ctx.conditions.insert(any_condition(in));
  const auto names = placeholder_names();
  for (auto n = in.ConsumeIntegralInRange(0, 6); n > 0; --n) {
    const auto name = names[in.ConsumeIntegralInRange<std::size_t>(0, names.size() - 1)];
    ctx.values[std::string(name)] = small_text(in);
  }
  for (auto n = in.ConsumeIntegralInRange(0, 4); n > 0; --n) {
    const auto role = pick_enum<Role>(in, 6);
    ctx.event_of[role] = small_text(in);
    if (in.ConsumeBool())
      ctx.person_of[role] = small_text(in);
  }
  if (in.ConsumeBool())
    ctx.area_person = small_text(in);
  ctx.week_key = in.ConsumeBool() ? "2026-03-02" : small_text(in);
  ctx.last_week_of_phase = in.ConsumeBool();
  ctx.gentle = in.ConsumeBool();
  return ctx;
}

PromptHistory history_from(FuzzedDataProvider& in, const std::vector<Prompt>& lib) {
  PromptHistory h;
  auto some_id = [&] {
    if (lib.empty() || in.ConsumeBool())
      return small_text(in);
    return lib[in.ConsumeIntegralInRange<std::size_t>(0, lib.size() - 1)].id;
  };
  for (auto n = in.ConsumeIntegralInRange(0, 10); n > 0; --n)
    h.recent.insert(some_id());
  for (auto n = in.ConsumeIntegralInRange(0, 3); n > 0; --n)
    h.last_week.push_back({some_id() + (in.ConsumeBool() ? "#followup" : ""), small_text(in)});
  const auto tasks = task_names();
  for (auto n = in.ConsumeIntegralInRange(0, 6); n > 0; --n)
    h.covered_tasks.insert(
        std::string(tasks[in.ConsumeIntegralInRange<std::size_t>(0, tasks.size() - 1)]));
  return h;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  const int n = in.ConsumeIntegralInRange(0, 20);
  const auto ctx = context_from(in);
  const auto lib = library_from(in);
  const auto history = history_from(in, lib);

  const auto sheet = choose_prompts(lib, ctx, history, n);
  const auto again = choose_prompts(lib, ctx, history, n);
  IPT_FUZZ_CHECK(sheet.size() == again.size());
  std::set<std::string> ids, texts;
  for (std::size_t i = 0; i < sheet.size(); ++i) {
    const auto& c = sheet[i];
    IPT_FUZZ_CHECK(c.id == again[i].id && c.text == again[i].text);
    IPT_FUZZ_CHECK(ids.insert(c.id + (c.followup ? "#followup" : "")).second);
    if (texts.count(c.text) != 0)
      for (const auto& d : sheet)
        std::fprintf(stderr, "sheet: %s%s: %s\n", d.id.c_str(), d.followup ? " (follow-up)" : "",
                     d.text.c_str());
    IPT_FUZZ_CHECK(texts.insert(c.text).second);
    const auto from =
        std::find_if(lib.begin(), lib.end(), [&](const Prompt& p) { return p.id == c.id; });
    IPT_FUZZ_CHECK(from != lib.end());
    if (ctx.gentle && !c.followup)
      IPT_FUZZ_CHECK(!from->demanding);
  }
  if (ctx.gentle)
    IPT_FUZZ_CHECK(sheet.size() <= 2);
  return 0;
}
