// ipt reflect: answering this week's reflection prompts, on a terminal or from stdin.
#include <algorithm>
#include <istream>
#include <ostream>

#include "app/reflect.hpp"
#include "cli/commands.hpp"
#include "cli/drafts.hpp"
#include "cli/editor.hpp"
#include "cli/input.hpp"
#include "cli/safety.hpp"
#include "cli/suggest.hpp"
#include "cli/terminal.hpp"
#include "cli/weekly.hpp"
#include "domain/blocks.hpp"
#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "domain/validate.hpp"
#include "render/prompts.hpp"

namespace ipt::cli {

namespace {

std::vector<std::string> prompt_ids(const library::Library& lib) {
  std::vector<std::string> out;
  for (const auto& p : lib.prompts)
    out.push_back(p.id);
  return out;
}

struct ReflectOpts {
  WeekOpts week;
  std::optional<std::string> prompt_id;
  std::vector<std::string> text;
  bool again = false;
};

/// The draft of one prompt's answer in one week.
std::string draft_name(const app::WeekPrompts& w, const domain::ChosenPrompt& p) {
  return "answer-" + domain::format_date(w.week.start) + "-" + app::answer_id(p);
}

/// What the person did with one prompt.
enum class Act { answer, skip, edit, stop };

/// Lines typed until an empty line: the answer. On the first line, 'e' asks for the editor and
/// 's' skips. The input ending (Ctrl-D) or a signal (Ctrl-C) keeps what was typed.
Act read_typed(Context& ctx, std::string& answer) {
  std::string line;
  for (bool first = true;; first = false) {
    const auto r = read_line(ctx, line);
    if (r != Read::line)
      return answer.empty() ? Act::stop : Act::answer;
    if (first && line == "s")
      return Act::skip;
    if (first && line == "e")
      return Act::edit;
    if (line.empty())
      return Act::answer;
    answer += line + "\n";
    ctx.err << "  " << std::flush;
  }
}

/// After an answer was refused or the editor failed: 'e' to edit the kept draft, else skip.
Act ask_again(Context& ctx) {
  ctx.err << "  'e' opens it in your editor; Enter or 's' leaves it for later\n> " << std::flush;
  std::string line;
  if (read_line(ctx, line) != Read::line)
    return Act::stop;
  return line == "e" ? Act::edit : Act::skip;
}

/// Answers typed on a terminal, each saved as soon as it is given. Text that can't be saved as
/// it is (over 64 KiB, a pasted control character) is kept as a draft, never dropped.
void reflect_on_terminal(Context& ctx, app::Journal& journal, const app::WeekPrompts& w,
                         const std::vector<domain::ChosenPrompt>& ask) {
  const InterruptGuard guard;
  const Drafts drafts(journal.path());
  ctx.err << render::week_heading(w.week, w.phase, w.previous) << "\n"
          << "Type your answer; an empty line ends it. 'e' opens your editor, 's' skips, "
             "Ctrl-D stops.\n";
  int saved = 0;
  int i = 0;
  bool going = true;
  for (const auto& p : ask) {
    if (!going)
      break;
    const auto name = draft_name(w, p);
    ctx.err << "\n" << ++i << ". " << p.text << "\n";
    if (drafts.exists(name))
      ctx.err << "   (a draft of your answer is kept: 'e' opens it)\n";
    ctx.err << "> " << std::flush;
    std::string answer;
    Act act = read_typed(ctx, answer);
    for (;;) {
      if (act == Act::edit) {
        auto edited = edit_draft(ctx, drafts, name, p.text);
        if (!edited) {
          ctx.err << "ipt: the editor did not finish; your draft is kept at "
                  << drafts.path(name).string() << "\n";
          act = InterruptGuard::caught() != 0 ? Act::stop : ask_again(ctx);
          continue;
        }
        answer = *edited;
        act = Act::answer;
      }
      if (act == Act::skip) {
        // Asked, not answered: it counts as asked for the rule against repeats.
        app::save_answers(journal, w, {{app::answer_id(p), p.text, ""}});
        break;
      }
      if (act == Act::stop) {
        going = false;
        break;
      }
      try {
        const auto text = domain::check_text("the answer", answer, false);
        if (!text.empty()) {
          app::save_answers(journal, w, {{app::answer_id(p), p.text, text}});
          ++saved;
          check_saved_words(ctx, text);
        }
        drafts.remove(name);
        break;
      } catch (const UsageError& e) {
        const auto kept =
            drafts.exists(name) ? drafts.path(name) : drafts.save(name, draft_text(p.text, answer));
        ctx.err << "ipt: this answer can't be saved as it is: " << domain::escape_controls(e.what())
                << ".\n  It is kept at " << kept.string() << "\n";
        answer.clear();
        act = InterruptGuard::caught() != 0 ? Act::stop : ask_again(ctx);
      }
    }
    if (InterruptGuard::caught() != 0)
      going = false;
  }
  ctx.err << "\nSaved " << saved << (saved == 1 ? " answer" : " answers") << ".\n";
  InterruptGuard::check();
}

/// Answers from stdin: blocks separated by a line holding only "---", in the order the prompts
/// are listed; an empty block skips its prompt. All are saved together.
void reflect_from_stdin(Context& ctx, app::Journal& journal, const app::WeekPrompts& w,
                        const std::vector<domain::ChosenPrompt>& ask) {
  const auto read = domain::read_blocks(ctx.in, 16 * domain::kMaxTextBytes);
  if (!read)
    throw UsageError("the answers on stdin are too long (over 1 MiB in all)");
  const auto& blocks = *read;
  if (blocks.size() > ask.size()) {
    throw UsageError("stdin holds " + std::to_string(blocks.size()) +
                         " answers but this week has " + std::to_string(ask.size()) +
                         (ask.size() == 1 ? " prompt" : " prompts") +
                         " to answer; nothing was saved",
                     "separate answers with a line holding only ---, in the order ipt prompts "
                     "lists them");
  }
  std::vector<app::Answer> answers;
  std::size_t given = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    auto text = domain::check_text("answer " + std::to_string(i + 1), blocks[i], false);
    given += text.empty() ? 0 : 1;
    answers.push_back({app::answer_id(ask[i]), ask[i].text, std::move(text)});  // empty: skipped
  }
  app::save_answers(journal, w, answers);
  if (!ctx.opts.quiet)
    ctx.out << "saved " << given << (given == 1 ? " answer" : " answers") << '\n';
  std::string all;
  for (const auto& a : answers)
    all += a.text + "\n";
  check_saved_words(ctx, all);
}

void run_reflect(const ReflectOpts& o, Invocation& inv) {
  auto& ctx = inv.ctx;
  const auto lib = load_prompts(ctx, o.week);
  const auto day = week_day(ctx, o.week);
  const int n = prompt_count(ctx, o.week);
  if (o.prompt_id) {
    const auto it = std::find_if(lib.prompts.begin(), lib.prompts.end(),
                                 [&](const domain::Prompt& p) { return p.id == *o.prompt_id; });
    if (it == lib.prompts.end()) {
      throw UsageError(
          "there is no prompt '" + *o.prompt_id + "'" + did_you_mean(*o.prompt_id, prompt_ids(lib)),
          "ipt prompts --format json lists this week's prompts with their ids");
    }
    const auto text = text_arg(ctx, "the answer", o.text, true);
    auto& journal = inv.journal();
    const auto w = app::week_prompts(journal, lib.prompts, day, n, safety_settings(ctx));
    // The text as this week would show it; a prompt that needs what the week lacks (a day's
    // mood, an event) can't be answered for this week.
    const auto filled = domain::fill_placeholders(it->text, domain::values_for(*it, w.context));
    if (!filled) {
      throw UsageError(
          "prompt '" + it->id + "' doesn't fit this week: it needs details the week doesn't have",
          "ipt prompts lists this week's prompts");
    }
    const auto ids = app::save_answers(journal, w, {{it->id, *filled, text}});
    check_saved_words(ctx, text);
    if (!ctx.opts.quiet)
      ctx.out << "saved #" << ids.front() << '\n';
    return;
  }
  if (!o.text.empty()) {
    throw UsageError("an answer on the command line needs --prompt ID",
                     "or give answers on stdin, separated by lines holding only ---");
  }
  auto& journal = inv.journal();
  const auto w = app::week_prompts(journal, lib.prompts, day, n, safety_settings(ctx));
  // The week's prompts not answered yet (all of them with --again).
  std::vector<domain::ChosenPrompt> ask;
  for (const auto& p : w.prompts) {
    if (o.again || !p.answer)
      ask.push_back(p.prompt);
  }
  note_week(ctx, w);
  if (w.prompts.empty()) {
    ctx.note("no prompt fits this week");
    return;
  }
  if (ask.empty()) {
    ctx.note("you have answered this week's prompts; --again asks them again");
    return;
  }
  if (ctx.stdin_tty) {
    reflect_on_terminal(ctx, journal, w, ask);
  } else {
    reflect_from_stdin(ctx, journal, w, ask);
  }
}

}  // namespace

Run setup_reflect(CLI::App& cmd) {
  auto o = std::make_shared<ReflectOpts>();
  cmd.footer(
      "On a terminal, asks each of the week's prompts in turn: type your answer and end it with\n"
      "an empty line; 'e' opens $VISUAL or $EDITOR for a long answer; 's' skips. Each answer is\n"
      "saved as soon as you give it. Off a terminal, reads the answers from stdin as blocks\n"
      "separated by a line holding only ---, in the order ipt prompts lists them (an empty\n"
      "block skips a prompt). Answers are reflection entries on your timeline. A week asks\n"
      "only its prompts not answered yet; --again asks them all.");
  add_week_options(cmd, o->week);
  cmd.add_option("--prompt", o->prompt_id, "Answer just this prompt (its id)")->type_name("ID");
  cmd.add_option("TEXT", o->text, "With --prompt: the answer ('-' reads stdin)");
  cmd.add_flag("--again", o->again, "Ask the week's prompts again, the answered ones too");
  return [o](Invocation& inv) { run_reflect(*o, inv); };
}

}  // namespace ipt::cli
