#pragma once
// Reading answers on a terminal so that Ctrl-C (or a closed terminal) keeps what was given: the
// signal stops the read, the command saves what it has, and ipt exits 130 (129 for SIGHUP).
#include <string>

#include "cli/context.hpp"

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
  /// Ignores SIGINT while another program (the editor) has the terminal.
  class Paused {
   public:
    Paused();
    ~Paused();
    Paused(const Paused&) = delete;
    Paused& operator=(const Paused&) = delete;
  };
};

enum class Read { line, end, interrupted };

/// One line from ctx.in without its line end ("\r\n" or "\n").
Read read_line(Context& ctx, std::string& line);

}  // namespace ipt::cli
