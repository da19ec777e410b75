#include "cli/editor.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <exception>
#include <sstream>
#include <vector>

#include "cli/input.hpp"
#include "cli/terminal.hpp"
#include "domain/errors.hpp"
#include "domain/text.hpp"

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

/// How an editor session ended.
struct EditorRun {
  bool ok = false;      ///< the editor exited 0
  std::string program;  ///< the editor's first word, as set
  std::string why;      ///< when not ok: "exited with status 1", "could not be started: ..."
};

/// The first of VISUAL and EDITOR that holds a word (an empty one says nothing), in words;
/// none when neither does, and vi is the editor.
std::vector<std::string> editor_words(Context& ctx) {
  std::vector<std::string> words;
  for (const char* name : {"VISUAL", "EDITOR"}) {
    if (const auto value = ctx.env(name); value && words.empty())
      words = split_words(*value);
  }
  return words;
}

/// vi, the editor when none is set, draws its screen on standard output and reads keys from
/// standard input: off a terminal it would write that screen into the output (a file, a pipe)
/// or wait for keys nobody types. An editor that is set always runs: scripts set one that
/// needs no terminal.
bool vi_without_terminal(Context& ctx) {
  return (!ctx.stdin_tty || !ctx.stdout_tty) && editor_words(ctx).empty();
}

constexpr const char* kNoEditor =
    "no editor: neither VISUAL nor EDITOR is set, and vi needs a terminal for its screen, on "
    "standard input and output";
/// Yes deletes the kept draft: the question says so, and what No does.
constexpr const char* kStartAgain = "Start again, deleting that draft (no: resume it)?";
constexpr const char* kSetEditor = "set EDITOR to the editor you use (such as EDITOR=nano)";

/// Runs the editor on `file`: the first of VISUAL and EDITOR that holds a word, else vi.
EditorRun run_editor(Context& ctx, const std::filesystem::path& file) {
  auto words = editor_words(ctx);
  if (words.empty())
    words = {"vi"};
  EditorRun run;
  run.program = words.front();
  words.push_back(file.string());
  std::vector<char*> argv;
  for (auto& w : words)
    argv.push_back(w.data());
  argv.push_back(nullptr);
  // exec closes this pipe; when it fails the child writes its errno there instead, which tells
  // "not started" from an editor that exits 127 itself.
  int exec_failed[2];
  if (::pipe2(exec_failed, O_CLOEXEC) != 0) {
    run.why = std::string("could not be started: ") + std::strerror(errno);
    return run;
  }
  ctx.err.flush();
  const InterruptGuard::Paused paused;  // Ctrl-C belongs to the editor while it runs
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGPIPE, SIG_DFL);  // ipt ignores it; the editor expects the default
    ::close(exec_failed[0]);
    ::execvp(argv[0], argv.data());
    const int err = errno;
    [[maybe_unused]] const auto n = ::write(exec_failed[1], &err, sizeof err);
    _exit(127);
  }
  const int fork_errno = errno;
  ::close(exec_failed[1]);
  if (pid < 0) {
    ::close(exec_failed[0]);
    run.why = std::string("could not be started: ") + std::strerror(fork_errno);
    return run;
  }
  int exec_errno = 0;
  ssize_t n = 0;
  do {
    n = ::read(exec_failed[0], &exec_errno, sizeof exec_errno);
  } while (n < 0 && errno == EINTR);
  ::close(exec_failed[0]);
  int status = 0;
  pid_t got = -1;
  do {
    got = ::waitpid(pid, &status, 0);
  } while (got < 0 && errno == EINTR);
  if (n == static_cast<ssize_t>(sizeof exec_errno)) {
    run.why = std::string("could not be started: ") + std::strerror(exec_errno);
  } else if (got != pid) {
    run.why = "could not be waited for";
  } else if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    run.ok = true;
  } else if (WIFEXITED(status)) {
    run.why = "exited with status " + std::to_string(WEXITSTATUS(status));
  } else {
    run.why = "was stopped by signal " + std::to_string(WTERMSIG(status));
    if (WTERMSIG(status) == SIGINT || WTERMSIG(status) == SIGHUP)
      InterruptGuard::stopped_by(WTERMSIG(status));
  }
  return run;
}

/// `text` from its first line that holds more than white space.
std::string from_first_written_line(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos)
    return {};
  const auto line_end = text.rfind('\n', first);
  return line_end == std::string::npos ? text : text.substr(line_end + 1);
}

}  // namespace

