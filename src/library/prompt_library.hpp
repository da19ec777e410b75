#pragma once
// Reading prompt files (TOML, via toml++) into domain::Prompt, and checking them.
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/prompt.hpp"

namespace ipt::library {

/// A problem found in a prompt file, printed as "file:line: message".
struct Problem {
  std::string file;
  int line = 0;
  std::string message;
  std::string str() const { return file + ":" + std::to_string(line) + ": " + message; }
};

struct Library {
  std::vector<domain::Prompt> prompts;  ///< in load order; later files replaced earlier ids
  std::vector<Problem> problems;
};

/// Parses one TOML document named `name` into `into.prompts`, adding a Problem for a syntax
/// error, an unknown key, a bad value, an unknown condition, technique or placeholder.
/// The keys a prompt may have, as ipt-prompts(5) lists them.
std::span<const std::string_view> prompt_keys();

void parse_prompt_file(std::string_view text, const std::string& name, Library& into);

/// The built-in library, then every *.toml in each of `dirs` (in file-name order): a prompt
/// whose id is already loaded replaces it. Missing directories are skipped.
Library load_library(const std::vector<std::filesystem::path>& dirs);

/// `ipt prompts check`: every problem in the given files and directories (the built-in library
/// when `paths` is empty), duplicate ids among them, and coverage gaps.
std::vector<Problem> check_prompt_files(const std::vector<std::filesystem::path>& paths);

/// Every phase x area (including no focus) with fewer than 4 unconditional prompts.
std::vector<std::string> coverage_gaps(const std::vector<domain::Prompt>& prompts);

}  // namespace ipt::library
