#include "cli/safety.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <map>
#include <sstream>

#include "app/safety.hpp"
#include "cli/atomic_file.hpp"
#include "config/paths.hpp"
#include "domain/errors.hpp"
#include "domain/words.hpp"

namespace ipt::cli {

namespace {

const std::string kHelpNow =
    "ipt help-now shows these again any time, with your own contacts "
    "and safety plan.";

/// The days on which each once-a-day message was last shown, per journal, in
/// $XDG_STATE_HOME/ipt/notices (mode 0600, directory 0700): "persisting 2026-12-01 /path/j.db".
/// It holds no text and no scores, and nothing is written beside the journal. When it can't be
/// read or written the message is shown again: too often beats never.
class NoticeLog {
 public:
  NoticeLog(Context& ctx, const std::filesystem::path& journal) : journal_(journal.string()) {
    if (auto dir = config::state_dir(ctx.env))
      path_ = *dir / "notices";
    if (path_.empty())
      return;
    std::ifstream in(path_);
    std::string line;
    while (std::getline(in, line)) {
      std::istringstream fields(line);
      std::string key, day, path;
      if (fields >> key >> day && std::getline(fields >> std::ws, path))
        days_[{key, path}] = day;
    }
  }
  bool shown_on(const std::string& key, domain::Date day) const {
    const auto it = days_.find({key, journal_});
    return it != days_.end() && it->second == domain::format_date(day);
  }
  void mark(const std::string& key, domain::Date day) {
    if (path_.empty())
      return;
    days_[{key, journal_}] = domain::format_date(day);
    std::string text;
    for (const auto& [kp, d] : days_)
      text += kp.first + " " + d + " " + kp.second + "\n";
    std::error_code ec;
    std::filesystem::create_directories(path_.parent_path(), ec);
    ::chmod(path_.parent_path().c_str(), 0700);
    (void)write_atomically(path_, text, 0600);  // a notice shown twice is no loss
  }

