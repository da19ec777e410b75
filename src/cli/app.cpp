#include "cli/app.hpp"

#include <algorithm>
#include <stdexcept>

#include "cli/messages.hpp"
#include "domain/errors.hpp"

#ifndef IPT_VERSION
#define IPT_VERSION "0.0.0"
#endif

namespace ipt::cli {

namespace {

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

/// "log" for "lgo": the closest top-level command within two edits, if any.
std::string closest_command(const std::string& typed) {
  std::string best;
  std::size_t best_d = 3;
  for (const auto& c : command_table()) {
    if (c.path.find(' ') != std::string_view::npos)
      continue;
    const auto d = edit_distance(typed, std::string(c.path));
    if (d < best_d) {
      best_d = d;
      best = std::string(c.path);
    }
  }
  return best;
}

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

void print_error(Context& ctx, const std::string& message, const std::string& hint) {
  ctx.err << "ipt: error: " << message << '\n';
  if (!hint.empty())
    ctx.err << "ipt: hint: " << hint << '\n';
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
  journal_.emplace(app::Journal::open(ctx.db_path(), access, options, ctx.clock, ctx.uuids));
  if (journal_->created())
    ctx.note("created a new journal at " + journal_->path().string());
  return *journal_;
}

app::Journal* Invocation::journal_if_exists() {
  std::error_code ec;
  if (!journal_ && !std::filesystem::exists(ctx.db_path(), ec))
    return nullptr;
  return &journal();
}

Cli build_app(Context& ctx) {
  Cli cli;
  cli.app = std::make_unique<CLI::App>(kDescription, "ipt");
  auto& app = *cli.app;
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("ipt ") + IPT_VERSION);
  app.add_option("--db", ctx.opts.db, "The journal file to use")->type_name("PATH");
  app.add_option("--config", ctx.opts.config, "The configuration file (TOML)")->type_name("PATH");
  app.add_option("--color", ctx.opts.color, "Colour: auto (on a terminal), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("MODE");
  app.add_flag("-q,--quiet", ctx.opts.quiet, "Print only data and errors");
  for (const auto& spec : command_table()) {
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
    Cli::Command c{&spec, cmd, {}, std::make_shared<std::string>("text")};
    if (!spec.formats.empty()) {
      const auto names = format_names(spec.formats);
      std::string list;
      for (const auto& n : names)
        list += (list.empty() ? "" : ", ") + n;
      cmd->add_option("--format", *c.format, "Output format: " + list)
          ->type_name("FORMAT")
          ->check(CLI::IsMember(names))
          ->default_str("text");
    }
    c.run = spec.setup(*cmd);
    cli.commands.push_back(std::move(c));
  }
  apply_house_rules(&app);
  app.footer(kFooter);  // after the commands, so none of them inherits it
  return cli;
}

int run(int argc, const char* const* argv, Context& ctx) {
  auto cli = build_app(ctx);
  auto& app = *cli.app;
  try {
    app.parse(argc, argv);
    CLI::App* leaf = selected(app);
    const auto it = std::find_if(cli.commands.begin(), cli.commands.end(),
                                 [&](const Cli::Command& c) { return c.cmd == leaf; });
    if (it == cli.commands.end())
      throw std::logic_error("no command was selected");
    Invocation inv(ctx, *it->spec, domain::format_from(*it->format).value_or(domain::Format::text));
    it->run(inv);
    return 0;
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e, ctx.out, ctx.err);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e, ctx.out, ctx.err);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e, ctx.out, ctx.err);
  } catch (const CLI::RequiredError& e) {
    if (app.get_subcommands().empty() && !app.remaining().empty()) {
      const auto typed = app.remaining().front();
      const auto guess = closest_command(typed);
      print_error(ctx, "unknown command '" + typed + "'",
                  guess.empty() ? "ipt --help lists the commands"
                                : "did you mean 'ipt " + guess + "'? (ipt --help lists them)");
      return 2;
    }
    if (app.get_subcommands().empty()) {
      ctx.err << app.help();
      print_error(ctx, "no command given", "ipt log 6 \"a note\" records a check-in");
      return 2;
    }
    print_error(ctx, e.what(), "see '" + command_path(app) + " --help'");
    return 2;
  } catch (const CLI::ExtrasError& e) {
    const auto extras = app.remaining();
    if (app.get_subcommands().empty() && !extras.empty()) {
      const auto guess = closest_command(extras.front());
      print_error(ctx, "unknown command '" + extras.front() + "'",
                  guess.empty() ? "ipt --help lists the commands"
                                : "did you mean 'ipt " + guess + "'? (ipt --help lists them)");
      return 2;
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
