#pragma once
// Long answers in the user's editor, written in a draft that survives a crash.
#include <optional>
#include <string>

#include "cli/context.hpp"
#include "cli/drafts.hpp"

namespace ipt::cli {

/// Lines starting with this are ipt's notes in a draft, not part of the answer.
inline constexpr const char* kDraftNote = "#: ";

/// A draft for the editor: `header` as note lines, then `body`.
std::string draft_text(const std::string& header, const std::string& body);
/// The answer in a draft: the note lines removed.
std::string answer_in(const std::string& draft);

/// Opens $VISUAL or $EDITOR (else vi) on the draft `name`. A draft kept from before is offered
/// first ("resume it?"); otherwise the draft starts as `header` in note lines. The editor is
/// started with execvp on the variable split at spaces, never through a shell. Returns the
/// answer (note lines removed) when the editor exits 0; nullopt when it failed or could not be
/// started. The draft stays until the caller removes it, once the answer is saved.
std::optional<std::string> edit_draft(Context& ctx, const Drafts& drafts, const std::string& name,
                                      const std::string& header);

}  // namespace ipt::cli
