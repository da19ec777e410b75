#pragma once
// What ipt prompts and ipt reflect share: the library as the user has it, the week asked
// about, and the options both take.
#include <CLI/CLI.hpp>

#include <optional>
#include <string>

#include "app/reflect.hpp"
#include "cli/context.hpp"
#include "library/prompt_library.hpp"

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

/// The day whose week is asked about: --week, else today.
domain::Date week_day(Context& ctx, const WeekOpts& o);

/// A note when there is neither a course nor a focus area to tailor the prompts.
void note_self_guided(Context& ctx, const app::WeekPrompts& w);

}  // namespace ipt::cli
