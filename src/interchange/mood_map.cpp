// Daylio's mood labels are the user's own (five by default, renamable, more can be added), so
// the scale they map to is given on the command line: --mood-map label=N,label=N.
#include <charconv>

#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "interchange/foreign.hpp"
#include "interchange/foreign_common.hpp"

namespace ipt::interchange {

namespace {

[[noreturn]] void bad_item(const std::string& message, const std::string& item) {
  throw UsageError(Errc::invalid_value, message, ErrorDetail::of_field("--mood-map", item));
}

}  // namespace

MoodMap default_daylio_moods() {
  return {{"rad", 9}, {"good", 7}, {"meh", 5}, {"bad", 3}, {"awful", 1}};
}

MoodMap parse_mood_map(std::string_view spec, MoodMap base) {
  std::size_t start = 0;
  for (;;) {
    auto end = spec.find(',', start);
    if (end == std::string_view::npos)
      end = spec.size();
    const std::string item = domain::trim(spec.substr(start, end - start));
    if (item.empty())
      bad_item("--mood-map has an empty item; write label=N, separated by commas", item);
    const auto eq = item.find('=');
    if (eq == std::string::npos)
      bad_item("--mood-map item " + foreign::quote(item) + " is not label=N", item);
    const std::string label = domain::fold_case(domain::trim(std::string_view(item).substr(0, eq)));
    const std::string number = domain::trim(std::string_view(item).substr(eq + 1));
    if (label.empty())
      bad_item("--mood-map item " + foreign::quote(item) + " has no label before '='", item);
    int value = -1;
    const auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (number.empty() || number.front() == '-' || ec != std::errc{} ||
        ptr != number.data() + number.size() || value < 0 || value > 10) {
      bad_item("--mood-map gives " + foreign::quote(label) + " the mood " + foreign::quote(number) +
                   "; a mood is a whole number from 0 to 10",
               item);
    }
    base[label] = value;
    if (end == spec.size())
      return base;
    start = end + 1;
  }
}

}  // namespace ipt::interchange
