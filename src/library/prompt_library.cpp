#include "library/prompt_library.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "domain/names.hpp"
#include "library/builtin.hpp"

namespace ipt::library {

namespace fs = std::filesystem;
using domain::Prompt;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<fs::path> toml_files_in(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".toml")
      out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

/// Adds `next` to `prompts`, replacing a prompt with the same id.
void merge(std::vector<Prompt>& prompts, std::vector<Prompt>&& next) {
  for (auto& p : next) {
    auto it =
        std::find_if(prompts.begin(), prompts.end(), [&](const Prompt& q) { return q.id == p.id; });
    if (it != prompts.end()) {
      *it = std::move(p);
    } else {
      prompts.push_back(std::move(p));
    }
  }
}

}  // namespace

Library load_library(const std::vector<fs::path>& dirs) {
  Library lib;
  lib.prompts = builtin_prompts();
  for (const auto& dir : dirs) {
    for (const auto& file : toml_files_in(dir)) {
      Library user;
      parse_prompt_file(read_file(file), file.string(), user);
      merge(lib.prompts, std::move(user.prompts));
      lib.problems.insert(lib.problems.end(), user.problems.begin(), user.problems.end());
    }
  }
  return lib;
}

std::vector<Problem> check_prompt_files(const std::vector<fs::path>& paths) {
  Library lib;
  if (paths.empty())
    lib.prompts = builtin_prompts();  // checked when the build compiled them; checked again here
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      for (const auto& file : toml_files_in(path)) {
        parse_prompt_file(read_file(file), file.string(), lib);
      }
    } else if (fs::is_regular_file(path, ec)) {
      parse_prompt_file(read_file(path), path.string(), lib);
    } else {
      lib.problems.push_back({path.string(), 0, "no such file or directory"});
    }
  }
  std::map<std::string, const Prompt*> seen;
  for (const auto& p : lib.prompts) {
    if (p.id.empty())
      continue;
    auto [it, fresh] = seen.emplace(p.id, &p);
    if (!fresh) {
      lib.problems.push_back({p.file, p.line,
                              "duplicate id '" + p.id + "' (first at " + it->second->file + ":" +
                                  std::to_string(it->second->line) + ")"});
    }
  }
  // Coverage is a property of the library a user ends up with: the built-in prompts with the
  // checked files loaded over them (a single override file need not cover everything alone).
  std::vector<Prompt> effective;
  if (!paths.empty())
    effective = builtin_prompts();
  merge(effective, std::vector<Prompt>(lib.prompts));
  for (const auto& gap : coverage_gaps(effective)) {
    lib.problems.push_back({paths.empty() ? "(built-in)" : paths.front().string(), 0, gap});
  }
  return lib.problems;
}

std::vector<std::string> coverage_gaps(const std::vector<Prompt>& prompts) {
  std::vector<std::string> gaps;
  std::vector<std::optional<domain::AreaKind>> areas{std::nullopt};
  for (std::size_t i = 0; i < domain::area_kind_names().size(); ++i) {
    areas.push_back(static_cast<domain::AreaKind>(i));
  }
  for (std::size_t ph = 0; ph < domain::phase_names().size(); ++ph) {
    for (const auto& area : areas) {
      domain::PromptContext ctx;
      ctx.phase = static_cast<domain::Phase>(ph);
      ctx.area = area;
      int n = 0;
      for (const auto& p : prompts) {
        // Unconditional: no `when`, no stage, and no placeholder that a week might lack.
        if (!p.when.empty() || !p.stages.empty())
          continue;
        ctx.values = {{"phase", "x"}};
        if (area)
          ctx.values["area"] = "x";
        if (domain::eligible(p, ctx))
          ++n;
      }
      if (n < 4) {
        gaps.push_back("coverage: phase " + std::string(domain::phase_names()[ph]) + " with " +
                       (area ? "area " + std::string(domain::to_string(*area)) : "no focus area") +
                       " has " + std::to_string(n) +
                       " prompts without conditions; at least 4 "
                       "are needed");
      }
    }
  }
  return gaps;
}

}  // namespace ipt::library
