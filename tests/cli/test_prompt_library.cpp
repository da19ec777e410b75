// The prompt library: parse_prompt_file on inline TOML, check_prompt_files, coverage_gaps and
// the built-in library's size and shape (prompts/README.md).
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "library/prompt_library.hpp"

using namespace ipt;
using domain::AreaKind;
using domain::DisputeStage;
using domain::Phase;
using domain::Prompt;
namespace fs = std::filesystem;

namespace {

// A valid prompt at lines 1-7; `extra` lines follow from line 8 (or replace line N via `drop`).
std::string prompt_toml(const std::string& extra = {}, const std::string& drop = {}) {
  std::string out;
  for (std::string line :
       {"[[prompt]]", "id = \"mine.one\"", "text = \"How was it?\"", "phase = [\"middle\"]",
        "area = \"any\"", "technique = \"review\"", "task = \"week-review\""}) {
    if (!drop.empty() && line.rfind(drop + " =", 0) == 0)
      line = "# dropped";
    out += line + "\n";
  }
  return out + extra;
}

library::Library parse(const std::string& text, const std::string& name = "mine.toml") {
  library::Library lib;
  library::parse_prompt_file(text, name, lib);
  return lib;
}

// The single problem found, as "file:line: message".
std::string one_problem(const std::string& text) {
  const auto lib = parse(text);
  INFO(text);
  REQUIRE(lib.problems.size() == 1);
  return lib.problems.front().str();
}

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.rfind(prefix, 0) == 0;
}

bool contains(const std::string& s, const std::string& needle) {
  return s.find(needle) != std::string::npos;
}

struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "ipt-prompts-XXXXXX").string();
    path = mkdtemp(tmpl.data());
  }
  ~TempDir() { fs::remove_all(path); }
  fs::path write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name) << text;
    return path / name;
  }
};

}  // namespace

TEST_CASE("prompt library: a good prompt parses with every field", "[library]") {
  const auto lib = parse(R"([[prompt]]
id = "dispute.middle.ask"
text = "What did you ask {person} for?"
phase = ["middle", "termination"]
area = ["dispute"]
stage = ["renegotiation", "impasse"]
when = ["conflict", "low_day"]
technique = "role-play"
task = "role-play"
followup = "Last week you planned to ask {person}. How did it go?"
enabled = false

[[prompt]]
id = "general.x"
text = "Anything?"
phase = "any"
area = "none"
technique = "review"
task = "week-review"
)");
  INFO((lib.problems.empty() ? "" : lib.problems.front().str()));
  REQUIRE(lib.problems.empty());
  REQUIRE(lib.prompts.size() == 2);
  const auto& p = lib.prompts[0];
  CHECK(p.id == "dispute.middle.ask");
  CHECK(p.text == "What did you ask {person} for?");
  CHECK(p.phases == std::set{Phase::middle, Phase::termination});
  CHECK(p.areas == std::set{AreaKind::dispute});
  CHECK_FALSE(p.any_area);
  CHECK_FALSE(p.no_area);
  CHECK(p.stages == std::set{DisputeStage::renegotiation, DisputeStage::impasse});
  CHECK(p.when == std::set{domain::Condition::conflict, domain::Condition::low_day});
  CHECK(p.technique == "role-play");
  CHECK(p.task == "role-play");
  CHECK(p.followup == "Last week you planned to ask {person}. How did it go?");
  CHECK_FALSE(p.enabled);
  CHECK(p.file == "mine.toml");
  CHECK(p.line == 1);
  const auto& q = lib.prompts[1];
  CHECK(q.phases.empty());
  CHECK(q.no_area);
  CHECK_FALSE(q.any_area);
  CHECK(q.enabled);
  CHECK(q.followup.empty());
  CHECK(q.line == 13);
  CHECK(parse(prompt_toml()).prompts.front().any_area);
}

