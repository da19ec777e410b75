// ipt check [phq9|gad7]: the PHQ-9 and GAD-7 questionnaires, asked and scored with their
// published cutoffs; without a scale, their history and when each is next due.
#include "app/safety.hpp"
#include "cli/commands.hpp"
#include "cli/input.hpp"
#include "cli/safety.hpp"
#include "cli/terminal.hpp"
#include "domain/errors.hpp"
#include "domain/names.hpp"
#include "render/entries.hpp"
#include "render/safety.hpp"

namespace ipt::cli {

namespace {

struct CheckOpts {
  std::optional<std::string> scale;
  std::optional<std::string> answers;
  std::optional<int> difficulty;
  std::optional<std::string> date;
};

domain::Scale scale_arg(const std::string& s) {
  if (auto v = domain::scale_from(domain::fold_case(s)))
    return *v;
  throw UsageError(
      "there is no questionnaire '" + s + "'" + domain::did_you_mean(s, domain::scale_names()),
      "ipt check phq9 (depression) or ipt check gad7 (anxiety)");
}

/// Asks the items one at a time; nullopt when stopped (nothing is saved: a score needs every
/// answer).
std::optional<domain::Measure> ask_items(Context& ctx, domain::Scale scale) {
  const InterruptGuard guard;
  domain::Measure m;
  m.scale = scale;
  const auto items = domain::scale_items(scale);
  ctx.err << domain::scale_title(scale)
          << ": over the last 2 weeks, how often have you been bothered by each of these?\n"
             "Answer 0 (not at all), 1 (several days), 2 (more than half the days) or 3 (nearly "
             "every day).\nCtrl-D stops without saving.\n\n";
  for (std::size_t i = 0; i < items.size(); ++i) {
    std::optional<int> value;
    for (;;) {
      auto a = ask(ctx, std::to_string(i + 1) + "/" + std::to_string(items.size()) + "  " +
                            std::string(items[i]));
      if (!a)
        break;
      if (a->size() == 1 && (*a)[0] >= '0' && (*a)[0] <= '3') {
        value = (*a)[0] - '0';
        break;
      }
      ctx.err << "ipt: answer 0, 1, 2 or 3\n";
    }
    if (!value) {
      ctx.err << "\nStopped; nothing was saved (a score needs every answer).\n";
      InterruptGuard::check();
      return std::nullopt;
    }
    m.answers.push_back(*value);
  }
  if (scale == domain::Scale::phq9 && m.total() > 0) {
    std::string labels;
    for (std::size_t i = 0; i < domain::difficulty_labels().size(); ++i)
      labels +=
          (i ? ", " : "") + std::to_string(i) + " " + std::string(domain::difficulty_labels()[i]);
    for (;;) {
      auto a =
          ask(ctx, std::string(domain::difficulty_question()) + "\n" + labels + " (Enter to skip)");
      if (!a || a->empty())
        break;
      if (a->size() == 1 && (*a)[0] >= '0' && (*a)[0] <= '3') {
        m.difficulty = (*a)[0] - '0';
        break;
      }
      ctx.err << "ipt: answer 0, 1, 2 or 3, or press Enter to skip\n";
    }
  }
  return m;
}

void report(Invocation& inv, const app::MeasureRecorded& r) {
  auto& ctx = inv.ctx;
  const auto& m = *r.entry.as<domain::Measure>();
  if (inv.format != domain::Format::text) {
    inv.emit(render::entry_view(), r.entry);
    if (m.item9())
      say_item9(ctx);
    return;
  }
  ctx.out << domain::scale_title(m.scale) << " total " << m.total() << " of "
          << domain::max_total(m.scale) << ": " << domain::band(m.scale, m.total()) << " (#"
          << r.entry.id << ", " << domain::weekday_short(r.entry.day) << ' '
          << domain::format_date(r.entry.day) << ")\n";
  if (m.item9()) {  // right after the total, before anything else
    ctx.out.flush();
    say_item9(ctx);
  }
  if (ctx.opts.quiet)
    return;
  if (r.previous) {
    const auto before = r.previous->as<domain::Measure>()->total();
    const int change = m.total() - before;
    const auto points = [](int n) { return std::to_string(n) + (n == 1 ? " point" : " points"); };
    ctx.out << (change == 0  ? "The same as"
                : change < 0 ? points(-change) + " lower than"
                             : points(change) + " higher than")
            << " the " << before << " of " << domain::format_date(r.previous->day)
            << " (higher means more symptoms).\n";
  }
  ctx.out << "A score is a screening aid, not a diagnosis; it is worth talking through with "
             "your therapist\nor doctor.\n"
          << domain::scale_attribution() << '\n';
}

void take(const CheckOpts& o, Invocation& inv) {
  auto& ctx = inv.ctx;
  const auto scale = scale_arg(*o.scale);
  std::optional<domain::When> when;
  if (o.date)
    when = past_when_arg(ctx, *o.date);
  if (o.difficulty && scale != domain::Scale::phq9)
    throw UsageError("--difficulty is PHQ-9's last question; GAD-7 has none");
  domain::Measure m;
  m.scale = scale;
  if (o.answers) {
    m.answers = domain::parse_answers(scale, *o.answers);
    m.difficulty = o.difficulty;
  } else if (ctx.stdin_tty) {
    if (o.difficulty)
      throw UsageError("--difficulty goes with --answers; on a terminal ipt asks it");
    auto asked = ask_items(ctx, scale);
    if (!asked)
      return;
    m = std::move(*asked);
  } else {
    throw UsageError("ipt check " + std::string(domain::to_string(scale)) +
                         " asks its questions on a terminal; off a terminal give the answers",
                     "ipt check " + std::string(domain::to_string(scale)) + " --answers " +
                         (scale == domain::Scale::phq9 ? "0,1,2,1,0,1,0,0,0" : "1,2,1,0,1,0,0") +
                         " (one per question, each 0 to 3)");
  }
  report(inv, app::record_measure(inv.journal(), m, when));
}

void list(Invocation& inv) {
  auto& ctx = inv.ctx;
  render::MeasureHistory h;
  h.today = ctx.today();
  std::optional<domain::Course> course;
  std::error_code ec;
  if (std::filesystem::exists(ctx.db_path(), ec)) {
    auto& journal = inv.journal(Needs::read);
    h.measures = app::measure_history(journal);
    course = app::open_course(journal);
  }
  h.due = app::measures_due(h.measures, course, h.today, safety_settings(ctx).check_every_weeks);
  inv.emit(render::measure_history_view(), h);
}

}  // namespace

Run setup_check(CLI::App& cmd) {
  auto o = std::make_shared<CheckOpts>();
  cmd.footer(
      "PHQ-9 (depression, 9 questions) and GAD-7 (anxiety, 7 questions) ask how often, over the\n"
      "last 2 weeks, you have been bothered by each problem: 0 not at all, 1 several days,\n"
      "2 more than half the days, 3 nearly every day. On a terminal ipt asks them one at a time;\n"
      "elsewhere give --answers. The answers, total and band are saved on your timeline.\n"
      "Bands: PHQ-9 0-4 none-minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe,\n"
      "20-27 severe; GAD-7 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe.\n"
      "Without SCALE: your results and when each is next due (a course's start, then every\n"
      "4 weeks; [safety] check_every_weeks in the config). Scores are screening aids, not a\n"
      "diagnosis. If you are struggling, ipt help-now lists people you can reach.");
  cmd.add_option("SCALE", o->scale, "phq9 or gad7; none lists your results")->type_name("SCALE");
  cmd.add_option("--answers", o->answers, "Every answer in order, 0-3, e.g. 0,1,2,1,0,1,0,0,0")
      ->type_name("LIST");
  add_int_option(&cmd, "--difficulty", o->difficulty,
                 "PHQ-9's last question: 0 not difficult at all .. 3 extremely", 0, 3);
  cmd.add_option("-d,--date", o->date, "When you answered it (default now)")->type_name("WHEN");
  return [o](Invocation& inv) {
    if (o->scale) {
      take(*o, inv);
      return;
    }
    if (o->answers || o->difficulty || o->date)
      throw UsageError("--answers, --difficulty and --date need a questionnaire",
                       "ipt check phq9 --answers ... or ipt check gad7 --answers ...");
    list(inv);
  };
}

}  // namespace ipt::cli
