// ipt event TEXT: a relationship event.
#include "app/entries.hpp"
#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "cli/report_log.hpp"
#include "domain/validate.hpp"

namespace ipt::cli {

namespace {

struct EventOpts {
  std::vector<std::string> text;
  std::vector<std::string> with;
  std::optional<std::string> kind;
  std::optional<std::string> impact;
  std::vector<std::string> feel;
  std::optional<std::string> date;
  std::vector<std::string> tags;
  std::optional<std::string> area;
};

void run_event(const EventOpts& o, Context& ctx) {
  app::EventInput in;
  in.text = text_arg(ctx, "the event text", o.text, true);
  if (o.kind)
    in.kind = domain::parse_kind(*o.kind);
  if (o.impact)
    in.impact = domain::parse_impact(*o.impact);
  in.feelings = feelings_arg(o.feel);
  app::EntryCommon common;
  if (o.date)
    common.when = past_when_arg(ctx, *o.date);
  common.people = people_arg(o.with);
  common.tags = tags_arg(o.tags);
  if (o.area)
    common.area = area_arg(*o.area);

  auto journal = ctx.open(app::Access::write);
  report_logged(ctx, app::log_event(journal, ctx.clock, in, common));
}

}  // namespace

void add_event(CLI::App& parent, Context& ctx) {
  auto o = std::make_shared<EventOpts>();
  auto* cmd = parent.add_subcommand("event", "Record a relationship event");
  cmd->footer(
      "Record something that happened with someone: what happened, with whom, what kind of\n"
      "event it was and how it moved your mood. TEXT '-' reads it from stdin.\n"
      "People not yet in your list are added (a note on stderr says so).");
  cmd->add_option("TEXT", o->text, "What happened ('-' reads stdin)")->required();
  cmd->add_option("--with", o->with, "Who was involved (repeat, or separate with commas)")
      ->type_name("PERSON");
  cmd->add_option("--kind", o->kind,
                  "The kind: conflict, support, closeness, loss, change,\n"
                  "avoidance, talk or other (default other)")
      ->type_name("KIND");
  cmd->add_option("--impact", o->impact, "How it moved your mood, -3 to +3")->type_name("-3..3");
  cmd->add_option("--feel", o->feel, "A feeling (repeat, or separate with commas)")
      ->type_name("WORD");
  cmd->add_option("-d,--date", o->date, "When it happened (see ipt log --help for WHEN)")
      ->type_name("WHEN");
  cmd->add_option("-t,--tag", o->tags, "A tag (repeat, or separate with commas)")->type_name("TAG");
  cmd->add_option("--area", o->area,
                  "Attach to this problem area (an id, or none); default: the focus area")
      ->type_name("ID|none");
  cmd->callback([o, &ctx] { run_event(*o, ctx); });
}

}  // namespace ipt::cli
