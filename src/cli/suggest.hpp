#pragma once
// "Did you mean": the nearest of the valid words to what was typed, and a CLI11 check that
// names the valid values and the nearest one when a value is not among them.
#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace ipt::cli {

/// The candidate nearest to `typed` within two edits (or that `typed` begins, for a word of at
/// least two letters); nullopt when none is near.
std::optional<std::string> nearest(const std::string& typed,
                                   const std::vector<std::string>& candidates);

/// ", did you mean 'X'?" or "".
std::string did_you_mean(const std::string& typed, const std::vector<std::string>& candidates);

/// Like CLI::IsMember: the value must be one of `values`; the message lists them and suggests
/// the nearest. Its description is "{a,b,c}", as IsMember's, for --help and the docs tests.
CLI::Validator one_of(std::vector<std::string> values, const std::string& what);

/// The names and aliases of `cmd`'s subcommands.
std::vector<std::string> subcommand_words(const CLI::App& cmd);
/// The long and short option names of `cmd` ("--format", "-n"), with the global ones.
std::vector<std::string> option_words(const CLI::App& cmd);

}  // namespace ipt::cli
