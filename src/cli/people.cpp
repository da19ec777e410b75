// ipt people [add|edit|show|rm]: the people in the interpersonal inventory.
#include <ostream>

#include "app/people.hpp"
#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "domain/errors.hpp"
#include "domain/validate.hpp"
#include "render/inventory.hpp"
#include "render/people.hpp"

namespace ipt::cli {

namespace {

struct PeopleOpts {
  std::string format = "text";
  std::vector<std::string> name;
  std::optional<std::string> circle;
  std::optional<std::string> role;
  std::optional<std::string> note;
  std::optional<std::string> contact;
  std::optional<std::string> satisfying;
  std::optional<std::string> unsatisfying;
  std::optional<std::string> my_expectations;
  std::optional<std::string> their_expectations;
  std::optional<std::string> wish;
  std::vector<std::string> rename;
  std::string circle_format = "text";
  std::optional<int> width;
  std::string show_format = "text";
  bool force = false;
};

/// A name may be typed as several words: `ipt people add Aunt May`.
std::string name_arg(const std::vector<std::string>& words) {
  std::string name;
  for (const auto& w : words)
    name += (name.empty() ? "" : " ") + w;
  return domain::check_person_name(name);
}

app::PersonFields fields_of(const PeopleOpts& o) {
  app::PersonFields f;
  if (o.circle)
    f.circle = domain::parse_circle(*o.circle);
  if (o.role)
    f.role = domain::check_short_text("--role", *o.role);
  if (o.note)
    f.note = domain::check_text("--note", *o.note, false);
  if (o.contact)
    f.contact = domain::parse_contact(*o.contact);
  auto text = [](const char* field, const std::optional<std::string>& v) {
    return v ? std::optional<std::string>(domain::check_text(field, *v, false)) : std::nullopt;
  };
  f.satisfying = text("--satisfying", o.satisfying);
  f.unsatisfying = text("--unsatisfying", o.unsatisfying);
  f.my_expectations = text("--my-expectations", o.my_expectations);
  f.their_expectations = text("--their-expectations", o.their_expectations);
  f.wish = text("--change", o.wish);
  if (!o.rename.empty())
    f.rename = name_arg(o.rename);
  return f;
}

void run_people_list(const PeopleOpts& o, Context& ctx) {
  auto journal = ctx.open(app::Access::read);
  const auto people = app::list_people(journal);
  switch (format_of(o.format)) {
    case render::Format::json:
      render::people_json(ctx.out, people);
      break;
    case render::Format::csv:
      render::people_csv(ctx.out, people);
      break;
    case render::Format::text:
      if (people.empty()) {
        ctx.note("no people yet; add someone with: ipt people add NAME --circle inner");
      } else {
        render::people_text(ctx.out, people, ctx.style());
      }
      break;
  }
}

void add_person_options(CLI::App* cmd, PeopleOpts& o) {
  cmd->add_option("--circle", o.circle,
                  "How close: inner (closest), middle or outer (acquaintances)")
      ->type_name("CIRCLE");
  cmd->add_option("--role", o.role, "Who they are to you: partner, mother, colleague ...")
      ->type_name("TEXT");
  cmd->add_option("--note", o.note, "Anything to remember about this relationship")
      ->type_name("TEXT");
  cmd->add_option("--contact", o.contact,
                  "How often you are in touch: daily, weekly, monthly, "
                  "rarely")
      ->type_name("HOW_OFTEN");
  cmd->add_option("--satisfying", o.satisfying, "What is good in this relationship")
      ->type_name("TEXT");
  cmd->add_option("--unsatisfying", o.unsatisfying, "What is hard in it")->type_name("TEXT");
  cmd->add_option("--my-expectations", o.my_expectations, "What you expect of them")
      ->type_name("TEXT");
  cmd->add_option("--their-expectations", o.their_expectations, "What you think they expect of you")
      ->type_name("TEXT");
  cmd->add_option("--change", o.wish, "What you would like to change")->type_name("TEXT");
}

}  // namespace

void add_people(CLI::App& parent, Context& ctx) {
  auto o = std::make_shared<PeopleOpts>();
  auto* cmd = parent.add_subcommand("people", "The people in your life");
  cmd->footer(
      "Without a subcommand, list everyone: circle, role, number of events, last contact and\n"
      "the mean impact of your events with them. Names match in any case.");
  add_format_option(cmd, o->format);

  auto* add = cmd->add_subcommand("add", "Add someone");
  add->add_option("NAME", o->name, "Their name (quote it, or give it as several words)")
      ->type_name("NAME")
      ->required();
  add_person_options(add, *o);
  add->callback([o, &ctx] {
    const auto name = name_arg(o->name);
    const auto fields = fields_of(*o);
    auto journal = ctx.open(app::Access::write);
    const auto p = app::add_person(journal, ctx.clock, name, fields);
    if (!ctx.opts.quiet)
      ctx.out << "added " << p.name << '\n';
  });

  auto* edit = cmd->add_subcommand("edit", "Change someone's details");
  edit->add_option("NAME", o->name, "Their name, in any case")->type_name("NAME")->required();
  add_person_options(edit, *o);
  edit->add_option("--rename", o->rename, "A new name (their entries follow)")->type_name("NEW");
  edit->callback([o, &ctx] {
    const auto name = name_arg(o->name);
    const auto fields = fields_of(*o);
    if (fields.empty()) {
      throw UsageError("nothing to change",
                       "give --circle, --role, --note, --contact, --satisfying, ... or --rename");
    }
    auto journal = ctx.open(app::Access::read);
    const auto p = app::edit_person(journal, name, fields);
    if (!ctx.opts.quiet)
      ctx.out << "updated " << p.name << '\n';
  });

  auto* show = cmd->add_subcommand("show", "Someone's details and your events with them");
  show->add_option("NAME", o->name, "Their name, in any case")->type_name("NAME")->required();
  add_format_option(show, o->show_format);
  show->callback([o, &ctx] {
    const auto name = name_arg(o->name);
    auto journal = ctx.open(app::Access::read);
    const auto d = app::show_person(journal, name);
    switch (format_of(o->show_format)) {
      case render::Format::json:
        render::person_json(ctx.out, d.summary, d.timeline);
        break;
      case render::Format::csv:
        render::person_csv(ctx.out, d.timeline);
        break;
      case render::Format::text:
        render::person_text(ctx.out, d.summary, d.timeline, ctx.style());
        break;
    }
  });

  auto* rm = cmd->add_subcommand("rm", "Remove someone");
  rm->footer(
      "Remove someone from your people. Refused while entries name them, unless --force,\n"
      "which keeps those entries and only removes the name from them.");
  rm->add_option("NAME", o->name, "Their name, in any case")->type_name("NAME")->required();
  rm->add_flag("--force", o->force, "Remove even when entries name them (the entries stay)");
  rm->callback([o, &ctx] {
    const auto name = name_arg(o->name);
    auto journal = ctx.open(app::Access::read);
    const auto removed = app::remove_person(journal, name, o->force);
    const int unlinked = removed.unlinked;
    if (unlinked > 0) {
      ctx.note("kept " + std::to_string(unlinked) + (unlinked == 1 ? " entry" : " entries") +
               " that named them");
    }
    if (!ctx.opts.quiet)
      ctx.out << "removed " << removed.name << '\n';
  });

  auto* circle = cmd->add_subcommand("circle", "Draw your closeness circle");
  circle->footer(
      "Three rings around you: the inner circle (the people closest to you), the middle and\n"
      "the outer circle (acquaintances). Place someone with: ipt people edit NAME --circle RING");
  circle->add_option("--format", o->circle_format, "Output format: text or json")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json"}))
      ->default_str("text");
  add_int_option(circle, "--width", o->width, "Columns to draw in, 40 to 400 (default 80)", 40,
                 400);
  circle->callback([o, &ctx] {
    auto journal = ctx.open(app::Access::read);
    const auto people = app::list_people(journal);
    if (o->circle_format == "json") {
      render::circle_json(ctx.out, people);
    } else {
      render::circle_text(ctx.out, people, o->width.value_or(80), ctx.style());
    }
  });

  cmd->callback([o, cmd, &ctx] {
    if (cmd->get_subcommands().empty())
      run_people_list(*o, ctx);
  });
}

}  // namespace ipt::cli
