#pragma once
// Turns what the user typed into checked values. Every function throws UsageError with a message
// that names the field and quotes the bad input, so nothing invalid reaches the journal.
#include <cstddef>
#include <string>
#include <string_view>

#include "domain/entry.hpp"

namespace ipt::domain {

/// The largest note or event text accepted, in bytes (64 KiB: about 30 printed pages).
inline constexpr std::size_t kMaxTextBytes = 64 * 1024;
/// The largest name, tag, feeling or role, in bytes.
inline constexpr std::size_t kMaxNameBytes = 100;

/// Mood: a whole number 0 (the worst you have felt) .. 10 (the best).
int parse_mood(std::string_view s);
/// A whole number in decimal (no octal or hex, no sign but '-' or '+'), lo..hi, named `field`
/// in the message, with what the scale means (`meaning`, in parentheses) when given.
int parse_whole(std::string_view field, std::string_view s, int lo, int hi,
                std::string_view meaning = {});
/// Anxiety or energy (named by `field`): a whole number 0..10.
int parse_scale(std::string_view field, std::string_view s);
/// Hours slept: 0..24, decimals allowed ("7.5").
double parse_sleep(std::string_view s);
/// How an event moved your mood: a whole number -3..+3 ("+2" accepted).
int parse_impact(std::string_view s);
/// One of the event kinds, case-insensitive.
EventKind parse_kind(std::string_view s);
/// inner, middle or outer, case-insensitive.
Circle parse_circle(std::string_view s);

/// daily, weekly, monthly or rarely, case-insensitive.
Contact parse_contact(std::string_view s);

/// A note or event text: at most kMaxTextBytes, valid UTF-8, no control characters other than
/// tab, newline and carriage return. Surrounding whitespace is trimmed. Empty is refused when
/// `required`.
std::string check_text(std::string_view field, std::string_view s, bool required);
/// A person's name: 1..kMaxNameBytes after trimming, no commas (they separate names in --with),
/// no control characters.
std::string check_person_name(std::string_view s);
/// A tag: a leading '#' dropped, lower-cased, no spaces or commas.
std::string normalize_tag(std::string_view s);
/// An emotion word for --feel: lower-cased, no commas.
std::string normalize_feeling(std::string_view s);
/// A short one-line field such as a role.
std::string check_short_text(std::string_view field, std::string_view s);

}  // namespace ipt::domain
