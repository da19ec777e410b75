#pragma once
// What a command is, as data: the table row (cli/commands.cpp) and what a command gets when it
// runs. The table says what each command needs of the journal; run() opens it that way, so a
// command never chooses its own access, and a command that only looks can never write.
#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <span>
#include <string_view>

#include "app/journal.hpp"
#include "cli/context.hpp"
#include "domain/format.hpp"
#include "render/view.hpp"

namespace ipt::cli {

/// What a command needs of the journal.
enum class Needs {
  none,    ///< never opens it
  read,    ///< opens it read-only; a missing journal is an error
  write,   ///< opens it to change it; a missing journal is an error
  create,  ///< opens it to record something; a missing journal is created
};
std::string_view to_string(Needs n);

class Invocation;
/// Runs a command after its command line has been parsed.
using Run = std::function<void(Invocation&)>;

struct CommandSpec {
  std::string_view path;  ///< "log", "people add"
  std::span<const std::string_view> aliases;
  std::string_view summary;  ///< one line, shown in the parent's --help
  Needs needs;
  domain::Formats formats;  ///< the --format values it offers; none: no --format
  /// Adds the command's options to `cmd` and returns what runs it.
  Run (*setup)(CLI::App& cmd);
};

/// A parsed command, about to run.
class Invocation {
 public:
  Invocation(Context& ctx, const CommandSpec& spec, domain::Format format)
      : ctx(ctx), spec(spec), format(format) {}

  Context& ctx;
  const CommandSpec& spec;
  const domain::Format format;  ///< --format, or text
  /// Opening the journal says nothing on stderr (shell completion must not write there).
  bool quiet_journal = false;
  /// Opening leaves a journal made by an older ipt as it is, unupgraded (ipt backup copies the
  /// journal as it is and never writes it).
  bool keep_older = false;
  /// The exit status of a command that ran without error but has a result to tell scripts
  /// (ipt config get of a key with no value: 1).
  int status = 0;

  /// The journal, opened as the table says on first use (after the command has checked its
  /// input, so bad input never creates or touches a journal). `narrower` asks for less than the
  /// table's access (`ipt inventory` only reads when it prints).
  app::Journal& journal(std::optional<Needs> narrower = std::nullopt);
  /// For a read command that has something to say without a journal: nullptr when there is
  /// none yet.
  app::Journal* journal_if_exists();
  /// Whether the journal file exists (or is open already), without opening it.
  bool journal_exists();
  /// True once the command saved something.
  bool saved() const;
  /// The journal when the command opened it, else nullptr.
  app::Journal* opened() { return journal_ ? &*journal_ : nullptr; }

  /// Writes `data` to stdout in the chosen format.
  template <typename T>
  void emit(const render::View<T>& view, const T& data) {
    view.write(ctx.out, format, data, ctx.style());
  }

 private:
  std::optional<app::Journal> journal_;
};

/// Every command and subcommand, parents before their children, in help order.
std::span<const CommandSpec> command_table();
/// The row of `path` ("people add"); nullptr when there is none.
const CommandSpec* find_command(std::string_view path);

}  // namespace ipt::cli
