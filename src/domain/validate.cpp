#include "domain/validate.hpp"

#include <charconv>
#include <cmath>

#include "domain/errors.hpp"
#include "domain/names.hpp"
#include "domain/text.hpp"

namespace ipt::domain {

namespace {

std::string quoted(std::string_view s) {
  // Bad input may be huge or not even UTF-8; quote a short, printable prefix.
  std::string out = "'";
  std::size_t n = 0;
  for (char c : s) {
    if (++n > 40) {
      out += "...";
      break;
    }
    const auto u = static_cast<unsigned char>(c);
    out += (u < 0x20 || u == 0x7F) ? '?' : c;
  }
  return out + "'";
}

std::optional<int> parse_int(std::string_view s) {
  if (!s.empty() && s.front() == '+') {
    s.remove_prefix(1);
    if (!s.empty() && s.front() == '-')
      return std::nullopt;  // "+-3"
  }
  if (s.empty())
    return std::nullopt;
  int value = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc{} || ptr != s.data() + s.size())
    return std::nullopt;
  return value;
}

int parse_range(std::string_view field, std::string_view s, int lo, int hi,
                std::string_view meaning) {
  const auto v = parse_int(s);
  if (!v || *v < lo || *v > hi) {
    throw UsageError(std::string(field) + " must be a whole number from " + std::to_string(lo) +
                     " to " + std::to_string(hi) + std::string(meaning) + "; got " + quoted(s));
  }
  return *v;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

void require_utf8(std::string_view field, std::string_view s) {
  if (!is_valid_utf8(s)) {
    throw UsageError(std::string(field) + " is not valid UTF-8 text",
                     "check the encoding of the terminal or the file");
  }
}

bool has_control(std::string_view s, bool allow_newlines) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u == 0x7F)
      return true;
    if (u < 0x20 && !(allow_newlines && (s[i] == '\n' || s[i] == '\t' || s[i] == '\r')))
      return true;
    // C1 controls (U+0080..U+009F, UTF-8 C2 80..C2 9F) can drive a terminal, as ESC can.
    if (u == 0xC2 && i + 1 < s.size()) {
      const auto next = static_cast<unsigned char>(s[i + 1]);
      if (next >= 0x80 && next <= 0x9F)
        return true;
    }
  }
  return false;
}

std::string check_word(std::string_view field, std::string_view s) {
  require_utf8(field, s);
  std::string w = trim(s);
  if (w.empty())
    throw UsageError(std::string(field) + " is empty");
  if (w.size() > kMaxNameBytes) {
    throw UsageError(std::string(field) + " is longer than " + std::to_string(kMaxNameBytes) +
                     " bytes: " + quoted(w));
  }
  if (has_control(w, false) || has_bidi_control(w)) {
    throw UsageError(std::string(field) +
                     " contains a control character: " + escape_controls(quoted(w)));
  }
  if (w.find(',') != std::string::npos) {
    throw UsageError(Errc::name_has_comma,
                     std::string(field) + " can't contain a comma: " + quoted(w),
                     ErrorDetail::of_field(std::string(field), w));
  }
  return w;
}

}  // namespace

int parse_whole(std::string_view field, std::string_view s, int lo, int hi,
                std::string_view meaning) {
  return parse_range(field, s, lo, hi, meaning.empty() ? "" : " (" + std::string(meaning) + ")");
}

int parse_mood(std::string_view s) {
  return parse_range("mood", s, 0, 10, " (0 is the worst you have felt, 10 the best)");
}

int parse_scale(std::string_view field, std::string_view s) {
  return parse_range(field, s, 0, 10, "");
}

int parse_impact(std::string_view s) {
  return parse_range("impact", s, -3, 3, " (how the event moved your mood)");
}

double parse_sleep(std::string_view s) {
  double v = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc{} || ptr != s.data() + s.size() || !std::isfinite(v) || v < 0 ||
      v > 24) {
    throw UsageError("sleep must be a number of hours from 0 to 24, such as 7 or 7.5; got " +
                     quoted(s));
  }
  return v;
}

EventKind parse_kind(std::string_view s) {
  if (auto k = event_kind_from(lower_ascii(trim(s))))
    return *k;
  throw UsageError("unknown event kind " + quoted(s) + "; use one of " +
                   join_names(event_kind_names()) +
                   did_you_mean(lower_ascii(trim(s)), event_kind_names()));
}

Circle parse_circle(std::string_view s) {
  if (auto c = circle_from(lower_ascii(trim(s))))
    return *c;
  throw UsageError("unknown circle " + quoted(s) + "; use one of " + join_names(circle_names()) +
                   did_you_mean(lower_ascii(trim(s)), circle_names()));
}

Contact parse_contact(std::string_view s) {
  if (auto c = contact_from(lower_ascii(trim(s))))
    return *c;
  throw UsageError("unknown contact frequency " + quoted(s) + "; use one of " +
                   join_names(contact_names()) +
                   did_you_mean(lower_ascii(trim(s)), contact_names()));
}

std::string check_text(std::string_view field, std::string_view raw, bool required) {
  require_utf8(field, raw);
  const std::string s = trim(raw);  // surrounding white space is not part of the text
  if (s.size() > kMaxTextBytes) {
    throw UsageError(std::string(field) + " is " + std::to_string(s.size()) +
                         " bytes; the most a single entry holds is " +
                         std::to_string(kMaxTextBytes) + " bytes (64 KiB)",
                     "split it over several entries");
  }
  if (has_control(s, true)) {
    throw UsageError(std::string(field) + " contains a control character");
  }
  if (required && s.empty())
    throw UsageError(std::string(field) + " is empty");
  return s;
}

std::string check_person_name(std::string_view s) {
  return check_word("a person's name", s);
}

std::string normalize_tag(std::string_view s) {
  std::string t = trim(s);
  if (!t.empty() && t.front() == '#')
    t.erase(0, 1);
  t = check_word("a tag", t);
  if (t.find_first_of(" \t") != std::string::npos) {
    throw UsageError(Errc::tag_has_space, "a tag can't contain spaces: " + quoted(t),
                     ErrorDetail::of_field("tag", t));
  }
  return fold_case(t);
}

std::string normalize_feeling(std::string_view s) {
  return fold_case(check_word("a feeling", s));
}

std::string check_short_text(std::string_view field, std::string_view s) {
  require_utf8(field, s);
  std::string t = trim(s);
  if (t.size() > 1000)
    throw UsageError(std::string(field) + " is longer than 1000 bytes");
  if (has_control(t, false) || has_bidi_control(t)) {
    throw UsageError(std::string(field) + " contains a control character");
  }
  return t;
}

}  // namespace ipt::domain
