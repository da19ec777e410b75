#pragma once
// The registration function of each command, one group per file.
#include <CLI/CLI.hpp>

#include "cli/context.hpp"

namespace ipt::cli {

void add_log(CLI::App& parent, Context& ctx);        // cli/log.cpp
void add_event(CLI::App& parent, Context& ctx);      // cli/event.cpp
void add_people(CLI::App& parent, Context& ctx);     // cli/people.cpp
void add_list(CLI::App& parent, Context& ctx);       // cli/timeline.cpp
void add_show(CLI::App& parent, Context& ctx);       // cli/timeline.cpp
void add_edit(CLI::App& parent, Context& ctx);       // cli/timeline.cpp
void add_rm(CLI::App& parent, Context& ctx);         // cli/timeline.cpp
void add_inventory(CLI::App& parent, Context& ctx);  // cli/inventory.cpp
void add_area(CLI::App& parent, Context& ctx);       // cli/area.cpp
void add_course(CLI::App& parent, Context& ctx);     // cli/course.cpp
void add_phase(CLI::App& parent, Context& ctx);      // cli/course.cpp
void add_prompts(CLI::App& parent, Context& ctx);    // cli/prompts.cpp
void add_reflect(CLI::App& parent, Context& ctx);    // cli/prompts.cpp

}  // namespace ipt::cli
