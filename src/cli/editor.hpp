#pragma once
// Long answers and entry texts in the user's editor, written in a draft that survives a crash.
#include <optional>
#include <string>
#include <string_view>

#include "cli/context.hpp"
#include "cli/drafts.hpp"

namespace ipt::cli {

/// Lines starting with this are ipt's notes in a draft, not part of the answer.
inline constexpr const char* kDraftNote = "#: ";

/// A draft for the editor: `header` as note lines, a line saying to write `what` below them,
/// then `body`.
std::string draft_text(const std::string& header, const std::string& body,
                       std::string_view what = "your answer");
/// The answer in a draft: the note lines removed.
std::string answer_in(const std::string& draft);

/// Opens $VISUAL or $EDITOR (else vi) on the draft `name`. A draft kept from before is offered
/// first ("resume it?"); otherwise the draft starts as `header` in note lines. The editor is
/// started with execvp on the variable split at spaces, never through a shell. Returns the
/// answer (note lines removed) when the editor exits 0; nullopt when it failed or could not be
/// started. The draft stays until the caller removes it, once the answer is saved.
std::optional<std::string> edit_draft(Context& ctx, const Drafts& drafts, const std::string& name,
                                      const std::string& header);

/// What `--edit` of ipt log, event and edit opens in the editor.
struct EntryDraft {
  std::string name;      ///< the draft's name: "log", "event", "edit-12"
  std::string header;    ///< the entry's other fields, shown as note lines for context only
  std::string body;      ///< what a new draft starts with: the entry's text when editing one
  std::string noun;      ///< what the text is, in a sentence: "note", "event's text"
  std::string command;   ///< what opens this draft again: "ipt log MOOD --edit"
  std::string if_empty;  ///< the hint when the text comes back empty, if there is one
};

/// The text of one entry written in the editor, kept as a draft until the entry is saved.
/// Nothing here writes the journal: the command saves the text, then calls saved().
class EditedText {
 public:
  /// Opens the editor on the draft, as edit_draft does: a kept draft is offered first (off a
  /// terminal it is resumed, with a note), and a resumed draft gets today's note lines above
  /// the text written in it. Throws RuntimeFailure, having saved nothing, when the editor
  /// can't be started or fails (the draft stays, and the message says where) and when the text
  /// is empty or only note lines (the draft is removed: there is nothing in it to keep).
  EditedText(Context& ctx, const Drafts& drafts, EntryDraft draft);
  /// When the command fails after the editor (a text it refuses, a journal it can't write),
  /// says where the draft is kept.
  ~EditedText();
  EditedText(const EditedText&) = delete;
  EditedText& operator=(const EditedText&) = delete;

  /// The text written, note lines removed; not yet checked or trimmed.
  const std::string& text() const { return text_; }
  /// The entry holding the text is in the journal: the draft goes.
  void saved();
  /// Nothing needs saving (the text is what the entry holds already): the draft goes.
  void discard() { saved(); }

 private:
  Context& ctx_;
  const Drafts drafts_;
  EntryDraft draft_;
  std::string text_;
  int uncaught_;
  bool done_ = false;
};

}  // namespace ipt::cli
