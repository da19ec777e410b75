#pragma once
// Every key the configuration file knows, what it holds and its default, for `ipt config`, the
// man page's drift test and `ipt config set`, which edits the file's text in place.
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "config/config.hpp"

namespace ipt::config {

enum class KeyType {
  string,     ///< any one-line text
  path,       ///< a file path; "~/" is expanded
  choice,     ///< one of a few words (color)
  weekday,    ///< "monday" .. "sunday"
  time,       ///< "HH:MM"
  integer,    ///< a whole number in a range
  boolean,    ///< true or false
  path_list,  ///< a list of paths
  tables,     ///< a list of tables ([[metric]], safety.contacts): edited in the file only
};

struct KeyInfo {
  std::string_view key;  ///< dotted: "remind.weekly_day"
  KeyType type;
  std::string_view fallback;  ///< the default, as `ipt config` shows it; "" when none
  std::string_view summary;   ///< one line, for `ipt config` and the man page
};

/// "monday" .. "sunday", the ISO order, as the file writes weekdays.
std::span<const std::string_view> weekday_words();

/// Every key, in the order `ipt config` lists them.
std::span<const KeyInfo> known_keys();

/// The key named `dotted`, or nullptr.
const KeyInfo* find_key(std::string_view dotted);

/// A scalar or list value as `ipt config` shows it.
using Value = std::variant<std::string, int, bool, std::vector<std::string>>;

/// The value `cfg` holds for `key` (weekdays as "friday", times as "04:00"); nullopt when the
/// file does not set it, and for the list-of-tables keys, which callers show from `cfg`.
std::optional<Value> value_of(const Config& cfg, const KeyInfo& key);

/// `value` as typed on the command line, as a TOML literal for `key`; throws UsageError when it
/// is not a value of the key's type (the ranges are checked by reading the edited file back).
std::string toml_literal(const KeyInfo& key, const std::string& value);

/// `text` (a whole config file) with `key` set to `literal`: the old value's text replaced on
/// its line, or a new line under the key's [table] (made at the end when missing); comments and
/// every other line are kept as they were. Throws UsageError when the key is written in a way
/// that cannot be edited in place (an inline table).
std::string set_in_text(const std::string& text, const std::filesystem::path& path,
                        const KeyInfo& key, const std::string& literal);

/// `text` without `key`'s line; unchanged when the key is not there.
std::string unset_in_text(const std::string& text, const std::filesystem::path& path,
                          const KeyInfo& key);

}  // namespace ipt::config
