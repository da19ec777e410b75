#pragma once
// Reading answers on a terminal so that Ctrl-C (or a closed terminal) keeps what was given: the
// signal stops the read, the command saves what it has, and ipt exits 130 (129 for SIGHUP).
#include <optional>
#include <string>

#include "cli/context.hpp"
#include "domain/errors.hpp"
#include "domain/text.hpp"

namespace ipt::cli {

/// Thrown after an interactive command has kept what it was given; run() exits 128 + signal.
struct Interrupted {
  int signal;
};

/// While alive, SIGINT and SIGHUP stop a read from the terminal instead of killing ipt.
class InterruptGuard {
 public:
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  /// The signal that stopped us, or 0.
  static int caught();
  /// Throws Interrupted when a signal came.
  static void check();
  /// Records `sig` as caught (while a guard is alive): Ctrl-C or a closed terminal that
  /// stopped the editor, which had the terminal, stops the command as it would have stopped
  /// a read.
  static void stopped_by(int sig);
  /// Ignores SIGINT while another program (the editor) has the terminal.
  class Paused {
   public:
    Paused();
    ~Paused();
    Paused(const Paused&) = delete;
    Paused& operator=(const Paused&) = delete;
  };
};

/// True when stdout is a terminal whose locale (LC_ALL, else LC_CTYPE, else LANG) is UTF-8:
/// then block characters can be drawn.
bool utf8_terminal(const Context& ctx);

enum class Read { line, end, interrupted };

/// One line from ctx.in without its line end ("\r\n" or "\n").
Read read_line(Context& ctx, std::string& line);

/// Asks `question` on the terminal (stderr), showing `current` in brackets; the answer trimmed,
/// or nullopt at end of input (Ctrl-D) or on Ctrl-C.
std::optional<std::string> ask(Context& ctx, const std::string& question,
                               const std::string& current = {});

/// Asks until `use` accepts the answer: an answer it refuses (UsageError) is explained and the
/// question asked again, so a slip never ends a walk. Enter keeps what was there. Returns false
/// when input ended.
template <typename Use>
bool ask_until(Context& ctx, const std::string& question, const std::string& current, Use use) {
  for (;;) {
    auto answer = ask(ctx, question, current);
    if (!answer)
      return false;
    if (answer->empty())
      return true;
    try {
      use(*answer);
      return true;
    } catch (const UsageError& e) {
      ctx.err << "ipt: " << domain::escape_controls(e.what()) << "; try again, or press Enter to "
              << "skip\n";
    }
  }
}

}  // namespace ipt::cli
