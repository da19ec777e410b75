#include "cli/app.hpp"

#include <algorithm>
#include <array>

#include "cli/commands.hpp"
#include "domain/errors.hpp"

#ifndef IPT_VERSION
#define IPT_VERSION "0.0.0"
#endif

namespace ipt::cli {

namespace {

constexpr std::array<CommandInfo, 13> kCommands{{
    {"log", "Record a mood check-in (optionally with a relationship event)", add_log},
    {"event", "Record a relationship event", add_event},
    {"list", "Show the timeline, oldest first, grouped by day", add_list},
    {"show", "Show one entry in full", add_show},
    {"edit", "Change an entry", add_edit},
    {"rm", "Delete an entry", add_rm},
    {"people", "The people in your life: list, add, edit, show, rm, circle", add_people},
    {"inventory", "Walk through the interpersonal inventory, or print it", add_inventory},
    {"area", "Problem areas: add, focus, stage, resolve", add_area},
    {"course", "The course of therapy: start, end, edit, list", add_course},
    {"phase", "The current phase of the course; set or auto", add_phase},
    {"prompts", "This week's reflection prompts; check prompt files", add_prompts},
    {"reflect", "Answer this week's reflection prompts", add_reflect},
}};

constexpr const char* kDescription =
    "ipt - a private journal and mood tracker for Interpersonal Psychotherapy (IPT).\n"
    "Log how you feel and what happens with the people in your life; everything stays in one\n"
    "file on this machine. A self-help journal, not treatment.";

constexpr const char* kFooter =
    "Journal: --db PATH, else $IPT_DB, else db in the config file, else\n"
    "$XDG_DATA_HOME/ipt/journal.db (~/.local/share/ipt/journal.db).\n"
    "Exit codes: 0 ok, 1 runtime failure (journal missing, locked, damaged), 2 invalid input.\n"
    "Run 'ipt COMMAND --help' for a command's options; 'man ipt' for the whole manual.";

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

/// "log" for "lgo": the closest command within two edits, if any.
std::string closest_command(const std::string& typed) {
  std::string best;
  std::size_t best_d = 3;
  for (const auto& c : kCommands) {
    const auto d = edit_distance(typed, c.name);
    if (d < best_d) {
      best_d = d;
      best = c.name;
    }
  }
  return best;
}

/// "ipt people add" for the deepest subcommand the parser had reached.
std::string command_path(CLI::App& app) {
  std::string path = "ipt";
  CLI::App* cur = &app;
  for (;;) {
    auto subs = cur->get_subcommands();
    if (subs.empty())
      break;
    cur = subs.front();
    path += " " + cur->get_name();
  }
  return path;
}

void print_error(Context& ctx, const std::string& message, const std::string& hint) {
  ctx.err << "ipt: error: " << message << '\n';
  if (!hint.empty())
    ctx.err << "ipt: hint: " << hint << '\n';
}

}  // namespace

/// Settings every command shares, applied once over the whole tree instead of per option:
/// global options work after any subcommand; a repeatable option takes one value per use, so
/// `--with Sam walked home` leaves "walked home" to the note; a subcommand's help shows its
/// own footer, not its parent's.
void apply_house_rules(CLI::App* cmd) {
  for (auto* opt : cmd->get_options()) {
    if (!opt->get_positional() && opt->get_expected_max() > 1)
      opt->allow_extra_args(false);
  }
  for (auto* sub : cmd->get_subcommands({})) {
    sub->fallthrough();
    if (sub->get_footer() == cmd->get_footer())
      sub->footer("");
    apply_house_rules(sub);
  }
}

std::span<const CommandInfo> command_table() {
  return kCommands;
}

std::unique_ptr<CLI::App> build_app(Context& ctx) {
  auto app = std::make_unique<CLI::App>(kDescription, "ipt");
  app->require_subcommand(1);
  app->set_version_flag("--version", std::string("ipt ") + IPT_VERSION);
  app->add_option("--db", ctx.opts.db, "The journal file to use")->type_name("PATH");
  app->add_option("--config", ctx.opts.config, "The configuration file (TOML)")->type_name("PATH");
  app->add_option("--color", ctx.opts.color, "Colour: auto (on a terminal), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("MODE");
  app->add_flag("-q,--quiet", ctx.opts.quiet, "Print only data and errors");
  for (const auto& c : kCommands) {
    c.add(*app, ctx);
    // The table's summary is the one shown in 'ipt --help'; a command's longer text is its footer.
    auto* sub = app->get_subcommand(c.name);
    sub->description(c.summary);
  }
  apply_house_rules(app.get());
  app->footer(kFooter);  // after the commands, so none of them inherits it
  return app;
}

int run(int argc, const char* const* argv, Context& ctx) {
  auto app = build_app(ctx);
  try {
    app->parse(argc, argv);
    return 0;
  } catch (const CLI::CallForHelp& e) {
    return app->exit(e, ctx.out, ctx.err);
  } catch (const CLI::CallForAllHelp& e) {
    return app->exit(e, ctx.out, ctx.err);
  } catch (const CLI::CallForVersion& e) {
    return app->exit(e, ctx.out, ctx.err);
  } catch (const CLI::RequiredError& e) {
    if (app->get_subcommands().empty() && !app->remaining().empty()) {
      const auto typed = app->remaining().front();
      const auto guess = closest_command(typed);
      print_error(ctx, "unknown command '" + typed + "'",
                  guess.empty() ? "ipt --help lists the commands"
                                : "did you mean 'ipt " + guess + "'? (ipt --help lists them)");
      return 2;
    }
    if (app->get_subcommands().empty()) {
      ctx.err << app->help();
      print_error(ctx, "no command given", "ipt log 6 \"a note\" records a check-in");
      return 2;
    }
    print_error(ctx, e.what(), "see '" + command_path(*app) + " --help'");
    return 2;
  } catch (const CLI::ExtrasError& e) {
    const auto extras = app->remaining();
    if (app->get_subcommands().empty() && !extras.empty()) {
      const auto guess = closest_command(extras.front());
      print_error(ctx, "unknown command '" + extras.front() + "'",
                  guess.empty() ? "ipt --help lists the commands"
                                : "did you mean 'ipt " + guess + "'? (ipt --help lists them)");
      return 2;
    }
    print_error(ctx, e.what(), "see '" + command_path(*app) + " --help'");
    return 2;
  } catch (const CLI::ParseError& e) {
    print_error(ctx, e.what(), "see '" + command_path(*app) + " --help'");
    return 2;
  } catch (const UsageError& e) {
    print_error(ctx, e.what(), e.hint());
    return 2;
  } catch (const Error& e) {
    print_error(ctx, e.what(), e.hint());
    return 1;
  }
}

}  // namespace ipt::cli
