#pragma once
// Turning command-line words into checked values: text from arguments or stdin, lists of names
// and tags, ids, WHEN, --format; and the one yes/no question ipt asks.
#include <CLI/CLI.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cli/context.hpp"
#include "domain/when.hpp"

namespace ipt::cli {

/// The words joined by spaces, or stdin when they are just "-"; then checked as `field`.
std::string text_arg(Context& ctx, std::string_view field, const std::vector<std::string>& words,
                     bool required);
/// Names from repeated and comma-separated --with values, checked, duplicates dropped.
std::vector<std::string> people_arg(const std::vector<std::string>& values);
/// Tags from repeated and comma-separated values, normalised, duplicates dropped.
std::vector<std::string> tags_arg(const std::vector<std::string>& values);
/// Feelings from repeated and comma-separated values, normalised, duplicates dropped.
std::vector<std::string> feelings_arg(const std::vector<std::string>& values);
/// An entry id: "12" or "#12".
std::int64_t id_arg(const std::string& s);
/// A problem area's id: "2" or "#2".
std::int64_t area_id_arg(const std::string& s);
/// A problem area for --area: an id ("3" or "#3"), or "none" (returned as 0).
std::int64_t area_arg(const std::string& s);
/// A WHEN expression relative to today.
domain::When when_arg(Context& ctx, const std::string& s);
/// A WHEN expression for a new entry: refused (UsageError) when it lies in the future, before
/// the journal is opened, so bad input never creates or touches a journal.
domain::When past_when_arg(Context& ctx, const std::string& s);
/// Asks on the terminal (stderr/stdin); true for y or yes, false for anything else.
bool confirm(Context& ctx, const std::string& question);
/// The same with yes as the default: true unless the answer is n or no.
bool ask_yes(Context& ctx, const std::string& question);

/// Adds an integer option read in decimal only (CLI11 alone reads 010 as octal and 0x10 as hex)
/// and checked to lie in lo..hi. An empty value is an error, not absence.
CLI::Option* add_int_option(CLI::App* cmd, const std::string& name, std::optional<int>& target,
                            const std::string& description, int lo, int hi);

}  // namespace ipt::cli
