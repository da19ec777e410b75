// ipt log MOOD [NOTE...]: a mood check-in, optionally with a linked relationship event.
#include <ostream>

#include "app/entries.hpp"
#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "cli/report_log.hpp"
#include "domain/errors.hpp"
#include "domain/validate.hpp"

namespace ipt::cli {

namespace {

struct LogOpts {
  std::string mood;
  std::vector<std::string> note;
  std::optional<std::string> date;
  std::optional<std::string> anxiety;
  std::optional<std::string> energy;
  std::optional<std::string> sleep;
  std::vector<std::string> tags;
  std::optional<std::string> area;
  std::vector<std::string> with;
  std::optional<std::string> event;
  std::optional<std::string> kind;
  std::optional<std::string> impact;
  std::vector<std::string> feel;
};

void run_log(const LogOpts& o, Context& ctx) {
  app::CheckinInput in;
  in.mood = domain::parse_mood(o.mood);
  if (o.anxiety)
    in.anxiety = domain::parse_scale("anxiety", *o.anxiety);
  if (o.energy)
    in.energy = domain::parse_scale("energy", *o.energy);
  if (o.sleep)
    in.sleep = domain::parse_sleep(*o.sleep);
  const bool note_from_stdin = o.note.size() == 1 && o.note.front() == "-";
  if (note_from_stdin && o.event == "-") {
    throw UsageError("only one of NOTE and --event can be read from stdin");
  }
  in.note = text_arg(ctx, "the note", o.note, false);
  if (o.event) {
    app::EventInput ev;
    ev.text = text_arg(ctx, "the event text", {*o.event}, true);
    if (o.kind)
      ev.kind = domain::parse_kind(*o.kind);
    if (o.impact)
      ev.impact = domain::parse_impact(*o.impact);
    ev.feelings = feelings_arg(o.feel);
    in.event = std::move(ev);
  } else if (o.kind || o.impact || !o.feel.empty()) {
    throw UsageError("--kind, --impact and --feel describe an event",
                     "add --event TEXT, or record it with: ipt event TEXT --kind ...");
  }
  app::EntryCommon common;
  if (o.date)
    common.when = past_when_arg(ctx, *o.date);
  common.people = people_arg(o.with);
  common.tags = tags_arg(o.tags);
  if (o.area)
    common.area = area_arg(*o.area);

  auto journal = ctx.open(app::Access::write);
  const auto r = app::log_checkin(journal, ctx.clock, in, common);
  report_logged(ctx, r);
}

}  // namespace

void add_log(CLI::App& parent, Context& ctx) {
  auto o = std::make_shared<LogOpts>();
  auto* cmd = parent.add_subcommand("log", "Record a mood check-in");
  cmd->footer(
      "Record how you feel now (or at --date). MOOD is a whole number from 0 to 10:\n"
      "0 is the worst you have felt, 10 the best. Several check-ins a day are fine.\n"
      "NOTE is free text; '-' reads it from stdin, which keeps it out of shell history.");
  cmd->add_option("MOOD", o->mood, "0 (worst you have felt) to 10 (best)")
      ->type_name("0-10")
      ->required();
  cmd->add_option("NOTE", o->note, "What is on your mind ('-' reads stdin)");
  cmd->add_option("-d,--date", o->date,
                  "When: today, yesterday, '3 days ago', -3d, monday, 'last monday',\n"
                  "2026-11-02 or 11-02, optionally with a time: '21:30', 9pm")
      ->type_name("WHEN");
  cmd->add_option("--anxiety", o->anxiety, "How anxious, 0 (not at all) to 10")->type_name("0-10");
  cmd->add_option("--energy", o->energy, "How much energy, 0 (none) to 10")->type_name("0-10");
  cmd->add_option("--sleep", o->sleep, "Hours slept, 0 to 24, e.g. 7.5")->type_name("HOURS");
  cmd->add_option("-t,--tag", o->tags, "A tag (repeat, or separate with commas)")->type_name("TAG");
  cmd->add_option("--with", o->with, "Someone involved (repeat, or separate with commas)")
      ->type_name("PERSON");
  cmd->add_option("--event", o->event, "Also record a relationship event, linked to this check-in")
      ->type_name("TEXT");
  cmd->add_option("--kind", o->kind,
                  "The event's kind: conflict, support, closeness, loss, change,\n"
                  "avoidance, talk or other (default other)")
      ->type_name("KIND");
  cmd->add_option("--impact", o->impact, "How the event moved your mood, -3 to +3")
      ->type_name("-3..3");
  cmd->add_option("--feel", o->feel, "A feeling during the event (repeat, or separate with commas)")
      ->type_name("WORD");
  cmd->add_option("--area", o->area,
                  "Attach to this problem area (an id, or none); default: the focus area")
      ->type_name("ID|none");
  cmd->callback([o, &ctx] { run_log(*o, ctx); });
}

}  // namespace ipt::cli
