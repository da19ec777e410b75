#include "cli/terminal.hpp"

#include <signal.h>
#include <unistd.h>

#include <csignal>
#include <istream>

namespace ipt::cli {

namespace {

volatile std::sig_atomic_t g_caught = 0;
struct sigaction g_old_int {};
struct sigaction g_old_hup {};
int g_depth = 0;

extern "C" void on_signal(int sig) {
  g_caught = sig;
  // The C++ library retries a read interrupted by a signal; with stdin closed the retry fails,
  // and the read returns what it has. Only close() is called here: it is async-signal-safe.
  ::close(STDIN_FILENO);
}

void install(void (*handler)(int), struct sigaction* old_int, struct sigaction* old_hup) {
  struct sigaction sa {};
  sa.sa_handler = handler;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: the read is to stop
  ::sigaction(SIGINT, &sa, old_int);
  ::sigaction(SIGHUP, &sa, old_hup);
}

}  // namespace

InterruptGuard::InterruptGuard() {
  if (g_depth++ == 0) {
    g_caught = 0;
    install(on_signal, &g_old_int, &g_old_hup);
  }
}

InterruptGuard::~InterruptGuard() {
  if (--g_depth == 0) {
    ::sigaction(SIGINT, &g_old_int, nullptr);
    ::sigaction(SIGHUP, &g_old_hup, nullptr);
  }
}

int InterruptGuard::caught() {
  return g_caught;
}

void InterruptGuard::check() {
  if (g_caught != 0)
    throw Interrupted{g_caught};
}

void InterruptGuard::stopped_by(int sig) {
  if (g_depth > 0 && g_caught == 0)
    g_caught = sig;
}

InterruptGuard::Paused::Paused() {
  ::signal(SIGINT, SIG_IGN);
}

InterruptGuard::Paused::~Paused() {
  if (g_depth > 0) {
    struct sigaction sa {};
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGINT, &sa, nullptr);
  } else {
    ::sigaction(SIGINT, &g_old_int, nullptr);
  }
}

Read read_line(Context& ctx, std::string& line) {
  if (!std::getline(ctx.in, line))
    return InterruptGuard::caught() != 0 ? Read::interrupted : Read::end;
  if (!line.empty() && line.back() == '\r')
    line.pop_back();
  return Read::line;
}

std::optional<std::string> ask(Context& ctx, const std::string& question,
                               const std::string& current) {
  ctx.err << question;
  if (!current.empty())
    ctx.err << " [" << current << "]";
  ctx.err << "\n> " << std::flush;
  std::string line;
  if (read_line(ctx, line) != Read::line)
    return std::nullopt;
  return domain::trim(line);
}

bool utf8_terminal(const Context& ctx) {
  if (!ctx.stdout_tty)
    return false;
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const auto v = ctx.env(name);
    if (!v || v->empty())
      continue;
    const auto folded = domain::fold_case(*v);
    return folded.find("utf-8") != std::string::npos || folded.find("utf8") != std::string::npos;
  }
  return false;
}

}  // namespace ipt::cli
