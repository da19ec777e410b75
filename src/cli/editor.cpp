#include "cli/editor.hpp"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <ctime>
#include <sstream>
#include <vector>

#include "cli/input.hpp"
#include "cli/terminal.hpp"

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

/// "today 14:05", or the day it was kept.
std::string when_kept(const std::filesystem::path& p) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0)
    return "before";
  char buf[64];
  std::tm tm{};
  localtime_r(&st.st_mtime, &tm);
  std::strftime(buf, sizeof buf, "%a %Y-%m-%d %H:%M", &tm);
  return buf;
}

/// Runs the editor on `file`; true when it exited 0.
bool run_editor(Context& ctx, const std::filesystem::path& file) {
  auto editor = ctx.env("VISUAL");
  if (!editor)
    editor = ctx.env("EDITOR");
  auto words = split_words(editor.value_or("vi"));
  if (words.empty())
    words = {"vi"};
  words.push_back(file.string());
  std::vector<char*> argv;
  for (auto& w : words)
    argv.push_back(w.data());
  argv.push_back(nullptr);
  ctx.err.flush();
  const InterruptGuard::Paused paused;  // Ctrl-C belongs to the editor while it runs
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::signal(SIGINT, SIG_DFL);
    ::execvp(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  pid_t got = -1;
  do {
    got = ::waitpid(pid, &status, 0);
  } while (got < 0 && errno == EINTR);
  return pid > 0 && got == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace

std::string draft_text(const std::string& header, const std::string& body) {
  std::string out;
  std::istringstream lines(header);
  std::string line;
  while (std::getline(lines, line))
    out += kDraftNote + line + "\n";
  out += std::string(kDraftNote) +
         "Write your answer below. Lines starting with '#:' are ignored.\n\n";
  return out + body;
}

std::string answer_in(const std::string& draft) {
  std::string answer;
  std::istringstream in(draft);
  std::string line;
  const std::string note = std::string(kDraftNote).substr(0, 2);  // "#:"
  while (std::getline(in, line)) {
    if (line.rfind(note, 0) == 0)
      continue;
    answer += line + '\n';
  }
  return answer;
}

std::optional<std::string> edit_draft(Context& ctx, const Drafts& drafts, const std::string& name,
                                      const std::string& header) {
  const auto file = drafts.path(name);
  bool resume = false;
  if (drafts.exists(name)) {
    resume =
        !ctx.stdin_tty || !confirm(ctx, "ipt: a draft of this answer was kept (" + when_kept(file) +
                                            "). Start again instead of resuming it?");
  }
  if (!resume)
    drafts.save(name, draft_text(header, ""));
  if (!run_editor(ctx, file))
    return std::nullopt;
  return answer_in(drafts.load(name).value_or(""));
}

}  // namespace ipt::cli
