#pragma once
// The journal file as the app layer sees it: opened once per command, then used through read
// and write units of work. A unit runs a function over the repositories inside one SQLite
// transaction (BEGIN for a read, BEGIN IMMEDIATE for a write) and commits when it returns;
// an exception rolls it back. SQLite's own errors leave a unit as ipt's errors, worded for
// people, never as SQL. No SQLite type appears in this header.
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "storage/agenda_repo.hpp"
#include "storage/area_repo.hpp"
#include "storage/course_repo.hpp"
#include "storage/entry_repo.hpp"
#include "storage/exchange_repo.hpp"
#include "storage/people_repo.hpp"
#include "storage/prompt_repo.hpp"
#include "storage/safety_repo.hpp"

namespace ipt::storage {

/// How a command uses the journal.
enum class OpenMode {
  read,    ///< read-only; a missing journal is an error; never creates or changes a file
  write,   ///< read-write; a missing journal is an error
  create,  ///< read-write; a missing journal is created (directories 0700, file 0600)
};

struct OpenOptions {
  /// How long a command waits for another ipt that holds the journal.
  std::chrono::milliseconds busy_timeout{5000};
  /// False: a journal made by an older ipt is refused (Errc::journal_older) instead of
  /// upgraded, for a command that must never write (ipt help-now).
  bool upgrade = true;
  /// True: a journal made by an older ipt is opened as it is, neither upgraded nor refused, for
  /// a command that copies the file whole and never reads it through the repositories (ipt
  /// backup: a copy made before an upgrade must be of the journal before it).
  bool keep_older = false;
  /// False: a commit returns before the disk has it (synchronous=NORMAL; WAL keeps the file
  /// whole), for a throwaway journal (ipt demo) written in a hundred small commits.
  bool durable = true;
};

/// Every repository, bound to one connection inside one unit of work.
class Repos {
 public:
  explicit Repos(SQLite::Database& db)
      : entries_(db),
        people_(db),
        areas_(db),
        courses_(db),
        prompts_(db),
        safety_(db),
        agenda_(db),
        ratings_(db),
        exchange_(db) {}
  EntryRepo& entries() { return entries_; }
  PeopleRepo& people() { return people_; }
  AreaRepo& areas() { return areas_; }
  CourseRepo& courses() { return courses_; }
  PromptRepo& prompts() { return prompts_; }
  SafetyRepo& safety() { return safety_; }
  AgendaRepo& agenda() { return agenda_; }
  RatingRepo& ratings() { return ratings_; }
  ExchangeRepo& exchange() { return exchange_; }

 private:
  EntryRepo entries_;
  PeopleRepo people_;
  AreaRepo areas_;
  CourseRepo courses_;
  PromptRepo prompts_;
  SafetyRepo safety_;
  AgendaRepo agenda_;
  RatingRepo ratings_;
  ExchangeRepo exchange_;
};

class Journal {
 public:
  /// Opens the journal at `path`. Refuses (RuntimeFailure, file untouched) a file that is not
  /// an ipt journal, or whose schema is newer than this binary knows. A journal made by an
  /// older ipt is migrated when the mode allows writing.
  static Journal open(const std::filesystem::path& path, OpenMode mode,
                      const OpenOptions& options = {});
  /// A journal in memory at the latest schema, for tests.
  static Journal in_memory();

  Journal(Journal&&) noexcept;
  Journal& operator=(Journal&&) noexcept;
  ~Journal();

  /// True when opening created the file.
  bool created() const;
  const std::filesystem::path& path() const;
  int schema_version();
  /// The file's mode, when people other than its owner may read or write it.
  std::optional<unsigned> others_can_read() const;
  /// True once a write unit has committed.
  bool wrote() const;
  /// People an upgrade renamed, because their names became one name: {kept, renamed to}.
  const std::vector<std::pair<std::string, std::string>>& renamed_people() const;

  /// For storage/*.cpp: the connection itself (storage/backup.cpp copies the file through it).
  SQLite::Database& connection();

  /// Runs `body(Repos&)` in a read transaction and returns what it returns.
  template <typename F>
  auto read(F&& body) {
    return unit(false, std::forward<F>(body));
  }
  /// Runs `body(Repos&)` in a write transaction, committed when it returns.
  template <typename F>
  auto write(F&& body) {
    return unit(true, std::forward<F>(body));
  }

 private:
  struct Impl;
  explicit Journal(std::unique_ptr<Impl> impl);
  void run(bool write, const std::function<void(Repos&)>& body);

  template <typename F>
  auto unit(bool write, F&& body) {
    using R = std::invoke_result_t<F&, Repos&>;
    if constexpr (std::is_void_v<R>) {
      run(write, [&](Repos& r) { body(r); });
    } else {
      std::optional<R> out;
      run(write, [&](Repos& r) { out.emplace(body(r)); });
      return std::move(*out);
    }
  }

  std::unique_ptr<Impl> impl_;
};

}  // namespace ipt::storage
