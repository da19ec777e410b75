#pragma once
// How text output looks: colour is decided once by the caller and passed in as a bool.
#include <ostream>
#include <string>
#include <string_view>

#include "domain/local_time.hpp"

namespace ipt::render {

class Style {
 public:
  explicit Style(bool color) : color_(color) {}
  std::string bold(std::string_view s) const { return wrap("\x1b[1m", s); }
  std::string dim(std::string_view s) const { return wrap("\x1b[2m", s); }
  std::string good(std::string_view s) const { return wrap("\x1b[32m", s); }
  std::string hard(std::string_view s) const { return wrap("\x1b[31m", s); }
  /// `s` in colour `fg` on colour `bg`, both xterm 256-colour palette indexes (0..255).
  std::string paint(std::string_view s, int fg, int bg) const {
    return color_ ? "\x1b[38;5;" + std::to_string(fg) + ";48;5;" + std::to_string(bg) + "m" +
                        std::string(s) + "\x1b[0m"
                  : std::string(s);
  }

 private:
  std::string wrap(const char* code, std::string_view s) const {
    return color_ ? code + std::string(s) + "\x1b[0m" : std::string(s);
  }
  bool color_;
};

/// ISO 8601 of an instant as read on a clock `utc_offset` seconds east of UTC:
/// "2026-03-29T09:30:00+02:00". Pure arithmetic; the current TZ plays no part.
std::string iso8601(domain::Instant at, int utc_offset);
/// "HH:MM" of an instant on a clock `utc_offset` seconds east of UTC.
std::string clock_time(domain::Instant at, int utc_offset);
/// Columns a string takes in a terminal, counting each code point as one.
std::size_t display_width(std::string_view s);
/// `s` padded with spaces to `width` columns.
std::string pad(std::string_view s, std::size_t width);
/// "7.5", "8", "-1.3": at most one decimal, none when whole.
std::string short_number(double v);
/// "+2", "0", "-3".
std::string signed_int(int v);

}  // namespace ipt::render
