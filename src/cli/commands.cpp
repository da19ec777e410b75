// The command table: every command and subcommand, once. Registration (cli/app.cpp), help,
// the journal's access, the --format values, the man-page and completion tests all read it.
#include <array>

#include "cli/commands.hpp"

namespace ipt::cli {

namespace {

using domain::Format;
using F = domain::Formats;

constexpr F kNone{};
constexpr F kTable{Format::text, Format::json, Format::csv};
constexpr F kDocument{Format::text, Format::json, Format::markdown};
constexpr F kPlain{Format::text, Format::json};

constexpr std::array<std::string_view, 1> kListAliases{"ls"};
constexpr std::array<std::string_view, 1> kHelpNowAliases{"crisis"};
constexpr std::span<const std::string_view> kNoAliases{};

// clang-format off
constexpr CommandSpec kCommands[] = {
    // First: help is always one command away.
    {"help-now", kHelpNowAliases, "Crisis lines, your contacts and your safety plan, right now",
     Needs::none, kNone, setup_help_now},
    {"log", kNoAliases, "Record a mood check-in (optionally with a relationship event)",
     Needs::create, kNone, setup_log},
    {"event", kNoAliases, "Record a relationship event", Needs::create, kNone, setup_event},
    {"list", kListAliases, "Show the timeline, oldest first, grouped by day", Needs::read, kTable,
     setup_list},
    {"show", kNoAliases, "Show one entry in full", Needs::read, kTable, setup_show},
    {"edit", kNoAliases, "Change an entry", Needs::write, kNone, setup_edit},
    {"rm", kNoAliases, "Delete an entry", Needs::write, kNone, setup_rm},

    {"people", kNoAliases, "The people in your life: list, add, edit, show, rm, circle, merge",
     Needs::read, kTable, setup_people},
    {"people add", kNoAliases, "Add someone", Needs::create, kNone, setup_people_add},
    {"people edit", kNoAliases, "Change someone's details", Needs::write, kNone,
     setup_people_edit},
    {"people show", kNoAliases, "Someone's details and your events with them", Needs::read,
     kTable, setup_people_show},
    {"people rm", kNoAliases, "Remove someone", Needs::write, kNone, setup_people_rm},
    {"people circle", kNoAliases, "Draw your closeness circle", Needs::read, kPlain,
     setup_people_circle},
    {"people merge", kNoAliases, "Join two people who are one: FROM's entries move to INTO",
     Needs::write, kNone, setup_people_merge},

    {"inventory", kNoAliases, "Walk through the interpersonal inventory, or print it",
     Needs::create, kDocument, setup_inventory},

    {"area", kNoAliases, "Problem areas: add, show, edit, focus, stage, rate, resolve, reopen",
     Needs::read, kTable, setup_area},
    {"area add", kNoAliases, "Add a problem area", Needs::create, kNone, setup_area_add},
    {"area show", kNoAliases, "An area with its stages and entries", Needs::read, kTable,
     setup_area_show},
    {"area edit", kNoAliases, "Change an area: whether you feel afraid of its person",
     Needs::write, kNone, setup_area_edit},
    {"area focus", kNoAliases, "Make an area the focus", Needs::write, kNone, setup_area_focus},
    {"area stage", kNoAliases, "Record a dispute's new stage", Needs::write, kNone,
     setup_area_stage},
    {"area rate", kNoAliases, "Rate how the problem stands, 1 (no better) to 5 (resolved)",
     Needs::write, kNone, setup_area_rate},
    {"area resolve", kNoAliases, "Mark an area resolved", Needs::write, kNone,
     setup_area_resolve},
    {"area reopen", kNoAliases, "Open a resolved area again", Needs::write, kNone,
     setup_area_reopen},

    {"course", kNoAliases, "The course of therapy: start, end, edit, list", Needs::read, kPlain,
     setup_course},
    {"course start", kNoAliases, "Start a course", Needs::create, kNone, setup_course_start},
    {"course end", kNoAliases, "End the open course", Needs::write, kNone, setup_course_end},
    {"course edit", kNoAliases, "Change the open course's length or phases", Needs::write, kNone,
     setup_course_edit},
    {"course list", kNoAliases, "Every course, oldest first", Needs::read, kTable,
     setup_course_list},

    {"phase", kNoAliases, "The current phase of the course; set or auto", Needs::read, kPlain,
     setup_phase},
    {"phase set", kNoAliases, "Pin the phase", Needs::create, kNone, setup_phase_set},
    {"phase auto", kNoAliases, "Follow the course's calendar again", Needs::write, kNone,
     setup_phase_auto},

    {"prompts", kNoAliases, "This week's reflection prompts; check prompt files", Needs::read,
     F{Format::text, Format::json, Format::csv, Format::markdown}, setup_prompts},
    {"prompts check", kNoAliases, "Check prompt files", Needs::none, kPlain, setup_prompts_check},
    {"reflect", kNoAliases, "Answer this week's reflection prompts", Needs::create, kNone,
     setup_reflect},
    {"check", kNoAliases, "PHQ-9 and GAD-7 questionnaires: take one, or see your results",
     Needs::create, kTable, setup_check},
    {"plan", kNoAliases, "Your safety plan: write it, step by step, or print it", Needs::create,
     kDocument, setup_plan},
    {"agenda", kNoAliases, "What to bring up at your next session: add, done", Needs::read,
     kTable, setup_agenda},
    {"agenda add", kNoAliases, "Put something on the agenda", Needs::create, kNone,
     setup_agenda_add},
    {"agenda done", kNoAliases, "Mark an item as talked about", Needs::write, kNone,
     setup_agenda_done},
    {"report", kNoAliases, "A review for your next session: a week, a month or a course",
     Needs::read, F{Format::text, Format::json, Format::csv, Format::markdown, Format::html},
     setup_report},
    {"calendar", kNoAliases, "A year of daily mean mood at a glance, with the focus areas",
     Needs::read, kTable, setup_calendar},
    // Needs none: each looks at what it needs itself. remind opens the journal read-only
    // without upgrading it, tolerates none, and skips the daily notices (cli/remind.cpp says
    // why); cron never opens it.
    {"remind", kNoAliases, "A friendly line when a check-in or reflection is due; for cron",
     Needs::none, kNone, setup_remind},
    {"cron", kNoAliases, "Crontab lines and systemd timers that run ipt remind and ipt backup",
     Needs::none, kNone, setup_cron},
    {"export", kNoAliases, "Write the journal out: everything, as JSON or JSONL, or entries as CSV",
     Needs::read, F{Format::json, Format::jsonl, Format::csv}, setup_export},
    {"import", kNoAliases, "Merge an export in by UUID, or import from jrnl or Daylio",
     Needs::create, kPlain, setup_import},
    // Needs read: it copies the journal and never writes it; --check opens no journal at all.
    {"backup", kNoAliases,
     "A consistent copy of the journal, made while ipt writes; or --check a copy", Needs::read,
     kPlain, setup_backup},
    // Needs none: the configuration file, never the journal.
    {"config", kNoAliases, "The effective configuration, and where each value came from",
     Needs::none, kPlain, setup_config},
    {"config path", kNoAliases, "Print the configuration file's path", Needs::none, kNone,
     setup_config_path},
    {"config get", kNoAliases, "Print the value of one key", Needs::none, kNone, setup_config_get},
    {"config set", kNoAliases, "Change one key in the file, keeping its comments", Needs::none,
     kNone, setup_config_set},
    {"config unset", kNoAliases, "Remove one key from the file, so its default applies",
     Needs::none, kNone, setup_config_unset},
    // Needs none: it must never open your journal; it makes its own, a new file.
    {"demo", kNoAliases, "Try ipt on a throwaway sample journal", Needs::none, kNone, setup_demo},
    {"help", kNoAliases, "The help of a command: ipt help people add", Needs::none, kNone,
     setup_help},
    // Hidden: what the shell completion scripts ask; reads the journal, never changes it.
    {"__complete", kNoAliases, "Completion candidates for the shell", Needs::read, kNone,
     setup_complete},
};
// clang-format on

}  // namespace

std::string_view to_string(Needs n) {
  switch (n) {
    case Needs::none:
      return "none";
    case Needs::read:
      return "read";
    case Needs::write:
      return "write";
    case Needs::create:
      return "create";
  }
  return "none";
}

std::span<const CommandSpec> command_table() {
  return kCommands;
}

const CommandSpec* find_command(std::string_view path) {
  for (const auto& c : kCommands) {
    if (c.path == path)
      return &c;
  }
  return nullptr;
}

}  // namespace ipt::cli
