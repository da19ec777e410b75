#include "cli/editor.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace ipt::cli {

namespace {

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string w;
  while (in >> w)
    out.push_back(w);
  return out;
}

}  // namespace

std::optional<std::string> edit_text(Context& ctx, const std::string& header) {
  auto editor = ctx.env("VISUAL");
  if (!editor)
    editor = ctx.env("EDITOR");
  auto argv_words = split_words(editor.value_or("vi"));
  if (argv_words.empty())
    argv_words = {"vi"};

  const auto dir = std::filesystem::temp_directory_path();
  std::string tmpl = (dir / "ipt-answer-XXXXXX.md").string();
  const int fd = ::mkstemps(tmpl.data(), 3);  // 0600: the answer is private
  if (fd < 0)
    return std::nullopt;
  ::close(fd);
  {
    std::ofstream out(tmpl);
    std::istringstream lines(header);
    std::string line;
    while (std::getline(lines, line))
      out << "# " << line << '\n';
    out << "# Write your answer below. Lines starting with # are ignored.\n\n";
  }
  argv_words.push_back(tmpl);
  std::vector<char*> argv;
  for (auto& w : argv_words)
    argv.push_back(w.data());
  argv.push_back(nullptr);

  ctx.err.flush();
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::execvp(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  const bool ok =
      pid > 0 && ::waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
  std::string answer;
  if (ok) {
    std::ifstream in(tmpl);
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.front() == '#')
        continue;
      answer += line + '\n';
    }
  }
  std::filesystem::remove(tmpl);
  if (!ok)
    return std::nullopt;
  return answer;
}

}  // namespace ipt::cli
