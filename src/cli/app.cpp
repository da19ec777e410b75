#include "cli/app.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string_view>

#include "cli/messages.hpp"
#include "cli/safety.hpp"
#include "cli/suggest.hpp"
#include "cli/terminal.hpp"
#include "domain/errors.hpp"
#include "domain/text.hpp"

#ifndef IPT_VERSION
#define IPT_VERSION "0.0.0"
#endif

namespace ipt::cli {

namespace {

constexpr const char* kDescription =
    "ipt - a private journal and mood tracker for Interpersonal Psychotherapy (IPT).\n"
    "Log how you feel and what happens with the people in your life; everything stays in one\n"
    "file on this machine.\n"
    "ipt is a self-help journal, not treatment; its scores are screening aids, not a diagnosis.\n"
    "If you need help now: ipt help-now.";

constexpr const char* kVersion = "ipt " IPT_VERSION;

constexpr const char* kFooter =
    "Journal: --db PATH, else $IPT_DB, else db in the config file, else\n"
    "$XDG_DATA_HOME/ipt/journal.db (~/.local/share/ipt/journal.db).\n"
    "Exit codes: 0 ok, 1 runtime failure (journal missing, locked, damaged), 2 invalid input,\n"
    "3 something due (ipt remind --exit-code, also when there is no journal yet).\n"
    "Run 'ipt COMMAND --help' for a command's options; 'man ipt' for the whole manual.";

/// The deepest subcommand the parser reached ("people add"), or the app itself.
CLI::App* selected(CLI::App& app) {
  CLI::App* cur = &app;
  for (;;) {
    auto subs = cur->get_subcommands();
    if (subs.empty())
      return cur;
    cur = subs.front();
  }
}

std::string command_path(CLI::App& app) {
  std::string path = "ipt";
  for (CLI::App* cur = selected(app); cur != &app; cur = cur->get_parent())
    path.insert(3, " " + cur->get_name());
  return path;
}

/// Messages quote what was typed or read, which may hold terminal escapes: they are shown.
void print_error(Context& ctx, const std::string& message, const std::string& hint) {
  ctx.err << "ipt: error: " << domain::escape_controls(message) << '\n';
  if (!hint.empty())
    ctx.err << "ipt: hint: " << domain::escape_controls(hint) << '\n';
}

/// A word the parser did not expect at `at`: an unknown command, subcommand or option, or one
/// argument too many; said with the nearest valid word, aliases included.
int unknown_word(Context& ctx, CLI::App& app, CLI::App& at, const std::string& typed) {
  std::string path = "ipt";
  for (const CLI::App* cur = &at; cur != &app; cur = cur->get_parent())
    path.insert(3, " " + cur->get_name());
  const std::string shown = "'" + typed + "'";
  if (!typed.empty() && typed.front() == '-') {
    const auto flag = typed.substr(0, typed.find('='));
    print_error(
        ctx,
        "unknown option '" + flag + "' for '" + path + "'" + did_you_mean(flag, option_words(at)),
        "'" + path + " --help' lists its options");
  } else if (&at == &app) {
    print_error(ctx, "unknown command " + shown + did_you_mean(typed, subcommand_words(app)),
                "ipt --help lists the commands");
  } else if (!at.get_subcommands({}).empty()) {
    print_error(ctx,
                "unknown subcommand " + shown + " for '" + path + "'" +
                    did_you_mean(typed, subcommand_words(at)),
                "'" + path + " --help' lists them");
  } else {
    print_error(ctx, "'" + path + "' does not take " + shown,
                "'" + path + " --help' shows what it takes; quote a text with spaces");
  }
  return 2;
}

std::vector<std::string> format_names(domain::Formats formats) {
  std::vector<std::string> out;
  for (auto name : domain::format_names()) {
    if (formats.has(*domain::format_from(name)))
      out.emplace_back(name);
  }
  return out;
}

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

/// Flushes stdout. Once something was saved the command has done its work: failing to print the
/// confirmation (stdout closed or full) is a warning, exit 0, so a script that retries does not
/// record it twice. A command that only looks and can't print has failed: exit 1, quietly when
/// the reader went away (a closed pipe, as with `| head`).
int finish_output(Context& ctx, bool saved) {
  errno = 0;
  ctx.out.flush();
  if (ctx.out)
    return 0;
  const int err = errno;
  if (saved) {
    ctx.err << "ipt: warning: saved, but the confirmation could not be printed\n";
    return 0;
  }
  if (err != EPIPE)
    print_error(ctx, "could not write the output", "");
  return 1;
}

int order(Needs n) {
  return static_cast<int>(n);
}

}  // namespace

app::Journal& Invocation::journal(std::optional<Needs> narrower) {
  if (journal_)
    return *journal_;
  const Needs needs = narrower.value_or(spec.needs);
  if (needs == Needs::none || order(needs) > order(spec.needs)) {
    throw std::logic_error("ipt " + std::string(spec.path) + " declares '" +
                           std::string(to_string(spec.needs)) + "' but asked for '" +
                           std::string(to_string(needs)) + "'");
  }
  const auto access = needs == Needs::read    ? app::Access::read
                      : needs == Needs::write ? app::Access::write
                                              : app::Access::create;
  app::OpenOptions options;
  options.busy_timeout = ctx.busy_timeout();
  options.keep_older = keep_older;
  journal_.emplace(app::Journal::open(ctx.db_path(), access, options, ctx.clock, ctx.uuids));
  if (quiet_journal)
    return *journal_;
  if (journal_->created())
    ctx.note("created a new journal at " + journal_->path().string());
  for (const auto& [kept, renamed] : journal_->renamed_people()) {
    ctx.err << "ipt: '" << kept << "' and '" << renamed
            << "' were two people whose names are now one name; the later is called '" << renamed
            << "'\n"
            << "ipt: hint: if they are one person, join them with: ipt people merge '" << renamed
            << "' '" << kept << "'\n";
  }
  if (const auto mode = journal_->others_can_read()) {
    // Not silenced by --quiet: it is about who can read your journal.
    char octal[8];
    std::snprintf(octal, sizeof octal, "%04o", *mode);
    const auto path = journal_->path().string();
    ctx.err << "ipt: warning: other people on this machine can read the journal " << path
            << " (mode " << octal << ")\n"
            << "ipt: hint: make it private with: chmod 600 '" << path << "'\n";
  }
  return *journal_;
}

bool Invocation::saved() const {
  return journal_ && journal_->wrote();
}

app::Journal* Invocation::journal_if_exists() {
  if (!journal_exists())
    return nullptr;
  return &journal();
}

bool Invocation::journal_exists() {
  std::error_code ec;
  return journal_ || std::filesystem::exists(ctx.db_path(), ec);
}

/// --metric's help names the scales the config defines. A config that can't be read leaves the
/// help as it is: the command that needs the config says what is wrong with it.
void describe_scales(Cli& cli, Context& ctx) {
  const config::Config* cfg = nullptr;
  try {
    cfg = &ctx.config();
  } catch (const Error&) {
    return;
  }
  if (cfg->metrics.empty())
    return;
  std::string list;
  for (const auto& m : cfg->metrics) {
    list += "\n  " + m.name + " " + std::to_string(m.min) + " to " + std::to_string(m.max);
    if (!m.label.empty())
      list += ": " + m.label;
  }
  for (auto& c : cli.commands) {
    for (auto* opt : c.cmd->get_options()) {
      if (opt->check_lname("metric"))
        opt->description(opt->get_description() + "; yours:" + list);
    }
  }
}

/// The top-level command a command line runs, when the tree of that command alone can parse it:
/// the first word after the global options, if it names a command and no help is asked for.
/// Help, completion, `ipt help`, a typo and no command at all need the whole tree.
std::optional<std::string_view> only_command(int argc, const char* const* argv) {
  std::optional<std::string_view> first;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a(argv[i]);
    if (a == "-h" || a == "--help" || a == "--help-all")
      return std::nullopt;
    if (a == "--")
      break;
    if (first)
      continue;
    if (a == "--db" || a == "--config" || a == "--color") {
      ++i;  // its value
      continue;
    }
    if (!a.empty() && a.front() == '-')
      continue;
    first = a;
  }
  if (!first)
    return std::nullopt;
  for (const auto& spec : command_table()) {
    if (spec.path.find(' ') != std::string_view::npos)
      continue;
    const bool named = spec.path == *first || std::find(spec.aliases.begin(), spec.aliases.end(),
                                                        *first) != spec.aliases.end();
    if (named)
      return spec.path == "help" || spec.path == "__complete" ? std::nullopt
                                                              : std::optional(spec.path);
  }
  return std::nullopt;
}

