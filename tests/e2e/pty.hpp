// A child process on a pseudo-terminal of its own (its controlling terminal, as in a login
// shell's session), for what util-linux `script` can't do: wait for a prompt before typing,
// send a signal at a chosen moment, or close the terminal (SIGHUP) under it.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

#include "e2e/harness.hpp"

namespace ipt::test {

class PtyChild {
 public:
  /// Starts argv[0] (a path) with `envp` in a new session whose terminal is a new pty.
  PtyChild(const std::vector<std::string>& argv, const std::vector<std::string>& envp);
  ~PtyChild();
  PtyChild(const PtyChild&) = delete;
  PtyChild& operator=(const PtyChild&) = delete;

  pid_t pid() const { return pid_; }
  /// Types `keys` on the terminal ("\x03" is Ctrl-C: the terminal sends SIGINT).
  void type(const std::string& keys);
  /// Reads the terminal until `needle` has appeared `nth` times in all it printed; false on
  /// timeout or when the terminal closed first.
  bool wait_for(const std::string& needle, int nth = 1,
                std::chrono::milliseconds timeout = std::chrono::seconds(10));
  /// Closes the terminal, as closing its window does: SIGHUP to the child's process group,
  /// then the terminal hung up.
  void hang_up();
  /// Everything printed so far (the echo of what was typed too).
  const std::string& output() const { return out_; }
  /// Reads to the end, then reaps the child (within `timeout`, else kills it).
  RunResult wait(std::chrono::milliseconds timeout = std::chrono::seconds(10));

 private:
  bool read_some(int timeout_ms);
  pid_t pid_ = -1;
  int master_ = -1;
  std::string out_;
};

}  // namespace ipt::test
