#pragma once
// What log and event print after a write.
#include <ostream>

#include "app/entries.hpp"
#include "cli/context.hpp"

namespace ipt::cli {

/// "logged #12" on stdout (nothing with --quiet), and a note on stderr per person added.
inline void report_logged(Context& ctx, const app::LogResult& r) {
  for (const auto& name : r.new_people) {
    ctx.note("added '" + name + "' to your people (ipt people edit '" + name +
             "' --circle inner|middle|outer to place them)");
  }
  if (ctx.opts.quiet)
    return;
  ctx.out << "logged #" << r.id;
  if (r.event_id)
    ctx.out << " (event #" << *r.event_id << ")";
  ctx.out << '\n';
}

}  // namespace ipt::cli
