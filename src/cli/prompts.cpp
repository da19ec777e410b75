// ipt prompts [check]: this week's reflection prompts, and checking prompt files.
#include <ostream>

#include "app/reflect.hpp"
#include "cli/commands.hpp"
#include "cli/safety.hpp"
#include "cli/weekly.hpp"
#include "domain/errors.hpp"
#include "render/prompts.hpp"

namespace ipt::cli {

Run setup_prompts(CLI::App& cmd) {
  auto o = std::make_shared<WeekOpts>();
  cmd.footer(
      "Prompts are chosen for your phase, your focus area (and a dispute's stage) and what the\n"
      "week held, most pressing first: a prompt for your focus area, one for what the week\n"
      "showed (a low day, a loss, a conflict, little contact...), and a second such one or a\n"
      "follow-up of last week's answer, or one for the phase. The same journal always gives the\n"
      "same prompts; a week you have answered shows what you were asked, with your answers;\n"
      "nothing ipt reflect asked is repeated within 4 weeks. The week is the course week (else\n"
      "Monday to Sunday) holding today, but in its first three days, while last week has no\n"
      "answers, it is last week. Looking never changes the journal.\n"
      "Your own prompts: ~/.config/ipt/prompts/*.toml (see the prompt library's README).");
  add_week_options(cmd, *o);
  return [o](Invocation& inv) {
    auto& ctx = inv.ctx;
    const auto lib = load_prompts(ctx, *o);
    const auto day = week_day(ctx, *o);
    const auto w = app::week_prompts(inv.journal(), lib.prompts, day, prompt_count(ctx, *o),
                                     safety_settings(ctx));
    inv.emit(render::prompts_view(), sheet_of(w));
    note_week(ctx, w);
    if (w.prompts.empty())
      ctx.note("no prompt fits this week; ipt prompts check lists the library");
  };
}

Run setup_prompts_check(CLI::App& cmd) {
  auto paths = std::make_shared<std::vector<std::string>>();
  cmd.footer(
      "Checks the schema, duplicate ids, unknown conditions and placeholders, and that every\n"
      "phase and area has at least 4 prompts without conditions. Without FILE|DIR, checks the\n"
      "built-in library. Prints each problem as file:line: message and exits 1 if any.");
  cmd.add_option("PATH", *paths, "Prompt files or directories")->type_name("FILE|DIR");
  return [paths](Invocation& inv) {
    const std::vector<std::filesystem::path> files(paths->begin(), paths->end());
    std::vector<render::FileProblem> problems;
    for (const auto& p : library::check_prompt_files(files))
      problems.push_back({p.file, p.line, p.message});
    inv.emit(render::problems_view(), problems);
    if (!problems.empty()) {
      throw RuntimeFailure(std::to_string(problems.size()) +
                           (problems.size() == 1 ? " problem" : " problems") +
                           " in the prompt files");
    }
    inv.ctx.note("the prompt files are fine");
  };
}

}  // namespace ipt::cli
