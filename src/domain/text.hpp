#pragma once
// Text rules shared by every field the user types.
#include <string>
#include <string_view>

namespace ipt::domain {

/// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
bool is_valid_utf8(std::string_view s);

/// True when `s` holds a bidirectional embedding, override or isolate (U+202A..U+202E,
/// U+2066..U+2069): characters that make a terminal show text in another order than it is.
bool has_bidi_control(std::string_view s);

/// `s` safe to print on a terminal: C0 controls but newline and tab, DEL and C1 controls as
/// "\x1b", bidirectional controls as "\u202e", and invalid UTF-8 bytes as "\xff".
std::string escape_controls(std::string_view s);

/// The Levenshtein distance between `a` and `b`, counted in code points (not bytes), for "did
/// you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// Leading and trailing ASCII whitespace removed.
std::string trim(std::string_view s);

// Implemented with ICU outside the domain (src/text/unicode.cpp), so the domain stays
// standard C++ while names fold, sort and line up as Unicode says.

/// A key for matching regardless of case and form: Unicode's NFKC case folding, so "Łukasz",
/// "ŁUKASZ" and "łukasz" share one key, and so do "Straße" and "STRASSE". Display text keeps
/// its case; only lookups use the key. Invalid UTF-8 is returned unchanged.
std::string fold_case(std::string_view s);

/// The columns `s` takes on a terminal: East Asian wide and fullwidth characters 2, combining
/// marks and other zero-width characters 0, everything else 1.
std::size_t display_width_of(std::string_view s);
/// The longest prefix of `s` at most `width` columns wide, cut between characters.
std::string cut_to_width(std::string_view s, std::size_t width);

/// Negative, zero or positive as `a` sorts before, with or after `b` for a person reading them
/// (Unicode's root collation: "Émile" before "Zoë", case and accents as tie-breakers).
int compare_names(std::string_view a, std::string_view b);
/// compare_names always through ICU: the tests hold the ASCII path to it.
int compare_names_by_icu(std::string_view a, std::string_view b);

}  // namespace ipt::domain
