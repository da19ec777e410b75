// ipt agenda [add|done]: what to bring up at your next session.
#include "app/agenda.hpp"
#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "domain/errors.hpp"
#include "render/agenda.hpp"

namespace ipt::cli {

namespace {

struct AgendaOpts {
  bool all = false;
  std::vector<std::string> text;
  std::string id;
};

/// An agenda item's id: "3" or "#3".
std::int64_t item_id_arg(const std::string& s) {
  try {
    return id_arg(s);
  } catch (const UsageError&) {
    throw UsageError("an agenda item's id is a number, like 3; got '" + s + "'",
                     "ipt agenda lists the items with their ids");
  }
}

}  // namespace

Run setup_agenda(CLI::App& cmd) {
  auto o = std::make_shared<AgendaOpts>();
  cmd.footer(
      "Things to bring up at your next session. Add one with 'ipt agenda add TEXT', or put an\n"
      "entry on the agenda as you log it: ipt log 3 \"argued with Sam\" --agenda. Open items\n"
      "appear in ipt prompts and in ipt report; 'ipt agenda done ID' when it was talked about.\n"
      "Without a subcommand, list the open items.");
  cmd.add_flag("--all", o->all, "Also list the items that are done");
  return [o](Invocation& inv) {
    const auto items = app::agenda(inv.journal(), o->all);
    if (items.empty() && inv.format == domain::Format::text) {
      inv.ctx.note(o->all ? "the agenda is empty"
                          : "nothing on the agenda; add something with: ipt agenda add TEXT");
      return;
    }
    inv.emit(render::agenda_view(), items);
  };
}

Run setup_agenda_add(CLI::App& cmd) {
  auto o = std::make_shared<AgendaOpts>();
  cmd.add_option("TEXT", o->text, "What to bring up ('-' reads stdin)")->required();
  return [o](Invocation& inv) {
    const auto text = text_arg(inv.ctx, "the agenda item", o->text, true);
    const auto item = app::add_agenda_item(inv.journal(), text);
    if (!inv.ctx.opts.quiet)
      inv.ctx.out << "added agenda item #" << item.id << '\n';
  };
}

Run setup_agenda_done(CLI::App& cmd) {
  auto o = std::make_shared<AgendaOpts>();
  cmd.add_option("ID", o->id, "The item's id (ipt agenda lists them)")->required();
  return [o](Invocation& inv) {
    const auto id = item_id_arg(o->id);
    const auto item = app::agenda_done(inv.journal(), id);
    if (!inv.ctx.opts.quiet)
      inv.ctx.out << "done: agenda item #" << item.id << '\n';
  };
}

}  // namespace ipt::cli
