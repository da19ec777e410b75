#pragma once
// For src/config only: a TOML syntax error as ipt says it, with FILE:LINE:COL.
#include <toml++/toml.h>

#include <filesystem>
#include <string>

#include "domain/errors.hpp"

namespace ipt::config {

/// Throws UsageError for `e` in `path`: the common toml++ messages in plainer words, and a hint
/// to mend the file in an editor (ipt config set reads the file it edits, so it cannot).
[[noreturn]] inline void throw_syntax_error(const toml::parse_error& e,
                                            const std::filesystem::path& path) {
  std::string what(e.description());
  if (what.find("unescaped control characters") != std::string::npos ||
      what.find("encountered end-of-file") != std::string::npos)
    what = "a quoted value is not closed: its closing quote is missing (" + what + ")";
  else if (const auto at = what.find("cannot redefine existing"); at != std::string::npos)
    what = "a key or table is written twice (" + what + ")";
  throw UsageError(path.string() + ":" + std::to_string(e.source().begin.line) + ":" +
                       std::to_string(e.source().begin.column) + ": " + what,
                   "mend it in an editor: \"${EDITOR:-vi}\" \"$(ipt config path)\"");
}

}  // namespace ipt::config
