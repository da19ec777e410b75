#pragma once
// The command table and the top-level parse. Help order, the man page test and the completion
// tests all read command_table(), so the list of commands lives in exactly one place.
#include <CLI/CLI.hpp>

#include <memory>
#include <span>

#include "cli/context.hpp"

namespace ipt::cli {

struct CommandInfo {
  const char* name;
  const char* summary;
  void (*add)(CLI::App& parent, Context& ctx);  ///< registers the subcommand `name`
};

std::span<const CommandInfo> command_table();

/// The whole command tree, bound to `ctx`.
std::unique_ptr<CLI::App> build_app(Context& ctx);

/// Parses and runs one command line; prints errors; returns the exit code (0, 1 or 2).
int run(int argc, const char* const* argv, Context& ctx);

}  // namespace ipt::cli
