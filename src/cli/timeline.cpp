// ipt list | show | edit | rm: reading and changing the timeline.
#include <ostream>
#include <sstream>

#include "app/entries.hpp"
#include "cli/commands.hpp"
#include "cli/drafts.hpp"
#include "cli/editor.hpp"
#include "cli/entry_options.hpp"
#include "cli/input.hpp"
#include "cli/metric_args.hpp"
#include "cli/safety.hpp"
#include "cli/suggest.hpp"
#include "domain/errors.hpp"
#include "domain/names.hpp"
#include "domain/text.hpp"
#include "domain/validate.hpp"
#include "render/entries.hpp"

namespace ipt::cli {

namespace {

struct ListOpts {
  std::optional<std::string> from, to, on;
  std::optional<int> last;
  std::optional<std::string> with, kind, tag, contains, area, type;
  bool moods = false;
  bool events = false;
};

void run_list(const ListOpts& o, Invocation& inv) {
  auto& ctx = inv.ctx;
  domain::EntryFilter f;
  if (o.on)
    f.from = f.to = when_arg(ctx, *o.on).day;
  if (o.from)
    f.from = when_arg(ctx, *o.from).day;
  if (o.to)
    f.to = when_arg(ctx, *o.to).day;
  if (f.from && f.to && *f.from > *f.to) {
    throw UsageError("--from " + domain::format_date(*f.from) + " is after --to " +
                     domain::format_date(*f.to));
  }
  f.last = o.last;
  if (o.with)
    f.person = domain::check_person_name(*o.with);
  if (o.kind)
    f.kind = domain::parse_kind(*o.kind);
  if (o.tag)
    f.tag = domain::normalize_tag(*o.tag);
  if (o.contains)
    f.contains = domain::check_text("--contains", *o.contains, true);
  if (o.area)
    f.area = area_arg(*o.area);
  if (o.moods)
    f.type = domain::EntryType::checkin;
  if (o.events)
    f.type = domain::EntryType::event;
  if (o.type) {
    f.type = domain::entry_type_from(*o.type);
    if (!f.type)
      throw UsageError("there is no entry type '" + *o.type + "'" +
                           domain::did_you_mean(*o.type, domain::entry_type_names()),
                       "the types are " + domain::join_names(domain::entry_type_names()));
  }

  const auto entries = app::list_entries(inv.journal(), f);
  inv.emit(render::entry_list_view(), entries);
  if (entries.empty() && inv.format == domain::Format::text)
    ctx.note("no entries match");
}

struct ShowOpts {
  std::string id;
};

void run_show(const ShowOpts& o, Invocation& inv) {
  const auto id = id_arg(o.id);
  inv.emit(render::entry_view(), app::get_entry(inv.journal(), id));
}

struct EditOpts {
  std::string id;
  std::optional<std::string> mood, anxiety, energy, sleep, impact, kind, date, area;
  std::vector<std::string> text, tags, with, feel, clear, metrics;
  bool edit = false;
};

/// What `ipt edit ID --edit` opens: the entry's text, below its other fields as `ipt show`
/// prints them.
EntryDraft edit_draft_of(domain::Entry e) {
  const auto id = std::to_string(e.id);
  const auto text = domain::text_of(e);
  domain::text_of(e).clear();
  std::ostringstream fields;
  render::entry_detail_text(fields, e, render::Style(false));
  const std::string noun = e.type() == domain::EntryType::event        ? "event text"
                           : e.type() == domain::EntryType::reflection ? "answer"
                                                                       : "note";
  return {"edit-" + id,
          "Editing #" + id + " (ipt edit); the text below is its " + noun + ".\n\n" + fields.str() +
              "\nThese are changed with ipt edit's options (--mood, --with ...), not here.\n",
          text + (text.empty() ? "" : "\n"),
          noun,
          "ipt edit " + id + " --edit",
          noun == "note" ? "ipt edit " + id + " --clear note empties the note" : ""};
}

void run_edit(const EditOpts& o, Invocation& inv) {
  auto& ctx = inv.ctx;
  const auto id = id_arg(o.id);
  app::EntryEdit edit;
  if (o.date)
    edit.when = past_when_arg(ctx, *o.date);
  if (o.mood)
    edit.mood = domain::parse_mood(*o.mood);
  if (o.anxiety)
    edit.anxiety = domain::parse_scale("anxiety", *o.anxiety);
  if (o.energy)
    edit.energy = domain::parse_scale("energy", *o.energy);
  if (o.sleep)
    edit.sleep = domain::parse_sleep(*o.sleep);
  if (o.impact)
    edit.impact = domain::parse_impact(*o.impact);
  if (o.kind)
    edit.kind = domain::parse_kind(*o.kind);
  if (o.edit && !o.text.empty()) {
    throw UsageError("--edit opens your editor for the text, so --note/--text can't be given too",
                     "leave out --note/--text or --edit");
  }
  if (!o.text.empty())
    edit.text = text_arg(ctx, "the text", o.text, false);
  if (!o.tags.empty())
    edit.tags = tags_arg(o.tags);
  if (!o.with.empty())
    edit.people = people_arg(o.with);
  if (!o.feel.empty())
    edit.feelings = feelings_arg(o.feel);
  if (o.area)
    edit.area = area_arg(*o.area);
  edit.metrics = metric_changes_arg(ctx.config(), o.metrics);
  for (const auto& c : o.clear)
    edit.clear.insert(*domain::enum_from<app::Clearable>(app::clearable_names(), c));
  if (o.edit && edit.clear.count(app::Clearable::note) > 0) {
    throw UsageError("--edit writes the note, so --clear note can't be given too",
                     "to empty the note, leave out --edit");
  }
  std::optional<EditedText> edited;
  if (o.edit) {
    auto& journal = inv.journal();
    const auto entry = app::get_entry(journal, id);
    app::check_edit(entry, edit);  // a --mood on an event is refused before the editor opens
    if (const auto& t = domain::text_of(entry); t.starts_with("#:") || t.find("\n#:") != t.npos) {
      throw UsageError("#" + std::to_string(id) +
                           "'s text has lines starting with '#:', which the editor's draft "
                           "would leave out",
                       "change it with ipt edit " + std::to_string(id) + " --note TEXT");
    }
    edited.emplace(ctx, Drafts(journal.path()), edit_draft_of(entry));
    edit.text = domain::check_text("the text", edited->text(), false);
    auto others = edit;
    others.text.reset();
    if (others.empty() && *edit.text == domain::text_of(entry)) {
      edited->discard();
      ctx.note("#" + std::to_string(id) + " is unchanged");
      return;
    }
  }
  if (edit.empty()) {
    throw UsageError("nothing to change", "give the new values, e.g. ipt edit " +
                                              std::to_string(id) + " --mood 6 --note \"...\"");
  }
  const auto r = app::edit_entry(inv.journal(), id, edit);
  if (edited)
    edited->saved();
  for (const auto& name : r.new_people)
    ctx.note("added '" + name + "' to your people");
  if (!ctx.opts.quiet)
    ctx.out << "updated #" << r.entry.id << '\n';
  if (edit.text)
    check_saved_words(ctx, *edit.text);
}

struct RmOpts {
  std::string id;
  bool yes = false;
};

/// "a check-in (mood 4)", "an event (conflict)", "a reflection": what rm asks about.
std::string described(const domain::Entry& e) {
  return std::visit(
      domain::Overloaded{[](const domain::Checkin& c) {
                           return "a check-in (mood " + std::to_string(c.mood) + ")";
                         },
                         [](const domain::Event& v) {
                           return "an event (" + std::string(domain::to_string(v.kind)) + ")";
                         },
                         [](const domain::Reflection&) { return std::string("a reflection"); },
                         [](const domain::Measure& m) {
                           return "a questionnaire (" + std::string(domain::scale_title(m.scale)) +
                                  " " + std::to_string(m.total()) + ")";
                         }},
      e.body);
}

void run_rm(const RmOpts& o, Invocation& inv) {
  auto& ctx = inv.ctx;
  const auto id = id_arg(o.id);
  auto& journal = inv.journal();
  const auto e = app::get_entry(journal, id);
  if (!o.yes) {
    if (!ctx.stdin_tty) {
      throw UsageError("not deleting #" + std::to_string(id) + " without confirmation",
                       "add --yes to delete without being asked");
    }
    if (!confirm(ctx, "Delete #" + std::to_string(id) + ", " + described(e) + " from " +
                          domain::format_date(e.day) + "?")) {
      ctx.note("kept #" + std::to_string(id));
      return;
    }
  }
  app::remove_entry(journal, id);
  if (!ctx.opts.quiet)
    ctx.out << "deleted #" << id << '\n';
}

}  // namespace

Run setup_list(CLI::App& app) {
  auto* cmd = &app;
  auto o = std::make_shared<ListOpts>();
  cmd->footer("Show check-ins and events, oldest first, grouped by day.");
  auto* from = cmd->add_option("--from", o->from, "From this day on (WHEN)")->type_name("WHEN");
  auto* to = cmd->add_option("--to", o->to, "Up to and including this day")->type_name("WHEN");
  cmd->add_option("--on", o->on, "Only this day")->type_name("WHEN")->excludes(from)->excludes(to);
  add_int_option(cmd, "-n", o->last, "Only the last N entries", 1, 1'000'000'000);
  cmd->add_option("--with", o->with, "Only entries with this person")->type_name("PERSON");
  cmd->add_option("--kind", o->kind,
                  "Only events of this kind: " + domain::join_names(domain::event_kind_names()))
      ->type_name("KIND");
  cmd->add_option("-t,--tag", o->tag, "Only entries with this tag")->type_name("TAG");
  cmd->add_option("--contains", o->contains, "Only entries whose text contains this")
      ->type_name("TEXT");
  cmd->add_option("--area", o->area, "Only entries attached to this problem area (or none)")
      ->type_name("ID|none");
  auto* moods = cmd->add_flag("--moods", o->moods, "Only check-ins");
  auto* events = cmd->add_flag("--events", o->events, "Only events")->excludes(moods);
  cmd->add_option("--type", o->type,
                  "Only entries of this type: " + domain::join_names(domain::entry_type_names()))
      ->type_name("TYPE")
      ->excludes(moods)
      ->excludes(events);
  return [o](Invocation& inv) { run_list(*o, inv); };
}

Run setup_show(CLI::App& cmd) {
  auto o = std::make_shared<ShowOpts>();
  cmd.add_option("ID", o->id, "The entry's id (as ipt list shows it)")->type_name("ID")->required();
  return [o](Invocation& inv) { run_show(*o, inv); };
}

Run setup_edit(CLI::App& app) {
  auto* cmd = &app;
  auto o = std::make_shared<EditOpts>();
  cmd->footer(
      "Change the fields you give; the rest stay. --with, --tag and --feel replace the\n"
      "entry's list. --clear empties a field: anxiety, energy, sleep, impact, note, with,\n"
      "tags or feel. --metric NAME=VALUE sets a check-in's value of a scale of your own\n"
      "(config.toml's [[metric]]); --metric NAME= removes it. With --edit the draft holds\n"
      "the entry's text, to change; --note and --clear note can't be given with it.\n" +
      std::string(kEditHelp));
  cmd->add_option("ID", o->id, "The entry's id")->type_name("ID")->required();
  cmd->add_option("--mood", o->mood, "Check-ins: mood 0 (worst) to 10 (best)")->type_name("0-10");
  cmd->add_option("--note,--text", o->text, "The note or event text ('-' reads stdin)")
      ->type_name("TEXT")
      ->expected(1);
  cmd->add_flag("--edit", o->edit,
                "Change the note or text in $VISUAL or $EDITOR (else vi), kept as a draft\n"
                "until it is saved");
  cmd->add_option("-d,--date", o->date, "Move it to another moment (WHEN)")->type_name("WHEN");
  cmd->add_option("--anxiety", o->anxiety, "Check-ins: anxiety 0 to 10")->type_name("0-10");
  cmd->add_option("--energy", o->energy, "Check-ins: energy 0 to 10")->type_name("0-10");
  cmd->add_option("--sleep", o->sleep, "Check-ins: hours slept")->type_name("HOURS");
  add_metric_option(*cmd, o->metrics,
                    "Check-ins: a scale of your own; NAME= removes its value (repeatable)");
  cmd->add_option("--kind", o->kind, "Events: the kind")->type_name("KIND");
  cmd->add_option("--impact", o->impact, "Events: -3 to +3")->type_name("-3..3");
  cmd->add_option("--feel", o->feel, "Events: feelings (replaces them)")->type_name("WORD");
  cmd->add_option("-t,--tag", o->tags, "Tags (replaces them)")->type_name("TAG");
  cmd->add_option("--with", o->with, "People (replaces them)")->type_name("PERSON");
  cmd->add_option("--area", o->area, "Attach to another problem area (an id, or none)")
      ->type_name("ID|none");
  const auto fields = app::clearable_names();
  cmd->add_option("--clear", o->clear, "Empty a field (repeatable)")
      ->type_name("FIELD")
      ->check(one_of(std::vector<std::string>(fields.begin(), fields.end()), "a field to clear"));
  return [o](Invocation& inv) { run_edit(*o, inv); };
}

Run setup_rm(CLI::App& app) {
  auto* cmd = &app;
  auto o = std::make_shared<RmOpts>();
  cmd->footer(
      "Delete an entry. On a terminal ipt asks first; otherwise --yes is required.\n"
      "Events recorded with a check-in stay when the check-in is deleted.");
  cmd->add_option("ID", o->id, "The entry's id")->type_name("ID")->required();
  cmd->add_flag("-y,--yes", o->yes, "Delete without asking");
  return [o](Invocation& inv) { run_rm(*o, inv); };
}

}  // namespace ipt::cli
