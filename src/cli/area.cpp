// ipt area [add|show|focus|stage|resolve|reopen]: the problem areas you work on.
#include <ostream>

#include "app/areas.hpp"
#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "domain/area.hpp"
#include "domain/errors.hpp"
#include "domain/validate.hpp"
#include "render/areas.hpp"

namespace ipt::cli {

namespace {

struct AreaOpts {
  std::string format = "text";
  std::string kind;
  std::vector<std::string> title;
  std::vector<std::string> with;
  std::optional<std::string> stage;
  std::string id;
  std::string stage_arg;
  std::optional<std::string> note;
};

void run_area_list(const AreaOpts& o, Context& ctx) {
  auto journal = ctx.open(app::Access::read);
  const auto areas = app::list_areas(journal);
  switch (format_of(o.format)) {
    case render::Format::json:
      render::areas_json(ctx.out, areas);
      break;
    case render::Format::csv:
      render::areas_csv(ctx.out, areas);
      break;
    case render::Format::text:
      if (areas.empty()) {
        ctx.note("no problem areas yet; add one with: ipt area add dispute \"Sam and chores\"");
      } else {
        render::areas_text(ctx.out, areas, ctx.style());
      }
      break;
  }
}

/// "ipt: consider focusing on #3 ..." after the focus was resolved and others remain open.
void suggest_next(Context& ctx, const app::AreaResolved& r) {
  if (!r.was_focus || r.open_others.empty())
    return;
  const auto& next = r.open_others.front();
  std::string others;
  for (const auto& a : r.open_others) {
    others += (others.empty() ? "" : ", ") + std::string("#") + std::to_string(a.id);
  }
  ctx.note("no area is in focus now; still open: " + others + ". When you are ready: ipt area " +
           "focus " + std::to_string(next.id) + " (" + next.title + ")");
}

}  // namespace

void add_area(CLI::App& parent, Context& ctx) {
  auto o = std::make_shared<AreaOpts>();
  auto* cmd = parent.add_subcommand("area", "Problem areas: add, focus, stage, resolve");
  cmd->footer(
      "IPT works on one of four problem areas at a time: grief (after a death), dispute (a\n"
      "role dispute with someone whose expectations differ from yours), transition (a life\n"
      "change) and deficits (loneliness and isolation). Aliases: loss, conflict, change,\n"
      "sensitivity, isolation. New check-ins and events attach to the focus area unless you\n"
      "give --area. Without a subcommand, list the areas.");
  add_format_option(cmd, o->format);

  auto* add = cmd->add_subcommand("add", "Add a problem area");
  add->add_option("KIND", o->kind, "grief, dispute, transition or deficits")->required();
  add->add_option("TITLE", o->title, "A few words to name it")->required();
  add->add_option("--with", o->with, "Who it involves (repeat, or separate with commas)")
      ->type_name("PERSON");
  add->add_option("--stage", o->stage, "Disputes: renegotiation, impasse or dissolution")
      ->type_name("STAGE");
  add->callback([o, &ctx] {
    app::AreaInput in;
    in.kind = domain::parse_area_kind(o->kind);
    in.title = text_arg(ctx, "the title", o->title, true);
    in.people = people_arg(o->with);
    if (o->stage)
      in.stage = domain::parse_dispute_stage(*o->stage);
    domain::check_stage_applies(in.kind, in.stage);
    auto journal = ctx.open(app::Access::write);
    const auto r = app::add_area(journal, ctx.clock, in);
    for (const auto& name : r.new_people)
      ctx.note("added '" + name + "' to your people");
    if (!ctx.opts.quiet)
      ctx.out << "added area #" << r.area.id << '\n';
    if (r.became_focus)
      ctx.note("area #" + std::to_string(r.area.id) + " is now your focus");
  });

  auto* show = cmd->add_subcommand("show", "An area with its stages and entries");
  show->add_option("ID", o->id, "The area's id")->type_name("ID")->required();
  add_format_option(show, o->format);
  show->callback([o, &ctx] {
    const auto id = area_id_arg(o->id);
    auto journal = ctx.open(app::Access::read);
    const auto d = app::show_area(journal, id);
    switch (format_of(o->format)) {
      case render::Format::json:
        render::area_json(ctx.out, d.summary, d.entries);
        break;
      case render::Format::csv:
        render::areas_csv(ctx.out, {d.summary});
        break;
      case render::Format::text:
        render::area_text(ctx.out, d.summary, d.entries, ctx.style());
        break;
    }
  });

  auto* focus = cmd->add_subcommand("focus", "Make an area the focus");
  focus->add_option("ID", o->id, "The area's id")->type_name("ID")->required();
  focus->callback([o, &ctx] {
    const auto id = area_id_arg(o->id);
    auto journal = ctx.open(app::Access::read);
    const auto a = app::focus_area(journal, id);
    if (!ctx.opts.quiet)
      ctx.out << "focus: #" << a.id << " " << a.title << '\n';
  });

  auto* stage = cmd->add_subcommand("stage", "Record a dispute's new stage");
  stage->add_option("ID", o->id, "The area's id")->type_name("ID")->required();
  stage->add_option("STAGE", o->stage_arg, "renegotiation, impasse or dissolution")->required();
  stage->callback([o, &ctx] {
    const auto id = area_id_arg(o->id);
    const auto s = domain::parse_dispute_stage(o->stage_arg);
    auto journal = ctx.open(app::Access::read);
    const auto a = app::set_area_stage(journal, ctx.clock, id, s);
    if (!ctx.opts.quiet) {
      ctx.out << "area #" << a.id << " is at " << domain::to_string(s) << '\n';
    }
  });

  auto* resolve = cmd->add_subcommand("resolve", "Mark an area resolved");
  resolve->add_option("ID", o->id, "The area's id")->type_name("ID")->required();
  resolve->add_option("--note", o->note, "What changed")->type_name("TEXT");
  resolve->callback([o, &ctx] {
    const auto id = area_id_arg(o->id);
    const auto note =
        o->note ? std::optional(domain::check_text("--note", *o->note, false)) : std::nullopt;
    auto journal = ctx.open(app::Access::read);
    const auto r = app::resolve_area(journal, ctx.clock, id, note);
    if (!ctx.opts.quiet)
      ctx.out << "resolved area #" << r.area.id << '\n';
    suggest_next(ctx, r);
  });

  auto* reopen = cmd->add_subcommand("reopen", "Open a resolved area again");
  reopen->add_option("ID", o->id, "The area's id")->type_name("ID")->required();
  reopen->callback([o, &ctx] {
    const auto id = area_id_arg(o->id);
    auto journal = ctx.open(app::Access::read);
    const auto a = app::reopen_area(journal, id);
    if (!ctx.opts.quiet)
      ctx.out << "reopened area #" << a.id << '\n';
  });

  cmd->callback([o, cmd, &ctx] {
    if (cmd->get_subcommands().empty())
      run_area_list(*o, ctx);
  });
}

}  // namespace ipt::cli
