// ipt inventory: the interpersonal inventory. On a terminal it walks you through it, saving each
// answer as it is given; otherwise (or with --format) it prints it.
#include <istream>
#include <ostream>

#include "app/people.hpp"
#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "cli/terminal.hpp"
#include "domain/errors.hpp"
#include "domain/names.hpp"
#include "domain/text.hpp"
#include "domain/validate.hpp"
#include "render/inventory.hpp"

namespace ipt::cli {

namespace {

struct Question {
  std::string text;
  std::optional<std::string> app::PersonFields::*field;
  std::string domain::Person::*current;
};

/// Asks whom to place in each circle; returns false when input ended.
bool walk_circles(Context& ctx, app::Journal& journal) {
  const struct {
    domain::Circle circle;
    const char* question;
  } rings[] = {
      {domain::Circle::inner, "Who is in your inner circle, the people closest to you?"},
      {domain::Circle::middle,
       "Who is in your middle circle: people who matter, a step further out?"},
      {domain::Circle::outer,
       "Who is in your outer circle: acquaintances, colleagues, neighbours?"},
  };
  for (const auto& ring : rings) {
    const bool going =
        ask_until(ctx, std::string(ring.question) + " (names separated by commas; Enter to skip)",
                  "", [&](const std::string& answer) {
                    for (const auto& name : people_arg({answer})) {
                      app::PersonFields f;
                      f.circle = ring.circle;
                      try {
                        app::edit_person(journal, name, f);
                      } catch (const NotFound&) {
                        app::add_person(journal, name, f);
                      }
                    }
                  });
    if (!going)
      return false;
  }
  return true;
}

/// Asks the inventory questions about one person; returns false when input ended.
bool walk_person(Context& ctx, app::Journal& journal, const domain::Person& p) {
  ctx.err << "\n" << p.name << (p.role.empty() ? "" : " (" + p.role + ")") << "\n";
  // Contact has a fixed set of answers, so it is asked until one fits.
  if (!ask_until(ctx,
                 "How often are you in touch with " + p.name + "? " +
                     domain::join_names(domain::contact_names()),
                 p.contact ? std::string(domain::to_string(*p.contact)) : "",
                 [&](const std::string& answer) {
                   app::PersonFields f;
                   f.contact = domain::parse_contact(answer);
                   app::edit_person(journal, p.name, f);
                 }))
    return false;
  const Question questions[] = {
      {"What is good in your relationship with " + p.name + "?", &app::PersonFields::satisfying,
       &domain::Person::satisfying},
      {"What is hard or disappointing in it?", &app::PersonFields::unsatisfying,
       &domain::Person::unsatisfying},
      {"What do you expect of " + p.name + "?", &app::PersonFields::my_expectations,
       &domain::Person::my_expectations},
      {"What do you think " + p.name + " expects of you?", &app::PersonFields::their_expectations,
       &domain::Person::their_expectations},
      {"What would you like to change in this relationship?", &app::PersonFields::wish,
       &domain::Person::wish},
  };
  for (const auto& q : questions) {
    if (!ask_until(ctx, q.text, p.*q.current, [&](const std::string& answer) {
          app::PersonFields f;
          f.*q.field = domain::check_text("the answer", answer, false);
          app::edit_person(journal, p.name, f);  // saved now: Ctrl-C later loses nothing
        }))
      return false;
  }
  return true;
}

void walk(Context& ctx, app::Journal& journal) {
  const InterruptGuard guard;
  ctx.err << "The interpersonal inventory: the important people in your life, how close they\n"
             "are, and what is good and hard in each relationship. Each answer is saved as you\n"
             "give it; press Enter to skip a question, Ctrl-D to stop.\n\n";
  bool going = walk_circles(ctx, journal);
  if (going) {
    for (const auto& s : app::list_people(journal)) {
      if (!s.person.circle)
        continue;
      if (!(going = walk_person(ctx, journal, s.person)))
        break;
    }
  }
  ctx.err << (going ? "\nThank you. ipt inventory --format markdown prints it all.\n"
                    : "\nStopped; everything you answered is saved.\n");
  InterruptGuard::check();
}

}  // namespace

Run setup_inventory(CLI::App& cmd) {
  cmd.footer(
      "On a terminal, walks you through the inventory: who is in each of your circles, then,\n"
      "person by person, how often you are in touch, what is good and hard, what you expect\n"
      "of each other and what you would like to change. Each answer is saved as you give it.\n"
      "Off a terminal, or with --format, prints the inventory instead.");
  auto* format = cmd.get_option("--format");
  return [format](Invocation& inv) {
    auto& ctx = inv.ctx;
    if (format->count() == 0 && ctx.stdin_tty && ctx.stdout_tty) {
      walk(ctx, inv.journal());
      return;
    }
    // Printing only reads: it never creates or changes the journal.
    const auto people = app::list_people(inv.journal(Needs::read));
    inv.emit(render::inventory_view(), people);
    if (people.empty() && inv.format == domain::Format::text)
      ctx.note("no people yet; run ipt inventory on a terminal to begin");
  };
}

}  // namespace ipt::cli