 private:
  std::string journal_;
  std::filesystem::path path_;
  std::map<std::pair<std::string, std::string>, std::string> days_;
};

/// "  United States   988 ...": one line each, then the day they were checked.
void print_table(std::ostream& out, const std::vector<domain::CrisisLine>& lines) {
  for (const auto& l : lines) {
    std::string where(l.where);
    where.resize(std::max<std::size_t>(where.size() + 2, 16), ' ');
    out << "  " << where << l.line << '\n';
  }
  out << "  (lines checked " << domain::kLinesChecked << ")\n";
}

void say_lines(Context& ctx) {
  ctx.err << "If you are in danger, or might act on thoughts of harming yourself, call your\n"
             "local emergency number now.\n";
  print_crisis_lines(ctx.err, safety_country(ctx));
  ctx.err << kHelpNow << '\n';
}

}  // namespace

domain::SafetySettings safety_settings(Context& ctx) {
  domain::SafetySettings s;
  try {
    const auto& cfg = ctx.config().safety;
    auto get = [&](const char* key, bool& field) {
      if (auto it = cfg.switches.find(key); it != cfg.switches.end())
        field = it->second;
    };
    get("item9", s.item9);
    get("words", s.words);
    get("low_checkin", s.low_checkin);
    get("low_days", s.low_days);
    get("low_week", s.low_week);
    get("mood_drop", s.mood_drop);
    get("phq9", s.phq9);
    get("gentle_weeks", s.gentle_weeks);
    get("fear", s.fear);
    get("non_response", s.non_response);
    if (cfg.check_every_weeks)
      s.check_every_weeks = *cfg.check_every_weeks;
  } catch (const Error&) {  // NOLINT(bugprone-empty-catch): the defaults are the safe side
  }
  return s;
}

std::optional<std::string> safety_country(Context& ctx) {
  try {
    return ctx.config().safety.country;
  } catch (const Error&) {
    return std::nullopt;
  }
}

void print_crisis_lines(std::ostream& out, const std::optional<std::string>& country) {
  std::optional<std::string_view> c;
  if (country)
    c = *country;
  if (country && !domain::has_crisis_line(*country)) {
    out << "  ipt ships no line for '" << *country
        << "': findahelpline.com lists the free lines in your country.\n";
  }
  print_table(out, domain::crisis_lines(c));
}

void say_item9(Context& ctx) {
  if (!safety_settings(ctx).item9)
    return;
  ctx.safety_said = true;
  ctx.err << "\nThank you for answering honestly. You said you have had thoughts that you would "
             "be better off\ndead, or of hurting yourself. Whatever your total, that deserves "
             "care: please talk with\nyour therapist or doctor, or a crisis line, today.\n";
  say_lines(ctx);
}

bool check_self_harm_words(Context& ctx, const std::string& text) {
  if (!safety_settings(ctx).words || !domain::speaks_of_self_harm(text))
    return false;
  ctx.safety_said = true;
  ctx.err << "\nWhat you wrote sounds very painful. If you are having thoughts of ending your "
             "life or of\nhurting yourself, please reach out today: to your therapist or doctor, "
             "or to a crisis line.\nYou don't have to carry this alone.\n";
  say_lines(ctx);
  return true;
}

void print_abuse_lines(std::ostream& out, const std::optional<std::string>& country) {
  std::optional<std::string_view> c;
  if (country)
    c = *country;
  print_table(out, domain::abuse_lines(c));
}

void say_fear(Context& ctx) {
  ctx.err << "\nYour safety comes first. The exercises in ipt are not meant for a relationship "
             "where you feel\nafraid: ipt sets them aside for this relationship, and it is worth "
             "raising your safety with\nyour therapist or doctor. If you are in danger, call your "
             "local emergency number now.\n";
  print_abuse_lines(ctx.err, safety_country(ctx));
  ctx.err << kHelpNow << '\n';
}

bool check_violence_words(Context& ctx, const std::string& text) {
  if (!safety_settings(ctx).fear || !domain::speaks_of_violence(text))
    return false;
  say_fear(ctx);
  return true;
}

void check_saved_words(Context& ctx, const std::string& text) {
  check_self_harm_words(ctx, text);
  check_violence_words(ctx, text);
}

WordsGuard::WordsGuard(Context& ctx, std::string text)
    : ctx_(ctx), text_(std::move(text)), uncaught_(std::uncaught_exceptions()) {}

WordsGuard::~WordsGuard() {
  if (done_ || std::uncaught_exceptions() <= uncaught_)
    return;
  try {
    const bool harm = safety_settings(ctx_).words && domain::speaks_of_self_harm(text_);
    const bool violence = safety_settings(ctx_).fear && domain::speaks_of_violence(text_);
    if (!harm && !violence)
      return;
    ctx_.err << "\nipt could not save what you wrote (the reason follows), but it matters:\n";
    check_saved_words(ctx_, text_);
  } catch (...) {  // NOLINT(bugprone-empty-catch): a destructor during unwinding must not throw
  }
}

void WordsGuard::saved() {
  done_ = true;
  check_saved_words(ctx_, text_);
}

void after_low_checkin(Invocation& inv, int mood) {
  auto& ctx = inv.ctx;
  // After the crisis lines, a second and third message would only dilute them.
  if (mood > domain::kLowCheckinMood || !safety_settings(ctx).low_checkin || ctx.safety_said)
    return;
  try {
    NoticeLog log(ctx, ctx.db_path());
    if (log.shown_on("low-checkin", ctx.today()))
      return;
    ctx.err << "\nA mood of " << mood
            << " sounds like a really hard day. Be gentle with yourself. If it "
            << "would help to talk\nto someone, ipt help-now lists people you can reach any "
               "time.\n";
    log.mark("low-checkin", ctx.today());
  } catch (const std::exception&) {  // NOLINT(bugprone-empty-catch): never fail a saved check-in
  }
}

void after_command(Invocation& inv) {
  auto& ctx = inv.ctx;
  auto* journal = inv.opened();
  if (!journal || ctx.safety_said)
    return;
  try {
    const auto settings = safety_settings(ctx);
    const auto today = ctx.today();
    const auto signals = domain::persisting_signals(app::safety_figures(*journal, today), settings);
    if (signals.empty())
      return;
    NoticeLog log(ctx, journal->path());
    if (log.shown_on("persisting", today))
      return;
    std::string what;
    for (std::size_t i = 0; i < signals.size(); ++i)
      what += (i == 0                    ? ""
               : i + 1 == signals.size() ? " and "
                                         : ", ") +
              domain::describe(signals[i]);
    ctx.err << "\nThings look hard at the moment: " << what
            << ".\nIt could help to talk with your therapist or doctor about it this week. If "
               "things feel like\ntoo much, ipt help-now lists people you can reach any time.\n";
    if (app::safety_plan(*journal).empty())
      ctx.err << "When you feel up to it, ipt plan helps you write a safety plan in your own "
                 "words.\n";
    log.mark("persisting", today);
  } catch (const std::exception&) {  // NOLINT(bugprone-empty-catch): a notice never fails a command
  }
}

}  // namespace ipt::cli
