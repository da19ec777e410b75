#include "e2e/pty.hpp"

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <thread>

namespace ipt::test {

namespace {

std::vector<char*> c_strings(const std::vector<std::string>& v) {
  std::vector<char*> out;
  for (const auto& s : v)
    out.push_back(const_cast<char*>(s.c_str()));
  out.push_back(nullptr);
  return out;
}

}  // namespace

PtyChild::PtyChild(const std::vector<std::string>& argv, const std::vector<std::string>& envp) {
  int slave = -1;
  winsize size{};
  size.ws_row = 40;
  size.ws_col = 100;
  if (::openpty(&master_, &slave, nullptr, nullptr, &size) != 0)
    throw std::runtime_error(std::string("openpty: ") + std::strerror(errno));
  ::fcntl(master_, F_SETFD, FD_CLOEXEC);
  auto args = c_strings(argv);
  auto env = c_strings(envp);
  pid_ = ::fork();
  if (pid_ == 0) {  // only async-signal-safe calls from here to exec
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGHUP, SIG_DFL);
    ::signal(SIGPIPE, SIG_DFL);
    ::setsid();
    ::ioctl(slave, TIOCSCTTY, 0);
    ::dup2(slave, 0);
    ::dup2(slave, 1);
    ::dup2(slave, 2);
    if (slave > 2)
      ::close(slave);
    ::execve(args[0], args.data(), env.data());
    _exit(127);
  }
  ::close(slave);
  if (pid_ < 0)
    throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
}

PtyChild::~PtyChild() {
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
  }
  if (master_ >= 0)
    ::close(master_);
}

void PtyChild::type(const std::string& keys) {
  std::size_t done = 0;
  while (master_ >= 0 && done < keys.size()) {
    const ssize_t n = ::write(master_, keys.data() + done, keys.size() - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      throw std::runtime_error(std::string("writing to the pty: ") + std::strerror(errno));
    done += static_cast<std::size_t>(n);
  }
}

bool PtyChild::read_some(int timeout_ms) {
  if (master_ < 0)
    return false;
  pollfd p{master_, POLLIN, 0};
  const int ready = ::poll(&p, 1, timeout_ms);
  if (ready <= 0)
    return ready == 0 || errno == EINTR;  // nothing yet: still open
  char buf[4096];
  const ssize_t n = ::read(master_, buf, sizeof buf);
  if (n > 0) {
    out_.append(buf, static_cast<std::size_t>(n));
    return true;
  }
  return n < 0 && errno == EINTR;  // EIO: every slave side is closed
}

bool PtyChild::wait_for(const std::string& needle, int nth, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    int seen = 0;
    for (auto at = out_.find(needle); at != std::string::npos; at = out_.find(needle, at + 1))
      ++seen;
    if (seen >= nth)
      return true;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0 || !read_some(static_cast<int>(std::min<long>(left.count(), 100))))
      return false;
  }
}

void PtyChild::hang_up() {
  // What a closed terminal window does: the kernel hangs the terminal up and sends SIGHUP to
  // the session's leader; the leader, a shell, passes SIGHUP on to its foreground job's whole
  // process group (the command and any editor it started). Here the command leads both.
  if (pid_ > 0)
    ::kill(-pid_, SIGHUP);
  if (master_ >= 0) {
    ::close(master_);
    master_ = -1;
  }
}

RunResult PtyChild::wait(std::chrono::milliseconds timeout) {
  if (pid_ <= 0)
    throw std::logic_error("PtyChild::wait: not running");
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  RunResult r;
  int status = 0;
  for (;;) {
    const pid_t got = ::waitpid(pid_, &status, WNOHANG);
    if (got == pid_)
      break;
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, &status, 0);
      r.err = "killed: still running after the timeout";
      break;
    }
    if (!read_some(20))
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  while (read_some(0) && master_ >= 0) {
    pollfd p{master_, POLLIN, 0};
    if (::poll(&p, 1, 0) <= 0)
      break;
  }
  pid_ = -1;
  if (WIFSIGNALED(status)) {
    r.signaled = true;
    r.signal = WTERMSIG(status);
  } else {
    r.exit_code = WEXITSTATUS(status);
  }
  r.out = out_;
  return r;
}

}  // namespace ipt::test
