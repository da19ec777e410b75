// ipt calendar: a year of daily mean mood (or of a scale of your own) at a glance.
#include "app/calendar.hpp"
#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "cli/metric_args.hpp"
#include "render/calendar.hpp"

namespace ipt::cli {

namespace {

struct CalendarOpts {
  std::optional<int> year;
  std::optional<std::string> metric;
};

}  // namespace

Run setup_calendar(CLI::App& cmd) {
  auto o = std::make_shared<CalendarOpts>();
  add_int_option(&cmd, "--year", o->year,
                 "The year to show, " + std::to_string(domain::kFirstCalendarYear) + " to " +
                     std::to_string(domain::kLastCalendarYear) + " (default this year)",
                 domain::kFirstCalendarYear, domain::kLastCalendarYear)
      ->type_name("YYYY");
  cmd.add_option("--metric", o->metric,
                 "Show a scale of your own (config.toml's [[metric]]) instead of mood")
      ->type_name("NAME");
  cmd.footer(
      "A row per month, each day under its weekday (Monday first), shown as the mean mood of\n"
      "its check-ins: 0 to 9, * for 10, blank without a check-in; in colour on a terminal.\n"
      "With --metric NAME, each day's mean value of that scale instead, its range in the same\n"
      "eleven steps: 0 is the scale's min, * its max.\n"
      "A line under a month marks the days a problem area was the focus, by its letter.");
  return [o](Invocation& inv) {
    std::optional<domain::MetricScale> metric;
    if (o->metric)
      metric = scale_arg(inv.ctx.config(), *o->metric);
    const auto calendar = app::year_calendar(inv.journal(), o->year, metric);
    inv.emit(render::calendar_view(), calendar);
  };
}

}  // namespace ipt::cli
