// Runs the built `ipt` (or any program) as a child process for end-to-end tests.
#pragma once

#include <sys/types.h>

#include <csignal>
#include <future>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace ipt::test {

struct RunResult {
  int exit_code = -1;  // -1 when killed by a signal
  std::string out;
  std::string err;
  bool signaled = false;
  int signal = 0;
};

// {name, value}; a nullopt value unsets the variable.
using Env = std::vector<std::pair<std::string, std::optional<std::string>>>;

// A started child process. Its stdin is fed and its stdout/stderr drained on a background thread,
// so it never blocks on a full pipe. Destroying a child that was not waited for kills it.
class Child {
 public:
  using Output = std::pair<std::string, std::string>;
  Child(pid_t pid, std::future<Output> io) : pid_(pid), io_(std::move(io)) {}
  Child(Child&& o) noexcept : pid_(std::exchange(o.pid_, -1)), io_(std::move(o.io_)) {}
  Child& operator=(Child&&) = delete;
  ~Child();

  pid_t pid() const { return pid_; }
  void kill(int sig = SIGKILL) const;  // no-op once waited for
  RunResult wait();                    // once only: joins the I/O, reaps the process

 private:
  pid_t pid_;
  std::future<Output> io_;
};

// argv[0] is the program's path (not searched in PATH); envp entries are "NAME=value".
Child spawn_raw(const std::vector<std::string>& argv, const std::vector<std::string>& envp,
                const std::string& stdin_text);
RunResult run_raw(const std::vector<std::string>& argv, const std::vector<std::string>& envp,
                  const std::string& stdin_text);

// A fresh temporary directory, removed with everything in it when the sandbox is destroyed.
class Sandbox {
 public:
  Sandbox();
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;
  ~Sandbox();

  const std::string& path() const { return dir_; }
  std::string db() const { return dir_ + "/journal.db"; }
  // The environment ipt gets: built from scratch, then `extra` applied.
  std::vector<std::string> env(const Env& extra = {}) const;

  RunResult run(std::vector<std::string> args, std::string stdin_text = {}, Env extra = {}) const;
  Child spawn(std::vector<std::string> args, std::string stdin_text = {}, Env extra = {}) const;
  // Runs, REQUIREs exit code 0, and parses stdout as JSON.
  nlohmann::json run_json(std::vector<std::string> args, std::string stdin_text = {},
                          Env extra = {}) const;

 private:
  std::string dir_;
};

std::string file_bytes(const std::string& path);  // whole file; throws if unreadable
void write_file(const std::string& path, const std::string& bytes);
int file_mode(const std::string& path);  // st_mode & 0777, or -1 if it can't be stat'ed
bool exists(const std::string& path);    // lstat succeeds (a dangling symlink exists)
// Split on '\n'; a final newline does not make an extra empty line.
std::vector<std::string> lines(const std::string& text);

/// "exit N", stdout and stderr of a run, for a failing test's INFO.
inline std::string describe(const RunResult& r) {
  return "exit " + std::to_string(r.exit_code) + "\nstdout: " + r.out + "\nstderr: " + r.err;
}

/// True when `needle` occurs in `haystack`.
inline bool has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace ipt::test
