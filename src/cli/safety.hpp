#pragma once
// What ipt says about safety, and when: crisis lines, the messages each signal brings (on
// stderr, never inside json or csv, not silenced by -q), and the record that keeps the daily
// ones to once a day. The rules themselves are in domain/safety.hpp.
#include <optional>
#include <ostream>
#include <string>

#include "cli/command.hpp"
#include "domain/safety.hpp"

namespace ipt::cli {

/// The [safety] switches of the configuration, over the defaults (all on). A configuration
/// that can't be read gives the defaults: safety never depends on a file being right.
domain::SafetySettings safety_settings(Context& ctx);
/// [safety] country, when the configuration can be read and sets it.
std::optional<std::string> safety_country(Context& ctx);

/// The crisis lines, one per line, indented, with the day they were checked.
void print_crisis_lines(std::ostream& out, const std::optional<std::string>& country);

/// The domestic-abuse lines, one per line, indented, with the day they were checked.
void print_abuse_lines(std::ostream& out, const std::optional<std::string>& country);

/// Right away, every time: PHQ-9 item 9 above 0.
void say_item9(Context& ctx);
/// Right away, every time: `text` (a note or an answer just saved) speaks of self-harm.
/// Returns true when it said something.
bool check_self_harm_words(Context& ctx, const std::string& text);
/// Right away, every time: a conflict whose text speaks of violence or threat.
bool check_violence_words(Context& ctx, const std::string& text);
/// Both word checks over what a command just saved (a note, an event's text, an answer).
void check_saved_words(Context& ctx, const std::string& text);

/// Says what `text` calls for even when the command fails before saving it (a damaged journal,
/// a broken configuration): help never depends on the journal. On success, call saved().
class WordsGuard {
 public:
  WordsGuard(Context& ctx, std::string text);
  ~WordsGuard();
  WordsGuard(const WordsGuard&) = delete;
  WordsGuard& operator=(const WordsGuard&) = delete;
  /// The text was saved: the checks run now.
  void saved();

 private:
  Context& ctx_;
  std::string text_;
  int uncaught_;
  bool done_ = false;
};
/// Domestic-abuse resources and the one line about safety first.
void say_fear(Context& ctx);
/// At most once a day: a check-in at mood 2 or lower was just saved.
void after_low_checkin(Invocation& inv, int mood);
/// At most once a day, after any command that opened the journal: the persisting signals that
/// hold today. Never fails the command.
void after_command(Invocation& inv);

}  // namespace ipt::cli