Cli build_app(Context& ctx) {
  return build_app(ctx, std::nullopt);
}

Cli build_app(Context& ctx, std::optional<std::string_view> only) {
  Cli cli;
  cli.app = std::make_unique<CLI::App>(kDescription, "ipt");
  auto& app = *cli.app;
  app.require_subcommand(1);
  app.set_version_flag("--version", kVersion);
  app.add_option("--db", ctx.opts.db, "The journal file to use")->type_name("PATH");
  app.add_option("--config", ctx.opts.config, "The configuration file (TOML)")->type_name("PATH");
  app.add_option("--color", ctx.opts.color, "Colour: auto (on a terminal), always or never")
      ->check(one_of({"auto", "always", "never"}, "a colour setting"))
      ->type_name("MODE");
  app.add_flag("-q,--quiet", ctx.opts.quiet, "Print only data and errors");
  for (const auto& spec : command_table()) {
    if (only && spec.path != *only &&
        spec.path.substr(0, only->size() + 1) != std::string(*only) + " ")
      continue;  // another command's tree: building it is a quarter of a short command's start
    CLI::App* parent = &app;
    const auto space = spec.path.rfind(' ');
    if (space != std::string_view::npos) {
      const auto parent_path = spec.path.substr(0, space);
      const auto it =
          std::find_if(cli.commands.begin(), cli.commands.end(),
                       [&](const Cli::Command& c) { return c.spec->path == parent_path; });
      if (it == cli.commands.end())
        throw std::logic_error("the command table lists '" + std::string(spec.path) +
                               "' before its parent");
      parent = it->cmd;
    }
    const std::string name(space == std::string_view::npos ? spec.path
                                                           : spec.path.substr(space + 1));
    auto* cmd = parent->add_subcommand(name, std::string(spec.summary));
    for (auto alias : spec.aliases)
      cmd->alias(std::string(alias));
    // The default format is text, or for a command that writes no text (export) its first.
    const auto names = format_names(spec.formats);
    const std::string fallback =
        spec.formats.has(domain::Format::text) || names.empty() ? "text" : names.front();
    Cli::Command c{&spec, cmd, {}, std::make_shared<std::string>(fallback)};
    if (!spec.formats.empty()) {
      std::string list;
      for (const auto& n : names)
        list += (list.empty() ? "" : ", ") + n;
      cmd->add_option("--format", *c.format, "Output format: " + list)
          ->type_name("FORMAT")
          ->check(one_of(names, "a format of this command"))
          ->default_str(fallback);
    }
    c.run = spec.setup(*cmd);
    cli.commands.push_back(std::move(c));
  }
  describe_scales(cli, ctx);
  apply_house_rules(&app);
  app.footer(kFooter);  // after the commands, so none of them inherits it
  return cli;
}

