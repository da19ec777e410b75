// ipt calendar: a year of daily mean mood at a glance.
#include "app/calendar.hpp"
#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "render/calendar.hpp"

namespace ipt::cli {

Run setup_calendar(CLI::App& cmd) {
  auto year = std::make_shared<std::optional<int>>();
  add_int_option(&cmd, "--year", *year,
                 "The year to show, " + std::to_string(domain::kFirstCalendarYear) + " to " +
                     std::to_string(domain::kLastCalendarYear) + " (default this year)",
                 domain::kFirstCalendarYear, domain::kLastCalendarYear)
      ->type_name("YYYY");
  cmd.footer(
      "A row per month, each day under its weekday (Monday first), shown as the mean mood of\n"
      "its check-ins: 0 to 9, * for 10, blank without a check-in; in colour on a terminal.\n"
      "A line under a month marks the days a problem area was the focus, by its letter.");
  return [year](Invocation& inv) {
    const auto calendar = app::year_calendar(inv.journal(), *year);
    inv.emit(render::calendar_view(), calendar);
  };
}

}  // namespace ipt::cli
