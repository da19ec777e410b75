// Helpers shared by the end-to-end tests: bad input, the journal file, concurrency.
#pragma once

#include <sys/mount.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "e2e/harness.hpp"

namespace ipt::test {

inline constexpr const char* kSqlite3 = "/usr/bin/sqlite3";

/// Writes the sandbox's configuration file (the one IPT_CONFIG names).
inline void write_config(const Sandbox& box, const std::string& toml) {
  std::filesystem::create_directories(box.path() + "/config/ipt");
  write_file(box.path() + "/config/ipt/config.toml", toml);
}

/// Runs the sqlite3 shell on `db` with `sql` as its command line; the journal is never touched
/// by anything but ipt and this.
inline RunResult sqlite3(const std::string& db, const std::string& sql) {
  return run_raw({kSqlite3, db, sql}, {"PATH=/usr/bin:/bin"}, "");
}

/// The first line sqlite3 prints for `sql`, or "" if it failed.
inline std::string sqlite3_value(const std::string& db, const std::string& sql) {
  auto r = sqlite3(db, sql);
  if (r.exit_code != 0)
    return {};
  auto l = lines(r.out);
  return l.empty() ? std::string{} : l.front();
}

/// True when stderr shows internals: SQL, SQLite's own words, an exception type.
inline bool leaks_internals(std::string err, const std::string& sandbox) {
  // The sandbox's random name could spell anything; it is not ipt's wording.
  for (auto at = err.find(sandbox); at != std::string::npos; at = err.find(sandbox))
    err.erase(at, sandbox.size());
  std::transform(err.begin(), err.end(), err.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  // "... is not a SQLite database" describes a file to the user; SQL text and SQLite's own
  // messages ("SQLite error 26", "file is not a database") do not.
  const std::string plain = "sqlite database";
  for (auto at = err.find(plain); at != std::string::npos; at = err.find(plain))
    err.erase(at, plain.size());
  for (const char* bad : {"sql", "exception", "what()", "terminate", "file is not a database",
                          "database disk image", "database is locked", "unable to open"}) {
    if (err.find(bad) != std::string::npos)
      return true;
  }
  return false;
}

/// The names in a directory, sorted; empty when it does not exist.
inline std::set<std::string> dir_names(const std::string& dir) {
  std::set<std::string> out;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    out.insert(e.path().filename().string());
  return out;
}

/// The "text" of every entry in `list --format json` output.
inline std::vector<std::string> texts(const nlohmann::json& entries) {
  std::vector<std::string> out;
  for (const auto& e : entries)
    out.push_back(e.at("text").get<std::string>());
  return out;
}

/// A command line that must be refused: its exit code and a piece of its message.
struct Refused {
  std::vector<std::string> args;
  int code;
  std::string needle;
};

/// Runs each refused command line in `box`: the exit code, the message on stderr, nothing on
/// stdout, and the journal byte for byte as it was (when there is one).
inline void expect_refused(const Sandbox& box, const std::vector<Refused>& cases,
                           const Env& env = {}) {
  const bool journal = exists(box.db());
  const auto before = journal ? file_bytes(box.db()) : std::string();
  for (const auto& c : cases) {
    const auto r = box.run(c.args, {}, env);
    INFO(describe(r));
    CHECK(r.exit_code == c.code);
    CHECK(has(r.err, c.needle));
    CHECK(r.out.empty());
  }
  if (journal)
    CHECK(file_bytes(box.db()) == before);
  else
    CHECK_FALSE(exists(box.db()));
}

/// A tmpfs mounted on a directory, unmounted when it goes out of scope.
class TmpfsMount {
 public:
  TmpfsMount(const std::string& dir, const std::string& options) : dir_(dir) {
    mounted_ = ::mount("tmpfs", dir.c_str(), "tmpfs", 0, options.c_str()) == 0;
    error_ = mounted_ ? 0 : errno;
  }
  TmpfsMount(const TmpfsMount&) = delete;
  TmpfsMount& operator=(const TmpfsMount&) = delete;
  ~TmpfsMount() {
    if (mounted_)
      ::umount2(dir_.c_str(), MNT_DETACH);
  }
  bool mounted() const { return mounted_; }
  int error() const { return error_; }

 private:
  std::string dir_;
  bool mounted_ = false;
  int error_ = 0;
};

}  // namespace ipt::test