/// The configuration's calendar rules (day_starts_at, week_start), which hold for the whole run.
/// Commands without a journal (help-now must work with any config; ipt config must be able to
/// mend a broken file) and completion (silent) read the config only as they need it.
void apply_settings(Context& ctx, const CommandSpec& spec) {
  if (spec.needs == Needs::none || spec.path == "__complete")
    return;
  ctx.apply_calendar();
}

int run(int argc, const char* const* argv, Context& ctx) {
  // `ipt --version` alone, as scripts and packaging probe it, answers before the command tree is
  // built: building and destroying it is half of that start-up (bench/README.md). The output
  // and exit code are CLI11's own; with other words on the line, CLI11 parses as usual.
  if (argc == 2 && std::string_view(argv[1]) == "--version") {
    ctx.out << kVersion << std::endl;
    return 0;
  }
  // --config first, so the options the config defines (the scales of --metric) are in --help.
  for (int i = 1; i < argc; ++i) {
    const std::string_view a(argv[i]);
    if (a == "--")
      break;
    if (a == "--config" && i + 1 < argc)
      ctx.opts.config = argv[i + 1];
    else if (a.rfind("--config=", 0) == 0)
      ctx.opts.config = std::string(a.substr(9));
  }
  auto cli = build_app(ctx, only_command(argc, argv));
  auto& app = *cli.app;
  try {
    app.parse(argc, argv);
    CLI::App* leaf = selected(app);
    const auto it = std::find_if(cli.commands.begin(), cli.commands.end(),
                                 [&](const Cli::Command& c) { return c.cmd == leaf; });
    if (it == cli.commands.end())
      throw std::logic_error("no command was selected");
    Invocation inv(ctx, *it->spec, domain::format_from(*it->format).value_or(domain::Format::text));
    apply_settings(ctx, *it->spec);
    it->run(inv);
    // The persisting safety signals, at most once a day, after any command that opened the
    // journal (not completion, which must stay silent).
    if (it->spec->path != "__complete")
      after_command(inv);
    const int written = finish_output(ctx, inv.saved());
    return written != 0 ? written : inv.status;
  } catch (const Interrupted& i) {
    return 128 + i.signal;
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e, ctx.out, ctx.err);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e, ctx.out, ctx.err);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e, ctx.out, ctx.err);
  } catch (const CLI::RequiredError& e) {
    if (app.get_subcommands().empty() && !app.remaining().empty()) {
      const auto extras = app.remaining();
      for (int i = 1; i < argc; ++i) {
        if (std::find(extras.begin(), extras.end(), argv[i]) != extras.end())
          return unknown_word(ctx, app, app, argv[i]);
      }
    }
    if (app.get_subcommands().empty()) {
      ctx.err << app.help();
      print_error(ctx, "no command given", "ipt log 6 \"a note\" records a check-in");
      return 2;
    }
    print_error(ctx, e.what(), "see '" + command_path(app) + " --help'");
    return 2;
  } catch (const CLI::ExtrasError& e) {
    // Unknown words fall through to the top; the first one typed is the one to talk about.
    const auto extras = app.remaining(true);
    for (int i = 1; i < argc; ++i) {
      if (std::find(extras.begin(), extras.end(), argv[i]) != extras.end())
        return unknown_word(ctx, app, *selected(app), argv[i]);
    }
    print_error(ctx, e.what(), "see '" + command_path(app) + " --help'");
    return 2;
  } catch (const CLI::ParseError& e) {
    print_error(ctx, e.what(), "see '" + command_path(app) + " --help'");
    return 2;
  } catch (const UsageError& e) {
    const auto w = word(e);
    print_error(ctx, w.message, w.hint);
    return 2;
  } catch (const Error& e) {
    const auto w = word(e);
    print_error(ctx, w.message, w.hint);
    return 1;
  }
}

}  // namespace ipt::cli