TEST_CASE("prompt library: each problem is file:line with the prompt's id", "[library]") {
  CHECK(one_problem(prompt_toml("colour = \"blue\"\n")) ==
        "mine.toml:8: prompt 'mine.one': unknown key 'colour'");
  auto p = one_problem(prompt_toml("when = [\"rainy\"]\n"));
  CHECK(starts_with(p, "mine.toml:8: prompt 'mine.one': "));
  CHECK(contains(p, "'rainy'"));
  p = one_problem(prompt_toml("followup = \"And {weather}?\"\n"));
  CHECK(starts_with(p, "mine.toml:8: prompt 'mine.one': unknown placeholder {weather}"));
  p = one_problem(
      "[[prompt]]\nid = \"mine.one\"\nphase = [\"middle\"]\ntext = \"How was {weather}?\"\n"
      "area = \"any\"\ntechnique = \"review\"\ntask = \"week-review\"\n");
  CHECK(starts_with(p, "mine.toml:4: prompt 'mine.one': unknown placeholder {weather}"));
  p = one_problem(
      "[[prompt]]\nid = \"mine.one\"\ntext = \"How?\"\nphase = [\"middle\"]\narea = \"any\"\n"
      "technique = \"hypnosis\"\ntask = \"week-review\"\n");
  CHECK(starts_with(p, "mine.toml:6: prompt 'mine.one': unknown technique"));
  p = one_problem(prompt_toml("stage = [\"impasse\"]\n"));
  CHECK(starts_with(p, "mine.toml:8: prompt 'mine.one': stage applies only to"));
  p = one_problem(
      "[[prompt]]\nid = \"mine.one\"\ntext = \"How?\"\nphase = [\"middle\"]\n"
      "area = [\"grief\"]\nstage = [\"impasse\"]\ntechnique = \"review\"\ntask = "
      "\"week-review\"\n");
  CHECK(starts_with(p, "mine.toml:6: prompt 'mine.one': stage applies only to"));
  p = one_problem(prompt_toml("", "phase") + "phase = [\"spring\"]\n");
  CHECK(starts_with(p, "mine.toml:8: prompt 'mine.one': unknown phase 'spring'"));
  p = one_problem(prompt_toml("", "area") + "area = [\"work\"]\n");
  CHECK(starts_with(p, "mine.toml:8: prompt 'mine.one': unknown area 'work'"));
}

TEST_CASE("prompt library: a missing required key is reported at its prompt", "[library]") {
  for (const std::string key : {"text", "phase", "area", "technique", "task"}) {
    const auto p = one_problem("\n\n" + prompt_toml("", key));
    INFO(p);
    CHECK(starts_with(p, "mine.toml:3: prompt 'mine.one': missing " + key));
  }
  const auto p = one_problem("\n" + prompt_toml("", "id"));
  CHECK(starts_with(p, "mine.toml:2: missing id"));
  CHECK(contains(one_problem(prompt_toml("", "id") + "id = \"Has Caps\"\n"), "id may hold only"));
  CHECK(contains(one_problem(prompt_toml("enabled = \"no\"\n")), "enabled must be true or false"));
  CHECK(contains(one_problem(prompt_toml("", "phase") + "phase = \"middle\"\n"),
                 "phase must be a list"));
}

TEST_CASE("prompt library: syntax errors and other top-level keys", "[library]") {
  auto lib = parse(prompt_toml() + "\n[[prompt]]\nid = \"mine.two\"\ntext = \"unclosed\n");
  REQUIRE(lib.problems.size() == 1);
  CHECK(starts_with(lib.problems.front().str(), "mine.toml:11: "));
  lib = parse("title = \"my prompts\"\n\n" + prompt_toml());
  REQUIRE(lib.problems.size() == 1);
  CHECK(starts_with(lib.problems.front().str(), "mine.toml:1: unknown top-level key 'title'"));
  CHECK(lib.prompts.size() == 1);
  lib = parse("[prompt]\nid = \"x\"\n");
  REQUIRE(lib.problems.size() == 1);
  CHECK(contains(lib.problems.front().str(), "[[prompt]]"));
  CHECK(parse("").problems.empty());
}

TEST_CASE("prompt library: check_prompt_files finds duplicate ids across files", "[library]") {
  TempDir dir;
  dir.write("a.toml", prompt_toml());
  const auto b = dir.write("b.toml", "# another file\n" + prompt_toml());
  dir.write("notes.txt", "not a prompt file");
  const auto problems = library::check_prompt_files({dir.path});
  const auto dup = std::find_if(problems.begin(), problems.end(), [](const library::Problem& p) {
    return contains(p.message, "duplicate id 'mine.one'");
  });
  REQUIRE(dup != problems.end());
  CHECK(dup->file == b.string());
  CHECK(dup->line == 2);
  CHECK(contains(dup->message, "a.toml:1"));
  const auto missing = library::check_prompt_files({dir.path / "nope.toml"});
  REQUIRE_FALSE(missing.empty());
  CHECK(contains(missing.front().message, "no such file"));
}

