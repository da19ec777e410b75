// ipt log MOOD [NOTE...]: a mood check-in, optionally with a linked relationship event.
#include "app/entries.hpp"
#include "cli/commands.hpp"
#include "cli/drafts.hpp"
#include "cli/editor.hpp"
#include "cli/entry_options.hpp"
#include "cli/input.hpp"
#include "cli/metric_args.hpp"
#include "cli/report_log.hpp"
#include "cli/safety.hpp"
#include "domain/errors.hpp"
#include "domain/validate.hpp"

namespace ipt::cli {

namespace {

struct LogOpts {
  std::string mood;
  std::vector<std::string> note;
  std::optional<std::string> anxiety;
  std::optional<std::string> energy;
  std::optional<std::string> sleep;
  std::vector<std::string> metrics;
  std::optional<std::string> event;
  EventDetailOpts detail;
  CommonOpts common;
  bool edit = false;
};

/// The hint when a note written with --edit comes back empty: the command that records the
/// mood alone, as it was typed ("ipt log 4").
std::string without_note(const LogOpts& o) {
  const auto& c = o.common;
  const bool others = o.anxiety || o.energy || o.sleep || o.event || c.date || !c.with.empty() ||
                      !c.tags.empty() || c.area || c.agenda;
  const auto command = "ipt log " + o.mood;
  return others ? "to record the check-in without a note: " + command +
                      " and your other options, without --edit"
                : "to record the mood alone: " + command;
}

/// What `ipt log --edit` opens: the note, or the event's text when --kind, --impact or --feel
/// describe an event without --event.
EntryDraft log_draft(const LogOpts& o, const app::CheckinInput& in,
                     const std::optional<app::EventInput>& event, const EventDetailOpts& detail,
                     const app::EntryCommon& common) {
  const bool is_event = !event && detail.any();
  const auto shown = is_event ? std::optional(event_of("", detail)) : event;
  const std::string about =
      is_event ? "A mood check-in with an event (ipt log); the text below is the event's."
               : "A mood check-in (ipt log); the text below is its note.";
  return {"log",
          new_entry_header(about, &in, shown ? &*shown : nullptr, common),
          "",
          is_event ? "event text" : "note",
          "ipt log MOOD --edit",
          is_event ? "" : without_note(o)};
}

void run_log(const LogOpts& o, Invocation& inv) {
  auto& ctx = inv.ctx;
  app::CheckinInput in;
  in.mood = domain::parse_mood(o.mood);
  if (o.anxiety)
    in.anxiety = domain::parse_scale("anxiety", *o.anxiety);
  if (o.energy)
    in.energy = domain::parse_scale("energy", *o.energy);
  if (o.sleep)
    in.sleep = domain::parse_sleep(*o.sleep);
  in.metrics = metric_values_arg(ctx.config(), o.metrics);
  const bool note_from_stdin = o.note.size() == 1 && o.note.front() == "-";
  if (note_from_stdin && o.event == "-")
    throw UsageError("only one of NOTE and --event can be read from stdin");
  check_edit_alone(o.edit, o.note, "NOTE");
  auto common = common_of(ctx, o.common);  // checked before a word is read or written
  std::optional<app::EventInput> event;
  if (o.event)
    event = event_of(text_arg(ctx, "the event text", {*o.event}, true), o.detail);
  std::optional<EditedText> edited;
  if (o.edit)
    edited.emplace(ctx, Drafts(ctx.db_path()), log_draft(o, in, event, o.detail, common));
  in.note = edited ? domain::check_text("the note", edited->text(), false)
                   : text_arg(ctx, "the note", o.note, false);
  if (event) {
    in.event = std::move(event);
  } else if (o.detail.any()) {
    // `ipt log 4 "argued with Sam" --kind conflict`: the note says what happened, so it is the
    // event's text, and the check-in holds the mood.
    if (in.note.empty())
      throw UsageError("--kind, --impact and --feel describe an event, and it has no text",
                       "say what happened as NOTE or with --event TEXT");
    in.event = event_of(std::move(in.note), o.detail);
    in.note.clear();
  }
  // Safety: what the words call for is said even if the journal can't take them.
  WordsGuard words(ctx, in.note + "\n" + (in.event ? in.event->text : ""));
  const auto notes = check_near_names(inv, common.people);
  const auto logged = app::log_checkin(inv.journal(), in, common);
  if (edited)
    edited->saved();
  report_logged(ctx, logged, common.when);
  for (const auto& n : notes)
    ctx.note(n);
  words.saved();
  after_low_checkin(inv, in.mood);
}

}  // namespace

Run setup_log(CLI::App& cmd) {
  auto o = std::make_shared<LogOpts>();
  cmd.footer(
      "Record how you feel now (or at --date). MOOD is a whole number from 0 to 10:\n"
      "0 is the worst you have felt, 10 the best. Several check-ins a day are fine.\n"
      "NOTE is free text; '-' reads it from stdin, and --edit writes it in your editor\n"
      "(both keep it out of shell history).\n"
      "With --kind, --impact or --feel and no --event, NOTE is the event's text:\n"
      "  ipt log 4 \"argued with Sam\" --with sam --kind conflict\n" +
      std::string(kEditHelp));
  cmd.add_option("MOOD", o->mood, "0 (worst you have felt) to 10 (best)")
      ->type_name("0-10")
      ->required();
  cmd.add_option("NOTE", o->note, "What is on your mind ('-' reads stdin)");
  cmd.add_option("--anxiety", o->anxiety, "How anxious, 0 (not at all) to 10")->type_name("0-10");
  cmd.add_option("--energy", o->energy, "How much energy, 0 (none) to 10")->type_name("0-10");
  cmd.add_option("--sleep", o->sleep, "Hours slept, 0 to 24, e.g. 7.5")->type_name("HOURS");
  add_metric_option(cmd, o->metrics,
                    "A scale of your own from config.toml's [[metric]] (repeat, or separate "
                    "with commas)");
  cmd.add_option("--event", o->event, "Also record a relationship event, linked to this check-in")
      ->type_name("TEXT");
  add_event_detail_options(cmd, o->detail, true);
  add_common_options(cmd, o->common);
  add_edit_flag(cmd, o->edit, "the note");
  return [o](Invocation& inv) { run_log(*o, inv); };
}

}  // namespace ipt::cli
