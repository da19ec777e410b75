#include "cli/drafts.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

#include "cli/atomic_file.hpp"
#include "domain/errors.hpp"

namespace ipt::cli {

namespace fs = std::filesystem;

namespace {

std::string file_name(std::string_view name) {
  std::string out;
  for (char c : name) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '.' || c == '-' || c == '_';
    out += safe ? c : '_';
  }
  return out + ".txt";
}

[[noreturn]] void cannot_keep(const fs::path& p, int err) {
  throw RuntimeFailure("can't keep a draft at " + p.string() + ": " + std::strerror(err));
}

/// `dir` and any missing directory above it, each private (0700): on a first run the data
/// directory may not exist before the journal does, and a draft comes before the journal.
void make_private_dirs(const fs::path& dir) {
  std::error_code ec;
  if (dir.empty() || fs::exists(dir, ec))
    return;
  make_private_dirs(dir.parent_path());
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST)
    cannot_keep(dir, errno);
}

}  // namespace

Drafts::Drafts(const fs::path& journal) : dir_(journal.string() + ".drafts") {}

fs::path Drafts::path(std::string_view name) const {
  return dir_ / file_name(name);
}

bool Drafts::exists(std::string_view name) const {
  std::error_code ec;
  return fs::exists(path(name), ec);
}

fs::path Drafts::save(std::string_view name, std::string_view text) const {
  make_private_dirs(dir_);
  const auto target = path(name);
  if (const int err = write_atomically(target, text, 0600); err != 0)
    cannot_keep(target, err);
  return target;
}

std::optional<std::string> Drafts::load(std::string_view name) const {
  std::ifstream in(path(name), std::ios::binary);
  if (!in)
    return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void Drafts::remove(std::string_view name) const {
  std::error_code ec;
  fs::remove(path(name), ec);
  if (fs::is_empty(dir_, ec))
    fs::remove(dir_, ec);
}

}  // namespace ipt::cli
