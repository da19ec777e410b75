// ipt event TEXT: a relationship event.
#include "app/entries.hpp"
#include "cli/commands.hpp"
#include "cli/entry_options.hpp"
#include "cli/input.hpp"
#include "cli/report_log.hpp"
#include "cli/safety.hpp"

namespace ipt::cli {

namespace {

struct EventOpts {
  std::vector<std::string> text;
  EventDetailOpts detail;
  CommonOpts common;
};

}  // namespace

Run setup_event(CLI::App& cmd) {
  auto o = std::make_shared<EventOpts>();
  cmd.footer(
      "Record something that happened with someone: what happened, with whom, what kind of\n"
      "event it was and how it moved your mood. TEXT '-' reads it from stdin.\n"
      "People not yet in your list are added (a note on stderr says so).");
  cmd.add_option("TEXT", o->text, "What happened ('-' reads stdin)")->required();
  add_event_detail_options(cmd, o->detail, false);
  add_common_options(cmd, o->common);
  return [o](Invocation& inv) {
    auto& ctx = inv.ctx;
    const auto in = event_of(text_arg(ctx, "the event text", o->text, true), o->detail);
    auto common = common_of(ctx, o->common);
    const auto notes = check_near_names(inv, common.people);
    WordsGuard words(ctx, in.text);
    report_logged(ctx, app::log_event(inv.journal(), in, common), common.when);
    for (const auto& n : notes)
      ctx.note(n);
    words.saved();
  };
}

}  // namespace ipt::cli
