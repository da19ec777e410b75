#pragma once
// What ipt prompts and ipt reflect share: the library as the user has it, the week asked
// about, and the options both take.
#include <CLI/CLI.hpp>

#include <optional>
#include <string>

#include "app/reflect.hpp"
#include "cli/context.hpp"
#include "library/prompt_library.hpp"
#include "render/prompts.hpp"

namespace ipt::cli {

inline constexpr int kDefaultPrompts = 3;

struct WeekOpts {
  std::optional<std::string> week;
  std::optional<int> n;
  std::optional<std::string> dir;
};

/// Adds --week, -n and --prompts.
void add_week_options(CLI::App& cmd, WeekOpts& o);

/// The built-in library, then the user's own prompts, then --prompts DIR. A malformed user
/// file is an input error: every problem is listed as file:line: message.
library::Library load_prompts(Context& ctx, const WeekOpts& o);

/// How many prompts: -n, else prompts.count in the config, else kDefaultPrompts.
int prompt_count(Context& ctx, const WeekOpts& o);

/// The day whose week is asked about: --week; nullopt for the week to reflect on today.
std::optional<domain::Date> week_day(Context& ctx, const WeekOpts& o);

/// The week's prompts as the writers take them.
render::PromptSheet sheet_of(const app::WeekPrompts& w);

/// The notes that go with a week's prompts on stderr: which week it is when it is last week,
/// a week without course or focus, and the open areas when none is in focus.
void note_week(Context& ctx, const app::WeekPrompts& w);

}  // namespace ipt::cli