TEST_CASE("prompt library: coverage_gaps lists phase and area pairs short of 4", "[library]") {
  std::vector<Prompt> tiny;
  for (int i = 0; i < 4; ++i) {
    Prompt p;
    p.id = "none." + std::to_string(i);
    p.text = "Anything?";
    p.phases = {Phase::none};
    p.any_area = true;
    p.technique = "review";
    tiny.push_back(p);
  }
  Prompt grief = tiny.front();
  grief.id = "grief.middle.x";
  grief.phases = {Phase::middle};
  grief.any_area = false;
  grief.areas = {AreaKind::grief};
  for (int i = 0; i < 3; ++i) {
    grief.id = "grief.middle." + std::to_string(i);
    tiny.push_back(grief);
  }
  auto conditional = grief;  // neither a condition nor a {person} makes a prompt count
  conditional.id = "grief.middle.cond";
  conditional.when = {domain::Condition::low_day};
  tiny.push_back(conditional);
  conditional.id = "grief.middle.person";
  conditional.when.clear();
  conditional.text = "And {person}?";
  tiny.push_back(conditional);

  const auto gaps = library::coverage_gaps(tiny);
  CHECK(gaps.size() == 20);  // 4 phases x 5 (no focus and each area); phase none is covered
  for (const auto& g : gaps)
    CHECK_FALSE(contains(g, "phase none "));
  CHECK(std::count(gaps.begin(), gaps.end(),
                   "coverage: phase middle with area grief has 3 prompts without conditions; "
                   "at least 4 are needed") == 1);
  CHECK(std::count(gaps.begin(), gaps.end(),
                   "coverage: phase initial with no focus area has 0 prompts without "
                   "conditions; at least 4 are needed") == 1);
  tiny.push_back(grief);  // a fourth one for middle x grief
  tiny.back().id = "grief.middle.3";
  CHECK(library::coverage_gaps(tiny).size() == 19);
}

TEST_CASE("prompt library: the built-in library is large, clean and covered", "[library]") {
  const auto lib = library::load_library({});
  for (const auto& p : lib.problems)
    FAIL_CHECK(p.str());
  CHECK(lib.prompts.size() >= 144);
  std::set<std::string> ids;
  for (const auto& p : lib.prompts) {
    CHECK(ids.insert(p.id).second);
    CHECK(p.enabled);
  }
  CHECK(library::coverage_gaps(lib.prompts).empty());
  CHECK(library::check_prompt_files({}).empty());
  CHECK(library::check_prompt_files({fs::path(IPT_SOURCE_DIR) / "prompts"}).empty());

  auto count = [&](auto pred) {
    return std::count_if(lib.prompts.begin(), lib.prompts.end(), pred);
  };
  for (auto area : {AreaKind::grief, AreaKind::dispute, AreaKind::transition, AreaKind::deficits}) {
    for (auto phase : {Phase::initial, Phase::middle, Phase::termination}) {
      INFO(domain::to_string(area) << " x " << domain::to_string(phase));
      // Every middle-phase dispute prompt names its stages: those are counted per stage below.
      if (area == AreaKind::dispute && phase == Phase::middle)
        continue;
      CHECK(count([&](const Prompt& p) {
              return p.areas == std::set{area} && p.phases.count(phase) && p.when.empty() &&
                     p.stages.empty();
            }) >= 5);
    }
  }
  for (auto stage :
       {DisputeStage::renegotiation, DisputeStage::impasse, DisputeStage::dissolution}) {
    INFO(domain::to_string(stage));
    CHECK(count([&](const Prompt& p) {
            return p.stages.count(stage) && p.areas == std::set{AreaKind::dispute} &&
                   p.phases.count(Phase::middle) && p.when.empty();
          }) >= 6);
  }
  for (auto phase :
       {Phase::none, Phase::initial, Phase::middle, Phase::termination, Phase::maintenance}) {
    INFO(domain::to_string(phase));
    CHECK(count([&](const Prompt& p) {
            return p.any_area && p.when.empty() && p.phases.count(phase);
          }) >= 8);
  }
  CHECK(count([](const Prompt& p) { return !p.when.empty(); }) >= 20);
  CHECK(count([](const Prompt& p) {
          return !p.followup.empty() &&
                 (p.technique == "decision-analysis" || p.technique == "role-play");
        }) >= 4);
}

