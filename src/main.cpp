// ipt: builds the context, runs one command line, maps failures to exit codes.
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <iostream>

#include "cli/app.hpp"
#include "cli/context.hpp"
#include "domain/errors.hpp"
#include "domain/text.hpp"

int main(int argc, char** argv) {
  // The journal is private health data: everything ipt creates is readable by the user only
  // (directories 0700, the journal and its -wal/-shm files 0600).
  ::umask(077);
  // A closed stdout is an error to handle (after a write, a warning), not a silent death.
  ::signal(SIGPIPE, SIG_IGN);
  std::ios::sync_with_stdio(false);
  try {
    const auto env = ipt::config::process_env();
    ipt::cli::SystemClock clock(env);
    ipt::domain::RandomUuids uuids;
    ipt::cli::Context ctx(std::cout, std::cerr, std::cin, clock, uuids, env, ::isatty(0) == 1,
                          ::isatty(1) == 1);
    return ipt::cli::run(argc, argv, ctx);
  } catch (const ipt::UsageError& e) {
    std::cerr << "ipt: error: " << ipt::domain::escape_controls(e.what()) << '\n';
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "ipt: error: " << ipt::domain::escape_controls(e.what()) << '\n';
    return 1;
  }
}
