#pragma once
// The setup of each command, one group per file: each adds its options to the command CLI11
// made from the table row and returns what runs it.
#include <CLI/CLI.hpp>

#include "cli/command.hpp"

namespace ipt::cli {

Run setup_log(CLI::App& cmd);    // cli/log.cpp
Run setup_event(CLI::App& cmd);  // cli/event.cpp

Run setup_list(CLI::App& cmd);  // cli/timeline.cpp
Run setup_show(CLI::App& cmd);
Run setup_edit(CLI::App& cmd);
Run setup_rm(CLI::App& cmd);

Run setup_people(CLI::App& cmd);  // cli/people.cpp
Run setup_people_add(CLI::App& cmd);
Run setup_people_edit(CLI::App& cmd);
Run setup_people_show(CLI::App& cmd);
Run setup_people_rm(CLI::App& cmd);
Run setup_people_circle(CLI::App& cmd);
Run setup_people_merge(CLI::App& cmd);

Run setup_inventory(CLI::App& cmd);  // cli/inventory.cpp

Run setup_area(CLI::App& cmd);  // cli/area.cpp
Run setup_area_add(CLI::App& cmd);
Run setup_area_show(CLI::App& cmd);
Run setup_area_focus(CLI::App& cmd);
Run setup_area_stage(CLI::App& cmd);
Run setup_area_resolve(CLI::App& cmd);
Run setup_area_reopen(CLI::App& cmd);
Run setup_area_rate(CLI::App& cmd);

Run setup_course(CLI::App& cmd);  // cli/course.cpp
Run setup_course_start(CLI::App& cmd);
Run setup_course_end(CLI::App& cmd);
Run setup_course_edit(CLI::App& cmd);
Run setup_course_list(CLI::App& cmd);
Run setup_phase(CLI::App& cmd);
Run setup_phase_set(CLI::App& cmd);
Run setup_phase_auto(CLI::App& cmd);

Run setup_prompts(CLI::App& cmd);  // cli/prompts.cpp
Run setup_prompts_check(CLI::App& cmd);
Run setup_reflect(CLI::App& cmd);   // cli/reflect.cpp
Run setup_calendar(CLI::App& cmd);  // cli/calendar.cpp
Run setup_export(CLI::App& cmd);    // cli/exchange.cpp
Run setup_import(CLI::App& cmd);    // cli/exchange.cpp

Run setup_help(CLI::App& cmd);      // cli/help.cpp
Run setup_help_now(CLI::App& cmd);  // cli/help_now.cpp
Run setup_check(CLI::App& cmd);     // cli/check.cpp
Run setup_report(CLI::App& cmd);    // cli/report.cpp
Run setup_agenda(CLI::App& cmd);    // cli/agenda.cpp
Run setup_agenda_add(CLI::App& cmd);
Run setup_agenda_done(CLI::App& cmd);
Run setup_plan(CLI::App& cmd);  // cli/plan.cpp
Run setup_area_edit(CLI::App& cmd);
Run setup_complete(CLI::App& cmd);  // cli/complete.cpp
Run setup_demo(CLI::App& cmd);      // cli/demo.cpp
Run setup_backup(CLI::App& cmd);    // cli/backup.cpp
Run setup_remind(CLI::App& cmd);    // cli/remind.cpp
Run setup_cron(CLI::App& cmd);      // cli/cron.cpp
Run setup_config(CLI::App& cmd);    // cli/config.cpp
Run setup_config_path(CLI::App& cmd);
Run setup_config_get(CLI::App& cmd);
Run setup_config_set(CLI::App& cmd);
Run setup_config_unset(CLI::App& cmd);

}  // namespace ipt::cli
