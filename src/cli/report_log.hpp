#pragma once
// What log and event print after a write.
#include <optional>
#include <ostream>
#include <string>

#include "app/entries.hpp"
#include "cli/context.hpp"
#include "domain/when.hpp"

namespace ipt::cli {

/// "logged #12" on stdout (nothing with --quiet), and a note on stderr per person added. When
/// the day was given (-d), the confirmation names it, so a date read another way than meant is
/// seen at once: "logged #4 for Sun 2025-11-09"; a month and day that fell more than 300 days
/// back also get a note.
inline void report_logged(Context& ctx, const app::LogResult& r,
                          const std::optional<domain::When>& when) {
  for (const auto& name : r.new_people) {
    ctx.note("added '" + name + "' to your people (ipt people edit '" + name +
             "' --circle inner|middle|outer to place them)");
  }
  if (when && when->year_inferred) {
    const int back = domain::days_between(r.day, ctx.today());
    if (back > 300) {
      ctx.note("a month and day without a year mean the latest one that has passed: " +
               domain::format_date(r.day) + ", " + std::to_string(back) +
               " days ago; give the year (YYYY-MM-DD) for another");
    }
  }
  if (r.agenda_id)
    ctx.note("put on the agenda for your next session as item #" + std::to_string(*r.agenda_id));
  if (ctx.opts.quiet)
    return;
  ctx.out << "logged #" << r.id;
  if (r.event_id)
    ctx.out << " (event #" << *r.event_id << ")";
  if (when)
    ctx.out << " for " << domain::weekday_short(r.day) << ' ' << domain::format_date(r.day);
  ctx.out << '\n';
}

}  // namespace ipt::cli
