#pragma once
// The writers of ipt calendar: a year of daily mean mood, one row per month.
#include <array>

#include "domain/calendar.hpp"
#include "render/view.hpp"

namespace ipt::render {

/// `ipt calendar`: a row per month, the days under their weekdays (Monday first), each day its
/// mean mood as one character (0-9, * for 10; blank without a check-in), on a colour scale when
/// the style has colour; a line under a month marks the days each problem area was the focus;
/// legends after. Fits 80 columns. json {"year", "days", "focus"}; csv, a row per day with
/// check-ins.
const View<domain::Calendar>& calendar_view();

/// A step of the calendar's colour scale: xterm 256-colour palette indexes.
struct MoodColor {
  int background;
  int foreground;  ///< the digit on it
};
/// The scale, worst to best: a viridis-like ramp (purple, blue, teal, green, yellow) whose
/// lightness rises with every step, so it reads without telling hues apart.
const std::array<MoodColor, 6>& mood_scale();
/// The step of a mood level (0..10): 0-1, 2-3, 4-5, 6-7, 8-9 and 10.
int mood_step(int level);
/// The character a mood level is shown as: '0'..'9', '*' for 10.
char mood_char(int level);

}  // namespace ipt::render