TEST_CASE("prompt library: user files replace built-in prompts by id", "[library]") {
  TempDir dir;
  dir.write("b.toml",
            "[[prompt]]\nid = \"general.none.miss-someone\"\ntext = \"Mine instead?\"\n"
            "phase = [\"none\"]\narea = \"any\"\ntechnique = \"review\"\ntask = \"week-review\"\n"
            "enabled = false\n");
  dir.write("a.toml", prompt_toml());
  const auto builtin = library::load_library({});
  const auto lib = library::load_library({dir.path, dir.path / "missing"});
  REQUIRE(lib.problems.empty());
  CHECK(lib.prompts.size() == builtin.prompts.size() + 1);
  const auto it = std::find_if(lib.prompts.begin(), lib.prompts.end(),
                               [](const Prompt& p) { return p.id == "general.none.miss-someone"; });
  REQUIRE(it != lib.prompts.end());
  CHECK(it->text == "Mine instead?");
  CHECK_FALSE(it->enabled);
  CHECK(it->file == (dir.path / "b.toml").string());
}

// The built-in prompts are compiled into ipt at build time: what ipt holds is what the files
// say, field for field.
TEST_CASE("prompt library: the compiled built-in prompts are the files' prompts", "[library]") {
  library::Library parsed;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(fs::path(IPT_SOURCE_DIR) / "prompts")) {
    if (e.path().extension() == ".toml")
      files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f);
    std::ostringstream text;
    text << in.rdbuf();
    library::parse_prompt_file(text.str(), f.filename().string(), parsed);
  }
  REQUIRE(parsed.problems.empty());
  const auto& compiled = library::load_library({}).prompts;
  REQUIRE(compiled.size() == parsed.prompts.size());
  for (std::size_t i = 0; i < compiled.size(); ++i) {
    const auto& a = compiled[i];
    const auto& b = parsed.prompts[i];
    INFO(b.file << ":" << b.line << " " << b.id);
    CHECK(a.id == b.id);
    CHECK(a.text == b.text);
    CHECK(a.phases == b.phases);
    CHECK(a.areas == b.areas);
    CHECK(a.any_area == b.any_area);
    CHECK(a.no_area == b.no_area);
    CHECK(a.stages == b.stages);
    CHECK(a.when == b.when);
    CHECK(a.unless == b.unless);
    CHECK(a.technique == b.technique);
    CHECK(a.task == b.task);
    CHECK(a.demanding == b.demanding);
    CHECK(a.gentle == b.gentle);
    CHECK(a.followup == b.followup);
    CHECK(a.enabled == b.enabled);
    CHECK(a.file == b.file);
    CHECK(a.line == b.line);
  }
}

TEST_CASE("prompt library: a problem in a library file stops the build with file:line",
          "[library]") {
  TempDir dir;
  const auto bad = dir.write("bad.toml", prompt_toml("colour = \"blue\"\n"));
  const auto out = dir.path / "out.cpp";
  const std::string cmd = std::string(IPT_COMPILE_PROMPTS) + " '" + out.string() + "' '" +
                          bad.string() + "' 2>'" + (dir.path / "err.txt").string() + "'";
  CHECK(std::system(cmd.c_str()) != 0);
  std::ifstream err(dir.path / "err.txt");
  std::ostringstream text;
  text << err.rdbuf();
  CHECK(contains(text.str(), "bad.toml:8: prompt 'mine.one': unknown key 'colour'"));
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("prompt library: a table header that starts no key is one problem", "[prompts]") {
  // toml++ 3.3 asserted here, so a debug build aborted (fuzz/prompt_file found it).
  for (const std::string text : {"[[[prompt]]]\n", "[:prompt]\n"}) {
    INFO(text);
    const auto problem = one_problem(text);
    CHECK(starts_with(problem, "mine.toml:1: "));
    CHECK(contains(problem, "expected bare key starting character"));
  }
}
