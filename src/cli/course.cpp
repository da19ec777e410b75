// ipt course [start|end|edit|list] and ipt phase [set|auto]: the course of therapy.
#include <ostream>

#include "app/course.hpp"
#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "cli/messages.hpp"
#include "cli/suggest.hpp"
#include "domain/errors.hpp"
#include "render/course.hpp"

namespace ipt::cli {

namespace {

struct CourseOpts {
  std::optional<std::string> date;
  std::optional<int> weeks;
  std::optional<int> initial_weeks;
  std::optional<int> termination_weeks;
};

app::CourseShape shape_of(const CourseOpts& o) {
  return app::CourseShape{o.weeks, o.initial_weeks, o.termination_weeks};
}

std::optional<domain::When> date_of(Context& ctx, const CourseOpts& o) {
  return o.date ? std::optional(past_when_arg(ctx, *o.date)) : std::nullopt;
}

void add_shape_options(CLI::App& cmd, CourseOpts& o, bool with_defaults) {
  auto* weeks = add_int_option(&cmd, "--weeks", o.weeks, "Planned length in weeks, 4 to 52",
                               domain::kMinWeeks, domain::kMaxWeeks);
  auto* initial = add_int_option(&cmd, "--initial-weeks", o.initial_weeks,
                                 "Weeks of the initial phase", 0, domain::kMaxWeeks);
  auto* termination = add_int_option(&cmd, "--termination-weeks", o.termination_weeks,
                                     "Weeks of the termination phase", 0, domain::kMaxWeeks);
  if (with_defaults) {
    weeks->default_str(std::to_string(domain::kDefaultWeeks));
    initial->description("Weeks of the initial phase (default 2 up to 10 weeks, 3 from 11)");
    termination->description(
        "Weeks of the termination phase (default 2 up to 10 weeks, 3 from 11)");
  }
}

/// The phase names a person may pin: every phase but none.
std::vector<std::string> pinnable_phases() {
  std::vector<std::string> out;
  for (auto name : domain::phase_names()) {
    if (name != domain::to_string(domain::Phase::none))
      out.emplace_back(name);
  }
  return out;
}

}  // namespace

Run setup_course(CLI::App& cmd) {
  cmd.footer(
      "IPT is time-limited: the number of weekly sessions is agreed at the start (usually\n"
      "12 to 16). Course weeks are 7-day periods from the first day. The phase is initial for\n"
      "the first weeks, termination for the last ones, middle between, and maintenance once\n"
      "the course has ended or passed its planned length. Without a subcommand, show where\n"
      "you are.");
  return [](Invocation& inv) {
    const auto view = app::course_view(inv.journal());
    inv.emit(render::course_view(), view);
    if (inv.format != domain::Format::text)
      return;
    if (!view.course)
      inv.ctx.note("start a course with: ipt course start --weeks 16");
    if (view.pin)
      inv.ctx.note("the phase is pinned; ipt phase auto follows the calendar again");
    if (view.focus)
      return;
    if (!view.open_areas.empty()) {
      std::vector<std::pair<std::int64_t, std::string>> open;
      for (const auto& a : view.open_areas)
        open.emplace_back(a.id, a.title);
      inv.ctx.note(next_area_note(open));
    } else if (view.initial_over) {
      inv.ctx.note(
          "the initial phase is ending without a focus area: IPT works on one at a "
          "time, and choosing it is the phase's last step; add it with: ipt area add "
          "KIND TITLE (this week's prompts help you choose)");
    } else {
      inv.ctx.note("no focus area yet; add one with: ipt area add KIND TITLE");
    }
  };
}

Run setup_course_start(CLI::App& cmd) {
  auto o = std::make_shared<CourseOpts>();
  cmd.add_option("-d,--date", o->date, "Its first day (WHEN; default today)")->type_name("WHEN");
  add_shape_options(cmd, *o, true);
  return [o](Invocation& inv) {
    const auto when = date_of(inv.ctx, *o);
    auto shape = shape_of(*o);
    // What the flags leave out, the config's [course] gives.
    const auto& defaults = inv.ctx.config().course;
    if (!shape.weeks)
      shape.weeks = defaults.weeks;
    if (!shape.initial_weeks)
      shape.initial_weeks = defaults.initial_weeks;
    if (!shape.termination_weeks)
      shape.termination_weeks = defaults.termination_weeks;
    const int weeks = shape.weeks.value_or(domain::kDefaultWeeks);
    const auto phases = domain::default_phase_weeks(weeks);
    domain::check_course_shape(weeks, shape.initial_weeks.value_or(phases.initial),
                               shape.termination_weeks.value_or(phases.termination));
    const auto c = app::start_course(inv.journal(), when, shape);
    if (!inv.ctx.opts.quiet) {
      // "an 8-week", "an 11-week", "an 18-week": the article of the number as spoken.
      const auto n = std::to_string(c.weeks);
      const bool an = n.front() == '8' || n == "11" || n == "18";
      inv.ctx.out << "started " << (an ? "an " : "a ") << n << "-week course on "
                  << domain::format_date(c.start) << '\n';
    }
  };
}

Run setup_course_end(CLI::App& cmd) {
  auto o = std::make_shared<CourseOpts>();
  cmd.add_option("-d,--date", o->date, "Its last day (WHEN; default today)")->type_name("WHEN");
  return [o](Invocation& inv) {
    const auto when = date_of(inv.ctx, *o);
    const auto c = app::end_course(inv.journal(), when);
    if (!inv.ctx.opts.quiet)
      inv.ctx.out << "ended the course on " << domain::format_date(*c.end) << '\n';
    inv.ctx.note("the phase is now maintenance: a time to keep what you gained");
  };
}

Run setup_course_edit(CLI::App& cmd) {
  auto o = std::make_shared<CourseOpts>();
  cmd.add_option("-d,--date", o->date, "A new first day (WHEN)")->type_name("WHEN");
  add_shape_options(cmd, *o, false);
  return [o](Invocation& inv) {
    const auto when = date_of(inv.ctx, *o);
    const auto shape = shape_of(*o);
    if (!when && !shape.weeks && !shape.initial_weeks && !shape.termination_weeks) {
      throw UsageError("nothing to change",
                       "give --weeks, --initial-weeks, --termination-weeks or --date");
    }
    const auto c = app::edit_course(inv.journal(), shape, when);
    if (!inv.ctx.opts.quiet) {
      inv.ctx.out << "updated the course: " << c.weeks << " weeks from "
                  << domain::format_date(c.start) << '\n';
    }
  };
}

Run setup_course_list(CLI::App&) {
  return [](Invocation& inv) {
    render::CourseList list{app::list_courses(inv.journal()), inv.ctx.today()};
    if (list.courses.empty() && inv.format == domain::Format::text) {
      inv.ctx.note("no courses yet; start one with: ipt course start");
      return;
    }
    inv.emit(render::course_list_view(), list);
  };
}

Run setup_phase(CLI::App& cmd) {
  cmd.footer(
      "Prints the phase: none, initial, middle, termination or maintenance. When stdout is\n"
      "not a terminal it prints just the word, for $(ipt phase) in scripts.\n"
      "A therapist moves on when you are ready rather than by the calendar: 'ipt phase set'\n"
      "pins the phase, 'ipt phase auto' follows the course's calendar again.");
  return [](Invocation& inv) {
    render::PhaseLine line;
    line.terminal = inv.ctx.stdout_tty;
    // A journal that does not exist yet has no course: the phase is none, and nothing is made.
    if (auto* journal = inv.journal_if_exists())
      line.overview = app::course_view(*journal);
    inv.emit(render::phase_view(), line);
  };
}

Run setup_phase_set(CLI::App& cmd) {
  auto phase = std::make_shared<std::string>();
  cmd.add_option("PHASE", *phase, "initial, middle, termination or maintenance")
      ->required()
      ->check(one_of(pinnable_phases(), "a phase"));
  return [phase](Invocation& inv) {
    app::pin_phase(inv.journal(), domain::phase_from(*phase));
    if (!inv.ctx.opts.quiet)
      inv.ctx.out << "phase pinned to " << *phase << '\n';
  };
}

Run setup_phase_auto(CLI::App&) {
  return [](Invocation& inv) {
    auto& journal = inv.journal();
    app::pin_phase(journal, std::nullopt);
    const auto view = app::course_view(journal);
    if (!inv.ctx.opts.quiet) {
      inv.ctx.out << "phase follows the calendar: " << domain::to_string(view.phase) << '\n';
    }
  };
}

}  // namespace ipt::cli
