#include "domain/when.hpp"

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <vector>

#include "domain/errors.hpp"

namespace ipt::domain {

namespace {

using std::chrono::days;
using std::chrono::sys_days;

constexpr std::string_view kExamples =
    "try today, yesterday, 3 days ago, -3d, monday, last monday, 2026-11-02 or 11-02, "
    "optionally followed by a time like 21:30 or 9pm";
constexpr int kMaxDaysBack = 36500;  // a century is plenty for a journal, and keeps dates sane

// A whitespace-separated word: as typed (for error messages) and lowercased (for matching).
struct Word {
  std::string_view text;
  std::string lower;
};
using Words = std::span<const Word>;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (!is_digit(c)) {
      return false;
    }
  }
  return !s.empty();
}

bool has_digit(std::string_view s) {
  for (char c : s) {
    if (is_digit(c)) {
      return true;
    }
  }
  return false;
}

// Saturates instead of overflowing: every caller only needs to know "too big".
int to_int(std::string_view digits) {
  int n = 0;
  for (char c : digits) {
    n = std::min(n * 10 + (c - '0'), 1'000'000);
  }
  return n;
}

std::string quote(std::string_view s) {
  return "'" + std::string(s) + "'";
}

std::vector<Word> split(std::string_view text) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) {
      ++i;
    }
    const std::size_t start = i;
    while (i < text.size() && !is_space(text[i])) {
      ++i;
    }
    if (i > start) {
      Word w{text.substr(start, i - start), {}};
      for (char c : w.text) {
        w.lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      }
      words.push_back(std::move(w));
    }
  }
  return words;
}

// The words as the user typed them, including their original spacing.
std::string_view original(Words w) {
  const char* begin = w.front().text.data();
  const char* end = w.back().text.data() + w.back().text.size();
  return {begin, static_cast<std::size_t>(end - begin)};
}

[[noreturn]] void fail(const std::string& message) {
  throw UsageError(message);
}

[[noreturn]] void unreadable(std::string_view whole) {
  fail("can't read " + quote(whole) + " as a date; " + std::string(kExamples));
}

// ---- times ------------------------------------------------------------------------------------

bool is_meridiem(std::string_view s) {
  return s == "am" || s == "pm";
}

bool ends_with_meridiem(std::string_view s) {
  return s.size() >= 2 && is_meridiem(s.substr(s.size() - 2));
}

// Deliberately broad, so that "25:00" or "9:5pm" get a message about the time rather than the
// generic "can't read this as a date".
bool looks_like_time(std::string_view s) {
  return !s.empty() && is_digit(s[0]) &&
         (s.find(':') != std::string_view::npos || ends_with_meridiem(s));
}

// `clock` is "9", "09", "9:30" or "21:30"; `meridiem` is "", "am" or "pm".
TimeOfDay parse_time(std::string_view clock, std::string_view meridiem, std::string_view shown) {
  const std::size_t colon = clock.find(':');
  const bool has_minutes = colon != std::string_view::npos;
  const std::string_view hh = clock.substr(0, colon);
  const std::string_view mm = has_minutes ? clock.substr(colon + 1) : std::string_view{};
  if (!all_digits(hh) || hh.size() > 2 || (has_minutes && !all_digits(mm)) ||
      (!has_minutes && meridiem.empty())) {
    fail("can't read " + quote(shown) + " as a time; write it like 21:30, 9pm or 9:30am");
  }
  if (has_minutes && mm.size() != 2) {
    fail("minutes need two digits: " + quote(shown) + " (write 9:05, not 9:5)");
  }
  int hour = to_int(hh);
  const int minute = has_minutes ? to_int(mm) : 0;
  if (minute > 59) {
    fail("not a real time: " + quote(shown) + " (minutes run from 00 to 59)");
  }
  if (meridiem.empty()) {
    if (hour > 23) {
      fail("not a real time: " + quote(shown) + " (hours run from 0 to 23)");
    }
  } else {
    if (hour < 1 || hour > 12) {
      fail("not a real time: " + quote(shown) + " (with am or pm, hours run from 1 to 12)");
    }
    hour = hour % 12 + (meridiem == "pm" ? 12 : 0);
  }
  return TimeOfDay{hour, minute};
}

// ---- days -------------------------------------------------------------------------------------

std::optional<std::chrono::weekday> weekday_named(std::string_view s) {
  struct Name {
    std::string_view name;
    unsigned weekday;  // C encoding: 0 is Sunday
  };
  static constexpr std::array<Name, 18> kNames{{
      {"sun", 0},
      {"sunday", 0},
      {"mon", 1},
      {"monday", 1},
      {"tue", 2},
      {"tues", 2},
      {"tuesday", 2},
      {"wed", 3},
      {"weds", 3},
      {"wednesday", 3},
      {"thu", 4},
      {"thur", 4},
      {"thurs", 4},
      {"thursday", 4},
      {"fri", 5},
      {"friday", 5},
      {"sat", 6},
      {"saturday", 6},
  }};
  for (const Name& n : kNames) {
    if (n.name == s) {
      return std::chrono::weekday{n.weekday};
    }
  }
  return std::nullopt;
}

Date most_recent(std::chrono::weekday wd, Date today) {
  // weekday subtraction is modulo 7, so this is 0 when today is that day.
  const days back = std::chrono::weekday{sys_days{today}} - wd;
  return Date{sys_days{today} - back};
}

