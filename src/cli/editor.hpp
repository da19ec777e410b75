#pragma once
// Long answers in the user's editor.
#include <optional>
#include <string>

#include "cli/context.hpp"

namespace ipt::cli {

/// Opens $VISUAL or $EDITOR (else vi) on a private temporary file holding `header` as comment
/// lines, and returns what the user wrote, comment lines removed. The editor is started with
/// execvp: $EDITOR is split on spaces into a program and its arguments, never given to a shell.
/// nullopt when the editor failed or could not be started.
std::optional<std::string> edit_text(Context& ctx, const std::string& header);

}  // namespace ipt::cli
