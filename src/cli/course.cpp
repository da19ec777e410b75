// ipt course [start|end|edit|list] and ipt phase [set|auto]: the course of therapy.
#include <ostream>

#include "app/course.hpp"
#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "domain/errors.hpp"
#include "render/course.hpp"

namespace ipt::cli {

namespace {

struct CourseOpts {
  std::string format = "text";
  std::optional<std::string> date;
  std::optional<int> weeks;
  std::optional<int> initial_weeks;
  std::optional<int> termination_weeks;
};

app::CourseShape shape_of(const CourseOpts& o) {
  return app::CourseShape{o.weeks, o.initial_weeks, o.termination_weeks};
}

void add_shape_options(CLI::App* cmd, CourseOpts& o, bool with_defaults) {
  auto* weeks = add_int_option(cmd, "--weeks", o.weeks, "Planned length in weeks, 4 to 52",
                               domain::kMinWeeks, domain::kMaxWeeks);
  auto* initial = add_int_option(cmd, "--initial-weeks", o.initial_weeks,
                                 "Weeks of the initial phase", 0, domain::kMaxWeeks);
  auto* termination = add_int_option(cmd, "--termination-weeks", o.termination_weeks,
                                     "Weeks of the termination phase", 0, domain::kMaxWeeks);
  if (with_defaults) {
    weeks->default_str("16");
    initial->default_str("3");
    termination->default_str("3");
  }
}

void run_course_status(const CourseOpts& o, Context& ctx) {
  auto journal = ctx.open(app::Access::read);
  const auto view = app::course_view(journal, ctx.clock);
  if (o.format == "json") {
    render::course_json(ctx.out, view);
    return;
  }
  render::course_text(ctx.out, view, ctx.style());
  if (!view.course)
    ctx.note("start a course with: ipt course start --weeks 16");
}

std::string phase_word(const domain::CourseOverview& v) {
  return std::string(domain::to_string(v.phase));
}

}  // namespace

void add_course(CLI::App& parent, Context& ctx) {
  auto o = std::make_shared<CourseOpts>();
  auto* cmd = parent.add_subcommand("course", "The course of therapy");
  cmd->footer(
      "IPT is time-limited: the number of weekly sessions is agreed at the start (usually\n"
      "12 to 16). Course weeks are 7-day periods from the first day. The phase is initial for\n"
      "the first weeks, termination for the last ones, middle between, and maintenance once\n"
      "the course has ended or passed its planned length. Without a subcommand, show where\n"
      "you are.");
  cmd->add_option("--format", o->format, "Output format: text or json")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json"}))
      ->default_str("text");

  auto* start = cmd->add_subcommand("start", "Start a course");
  start->add_option("-d,--date", o->date, "Its first day (WHEN; default today)")->type_name("WHEN");
  add_shape_options(start, *o, true);
  start->callback([o, &ctx] {
    const auto when = o->date ? std::optional(past_when_arg(ctx, *o->date)) : std::nullopt;
    auto shape = shape_of(*o);
    domain::check_course_shape(shape.weeks.value_or(domain::kDefaultWeeks),
                               shape.initial_weeks.value_or(domain::kDefaultInitialWeeks),
                               shape.termination_weeks.value_or(domain::kDefaultTerminationWeeks));
    auto journal = ctx.open(app::Access::write);
    const auto c = app::start_course(journal, ctx.clock, when, shape);
    if (!ctx.opts.quiet) {
      ctx.out << "started a " << c.weeks << "-week course on " << domain::format_date(c.start)
              << '\n';
    }
  });

  auto* end = cmd->add_subcommand("end", "End the open course");
  end->add_option("-d,--date", o->date, "Its last day (WHEN; default today)")->type_name("WHEN");
  end->callback([o, &ctx] {
    const auto when = o->date ? std::optional(past_when_arg(ctx, *o->date)) : std::nullopt;
    auto journal = ctx.open(app::Access::read);
    const auto c = app::end_course(journal, ctx.clock, when);
    if (!ctx.opts.quiet)
      ctx.out << "ended the course on " << domain::format_date(*c.end) << '\n';
    ctx.note("the phase is now maintenance: a time to keep what you gained");
  });

  auto* edit = cmd->add_subcommand("edit", "Change the open course's length or phases");
  edit->add_option("-d,--date", o->date, "A new first day (WHEN)")->type_name("WHEN");
  add_shape_options(edit, *o, false);
  edit->callback([o, &ctx] {
    const auto when = o->date ? std::optional(past_when_arg(ctx, *o->date)) : std::nullopt;
    const auto shape = shape_of(*o);
    if (!when && !shape.weeks && !shape.initial_weeks && !shape.termination_weeks) {
      throw UsageError("nothing to change",
                       "give --weeks, --initial-weeks, "
                       "--termination-weeks or --date");
    }
    auto journal = ctx.open(app::Access::read);
    const auto c = app::edit_course(journal, ctx.clock, shape, when);
    if (!ctx.opts.quiet) {
      ctx.out << "updated the course: " << c.weeks << " weeks from " << domain::format_date(c.start)
              << '\n';
    }
  });

  auto* list = cmd->add_subcommand("list", "Every course, oldest first");
  list->add_option("--format", o->format, "Output format: text or json")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json"}))
      ->default_str("text");
  list->callback([o, &ctx] {
    auto journal = ctx.open(app::Access::read);
    const auto courses = app::list_courses(journal);
    if (o->format == "json") {
      render::courses_json(ctx.out, courses);
    } else if (courses.empty()) {
      ctx.note("no courses yet; start one with: ipt course start");
    } else {
      render::courses_text(ctx.out, courses, ctx.today(), ctx.style());
    }
  });

  cmd->callback([o, cmd, &ctx] {
    if (cmd->get_subcommands().empty())
      run_course_status(*o, ctx);
  });
}

void add_phase(CLI::App& parent, Context& ctx) {
  auto phase = std::make_shared<std::string>();
  auto* cmd = parent.add_subcommand("phase", "The current phase");
  cmd->footer(
      "Prints the phase: none, initial, middle, termination or maintenance. When stdout is\n"
      "not a terminal it prints just the word, for $(ipt phase) in scripts.\n"
      "A therapist moves on when you are ready rather than by the calendar: 'ipt phase set'\n"
      "pins the phase, 'ipt phase auto' follows the course's calendar again.");
  auto* set = cmd->add_subcommand("set", "Pin the phase");
  set->add_option("PHASE", *phase, "initial, middle, termination or maintenance")
      ->required()
      ->check(CLI::IsMember({"initial", "middle", "termination", "maintenance"}));
  set->callback([phase, &ctx] {
    auto journal = ctx.open(app::Access::write);
    app::pin_phase(journal, ctx.clock, domain::phase_from(*phase));
    if (!ctx.opts.quiet)
      ctx.out << "phase pinned to " << *phase << '\n';
  });
  auto* unpin = cmd->add_subcommand("auto", "Follow the course's calendar again");
  unpin->callback([&ctx] {
    auto journal = ctx.open(app::Access::read);
    app::pin_phase(journal, ctx.clock, std::nullopt);
    const auto view = app::course_view(journal, ctx.clock);
    if (!ctx.opts.quiet)
      ctx.out << "phase follows the calendar: " << phase_word(view) << '\n';
  });
  cmd->callback([cmd, &ctx] {
    if (!cmd->get_subcommands().empty())
      return;
    // A journal that does not exist yet has no course: the phase is none, and nothing is made.
    std::error_code ec;
    if (!std::filesystem::exists(ctx.db_path(), ec)) {
      ctx.out << "none" << '\n';
      return;
    }
    auto journal = ctx.open(app::Access::read);
    const auto view = app::course_view(journal, ctx.clock);
    if (!ctx.stdout_tty) {
      ctx.out << phase_word(view) << '\n';
      return;
    }
    const auto st = ctx.style();
    ctx.out << st.bold(phase_word(view));
    if (view.status && !view.status->ended && view.status->week <= view.status->weeks) {
      ctx.out << " (week " << view.status->week << " of " << view.status->weeks << ")";
    }
    if (view.pin)
      ctx.out << " (pinned)";
    ctx.out << ": " << render::phase_purpose(view.phase) << '\n';
  });
}

}  // namespace ipt::cli
