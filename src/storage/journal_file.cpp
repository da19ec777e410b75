#include "storage/journal_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include "domain/errors.hpp"
#include "storage/migrations.hpp"

namespace ipt::storage {

namespace fs = std::filesystem;

namespace {

ErrorDetail at(const fs::path& path) {
  ErrorDetail d;
  d.path = path.string();
  return d;
}

std::uint32_t big_endian(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
         std::uint32_t{p[3]};
}

std::uint32_t little_endian(const unsigned char* p) {
  return (std::uint32_t{p[3]} << 24) | (std::uint32_t{p[2]} << 16) | (std::uint32_t{p[1]} << 8) |
         std::uint32_t{p[0]};
}

/// The whole of a small file with plain read(); nullopt when it can't be opened.
std::optional<std::string> read_bytes(const fs::path& path, std::size_t limit) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return std::nullopt;
  std::string out;
  char buf[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0 || out.size() + static_cast<std::size_t>(n) > limit)
      break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return out;
}

/// SQLite's WAL checksum over `n` bytes (a multiple of 8), continuing from `s`.
void wal_checksum(bool big, const unsigned char* p, std::size_t n, std::uint32_t s[2]) {
  for (std::size_t i = 0; i + 8 <= n; i += 8) {
    const auto x0 = big ? big_endian(p + i) : little_endian(p + i);
    const auto x1 = big ? big_endian(p + i + 4) : little_endian(p + i + 4);
    s[0] += x0 + s[1];
    s[1] += x1 + s[0];
  }
}

}  // namespace

std::optional<Header> header_from_wal(const fs::path& wal) {
  // A WAL is small (SQLite checkpoints at about 4 MB); a larger one is read only that far.
  const auto bytes = read_bytes(wal, 64u << 20);
  if (!bytes || bytes->size() < 32)
    return std::nullopt;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes->data());
  const auto magic = big_endian(p);
  if (magic != 0x377f0682 && magic != 0x377f0683)
    return std::nullopt;
  const bool big = (magic & 1) != 0;
  const auto page_size = big_endian(p + 8);
  if (page_size < 512 || page_size > 65536 || (page_size & (page_size - 1)) != 0)
    return std::nullopt;
  std::uint32_t sum[2] = {0, 0};
  wal_checksum(big, p, 24, sum);
  if (sum[0] != big_endian(p + 24) || sum[1] != big_endian(p + 28))
    return std::nullopt;
  const auto salt1 = big_endian(p + 16);
  const auto salt2 = big_endian(p + 20);
  std::optional<Header> pending;
  std::optional<Header> committed;
  for (std::size_t off = 32; off + 24 + page_size <= bytes->size(); off += 24 + page_size) {
    const auto* f = p + off;
    if (big_endian(f + 8) != salt1 || big_endian(f + 12) != salt2)
      break;
    wal_checksum(big, f, 8, sum);
    wal_checksum(big, f + 24, page_size, sum);
    if (sum[0] != big_endian(f + 16) || sum[1] != big_endian(f + 20))
      break;
    if (big_endian(f) == 1)  // page 1 begins with the database header
      pending = Header{big_endian(f + 24 + 68), big_endian(f + 24 + 60)};
    if (big_endian(f + 4) != 0 && pending)  // a commit frame: what came before it holds
      committed = pending;
  }
  return committed;
}

