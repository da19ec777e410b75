#pragma once
// The command line: the tree built from the command table, and the one parse-and-run entry.
#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/command.hpp"
#include "cli/context.hpp"

namespace ipt::cli {

/// The whole command tree, bound to a context, with what runs each command.
struct Cli {
  struct Command {
    const CommandSpec* spec;
    CLI::App* cmd;
    Run run;
    std::shared_ptr<std::string> format;  ///< where --format is parsed to
  };
  std::unique_ptr<CLI::App> app;
  std::vector<Command> commands;  ///< in table order

  CLI::App* get() const { return app.get(); }
  CLI::App* operator->() const { return app.get(); }
};

/// The whole command tree (help, completion, the docs tests), or with `only` the tree of that
/// top-level command alone, which is all a command line naming it needs.
Cli build_app(Context& ctx);
Cli build_app(Context& ctx, std::optional<std::string_view> only);

/// The top-level command of a command line, when its tree alone can parse it; nullopt when the
/// line asks for help, completion or no known command (a typo), which need the whole tree.
std::optional<std::string_view> only_command(int argc, const char* const* argv);

/// Parses and runs one command line; prints errors; returns the exit code (0, 1 or 2).
int run(int argc, const char* const* argv, Context& ctx);

}  // namespace ipt::cli
