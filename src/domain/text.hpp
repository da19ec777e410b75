#pragma once
// Text rules shared by every field the user types.
#include <string>
#include <string_view>

namespace ipt::domain {

/// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
bool is_valid_utf8(std::string_view s);

/// Leading and trailing ASCII whitespace removed.
std::string trim(std::string_view s);

/// A key for case-insensitive matching: ASCII, Latin-1, Greek and Cyrillic capitals lowered.
/// Display text keeps its case; only lookups use the key.
std::string fold_case(std::string_view s);

/// Code points in `s` (a stand-in for terminal columns that is right for most scripts).
std::size_t display_width_of(std::string_view s);
/// The longest prefix of `s` with at most `width` code points, cut between UTF-8 sequences.
std::string cut_to_width(std::string_view s, std::size_t width);

}  // namespace ipt::domain