void check_journal_file(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int err = errno;
    throw RuntimeFailure(err == EACCES ? Errc::journal_readonly : Errc::journal_cantopen,
                         "can't read the journal " + path.string() + ": " + std::strerror(err),
                         at(path));
  }
  unsigned char header[100];
  std::size_t got = 0;
  while (got < sizeof header) {
    const ssize_t n = ::read(fd, header + got, sizeof header - got);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break;
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  if (got == 0) {
    throw RuntimeFailure(Errc::not_a_journal,
                         path.string() + " is not an ipt journal (it is empty)", at(path));
  }
  static constexpr char kMagic[] = "SQLite format 3";  // 16 bytes with its NUL
  if (got < sizeof header || std::memcmp(header, kMagic, sizeof kMagic) != 0) {
    throw RuntimeFailure(Errc::not_sqlite,
                         path.string() + " is not an ipt journal (it is not a SQLite database)",
                         at(path));
  }
  // A write-ahead log not yet folded into the file may hold a newer header: it decides.
  auto h = header_from_wal(path.string() + "-wal")
               .value_or(Header{big_endian(header + 68), big_endian(header + 60)});
  if (h.application_id != static_cast<std::uint32_t>(kApplicationId))
    throw RuntimeFailure(Errc::not_a_journal, path.string() + " is not an ipt journal", at(path));
  if (h.user_version > static_cast<std::uint32_t>(latest_schema_version())) {
    throw RuntimeFailure(
        Errc::newer_journal,
        "the journal " + path.string() + " has schema version " + std::to_string(h.user_version) +
            ", newer than this ipt understands (" + std::to_string(latest_schema_version()) + ")",
        at(path));
  }
}

std::string immutable_uri(const fs::path& path) {
  std::string uri = "file:";
  for (const unsigned char c : fs::absolute(path).string()) {
    if (c == '%' || c == '?' || c == '#' || c < 0x21 || c > 0x7e) {
      static constexpr char kHex[] = "0123456789abcdef";
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 15];
    } else {
      uri += static_cast<char>(c);
    }
  }
  return uri + "?immutable=1";
}

void make_private_dirs(const fs::path& dir) {
  if (dir.empty() || fs::exists(dir))
    return;
  make_private_dirs(dir.parent_path());
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
    throw RuntimeFailure(
        Errc::journal_dir,
        "can't create the journal directory " + dir.string() + ": " + std::strerror(errno),
        at(dir));
  }
}

fs::path draft_path(const fs::path& path, long pid, unsigned random) {
  return path.parent_path() /
         (path.filename().string() + ".new-" + std::to_string(pid) + "-" + std::to_string(random));
}

namespace {

bool all_digits(std::string_view s, std::size_t max) {
  return !s.empty() && s.size() <= max &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// The pid in what follows "NAME.new-" in a name draft_path() made ("PID-RANDOM", and maybe
/// "-journal", "-wal" or "-shm"); nullopt for any other name. By hand: a std::regex compiled at
/// every open was a tenth of ipt log's instructions.
std::optional<long> draft_pid(std::string_view rest) {
  for (const std::string_view suffix : {"-journal", "-wal", "-shm"}) {
    if (rest.size() > suffix.size() && rest.substr(rest.size() - suffix.size()) == suffix) {
      rest.remove_suffix(suffix.size());
      break;
    }
  }
  const auto dash = rest.find('-');
  if (dash == std::string_view::npos)
    return std::nullopt;
  const auto pid = rest.substr(0, dash);
  if (!all_digits(pid, 10) || pid.front() == '0' || !all_digits(rest.substr(dash + 1), 10))
    return std::nullopt;
  return std::stol(std::string(pid));
}

}  // namespace

void remove_stale_drafts(const fs::path& path) {
  const auto dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  const std::string prefix = path.filename().string() + ".new-";
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0)
      continue;
    const auto pid = draft_pid(std::string_view(name).substr(prefix.size()));
    if (pid && ::kill(static_cast<pid_t>(*pid), 0) != 0 && errno == ESRCH)
      fs::remove(entry.path(), ec);
  }
}

bool writable(const fs::path& path) {
  const auto dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  return ::access(path.c_str(), W_OK) == 0 && ::access(dir.c_str(), W_OK) == 0;
}

std::optional<unsigned> others_can_read(const fs::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    return std::nullopt;
  const unsigned mode = st.st_mode & 0777;
  if ((mode & 0077) == 0)
    return std::nullopt;
  return mode;
}

}  // namespace ipt::storage
