// ipt area [add|show|edit|focus|stage|resolve|reopen]: the problem areas you work on.
#include <algorithm>
#include <ostream>

#include "app/agenda.hpp"
#include "app/areas.hpp"
#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "cli/messages.hpp"
#include "cli/safety.hpp"
#include "domain/area.hpp"
#include "domain/errors.hpp"
#include "domain/names.hpp"
#include "domain/text.hpp"
#include "domain/validate.hpp"
#include "render/areas.hpp"

namespace ipt::cli {

namespace {

struct AreaOpts {
  std::string kind;
  std::vector<std::string> title;
  std::vector<std::string> with;
  std::optional<std::string> stage;
  std::string id;
  std::string stage_arg;
  std::optional<std::string> note;
  std::optional<std::string> afraid;
  std::vector<std::string> rate_args;
  std::optional<std::string> date;
};

/// A rating of how a problem stands: a whole number 1..5.
int rating_arg(const std::string& s) {
  const auto t = domain::trim(s);
  if (t.size() == 1 && t[0] >= '0' + domain::kRatingMin && t[0] <= '0' + domain::kRatingMax)
    return t[0] - '0';
  throw UsageError("a rating is a whole number from 1 (no better) to 5 (resolved); got '" + s + "'",
                   "ipt area rate 3 rates the focus area; ipt area rate 2 4 rates area #2");
}

/// --afraid yes|no (and, for area edit, unset).
std::optional<bool> afraid_arg(const std::string& s, bool allow_unset) {
  const auto v = domain::fold_case(s);
  if (v == "yes" || v == "y")
    return true;
  if (v == "no" || v == "n")
    return false;
  if (allow_unset && v == "unset")
    return std::nullopt;
  throw UsageError("--afraid takes yes or no" + std::string(allow_unset ? " (or unset)" : "") +
                   "; got '" + s + "'");
}

/// "ipt: consider focusing on #3 ..." after the focus was resolved and others remain open.
void suggest_next(Context& ctx, const app::AreaResolved& r) {
  if (!r.was_focus || r.open_others.empty())
    return;
  std::vector<std::pair<std::int64_t, std::string>> open;
  for (const auto& a : r.open_others)
    open.emplace_back(a.id, a.title);
  ctx.note(next_area_note(open));
}

/// The ID positional every subcommand but add takes.
std::shared_ptr<AreaOpts> with_id(CLI::App& cmd) {
  auto o = std::make_shared<AreaOpts>();
  cmd.add_option("ID", o->id, "The area's id")->type_name("ID")->required();
  return o;
}

std::string stage_names() {
  return domain::join_names(domain::dispute_stage_names());
}

}  // namespace

Run setup_area(CLI::App& cmd) {
  cmd.footer(
      "IPT works on one of four problem areas at a time: grief (after a death), dispute (a\n"
      "role dispute with someone whose expectations differ from yours), transition (a life\n"
      "change, including a loss that is not a death) and deficits (loneliness and isolation).\n"
      "Aliases: conflict, change, sensitivity, isolation; 'loss' asks which it is. New\n"
      "check-ins and events attach to the focus area unless you give --area. Without a\n"
      "subcommand, list the areas.");
  return [](Invocation& inv) {
    const auto areas = app::list_areas(inv.journal());
    if (areas.empty() && inv.format == domain::Format::text) {
      inv.ctx.note("no problem areas yet; add one with: ipt area add dispute \"Sam and chores\"");
      return;
    }
    inv.emit(render::areas_view(), areas);
    if (inv.format != domain::Format::text)
      return;
    // After a resolution, IPT moves on to the next area: say which command does it.
    std::vector<std::pair<std::int64_t, std::string>> open;
    for (const auto& a : areas) {
      if (a.area.status == domain::AreaStatus::focus)
        return;
      if (a.area.status == domain::AreaStatus::open)
        open.emplace_back(a.area.id, a.area.title);
    }
    std::sort(open.begin(), open.end());
    if (!open.empty())
      inv.ctx.note(next_area_note(open));
  };
}

Run setup_area_add(CLI::App& cmd) {
  auto o = std::make_shared<AreaOpts>();
  cmd.add_option("KIND", o->kind, domain::join_names(domain::area_kind_names()))->required();
  cmd.add_option("TITLE", o->title, "A few words to name it")->required();
  cmd.add_option("--with", o->with, "Who it involves (repeat, or separate with commas)")
      ->type_name("PERSON");
  cmd.add_option("--stage", o->stage, "Disputes: " + stage_names())->type_name("STAGE");
  cmd.add_option("--afraid", o->afraid,
                 "Disputes: do you ever feel afraid of this person? yes or no (asked on a "
                 "terminal)")
      ->type_name("yes|no");
  return [o](Invocation& inv) {
    auto& ctx = inv.ctx;
    app::AreaInput in;
    try {
      in.kind = domain::parse_area_kind(o->kind);
    } catch (const UsageError& e) {
      if (e.code() != Errc::ambiguous_loss || !ctx.stdin_tty)
        throw;
      in.kind = confirm(ctx, "Did someone die? (grief; otherwise it is a life change: transition)")
                    ? domain::AreaKind::grief
                    : domain::AreaKind::transition;
    }
    in.title = text_arg(ctx, "the title", o->title, true);
    in.people = people_arg(o->with);
    if (o->stage)
      in.stage = domain::parse_dispute_stage(*o->stage);
    domain::check_stage_applies(in.kind, in.stage);
    if (o->afraid)
      in.afraid = afraid_arg(*o->afraid, false);
    if (in.afraid && in.kind != domain::AreaKind::dispute)
      throw UsageError("--afraid is asked of a role dispute, and this is a " +
                       std::string(domain::to_string(in.kind)) + " area");
    if (!in.afraid && in.kind == domain::AreaKind::dispute && ctx.stdin_tty &&
        safety_settings(ctx).fear) {
      const std::string who = in.people.size() == 1 ? in.people.front() : "this person";
      in.afraid = confirm(ctx, "Do you ever feel afraid of " + who + "?");
    }
    const auto r = app::add_area(inv.journal(), in);
    for (const auto& name : r.new_people)
      ctx.note("added '" + name + "' to your people");
    if (!ctx.opts.quiet)
      ctx.out << "added area #" << r.area.id << '\n';
    if (r.became_focus)
      ctx.note("area #" + std::to_string(r.area.id) + " is now your focus");
    if (r.area.afraid.value_or(false) && safety_settings(ctx).fear)
      say_fear(ctx);
  };
}

Run setup_area_edit(CLI::App& cmd) {
  auto o = with_id(cmd);
  cmd.footer(
      "--afraid yes records that you feel afraid of the dispute's person: ipt then sets aside\n"
      "the exercises that ask you to reopen, rehearse or compromise, and shows where to find\n"
      "support. --afraid unset forgets the answer.");
  cmd.add_option("--afraid", o->afraid, "Do you ever feel afraid of this person? yes, no, unset")
      ->type_name("yes|no|unset")
      ->required();
  return [o](Invocation& inv) {
    auto& ctx = inv.ctx;
    const auto id = area_id_arg(o->id);
    const auto afraid = afraid_arg(*o->afraid, true);
    const auto a = app::set_area_afraid(inv.journal(), id, afraid);
    if (!ctx.opts.quiet)
      ctx.out << "updated area #" << a.id << '\n';
    if (a.afraid.value_or(false) && safety_settings(ctx).fear)
      say_fear(ctx);
  };
}

Run setup_area_show(CLI::App& cmd) {
  auto o = with_id(cmd);
  return [o](Invocation& inv) {
    const auto id = area_id_arg(o->id);
    const auto d = app::show_area(inv.journal(), id);
    inv.emit(render::area_view(), d);
    if (d.entries.empty() && inv.format == domain::Format::text) {
      inv.ctx.note("new entries attach to the focus area, or give --area " + std::to_string(id) +
                   " to attach one to this area");
    }
  };
}

Run setup_area_focus(CLI::App& cmd) {
  auto o = with_id(cmd);
  return [o](Invocation& inv) {
    const auto a = app::focus_area(inv.journal(), area_id_arg(o->id));
    if (!inv.ctx.opts.quiet)
      inv.ctx.out << "focus: #" << a.id << " " << a.title << '\n';
  };
}

Run setup_area_stage(CLI::App& cmd) {
  auto o = with_id(cmd);
  cmd.add_option("STAGE", o->stage_arg, stage_names())->required();
  return [o](Invocation& inv) {
    const auto id = area_id_arg(o->id);
    const auto s = domain::parse_dispute_stage(o->stage_arg);
    const auto a = app::set_area_stage(inv.journal(), id, s);
    if (!inv.ctx.opts.quiet)
      inv.ctx.out << "area #" << a.id << " is at " << domain::to_string(s) << '\n';
  };
}

Run setup_area_resolve(CLI::App& cmd) {
  auto o = with_id(cmd);
  cmd.add_option("--note", o->note, "What changed")->type_name("TEXT");
  return [o](Invocation& inv) {
    const auto id = area_id_arg(o->id);
    const auto note =
        o->note ? std::optional(domain::check_text("--note", *o->note, false)) : std::nullopt;
    const auto r = app::resolve_area(inv.journal(), id, note);
    if (!inv.ctx.opts.quiet)
      inv.ctx.out << "resolved area #" << r.area.id << '\n';
    suggest_next(inv.ctx, r);
  };
}

Run setup_area_rate(CLI::App& cmd) {
  auto o = std::make_shared<AreaOpts>();
  cmd.footer(
      "How the problem stands this week, in your own view: 1 no better, 2 a little better,\n"
      "3 better, 4 much better, 5 resolved (modelled on the IPT Outcome Scale). Without ID,\n"
      "rates the focus area. One rating per area and day: rating again that day replaces it.\n"
      "ipt area show and ipt report chart your ratings.");
  cmd.add_option("RATING", o->rate_args, "[ID] RATING: the area (default the focus), then 1-5")
      ->type_name("[ID] 1-5")
      ->expected(1, 2)
      ->required();
  cmd.add_option("-d,--date", o->date, "The day it is for (default today)")->type_name("WHEN");
  return [o](Invocation& inv) {
    auto& ctx = inv.ctx;
    std::optional<std::int64_t> id;
    if (o->rate_args.size() == 2)
      id = area_id_arg(o->rate_args.front());
    const int rating = rating_arg(o->rate_args.back());
    std::optional<domain::When> when;
    if (o->date)
      when = past_when_arg(ctx, *o->date);
    const auto r = app::rate_area(inv.journal(), id, rating, when);
    if (!ctx.opts.quiet) {
      ctx.out << "area #" << r.area.id << " on " << domain::format_date(r.rating.day) << ": "
              << r.rating.rating << " (" << domain::rating_label(r.rating.rating) << ")"
              << (r.replaced ? ", replacing that day's rating" : "") << '\n';
    }
  };
}

Run setup_area_reopen(CLI::App& cmd) {
  auto o = with_id(cmd);
  return [o](Invocation& inv) {
    const auto a = app::reopen_area(inv.journal(), area_id_arg(o->id));
    if (!inv.ctx.opts.quiet)
      inv.ctx.out << "reopened area #" << a.id << '\n';
  };
}

}  // namespace ipt::cli
