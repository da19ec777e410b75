// ipt report: the review a person brings to a session, for a week, a month, a range or a
// course, in text, markdown, json, csv or html.
#include <cstdlib>

#include "app/report.hpp"
#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "cli/metric_args.hpp"
#include "cli/safety.hpp"
#include "cli/terminal.hpp"
#include "cli/weekly.hpp"
#include "domain/errors.hpp"
#include "domain/safety.hpp"
#include "render/report.hpp"

namespace ipt::cli {

namespace {

struct ReportOpts {
  std::vector<std::string> week, month, course;
  CLI::Option* week_opt = nullptr;
  CLI::Option* month_opt = nullptr;
  CLI::Option* course_opt = nullptr;
  std::optional<std::string> from, to;
  bool notes = false;
  bool answers = false;
  std::optional<std::string> redact;
};

domain::Redact redact_arg(const std::optional<std::string>& s) {
  if (!s)
    return domain::Redact::none;
  if (*s == "people")
    return domain::Redact::people;
  if (*s == "all")
    return domain::Redact::all;
  throw UsageError("--redact takes people or all; got '" + *s + "'",
                   "--redact people replaces names; --redact all also drops every text");
}

/// The value of an option that may be given bare (--week, --week monday): CLI11 records a bare
/// one as an empty string.
std::optional<std::string> value_of(const std::vector<std::string>& v) {
  if (v.empty() || v.front().empty())
    return std::nullopt;
  return v.front();
}

/// A month as YYYY-MM (2026-11), or any WHEN in it.
domain::Date month_arg(Context& ctx, const std::string& s) {
  if (s.size() == 7 && s[4] == '-') {
    if (auto d = domain::parse_iso_date(s + "-01"))
      return *d;
  }
  return when_arg(ctx, s).day;
}

/// The crisis lines in one line, for a page that is printed or shared, where "ipt help-now"
/// cannot be run.
std::string crisis_line(Context& ctx) {
  std::string s = "If you need help now:";
  for (const auto& l : domain::crisis_lines(safety_country(ctx)))
    s += " " + std::string(l.where) + ": " + std::string(l.line) + ";";
  s.back() = '.';
  return s + " (Checked " + std::string(domain::kLinesChecked) + "; ipt help-now has them too.)";
}

app::ReportRequest request_of(Context& ctx, const ReportOpts& o) {
  const int periods = (o.week_opt->count() > 0) + (o.month_opt->count() > 0) +
                      (o.course_opt->count() > 0) + (o.from || o.to ? 1 : 0);
  if (periods > 1) {
    throw UsageError("give one period: --week, --month, --from/--to or --course",
                     "ipt report --month shows this month");
  }
  app::ReportRequest req;
  if (o.month_opt->count() > 0) {
    req.kind = domain::PeriodKind::month;
    if (const auto v = value_of(o.month))
      req.day = month_arg(ctx, *v);
  } else if (o.course_opt->count() > 0) {
    req.kind = domain::PeriodKind::course;
    if (const auto v = value_of(o.course)) {
      try {
        req.course_id = id_arg(*v);
      } catch (const UsageError&) {
        throw UsageError("--course takes a course's id, such as 1; got '" + *v + "'",
                         "ipt course list shows the courses and their ids");
      }
    }
  } else if (o.from || o.to) {
    if (!o.from)
      throw UsageError("--to needs --from", "ipt report --from 2026-11-01 --to 2026-11-15");
    req.kind = domain::PeriodKind::range;
    req.from = when_arg(ctx, *o.from).day;
    req.to = o.to ? when_arg(ctx, *o.to).day : ctx.today();
    if (!o.to && *req.to < *req.from) {
      throw UsageError("--from " + *o.from + " is after today",
                       "a report looks back: give a day that has passed");
    }
    if (*req.to < *req.from) {
      throw UsageError("--to " + *o.to + " is before --from " + *o.from,
                       "the period runs from --from to --to, both included");
    }
  } else if (const auto v = value_of(o.week)) {
    req.day = when_arg(ctx, *v).day;
  }
  req.safety = safety_settings(ctx);
  req.scales = scales_of(ctx.config());
  return req;
}

}  // namespace

Run setup_report(CLI::App& cmd) {
  auto o = std::make_shared<ReportOpts>();
  cmd.footer(
      "A review to bring to your next session: mood day by day, the days and people it moved\n"
      "with, your focus area, reflections, questionnaires and your agenda. The default period\n"
      "is the week ipt prompts reflects on. Links between mood and people are associations,\n"
      "never causes. markdown and html are made to share: they leave out your notes and event\n"
      "texts unless --notes, and answers need --answers in every format. --redact people\n"
      "replaces names (in texts too) with Person 1, Person 2 ... in the order of your people;\n"
      "--redact all also drops every text. Reading never changes the journal.");
  o->week_opt = cmd.add_option("--week", o->week,
                               "A week: the one holding WHEN (default: the "
                               "week ipt prompts reflects on)")
                    ->type_name("[WHEN]")
                    ->expected(0, 1);
  o->month_opt = cmd.add_option("--month", o->month,
                                "A calendar month: the one holding WHEN "
                                "(default this month)")
                     ->type_name("[WHEN]")
                     ->expected(0, 1);
  cmd.add_option("--from", o->from, "A period from this day ...")->type_name("WHEN");
  cmd.add_option("--to", o->to, "... to this day, both included (default today)")
      ->type_name("WHEN");
  o->course_opt = cmd.add_option("--course", o->course,
                                 "A course, week by week: the current or latest, or this one")
                      ->type_name("[ID]")
                      ->expected(0, 1);
  cmd.add_flag("--notes", o->notes,
               "markdown and html: include your notes and event texts (text and json always do)");
  cmd.add_flag("--answers", o->answers, "Include your answers to reflection prompts");
  cmd.add_option("--redact", o->redact, "people: names become Person 1, 2 ...; all: no texts")
      ->type_name("people|all");
  return [o](Invocation& inv) {
    auto& ctx = inv.ctx;
    const auto redact = redact_arg(o->redact);
    const auto req = request_of(ctx, *o);
    // The library only names the task of each prompt asked: a broken prompt file of yours
    // should not stop the report, so it falls back to the built-in prompts and says so.
    library::Library lib;
    try {
      lib = load_prompts(ctx, WeekOpts{});
    } catch (const UsageError&) {
      ctx.note(
          "your prompt files have problems (ipt prompts check lists them); the report "
          "uses the built-in prompts");
      lib = library::load_library({});
    }
    auto result = app::make_report(inv.journal(), lib.prompts, req);
    const bool shared =
        inv.format == domain::Format::markdown || inv.format == domain::Format::html;
    if (shared && !o->notes)
      domain::leave_out_notes(result.report);
    domain::redact(result.report, redact, result.people);
    render::ReportDoc doc;
    doc.report = std::move(result.report);
    doc.notes = redact != domain::Redact::all && (!shared || o->notes);
    doc.answers = o->answers && redact != domain::Redact::all;
    doc.redact = redact;
    doc.utf8 = utf8_terminal(ctx);
    doc.help_now_line =
        "If things feel like too much, ipt help-now lists people you can reach "
        "at any time.";
    // On paper "ipt help-now" can't be run: after a recent item-9 answer, the lines themselves.
    if (shared && doc.report.safety.item9_recent)
      doc.help_now_line = crisis_line(ctx);
    inv.emit(render::report_view(), doc);
    if (doc.report.header.previous) {
      ctx.note(
          "this week has just begun and last week has no answers yet, so this is last "
          "week's report; ipt report --week today shows this week's");
    }
  };
}

}  // namespace ipt::cli
