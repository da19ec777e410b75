#include "cli/weekly.hpp"

#include "cli/input.hpp"
#include "cli/messages.hpp"
#include "domain/errors.hpp"

namespace ipt::cli {

void add_week_options(CLI::App& cmd, WeekOpts& o) {
  cmd.add_option("--week", o.week, "The week containing this day (WHEN; default this week)")
      ->type_name("WHEN");
  add_int_option(&cmd, "-n", o.n, "How many prompts, 1 to 20 (default 3, or prompts.count)", 1, 20);
  cmd.add_option("--prompts", o.dir, "Also load the prompt files in this directory")
      ->type_name("DIR");
}

library::Library load_prompts(Context& ctx, const WeekOpts& o) {
  std::vector<std::filesystem::path> dirs;
  if (auto dir = config::config_dir(ctx.env))
    dirs.push_back(*dir / "prompts");
  const auto& cfg = ctx.config();
  for (const auto& d : cfg.prompts.dirs) {
    const auto path = config::expand_home(d, ctx.env);
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec)) {
      const auto& at = cfg.origins.at("prompts.dirs");
      throw UsageError(at.file.string() + ":" + std::to_string(at.line) +
                           ": prompts.dirs: " + path + " is not a directory",
                       "make it, or take it out of the list: ipt config path shows the file");
    }
    dirs.emplace_back(path);
  }
  if (o.dir) {
    std::error_code ec;
    if (!std::filesystem::is_directory(*o.dir, ec))
      throw UsageError("--prompts " + *o.dir + " is not a directory");
    dirs.emplace_back(*o.dir);
  }
  auto lib = library::load_library(dirs);
  if (!lib.problems.empty()) {
    std::string message = "the prompt library has problems:";
    for (const auto& p : lib.problems)
      message += "\n  " + p.str();
    throw UsageError(message, "fix them, or check a file with: ipt prompts check FILE");
  }
  return lib;
}

int prompt_count(Context& ctx, const WeekOpts& o) {
  return o.n.value_or(ctx.config().prompts.count.value_or(kDefaultPrompts));
}

std::optional<domain::Date> week_day(Context& ctx, const WeekOpts& o) {
  if (!o.week)
    return std::nullopt;
  return when_arg(ctx, *o.week).day;
}

render::PromptSheet sheet_of(const app::WeekPrompts& w) {
  render::PromptSheet s{w.week,       w.phase, w.previous,       w.kept,
                        w.conditions, {},      w.context.gentle, w.agenda};
  for (const auto& p : w.prompts)
    s.prompts.push_back({p.prompt, p.asked, p.answer});
  return s;
}

void note_week(Context& ctx, const app::WeekPrompts& w) {
  if (w.previous) {
    ctx.note(
        "this week has just begun and last week has no answers yet, so these are last "
        "week's prompts (from " +
        domain::format_date(w.week.start) + "); ipt prompts --week today shows this week's");
  }
  if (!w.has_course && !w.has_focus && w.open_areas.empty()) {
    ctx.note(
        "no course or focus area yet, so these are general prompts; "
        "ipt course start and ipt area add tailor them to your work");
  }
  if (!w.has_focus && !w.open_areas.empty())
    ctx.note(next_area_note(w.open_areas));
  // The end of a course is a time to write down what helps when things get hard again.
  if (w.phase == domain::Phase::termination && !w.has_safety_plan && !w.kept)
    ctx.note("as the course ends, a safety plan keeps what helps in one place: ipt plan");
}

}  // namespace ipt::cli
