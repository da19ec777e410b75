// ipt prompts [check] and ipt reflect: this week's reflection prompts, and answering them.
#include <istream>
#include <ostream>

#include "app/reflect.hpp"
#include "cli/commands.hpp"
#include "cli/editor.hpp"
#include "cli/input.hpp"
#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "domain/validate.hpp"
#include "library/prompt_library.hpp"
#include "render/prompts.hpp"

namespace ipt::cli {

namespace {

constexpr int kDefaultPrompts = 3;

struct PromptOpts {
  std::optional<std::string> week;
  std::optional<int> n;
  std::string format = "text";
  std::optional<std::string> dir;
  std::vector<std::string> check_paths;
  std::optional<std::string> prompt_id;
  std::vector<std::string> text;
};

/// The built-in library, then the user's own prompts, then --prompts DIR. A malformed user
/// file is an input error: every problem is listed as file:line: message.
library::Library load(Context& ctx, const PromptOpts& o) {
  std::vector<std::filesystem::path> dirs{config::config_dir(ctx.env) / "prompts"};
  if (o.dir) {
    std::error_code ec;
    if (!std::filesystem::is_directory(*o.dir, ec)) {
      throw UsageError("--prompts " + *o.dir + " is not a directory");
    }
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

domain::Date week_day(Context& ctx, const PromptOpts& o) {
  return o.week ? when_arg(ctx, *o.week).day : ctx.today();
}

render::PromptSheet sheet_of(const app::WeekPrompts& w) {
  return render::PromptSheet{w.week, w.phase, w.prompts};
}

void note_self_guided(Context& ctx, const app::WeekPrompts& w) {
  if (!w.has_course && !w.has_focus) {
    ctx.note(
        "no course or focus area yet, so these are general prompts; "
        "ipt course start and ipt area add tailor them to your work");
  }
}

void run_prompts(const PromptOpts& o, Context& ctx) {
  const auto lib = load(ctx, o);
  const auto day = week_day(ctx, o);
  auto journal = ctx.open(app::Access::read);
  const auto w =
      app::week_prompts(journal, ctx.clock, lib.prompts, day, o.n.value_or(kDefaultPrompts), true);
  if (o.format == "json") {
    render::prompts_json(ctx.out, sheet_of(w));
  } else if (o.format == "markdown") {
    render::prompts_markdown(ctx.out, sheet_of(w));
  } else {
    render::prompts_text(ctx.out, sheet_of(w), ctx.style());
  }
  note_self_guided(ctx, w);
  if (w.prompts.empty())
    ctx.note("no prompt fits this week; ipt prompts check lists the library");
}

void run_check(const PromptOpts& o, Context& ctx) {
  std::vector<std::filesystem::path> paths(o.check_paths.begin(), o.check_paths.end());
  const auto problems = library::check_prompt_files(paths);
  for (const auto& p : problems)
    ctx.out << p.str() << '\n';
  if (!problems.empty()) {
    throw RuntimeFailure(std::to_string(problems.size()) +
                         (problems.size() == 1 ? " problem" : " problems") +
                         " in the prompt files");
  }
  if (!ctx.opts.quiet)
    ctx.err << "ipt: the prompt files are fine\n";
}

/// Answers typed on a terminal: lines until an empty line; "e" opens the editor, "s" skips.
/// Each answer is saved as soon as it is given.
void reflect_on_terminal(Context& ctx, app::Journal& journal, const app::WeekPrompts& w) {
  ctx.err << render::week_heading(w.week, w.phase) << "\n"
          << "Type your answer; an empty line ends it. 'e' opens your editor, 's' skips, "
             "Ctrl-D stops.\n";
  int saved = 0;
  int i = 0;
  for (const auto& p : w.prompts) {
    ctx.err << "\n" << ++i << ". " << p.text << "\n> " << std::flush;
    std::string answer;
    std::string line;
    bool ended = false;
    bool first = true;
    while (true) {
      if (!std::getline(ctx.in, line)) {
        ended = true;
        break;
      }
      if (first && (line == "s" || line == "e")) {
        if (line == "e") {
          auto edited = edit_text(ctx, p.text);
          if (!edited)
            ctx.err << "ipt: the editor did not finish; nothing saved for this one\n";
          answer = edited.value_or("");
        }
        break;
      }
      first = false;
      if (line.empty())
        break;
      answer += line + "\n";
      ctx.err << "  " << std::flush;
    }
    answer = domain::check_text("the answer", answer, false);
    if (!answer.empty()) {
      app::save_answers(journal, ctx.clock, w, {{app::answer_id(p), p.text, answer}});
      ++saved;
    }
    if (ended)
      break;
  }
  ctx.err << "\nSaved " << saved << (saved == 1 ? " answer" : " answers") << ".\n";
}

/// Answers from stdin: blocks separated by a line holding only "---", in the order the prompts
/// are listed; an empty block skips its prompt. All are saved together.
void reflect_from_stdin(Context& ctx, app::Journal& journal, const app::WeekPrompts& w) {
  std::vector<std::string> blocks(1);
  std::string line;
  std::size_t total = 0;
  while (std::getline(ctx.in, line)) {
    total += line.size() + 1;
    if (total > 16 * domain::kMaxTextBytes) {
      throw UsageError("the answers on stdin are too long (over 1 MiB in all)");
    }
    if (line == "---") {
      blocks.emplace_back();
    } else {
      blocks.back() += line + "\n";
    }
  }
  if (blocks.size() > w.prompts.size()) {
    throw UsageError("stdin holds " + std::to_string(blocks.size()) +
                         " answers but this week has " + std::to_string(w.prompts.size()) +
                         " prompts; nothing was saved",
                     "separate answers with a line holding only ---, in the order ipt prompts "
                     "lists them");
  }
  std::vector<app::Answer> answers;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    auto text = domain::check_text("answer " + std::to_string(i + 1), blocks[i], false);
    if (!text.empty())
      answers.push_back({app::answer_id(w.prompts[i]), w.prompts[i].text, std::move(text)});
  }
  app::save_answers(journal, ctx.clock, w, answers);
  if (!ctx.opts.quiet) {
    ctx.out << "saved " << answers.size() << (answers.size() == 1 ? " answer" : " answers") << '\n';
  }
}

void run_reflect(const PromptOpts& o, Context& ctx) {
  const auto lib = load(ctx, o);
  const auto day = week_day(ctx, o);
  if (o.prompt_id) {
    const auto it = std::find_if(lib.prompts.begin(), lib.prompts.end(),
                                 [&](const domain::Prompt& p) { return p.id == *o.prompt_id; });
    if (it == lib.prompts.end()) {
      throw UsageError("there is no prompt '" + *o.prompt_id + "'",
                       "ipt prompts --format json lists this week's prompts with their ids");
    }
    const auto text = text_arg(ctx, "the answer", o.text, true);
    auto journal = ctx.open(app::Access::write);
    const auto w = app::week_prompts(journal, ctx.clock, lib.prompts, day,
                                     o.n.value_or(kDefaultPrompts), false);
    // The text as this week would show it; a prompt that needs what the week lacks (a day's
    // mood, an event) can't be answered for this week.
    const auto filled = domain::fill_placeholders(it->text, w.values);
    if (!filled) {
      throw UsageError("prompt '" + it->id +
                           "' doesn't fit this week: it needs details the week "
                           "doesn't have",
                       "ipt prompts lists this week's prompts");
    }
    const std::string shown = *filled;
    const auto ids = app::save_answers(journal, ctx.clock, w, {{it->id, shown, text}});
    if (!ctx.opts.quiet)
      ctx.out << "saved #" << ids.front() << '\n';
    return;
  }
  if (!o.text.empty()) {
    throw UsageError("an answer on the command line needs --prompt ID",
                     "or give answers on stdin, separated by lines holding only ---");
  }
  auto journal = ctx.open(app::Access::write);
  const auto w =
      app::week_prompts(journal, ctx.clock, lib.prompts, day, o.n.value_or(kDefaultPrompts), true);
  if (w.prompts.empty()) {
    ctx.note("no prompt fits this week");
    return;
  }
  note_self_guided(ctx, w);
  if (ctx.stdin_tty) {
    reflect_on_terminal(ctx, journal, w);
  } else {
    reflect_from_stdin(ctx, journal, w);
  }
}

void add_common(CLI::App* cmd, PromptOpts& o) {
  cmd->add_option("--week", o.week, "The week containing this day (WHEN; default this week)")
      ->type_name("WHEN");
  add_int_option(cmd, "-n", o.n, "How many prompts, 1 to 20 (default 3)", 1, 20);
  cmd->add_option("--prompts", o.dir, "Also load the prompt files in this directory")
      ->type_name("DIR");
}

}  // namespace

void add_prompts(CLI::App& parent, Context& ctx) {
  auto o = std::make_shared<PromptOpts>();
  auto* cmd = parent.add_subcommand("prompts", "This week's reflection prompts");
  cmd->footer(
      "Prompts are chosen for your phase, your focus area (and a dispute's stage) and what the\n"
      "week held: last week's follow-ups first, then one for your focus area, one for something\n"
      "the week showed (a low day, a conflict, little contact...), then general ones. The same\n"
      "week always gives the same prompts, and a prompt is not repeated within 4 weeks.\n"
      "Weeks are course weeks when a course is open, otherwise Monday to Sunday.\n"
      "Your own prompts: ~/.config/ipt/prompts/*.toml (see the prompt library's README).");
  add_common(cmd, *o);
  cmd->add_option("--format", o->format, "Output format: text, json or markdown")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json", "markdown"}))
      ->default_str("text");
  auto* check = cmd->add_subcommand("check", "Check prompt files");
  check->footer(
      "Checks the schema, duplicate ids, unknown conditions and placeholders, and that every\n"
      "phase and area has at least 4 prompts without conditions. Without FILE|DIR, checks the\n"
      "built-in library. Prints each problem as file:line: message and exits 1 if any.");
  check->add_option("PATH", o->check_paths, "Prompt files or directories")->type_name("FILE|DIR");
  check->callback([o, &ctx] { run_check(*o, ctx); });
  cmd->callback([o, cmd, &ctx] {
    if (cmd->get_subcommands().empty())
      run_prompts(*o, ctx);
  });
}

void add_reflect(CLI::App& parent, Context& ctx) {
  auto o = std::make_shared<PromptOpts>();
  auto* cmd = parent.add_subcommand("reflect", "Answer this week's reflection prompts");
  cmd->footer(
      "On a terminal, asks each of the week's prompts in turn: type your answer and end it with\n"
      "an empty line; 'e' opens $VISUAL or $EDITOR for a long answer; 's' skips. Each answer is\n"
      "saved as soon as you give it. Off a terminal, reads the answers from stdin as blocks\n"
      "separated by a line holding only ---, in the order ipt prompts lists them (an empty\n"
      "block skips a prompt). Answers are reflection entries on your timeline.");
  add_common(cmd, *o);
  cmd->add_option("--prompt", o->prompt_id, "Answer just this prompt (its id)")->type_name("ID");
  cmd->add_option("TEXT", o->text, "With --prompt: the answer ('-' reads stdin)");
  cmd->callback([o, &ctx] { run_reflect(*o, ctx); });
}

}  // namespace ipt::cli