Date days_back(std::string_view number, std::string_view shown, std::string_view whole,
               Date today) {
  if (!all_digits(number)) {
    if (has_digit(number)) {
      fail("the number of days must be a whole number from 0 to " + std::to_string(kMaxDaysBack) +
           ": " + quote(shown));
    }
    unreadable(whole);
  }
  const int n = to_int(number);
  if (n > kMaxDaysBack) {
    fail("too far back: " + quote(shown) + " (at most " + std::to_string(kMaxDaysBack) + " days)");
  }
  return add_days(today, -n);
}

Date month_day_near(std::string_view text, std::string_view shown, Date today) {
  const std::chrono::month m{static_cast<unsigned>(to_int(text.substr(0, 2)))};
  const std::chrono::day d{static_cast<unsigned>(to_int(text.substr(3, 2)))};
  if (!std::chrono::month_day{m, d}.ok()) {
    fail("not a real date: " + quote(shown));
  }
  const Date this_year{today.year(), m, d};
  if (this_year.ok() && this_year <= today) {
    return this_year;
  }
  const Date last_year{today.year() - std::chrono::years{1}, m, d};
  if (last_year.ok()) {
    return last_year;
  }
  // Only 02-29 gets here. Name the year the user most likely had in mind.
  const int year = static_cast<int>(this_year.ok() ? last_year.year() : this_year.year());
  fail("not a real date: " + quote(shown) + " (no such day in " + std::to_string(year) + ")");
}

Date calendar_date(const Word& w, Date today) {
  const std::string_view s = w.lower;
  const bool iso = s.size() == 10 && s[4] == '-' && s[7] == '-' && all_digits(s.substr(0, 4)) &&
                   all_digits(s.substr(5, 2)) && all_digits(s.substr(8, 2));
  if (iso) {
    if (to_int(s.substr(0, 4)) < 1900) {
      fail("year out of range: " + quote(w.text) + " (years run from 1900 to 9999)");
    }
    if (const std::optional<Date> d = parse_iso_date(s)) {
      return *d;
    }
    fail("not a real date: " + quote(w.text));
  }
  if (s.size() == 5 && s[2] == '-' && all_digits(s.substr(0, 2)) && all_digits(s.substr(3, 2))) {
    return month_day_near(s, w.text, today);
  }
  fail("write dates as YYYY-MM-DD or MM-DD, with two-digit months and days: " + quote(w.text));
}

bool looks_like_date(std::string_view s) {
  if (s.empty() || !is_digit(s[0]) || s.find('-') == std::string_view::npos) {
    return false;
  }
  for (char c : s) {
    if (!is_digit(c) && c != '-') {
      return false;
    }
  }
  return true;
}

Date parse_day(Words w, std::string_view whole, Date today) {
  if (w.empty()) {
    return today;  // a time on its own means today
  }
  const std::string_view first = w[0].lower;
  if (w.size() == 1) {
    if (first == "today") {
      return today;
    }
    if (first == "yesterday") {
      return add_days(today, -1);
    }
    if (first == "tomorrow") {  // read, so the future can be refused as the future
      return add_days(today, 1);
    }
    if (const auto wd = weekday_named(first)) {
      return most_recent(*wd, today);
    }
    if (first == "last") {
      fail(quote(w[0].text) + " needs a weekday after it, e.g. 'last monday'");
    }
    if (first.size() >= 2 && first.front() == '-' && first.back() == 'd') {
      return days_back(first.substr(1, first.size() - 2), w[0].text, whole, today);
    }
    if (looks_like_date(first)) {
      return calendar_date(w[0], today);
    }
  } else if (w.size() == 2 && first == "last") {
    if (const auto wd = weekday_named(w[1].lower)) {
      return add_days(most_recent(*wd, today), -7);
    }
    fail(quote(w[1].text) + " is not a weekday in " + quote(original(w)) +
         "; write e.g. 'last monday' or 'last fri'");
  } else if (w.size() == 3 && w[2].lower == "ago") {
    if (w[1].lower == "day" || w[1].lower == "days") {
      return days_back(first, original(w), whole, today);
    }
    if (all_digits(first)) {
      fail("only days can be counted back: " + quote(original(w)) +
           "; write e.g. '21 days ago' or '-21d'");
    }
  }
  unreadable(whole);
}

}  // namespace

When parse_when(std::string_view text, Date today) {
  const std::vector<Word> words = split(text);
  if (words.empty()) {
    fail("no date given; " + std::string(kExamples));
  }
  const std::string_view whole = original(words);
  Words day_words = words;
  std::optional<TimeOfDay> time;

  const Word& last = words.back();
  if (is_meridiem(last.lower)) {  // "9:30 pm"
    if (words.size() < 2 || !is_digit(words[words.size() - 2].lower[0])) {
      unreadable(whole);
    }
    day_words = day_words.first(words.size() - 2);
    time = parse_time(words[words.size() - 2].lower, last.lower, original(Words{words}.last(2)));
  } else if (looks_like_time(last.lower)) {
    day_words = day_words.first(words.size() - 1);
    const std::string_view s = last.lower;
    const bool meridiem = ends_with_meridiem(s);
    time = parse_time(meridiem ? s.substr(0, s.size() - 2) : s,
                      meridiem ? s.substr(s.size() - 2) : std::string_view{}, last.text);
  }
  const bool month_day =
      day_words.size() == 1 && day_words[0].lower.size() == 5 && day_words[0].lower[2] == '-';
  return When{parse_day(day_words, whole, today), time, month_day};
}

}  // namespace ipt::domain