std::string draft_text(const std::string& header, const std::string& body, std::string_view what) {
  std::string out;
  std::istringstream lines(header);
  std::string line;
  while (std::getline(lines, line))
    out += line.empty() ? std::string(kDraftNote, 2) + "\n" : kDraftNote + line + "\n";
  out += std::string(kDraftNote) + "Write " + std::string(what) +
         " below. Lines starting with '#:' are ignored.\n\n";
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
  if (vi_without_terminal(ctx)) {
    // Not thrown: the answers given so far are saved, and the caller says where the draft is
    // kept, so there is one; a kept one is neither asked about nor touched.
    if (!drafts.exists(name))
      drafts.save(name, draft_text(header, ""));
    ctx.err << "ipt: " << kNoEditor << "\nipt: hint: " << kSetEditor << '\n';
    return std::nullopt;
  }
  bool resume = false;
  if (drafts.exists(name)) {
    resume = !ctx.stdin_tty || !confirm(ctx, "ipt: a draft of this answer was kept (" +
                                                 when_kept(file) + "). " + kStartAgain);
  }
  if (!resume)
    drafts.save(name, draft_text(header, ""));
  if (!run_editor(ctx, file).ok)
    return std::nullopt;
  return answer_in(drafts.load(name).value_or(""));
}

EditedText::EditedText(Context& ctx, const Drafts& drafts, EntryDraft draft)
    : ctx_(ctx), drafts_(drafts), draft_(std::move(draft)), uncaught_(std::uncaught_exceptions()) {
  if (vi_without_terminal(ctx)) {
    // Before the draft or its question: nothing is started that vi could not finish.
    throw UsageError(kNoEditor,
                     std::string(kSetEditor) + ", or give the " + draft_.noun + " without --edit");
  }
  const auto file = drafts_.path(draft_.name);
  auto body = draft_.body;
  bool resumed = false;
  const auto kept = drafts_.load(draft_.name);
  if (!kept && drafts_.exists(draft_.name)) {
    // Never written over: it may hold the only copy of someone's words.
    throw RuntimeFailure("can't read the draft kept at " + file.string() + "; nothing was saved",
                         "move it away, and '" + draft_.command + "' starts a new one");
  }
  if (kept) {
    const auto when = when_kept(file);
    resumed = !ctx.stdin_tty || !confirm(ctx, "ipt: a draft from an earlier '" + draft_.command +
                                                  "' was kept (" + when + "). " + kStartAgain);
    if (resumed) {
      // What was written stays; the note lines above it say what this command will save.
      body = from_first_written_line(answer_in(*kept));
      if (!ctx.stdin_tty)
        ctx.note("resuming the draft kept at " + file.string() + " (" + when + ")");
    }
  }
  const auto started = draft_text(draft_.header, body, "your " + draft_.noun);
  drafts_.save(draft_.name, started);
  // Ctrl-C (which stops the editor) or a closed terminal ends the command, not ipt itself: it
  // says where the words are, and exits 130 or 129 as an interrupted read does.
  const InterruptGuard guard;
  const auto run = run_editor(ctx, file);
  const auto after = drafts_.load(draft_.name);
  if (const int sig = InterruptGuard::caught(); sig != 0) {
    if (resumed || after != started) {
      ctx.err << "\nipt: stopped; nothing was saved; what you wrote is kept at "
              << domain::escape_controls(file.string()) << ", and '" << draft_.command
              << "' opens it again\n";
    } else {
      drafts_.remove(draft_.name);
    }
    throw Interrupted{sig};
  }
  if (!run.ok) {
    std::string hint = "set VISUAL or EDITOR to the editor you use";
    if (resumed || after != started) {
      hint = "what you wrote is kept at " + file.string() + "; '" + draft_.command +
             "' opens it again";
    } else {
      drafts_.remove(draft_.name);  // nothing written in it: no draft to offer next time
    }
    throw RuntimeFailure("the editor '" + run.program + "' " + run.why + "; nothing was saved",
                         hint);
  }
  text_ = answer_in(after.value_or(""));
  if (domain::trim(text_).empty()) {
    drafts_.remove(draft_.name);
    throw RuntimeFailure(
        "your " + draft_.noun +
            " is empty (lines starting with '#:' don't count), so nothing was saved",
        draft_.if_empty);
  }
}

EditedText::~EditedText() {
  if (done_ || std::uncaught_exceptions() <= uncaught_)
    return;
  // Not silenced by --quiet: it says where the person's words are.
  ctx_.err << "ipt: nothing was saved; what you wrote is kept at "
           << domain::escape_controls(drafts_.path(draft_.name).string()) << ", and '"
           << draft_.command << "' opens it again\n";
}

void EditedText::saved() {
  drafts_.remove(draft_.name);
  done_ = true;
}

}  // namespace ipt::cli
