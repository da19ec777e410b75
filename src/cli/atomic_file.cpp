#include "cli/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <system_error>

namespace ipt::cli {

namespace fs = std::filesystem;

int write_atomically(const fs::path& target, std::string_view text, mode_t mode) {
  fs::path real = target;
  struct stat st {};
  if (::lstat(target.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
    std::error_code ec;
    real = fs::weakly_canonical(target, ec);
    if (ec)
      return ec.value();
  }
  std::string tmpl = real.string() + ".XXXXXX";
  const int fd = ::mkostemp(tmpl.data(), O_CLOEXEC);
  if (fd < 0)
    return errno;
  int err = 0;
  if (::fchmod(fd, mode) != 0)
    err = errno;
  std::size_t done = 0;
  while (err == 0 && done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      err = n < 0 ? errno : EIO;
    else
      done += static_cast<std::size_t>(n);
  }
  if (err == 0 && ::fsync(fd) != 0)
    err = errno;
  if (::close(fd) != 0 && err == 0)
    err = errno;
  if (err == 0 && ::rename(tmpl.c_str(), real.c_str()) != 0)
    err = errno;
  if (err != 0) {
    ::unlink(tmpl.c_str());
    return err;
  }
  // The rename itself on the disk: sync the directory.
  const int dir = ::open(real.parent_path().empty() ? "." : real.parent_path().c_str(),
                         O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return 0;
}

}  // namespace ipt::cli
