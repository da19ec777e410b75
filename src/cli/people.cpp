// ipt people [add|edit|show|rm]: the people in the interpersonal inventory.
#include <ostream>

#include "app/people.hpp"
#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "domain/errors.hpp"
#include "domain/names.hpp"
#include "domain/validate.hpp"
#include "render/inventory.hpp"
#include "render/people.hpp"

namespace ipt::cli {

namespace {

struct PeopleOpts {
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
  std::optional<int> width;
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

void add_person_options(CLI::App* cmd, PeopleOpts& o) {
  cmd->add_option("--circle", o.circle,
                  "How close: inner (closest), middle or outer (acquaintances)")
      ->type_name("CIRCLE");
  cmd->add_option("--role", o.role, "Who they are to you: partner, mother, colleague ...")
      ->type_name("TEXT");
  cmd->add_option("--note", o.note, "Anything to remember about this relationship")
      ->type_name("TEXT");
  cmd->add_option("--contact", o.contact,
                  "How often you are in touch: " + domain::join_names(domain::contact_names()))
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

Run setup_people(CLI::App& cmd) {
  cmd.footer(
      "Without a subcommand, list everyone: circle, role, number of events, last contact and\n"
      "the mean impact of your events with them. Names match in any case.");
  return [](Invocation& inv) {
    const auto people = app::list_people(inv.journal());
    if (people.empty() && inv.format == domain::Format::text) {
      inv.ctx.note("no people yet; add someone with: ipt people add NAME --circle inner");
      return;
    }
    inv.emit(render::people_view(), people);
  };
}

Run setup_people_add(CLI::App& cmd) {
  auto o = std::make_shared<PeopleOpts>();
  cmd.add_option("NAME", o->name, "Their name (quote it, or give it as several words)")
      ->type_name("NAME")
      ->required();
  add_person_options(&cmd, *o);
  return [o](Invocation& inv) {
    const auto name = name_arg(o->name);
    const auto fields = fields_of(*o);
    const auto p = app::add_person(inv.journal(), name, fields);
    if (!inv.ctx.opts.quiet)
      inv.ctx.out << "added " << p.name << '\n';
  };
}

Run setup_people_edit(CLI::App& cmd) {
  auto o = std::make_shared<PeopleOpts>();
  cmd.add_option("NAME", o->name, "Their name, in any case")->type_name("NAME")->required();
  add_person_options(&cmd, *o);
  cmd.add_option("--rename", o->rename, "A new name (their entries follow)")->type_name("NEW");
  return [o](Invocation& inv) {
    const auto name = name_arg(o->name);
    const auto fields = fields_of(*o);
    if (fields.empty()) {
      throw UsageError("nothing to change",
                       "give --circle, --role, --note, --contact, --satisfying, ... or --rename");
    }
    const auto p = app::edit_person(inv.journal(), name, fields);
    if (!inv.ctx.opts.quiet)
      inv.ctx.out << "updated " << p.name << '\n';
  };
}

Run setup_people_show(CLI::App& cmd) {
  auto o = std::make_shared<PeopleOpts>();
  cmd.add_option("NAME", o->name, "Their name, in any case")->type_name("NAME")->required();
  return [o](Invocation& inv) {
    const auto name = name_arg(o->name);
    inv.emit(render::person_view(), app::show_person(inv.journal(), name));
  };
}

Run setup_people_rm(CLI::App& cmd) {
  auto o = std::make_shared<PeopleOpts>();
  cmd.footer(
      "Remove someone from your people. Refused while entries name them, unless --force,\n"
      "which keeps those entries and only removes the name from them.");
  cmd.add_option("NAME", o->name, "Their name, in any case")->type_name("NAME")->required();
  cmd.add_flag("--force", o->force, "Remove even when entries name them (the entries stay)");
  return [o](Invocation& inv) {
    const auto name = name_arg(o->name);
    const auto removed = app::remove_person(inv.journal(), name, o->force);
    const int unlinked = removed.unlinked;
    if (unlinked > 0) {
      inv.ctx.note("kept " + std::to_string(unlinked) + (unlinked == 1 ? " entry" : " entries") +
                   " that named them");
    }
    if (!inv.ctx.opts.quiet)
      inv.ctx.out << "removed " << removed.name << '\n';
  };
}

Run setup_people_merge(CLI::App& cmd) {
  auto from = std::make_shared<std::string>();
  auto into = std::make_shared<std::string>();
  cmd.footer(
      "Join two people who are one (a name typed two ways): every entry and area naming FROM\n"
      "names INTO instead, and INTO keeps its own circle, role and inventory answers, taking\n"
      "FROM's only where its own are empty. FROM is removed.");
  cmd.add_option("FROM", *from, "The person to join into the other")->type_name("FROM")->required();
  cmd.add_option("INTO", *into, "The person to keep")->type_name("INTO")->required();
  return [from, into](Invocation& inv) {
    const auto a = domain::check_person_name(*from);
    const auto b = domain::check_person_name(*into);
    const auto m = app::merge_people(inv.journal(), a, b);
    if (!m.fields.empty()) {
      std::string list;
      for (const auto& f : m.fields)
        list += (list.empty() ? "" : ", ") + f;
      inv.ctx.note(m.into.name + " took from " + m.from + ": " + list);
    }
    if (!inv.ctx.opts.quiet) {
      inv.ctx.out << "merged " << m.from << " into " << m.into.name << " (" << m.moved
                  << (m.moved == 1 ? " entry" : " entries") << ")\n";
    }
  };
}

Run setup_people_circle(CLI::App& cmd) {
  auto o = std::make_shared<PeopleOpts>();
  cmd.footer(
      "Three rings around you: the inner circle (the people closest to you), the middle and\n"
      "the outer circle (acquaintances). Place someone with: ipt people edit NAME --circle RING");
  add_int_option(&cmd, "--width", o->width, "Columns to draw in, 40 to 400 (default 80)", 40, 400);
  return [o](Invocation& inv) {
    render::CircleDrawing d{app::list_people(inv.journal()), o->width.value_or(80)};
    inv.emit(render::circle_view(), d);
  };
}

}  // namespace ipt::cli
