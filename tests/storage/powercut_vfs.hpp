// A power cut, simulated in-process: an SQLite VFS that wraps the default (unix) one and
// remembers, per database and WAL file, what each write since that file's last xSync
// overwrote. While it is installed it is SQLite's default VFS, so ipt's own storage layer
// (storage::Journal) opens journals through it unchanged.
//
// A cut has two halves. fail_after(n) makes the n-th write from now, and every write, sync,
// truncate and delete after it, fail with an I/O error: the machine stopped there, and the
// command sees its transaction fail. cut() then, once every connection is closed, undoes on
// disk everything written since each file's last sync except a random prefix of it (a disk
// keeps some of what it was given before the power went, never what came after), as if the
// operating system's cache had been lost. Only what a sync made durable is sure to remain.
#pragma once

#include <cstdint>
#include <random>
#include <string>

namespace ipt::test {

class PowerCutVfs {
 public:
  /// Registers the shim as SQLite's default VFS; the destructor restores the previous default.
  PowerCutVfs();
  ~PowerCutVfs();
  PowerCutVfs(const PowerCutVfs&) = delete;
  PowerCutVfs& operator=(const PowerCutVfs&) = delete;

  /// The n-th write from now (n >= 1) and all I/O after it fail; 0 turns failing off.
  void fail_after(std::uint64_t n);
  /// True once the failure point was reached.
  bool failed() const;
  /// Writes seen so far (to database and WAL files).
  std::uint64_t writes() const;
  /// Syncs seen so far.
  std::uint64_t syncs() const;

  /// The power cut: undoes, in each file, every write since its last sync after a prefix
  /// chosen with `rng`. Call with no connection open. Returns how many writes were undone;
  /// afterwards nothing is pending and nothing fails.
  std::uint64_t cut(std::mt19937& rng);
};

}  // namespace ipt::test
