#include "storage/powercut_vfs.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace ipt::test {
namespace {

/// What one write or truncate replaced: put `old` back at `offset` and the size back to
/// `old_size`, and the file is as it was before.
struct Undo {
  sqlite3_int64 offset = 0;
  std::string old;
  sqlite3_int64 old_size = 0;
};

struct State {
  sqlite3_vfs* base = nullptr;
  sqlite3_vfs vfs{};
  bool installed = false;
  std::uint64_t writes = 0;
  std::uint64_t syncs = 0;
  std::uint64_t fail_at = 0;  // the write count at which the machine stops; 0: never
  bool failed = false;
  std::map<std::string, std::vector<Undo>> pending;  // by file name, since its last sync
};
State g;

/// The shim's file: its own header, then the unix VFS's file in the same allocation.
struct File {
  sqlite3_file base;
  sqlite3_file* real;
  std::string* name;  // the database or WAL file whose writes are remembered; else null
};

constexpr int kHeader = static_cast<int>((sizeof(File) + 7) & ~std::size_t{7});

sqlite3_file* real(sqlite3_file* f) {
  return reinterpret_cast<File*>(f)->real;
}
const std::string* name(sqlite3_file* f) {
  return reinterpret_cast<File*>(f)->name;
}

sqlite3_int64 size_of(sqlite3_file* r) {
  sqlite3_int64 n = 0;
  return r->pMethods->xFileSize(r, &n) == SQLITE_OK ? n : 0;
}

/// The bytes from `offset` up to `end` (clipped to the file's size `size`).
std::string bytes_at(sqlite3_file* r, sqlite3_int64 offset, sqlite3_int64 end, sqlite3_int64 size) {
  if (end > size)
    end = size;
  if (offset >= end)
    return {};
  std::string out(static_cast<std::size_t>(end - offset), '\0');
  r->pMethods->xRead(r, out.data(), static_cast<int>(out.size()), offset);
  return out;
}

int x_close(sqlite3_file* f) {
  auto* file = reinterpret_cast<File*>(f);
  const int rc = file->real->pMethods->xClose(file->real);
  delete file->name;
  file->name = nullptr;
  return rc;
}

int x_read(sqlite3_file* f, void* buf, int amt, sqlite3_int64 offset) {
  return real(f)->pMethods->xRead(real(f), buf, amt, offset);
}

/// Counts a write (or truncate, or sync) of a remembered file; true when it must fail.
bool stopped(sqlite3_file* f, bool is_write) {
  if (name(f) == nullptr)
    return false;
  if (is_write && !g.failed) {
    ++g.writes;
    if (g.fail_at != 0 && g.writes >= g.fail_at)
      g.failed = true;
  }
  return g.failed;
}

int x_write(sqlite3_file* f, const void* buf, int amt, sqlite3_int64 offset) {
  if (stopped(f, true))
    return SQLITE_IOERR_WRITE;
  if (name(f) != nullptr) {
    const auto size = size_of(real(f));
    g.pending[*name(f)].push_back({offset, bytes_at(real(f), offset, offset + amt, size), size});
  }
  return real(f)->pMethods->xWrite(real(f), buf, amt, offset);
}

int x_truncate(sqlite3_file* f, sqlite3_int64 size) {
  if (stopped(f, true))
    return SQLITE_IOERR_TRUNCATE;
  if (name(f) != nullptr) {
    const auto old_size = size_of(real(f));
    g.pending[*name(f)].push_back({size, bytes_at(real(f), size, old_size, old_size), old_size});
  }
  return real(f)->pMethods->xTruncate(real(f), size);
}

int x_sync(sqlite3_file* f, int flags) {
  if (stopped(f, false))
    return SQLITE_IOERR_FSYNC;
  if (name(f) == nullptr)
    return real(f)->pMethods->xSync(real(f), flags);
  // The log of pending writes, not the disk, decides what a cut keeps, so the real fsync is
  // left out: it would only make a test of thousands of commits slow.
  ++g.syncs;
  g.pending[*name(f)].clear();  // on the disk now: a cut can no longer take it
  return SQLITE_OK;
}

int x_file_size(sqlite3_file* f, sqlite3_int64* size) {
  return real(f)->pMethods->xFileSize(real(f), size);
}
int x_lock(sqlite3_file* f, int level) {
  return real(f)->pMethods->xLock(real(f), level);
}
int x_unlock(sqlite3_file* f, int level) {
  return real(f)->pMethods->xUnlock(real(f), level);
}
int x_check_reserved_lock(sqlite3_file* f, int* out) {
  return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int x_file_control(sqlite3_file* f, int op, void* arg) {
  return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int x_sector_size(sqlite3_file* f) {
  return real(f)->pMethods->xSectorSize(real(f));
}
int x_device_characteristics(sqlite3_file* f) {
  return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
// The -shm (the WAL's index) is shared memory SQLite rebuilds from the WAL after a crash: it
// needs no durability, so it is passed straight through.
int x_shm_map(sqlite3_file* f, int page, int page_size, int extend, void volatile** out) {
  return real(f)->pMethods->xShmMap(real(f), page, page_size, extend, out);
}
int x_shm_lock(sqlite3_file* f, int offset, int n, int flags) {
  return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void x_shm_barrier(sqlite3_file* f) {
  real(f)->pMethods->xShmBarrier(real(f));
}
int x_shm_unmap(sqlite3_file* f, int delete_flag) {
  return real(f)->pMethods->xShmUnmap(real(f), delete_flag);
}
int x_fetch(sqlite3_file* f, sqlite3_int64 offset, int amt, void** out) {
  return real(f)->pMethods->xFetch(real(f), offset, amt, out);
}
int x_unfetch(sqlite3_file* f, sqlite3_int64 offset, void* p) {
  return real(f)->pMethods->xUnfetch(real(f), offset, p);
}

const sqlite3_io_methods kMethods = {
    3,
    x_close,
    x_read,
    x_write,
    x_truncate,
    x_sync,
    x_file_size,
    x_lock,
    x_unlock,
    x_check_reserved_lock,
    x_file_control,
    x_sector_size,
    x_device_characteristics,
    x_shm_map,
    x_shm_lock,
    x_shm_barrier,
    x_shm_unmap,
    x_fetch,
    x_unfetch,
};

int x_open(sqlite3_vfs*, const char* zname, sqlite3_file* f, int flags, int* out_flags) {
  auto* file = reinterpret_cast<File*>(f);
  file->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(f) + kHeader);
  file->name = nullptr;
  const int rc = g.base->xOpen(g.base, zname, file->real, flags, out_flags);
  // SQLite calls xClose whenever pMethods is set, even after a failed open.
  f->pMethods = file->real->pMethods != nullptr ? &kMethods : nullptr;
  if (rc == SQLITE_OK && zname != nullptr && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL)))
    file->name = new std::string(zname);
  return rc;
}

int x_delete(sqlite3_vfs*, const char* zname, int sync_dir) {
  if (g.failed)
    return SQLITE_IOERR_DELETE;
  g.pending.erase(zname);
  return g.base->xDelete(g.base, zname, sync_dir);
}

/// Puts back what `u` replaced in the file at `path`.
void undo(const std::string& path, const Undo& u) {
  const int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
  if (fd < 0)
    return;  // gone: deleted after it was synced
  bool ok = ::ftruncate(fd, u.old_size) == 0;
  if (!u.old.empty()) {
    ok = ok &&
         ::pwrite(fd, u.old.data(), u.old.size(), u.offset) == static_cast<ssize_t>(u.old.size());
  }
  ::close(fd);
  if (!ok)
    throw std::runtime_error("PowerCutVfs: could not undo a write to " + path);
}

}  // namespace

PowerCutVfs::PowerCutVfs() {
  if (g.installed)
    throw std::logic_error("PowerCutVfs: installed twice");
  g = State{};
  g.base = sqlite3_vfs_find(nullptr);
  if (g.base == nullptr)
    throw std::runtime_error("PowerCutVfs: SQLite has no default VFS");
  g.vfs = *g.base;  // the rest (xAccess, xFullPathname, ...) are the unix VFS's own
  g.vfs.zName = "ipt-powercut";
  g.vfs.szOsFile = kHeader + g.base->szOsFile;
  g.vfs.xOpen = x_open;
  g.vfs.xDelete = x_delete;
  g.vfs.pNext = nullptr;
  if (sqlite3_vfs_register(&g.vfs, 1) != SQLITE_OK)
    throw std::runtime_error("PowerCutVfs: sqlite3_vfs_register failed");
  g.installed = true;
}

PowerCutVfs::~PowerCutVfs() {
  sqlite3_vfs_unregister(&g.vfs);
  sqlite3_vfs_register(g.base, 1);
  g.installed = false;
  g.pending.clear();
}

void PowerCutVfs::fail_after(std::uint64_t n) {
  g.fail_at = n == 0 ? 0 : g.writes + n;
}

bool PowerCutVfs::failed() const {
  return g.failed;
}

std::uint64_t PowerCutVfs::writes() const {
  return g.writes;
}

std::uint64_t PowerCutVfs::syncs() const {
  return g.syncs;
}

std::uint64_t PowerCutVfs::cut(std::mt19937& rng) {
  std::uint64_t undone = 0;
  for (const auto& [path, undos] : g.pending) {
    const auto keep = std::uniform_int_distribution<std::size_t>(0, undos.size())(rng);
    for (std::size_t i = undos.size(); i > keep; --i) {
      undo(path, undos[i - 1]);
      ++undone;
    }
  }
  g.pending.clear();
  g.failed = false;
  g.fail_at = 0;
  return undone;
}

}  // namespace ipt::test
