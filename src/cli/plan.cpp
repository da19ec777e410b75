// ipt plan: a safety plan in the six steps of the Stanley-Brown Safety Planning Intervention,
// plus reasons for living. On a terminal it walks you through the steps, saving each answer as
// it is given; off a terminal it reads the steps from stdin; with --format it prints the plan.
#include <filesystem>
#include <istream>

#include "app/safety.hpp"
#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "cli/terminal.hpp"
#include "domain/blocks.hpp"
#include "domain/errors.hpp"
#include "domain/validate.hpp"
#include "render/safety.hpp"

namespace ipt::cli {

namespace {

using domain::PlanStep;

PlanStep step_at(std::size_t i) {
  return static_cast<PlanStep>(i);
}

void walk(Context& ctx, app::Journal& journal) {
  const InterruptGuard guard;
  ctx.err << "A safety plan is a list, in your own words, of what helps when things get very "
             "hard: signs\nto notice, things to do, people to reach. Each answer is saved as you "
             "give it; press Enter to\nkeep what is there, type - to clear a step, Ctrl-D to "
             "stop.\n";
  auto plan = app::safety_plan(journal);
  bool going = true;
  for (std::size_t i = 0; going && i < domain::plan_step_names().size(); ++i) {
    const auto step = step_at(i);
    const auto* current = plan.find(step);
    ctx.err << '\n' << domain::plan_step_title(step) << '\n';
    going = ask_until(ctx, std::string(domain::plan_step_question(step)),
                      current ? current->text : "", [&](const std::string& answer) {
                        const auto text = answer == "-"
                                              ? std::string()
                                              : domain::check_text("the answer", answer, false);
                        app::save_plan_steps(journal, {{step, text}});
                      });
  }
  ctx.err << (going ? "\nThank you. ipt help-now shows your plan with the crisis lines; ipt plan "
                      "--format markdown\nprints it to keep or share.\n"
                    : "\nStopped; everything you answered is saved.\n");
  InterruptGuard::check();
}

/// The steps from stdin: blocks separated by a line holding only "---", in step order; an
/// empty block keeps its step as it is. All are saved together.
void from_stdin(Context& ctx, app::Journal& journal) {
  const auto read = domain::read_blocks(ctx.in, 16 * domain::kMaxTextBytes);
  if (!read)
    throw UsageError("the plan on stdin is too long (over 1 MiB in all); nothing was saved");
  const auto& blocks = *read;
  const auto steps = domain::plan_step_names().size();
  if (blocks.size() > steps) {
    throw UsageError("stdin holds " + std::to_string(blocks.size()) + " steps but a plan has " +
                         std::to_string(steps) + "; nothing was saved",
                     "separate the steps with a line holding only ---, in the order of ipt plan "
                     "--format text");
  }
  std::vector<std::pair<PlanStep, std::string>> save;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    auto text = domain::check_text("step " + std::to_string(i + 1), blocks[i], false);
    if (text == "-")
      save.emplace_back(step_at(i), std::string());  // "-" clears the step, as in the walk
    else if (!text.empty())
      save.emplace_back(step_at(i), std::move(text));
  }
  if (save.empty())
    throw UsageError("stdin holds no step of a safety plan; nothing was saved",
                     "ipt plan --format text prints your plan; on a terminal ipt plan walks you "
                     "through it");
  app::save_plan_steps(journal, save);
  if (!ctx.opts.quiet)
    ctx.out << "saved " << save.size() << (save.size() == 1 ? " step" : " steps")
            << " of your safety plan\n";
}

}  // namespace

Run setup_plan(CLI::App& cmd) {
  cmd.footer(
      "The steps: warning signs; things I can do on my own; people and places that take my\n"
      "mind off things; people I can ask for help; professionals and services; making my\n"
      "surroundings safer; reasons for living (after Stanley & Brown's Safety Planning\n"
      "Intervention). On a terminal ipt asks each step and saves it as you answer. Off a\n"
      "terminal it reads the steps from stdin, separated by lines holding only ---; an empty\n"
      "step keeps what was there, and - clears it. With --format it prints the plan. Every version "
      "is kept.\n"
      "ipt help-now shows your plan beside the crisis lines.");
  auto* format = cmd.get_option("--format");
  return [format](Invocation& inv) {
    auto& ctx = inv.ctx;
    if (format->count() == 0) {
      if (ctx.stdin_tty)
        walk(ctx, inv.journal());
      else
        from_stdin(ctx, inv.journal());
      return;
    }
    domain::SafetyPlan plan;
    std::error_code ec;
    if (std::filesystem::exists(ctx.db_path(), ec))
      plan = app::safety_plan(inv.journal(Needs::read));
    inv.emit(render::safety_plan_view(), plan);
  };
}

}  // namespace ipt::cli
