#include "e2e/harness.hpp"

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <catch2/catch.hpp>

namespace ipt::test {
namespace {

[[noreturn]] void fail(const std::string& what, int err = errno) {
  throw std::runtime_error(what + ": " + std::strerror(err));
}

// Feeds `input` to fd `in` and reads `out` and `err` to EOF, all at once with poll().
Child::Output pump(int in, int out, int err, std::string input) {
  sigset_t sigpipe;       // a write to a child that has exited must not kill the test process:
  sigemptyset(&sigpipe);  // block SIGPIPE here; a pending one dies with this thread
  sigaddset(&sigpipe, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &sigpipe, nullptr);
  std::string captured[3];
  int fds[3] = {in, out, err};
  auto drop = [&](int i) { close(std::exchange(fds[i], -1)); };
  std::size_t written = 0;
  if (input.empty())
    drop(0);
  while (fds[0] >= 0 || fds[1] >= 0 || fds[2] >= 0) {
    pollfd p[3] = {{fds[0], POLLOUT, 0}, {fds[1], POLLIN, 0}, {fds[2], POLLIN, 0}};
    if (poll(p, 3, -1) < 0 && errno != EINTR)
      break;
    if (fds[0] >= 0 && p[0].revents != 0) {
      ssize_t n = write(fds[0], input.data() + written, input.size() - written);
      written += n > 0 ? static_cast<std::size_t>(n) : 0;
      if ((n < 0 && errno != EAGAIN && errno != EINTR) || written == input.size())
        drop(0);
    }
    for (int i = 1; i < 3; ++i) {
      if (fds[i] < 0 || p[i].revents == 0)
        continue;
      char buf[65536];
      ssize_t n = read(fds[i], buf, sizeof buf);
      if (n > 0)
        captured[i].append(buf, static_cast<std::size_t>(n));
      if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
        drop(i);
    }
  }
  for (int fd : fds) {
    if (fd >= 0)  // only after a failed poll()
      close(fd);
  }
  return {std::move(captured[1]), std::move(captured[2])};
}

std::vector<char*> c_strings(const std::vector<std::string>& v) {
  std::vector<char*> out;
  for (const auto& s : v)
    out.push_back(const_cast<char*>(s.c_str()));
  out.push_back(nullptr);
  return out;
}

}  // namespace

Child::~Child() {
  if (pid_ > 0) {
    kill();
    (void)wait();
  }
}

void Child::kill(int sig) const {
  if (pid_ > 0)
    ::kill(pid_, sig);
}

RunResult Child::wait() {
  if (pid_ <= 0)
    throw std::logic_error("Child::wait: not running");
  RunResult r;
  std::tie(r.out, r.err) = io_.get();
  int status = 0;
  while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  pid_ = -1;
  if (WIFSIGNALED(status)) {
    r.signaled = true;
    r.signal = WTERMSIG(status);
  } else {
    r.exit_code = WEXITSTATUS(status);
  }
  return r;
}

Child spawn_raw(const std::vector<std::string>& argv, const std::vector<std::string>& envp,
                const std::string& stdin_text) {
  if (argv.empty())
    throw std::invalid_argument("spawn_raw: empty argv");
  int pipes[3][2];  // stdin, stdout, stderr; O_CLOEXEC so concurrent children don't inherit them
  for (auto& p : pipes) {
    if (pipe2(p, O_CLOEXEC) != 0)
      fail("pipe2");
  }
  fcntl(pipes[0][1], F_SETFL, O_NONBLOCK);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipes[0][0], 0);
  posix_spawn_file_actions_adddup2(&actions, pipes[1][1], 1);
  posix_spawn_file_actions_adddup2(&actions, pipes[2][1], 2);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t all, none;  // the child starts with default dispositions and nothing blocked
  sigfillset(&all);
  sigemptyset(&none);
  posix_spawnattr_setsigdefault(&attr, &all);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);

  auto args = c_strings(argv);
  auto env = c_strings(envp);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, argv[0].c_str(), &actions, &attr, args.data(), env.data());
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  for (int i = 0; i < 3; ++i) {
    close(pipes[i][i == 0 ? 0 : 1]);  // the child's ends
    if (rc != 0)
      close(pipes[i][i == 0 ? 1 : 0]);
  }
  if (rc != 0)
    fail("posix_spawn " + argv[0], rc);
  return Child(
      pid, std::async(std::launch::async, pump, pipes[0][1], pipes[1][0], pipes[2][0], stdin_text));
}

RunResult run_raw(const std::vector<std::string>& argv, const std::vector<std::string>& envp,
                  const std::string& stdin_text) {
  return spawn_raw(argv, envp, stdin_text).wait();
}

Sandbox::Sandbox() {
  const char* tmp = std::getenv("TMPDIR");
  std::string tmpl = std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") + "/ipt-e2e-XXXXXX";
  if (mkdtemp(tmpl.data()) == nullptr)
    fail("mkdtemp " + tmpl);
  dir_ = tmpl;
  for (const char* sub : {"/home", "/data", "/config"}) {
    std::filesystem::create_directory(dir_ + sub);
  }
}

Sandbox::~Sandbox() {
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

std::vector<std::string> Sandbox::env(const Env& extra) const {
  std::vector<std::string> env = {
      "PATH=/usr/bin:/bin",
      "HOME=" + dir_ + "/home",
      "XDG_DATA_HOME=" + dir_ + "/data",
      "XDG_CONFIG_HOME=" + dir_ + "/config",
      "IPT_DB=" + db(),
      "IPT_CONFIG=" + dir_ + "/config/ipt/config.toml",
      "NO_COLOR=1",
      "TZ=UTC",
      "LANG=C.UTF-8",
  };
  for (const char* name : {"ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"}) {
    if (const char* v = std::getenv(name))
      env.push_back(std::string(name) + "=" + v);
  }
  for (const auto& [name, value] : extra) {
    std::erase_if(env, [&](const std::string& e) { return e.starts_with(name + "="); });
    if (value)
      env.push_back(name + "=" + *value);
  }
  return env;
}

Child Sandbox::spawn(std::vector<std::string> args, std::string stdin_text, Env extra) const {
  args.insert(args.begin(), IPT_BINARY);
  return spawn_raw(args, env(extra), stdin_text);
}

RunResult Sandbox::run(std::vector<std::string> args, std::string stdin_text, Env extra) const {
  return spawn(std::move(args), std::move(stdin_text), std::move(extra)).wait();
}

nlohmann::json Sandbox::run_json(std::vector<std::string> args, std::string stdin_text,
                                 Env extra) const {
  RunResult r = run(std::move(args), std::move(stdin_text), std::move(extra));
  INFO("stdout: " << r.out);
  INFO("stderr: " << r.err);
  REQUIRE(r.exit_code == 0);
  return nlohmann::json::parse(r.out);
}

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (!out.flush())
    throw std::runtime_error("cannot write " + path);
  // As private as ipt makes its own files: a journal readable by others is warned about.
  ::chmod(path.c_str(), 0600);
}

int file_mode(const std::string& path) {
  struct stat st {};
  return stat(path.c_str(), &st) == 0 ? static_cast<int>(st.st_mode & 0777) : -1;
}

bool exists(const std::string& path) {
  struct stat st {};
  return lstat(path.c_str(), &st) == 0;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string::npos)
      nl = text.size();
    out.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

}  // namespace ipt::test
