// The section 5 pages describe the files and formats of the binary that is built: these tests ask
// the real readers and writers what they know (the config reader's known keys, the prompt
// vocabulary of the domain, the export and report writers) and check man/ipt-config.5,
// man/ipt-prompts.5 and man/ipt-export.5 against them, both ways where a page lists keys. Every
// page must also be clean under mandoc's linter. tests/e2e/test_docs_export.cpp checks the
// export page against what the built binary writes for a journal holding every kind of record.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>

#include "cli/app.hpp"
#include "cli/docs_support.hpp"
#include "config/config.hpp"
#include "domain/area.hpp"
#include "domain/course.hpp"
#include "domain/entry.hpp"
#include "domain/errors.hpp"
#include "domain/exchange.hpp"
#include "domain/format.hpp"
#include "domain/prompt.hpp"
#include "interchange/document.hpp"
#include "library/prompt_library.hpp"
#include "render/exchange.hpp"

using namespace ipt;
using namespace ipt::test::docs;

namespace {

constexpr const char* kPages[] = {"man/ipt.1", "man/ipt-config.5", "man/ipt-export.5",
                                  "man/ipt-prompts.5"};

StringSet set_of(const Strings& v) {
  return {v.begin(), v.end()};
}

StringSet set_of(std::span<const std::string_view> v) {
  return {v.begin(), v.end()};
}

const Section& subsection(const ManPage& page, const std::string& heading) {
  const Section* s = page.find(heading, true);
  INFO("subsection " << heading);
  REQUIRE(s != nullptr);
  return *s;
}

const Section& section(const ManPage& page, const std::string& heading) {
  const Section* s = page.find(heading, false);
  INFO("section " << heading);
  REQUIRE(s != nullptr);
  return *s;
}

/// The paragraph of `key` among a section's tagged keys.
std::string item_text(const Section& s, const std::string& key) {
  for (const auto& item : tagged_items(s)) {
    if (item.key == key)
      return item.text;
  }
  FAIL(s.heading << " lists no " << key);
  return {};
}

// ---- the config reader, asked which keys it knows -----------------------------------------------

/// The keys the reader knows where `probe.toml` puts an unknown key (the last table it opens):
/// what it reports with the unknown key. Empty when the text is refused.
std::optional<Strings> known_keys(const std::string& text) {
  try {
    const auto cfg = config::parse_config(text, "probe.toml");
    REQUIRE(cfg.unknown.size() == 1);
    return cfg.unknown.front().known;
  } catch (const UsageError&) {
    return std::nullopt;
  }
}

/// A [[metric]] needs these to be read at all; an unknown key beside them is reported.
constexpr const char* kMetricMinimum = "name = \"probe\"\nmin = 0\nmax = 1\n";

struct ConfigTable {
  std::string heading;  ///< "[course]", "[[metric]]"
  std::string name;     ///< "course"
  Strings keys;
};

/// Every table the reader knows, found by putting an unknown key into each top-level key as a
/// table, then as a list of tables. Keys that are neither are plain values.
std::vector<ConfigTable> config_tables(const Strings& top) {
  std::vector<ConfigTable> tables;
  for (const auto& k : top) {
    if (auto keys = known_keys("[" + k + "]\nzz_probe = 1\n")) {
      tables.push_back({"[" + k + "]", k, *keys});
    } else if (auto list = known_keys("[[" + k + "]]\n" + kMetricMinimum + "zz_probe = 1\n")) {
      tables.push_back({"[[" + k + "]]", k, *list});
    }
  }
  return tables;
}

}  // namespace

// ---- every page ---------------------------------------------------------------------------------

TEST_CASE("docs: every man page is clean under mandoc -T lint -W warning", "[docs][pages]") {
  REQUIRE(run_shell("command -v mandoc").first == 0);  // scripts/bootstrap installs it
  for (const char* page : kPages) {
    INFO("page " << page);
    auto [status, out] =
        run_shell("mandoc -T lint -W warning " + sh_quote(source_path(page).string()) + " 2>&1");
    std::string said;
    for (const auto& line : out)
      said += line + "\n";
    INFO(said);
    CHECK(status == 0);
    CHECK(out.empty());
  }
}

TEST_CASE("docs: the section 5 pages have this version, their sections and each other in SEE ALSO",
          "[docs][pages]") {
  Fixture f;
  const char* argv[] = {"ipt", "--version"};
  REQUIRE(cli::run(2, argv, f.ctx) == 0);
  const std::map<std::string, std::vector<const char*>> pages{
      {"ipt-config",
       {"NAME", "SYNOPSIS", "DESCRIPTION", "SYNTAX", "KEYS", "ERRORS AND WARNINGS",
        "CHANGING THE FILE", "FILES", "EXAMPLE", "SEE ALSO"}},
      {"ipt-prompts",
       {"NAME", "SYNOPSIS", "DESCRIPTION", "FILES", "FORMAT", "KEYS", "PHASES", "AREAS AND STAGES",
        "CONDITIONS", "PLACEHOLDERS", "TECHNIQUES", "TASKS", "CHECKING", "EXAMPLE", "SEE ALSO"}},
      {"ipt-export",
       {"NAME", "SYNOPSIS", "DESCRIPTION", "THE DOCUMENT", "RECORDS", "JSONL", "CSV", "IMPORTING",
        "REPORT JSON", "EXAMPLES", "SEE ALSO"}},
  };
  for (const auto& [name, sections] : pages) {
    INFO("page " << name);
    const auto page = read_man_page("man/" + name + ".5");
    std::string upper = name;
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    const std::regex th("\n\\.TH " + upper +
                        R"re( 5 \d{4}-\d{2}-\d{2} "(ipt [^"]*)" "File Formats")re");
    std::smatch m;
    REQUIRE(std::regex_search(page.source, m, th));
    CHECK(m[1].str() + "\n" == f.out.str());
    for (const char* s : sections) {
      INFO("section " << s);
      CHECK(page.find(s, false) != nullptr);
    }
    // ".BR ipt\-config (5)," reads "ipt-config (5)" as plain text.
    const auto& see_also = section(page, "SEE ALSO").text;
    for (const char* other : {"ipt (1)", "ipt-config (5)", "ipt-export (5)", "ipt-prompts (5)"}) {
      if (other != name + " (5)") {
        INFO("SEE ALSO " << other);
        CHECK(mentions(see_also, other));
      }
    }
  }
  const auto man = read_man_page();  // kept: the section refers into it
  const auto& ipt1 = section(man, "SEE ALSO").text;
  for (const char* page : {"ipt-config (5)", "ipt-export (5)", "ipt-prompts (5)"}) {
    INFO("ipt(1) SEE ALSO " << page);
    CHECK(mentions(ipt1, page));
  }
}

TEST_CASE("docs: make install installs every man page, each into its section", "[docs][pages]") {
  const auto cmake = read_text("CMakeLists.txt");
  for (const auto& entry : std::filesystem::directory_iterator(source_path("man"))) {
    const auto name = entry.path().filename().string();
    const auto section = name.substr(name.rfind('.') + 1);
    if (section.size() != 1 || !std::isdigit(static_cast<unsigned char>(section[0])))
      continue;  // not a page
    INFO("page " << name);
    const std::regex install(
        R"(install\(FILES[^)]*\bman/)" + std::regex_replace(name, std::regex(R"([.])"), R"(\.)") +
        R"(\b[^)]*DESTINATION \$\{CMAKE_INSTALL_MANDIR\}/man)" + section + R"(\))");
    CHECK(std::regex_search(cmake, install));
  }
}

// ---- ipt-config(5) ------------------------------------------------------------------------------

TEST_CASE(
    "docs: ipt-config(5) lists every key the config reader knows, table by table, and no other",
    "[docs][pages]") {
  const auto page = read_man_page("man/ipt-config.5");
  const auto top = known_keys("zz_probe = 1\n");
  REQUIRE(top);
  REQUIRE(top->size() > 3);
  CHECK(set_of(tagged_keys(subsection(page, "Top-level keys"))) == set_of(*top));

  const auto tables = config_tables(*top);
  REQUIRE(tables.size() >= 5);  // course, prompts, remind, safety, metric
  for (const auto& t : tables) {
    INFO("table " << t.heading);
    CHECK(set_of(tagged_keys(subsection(page, t.heading))) == set_of(t.keys));
  }
  // [safety]'s switches are among its known keys; each is one of them.
  const auto safety = std::find_if(tables.begin(), tables.end(),
                                   [](const ConfigTable& t) { return t.name == "safety"; });
  REQUIRE(safety != tables.end());
  for (auto s : config::safety_switch_names()) {
    INFO("switch " << s);
    CHECK(std::find(safety->keys.begin(), safety->keys.end(), s) != safety->keys.end());
  }
  // color takes --color's values.
  const auto& tree = command_tree();
  REQUIRE(!tree.empty());
  const auto color = item_text(subsection(page, "Top-level keys"), "color");
  for (const auto& v : tree.front().values) {
    if (v == "auto" || v == "always" || v == "never") {
      INFO("color value " << v);
      CHECK(mentions(color, v));
    }
  }
}

TEST_CASE("docs: the EXAMPLE of ipt-config(5) is a file ipt reads, and it sets every key",
          "[docs][pages]") {
  const auto page = read_man_page("man/ipt-config.5");
  const auto text = example_text(chapter(page, "EXAMPLE"));
  INFO(text);
  config::Config cfg;
  REQUIRE_NOTHROW(cfg = config::parse_config(text, "example.toml"));
  for (const auto& u : cfg.unknown) {
    INFO("unknown key " << u.key);
    CHECK(false);
  }
  const auto top = known_keys("zz_probe = 1\n");
  REQUIRE(top);
  for (const auto& k : *top)
    CHECK(cfg.origins.count(k) == 1);
  for (const auto& t : config_tables(*top)) {
    if (t.heading.starts_with("[["))
      continue;  // a list of tables is one value: "metric"
    for (const auto& k : t.keys) {
      INFO("key " << t.name << "." << k);
      CHECK(cfg.origins.count(t.name + "." + k) == 1);
    }
  }
  REQUIRE(!cfg.metrics.empty());
  CHECK(!cfg.metrics.front().label.empty());
}

// ---- ipt-prompts(5) -----------------------------------------------------------------------------

namespace {

/// The keys of a prompt, from the reader's own list, each confirmed by the reader itself: a
/// prompt with the key is not told it is unknown, and one with a made-up key is.
Strings prompt_keys() {
  Strings keys;
  for (auto k : library::prompt_keys())
    keys.emplace_back(k);
  REQUIRE(keys.size() > 5);
  auto unknown_reported = [](const std::string& key) {
    library::Library lib;
    library::parse_prompt_file("[[prompt]]\n" + key + " = 1\n", "probe.toml", lib);
    return std::any_of(lib.problems.begin(), lib.problems.end(), [&](const library::Problem& p) {
      return p.message.find("unknown key '" + key + "'") != std::string::npos;
    });
  };
  REQUIRE(unknown_reported("zz_probe"));
  for (const auto& k : keys) {
    INFO("prompt key " << k);
    REQUIRE(!unknown_reported(k));
  }
  return keys;
}

}  // namespace

TEST_CASE("docs: ipt-prompts(5) lists every key of a prompt, and no other", "[docs][pages]") {
  const auto page = read_man_page("man/ipt-prompts.5");
  CHECK(set_of(tagged_keys(section(page, "KEYS"))) == set_of(prompt_keys()));
}

TEST_CASE(
    "docs: ipt-prompts(5) names every phase, area, stage, condition, placeholder, "
    "technique and task the domain knows",
    "[docs][pages]") {
  const auto page = read_man_page("man/ipt-prompts.5");
  CHECK(set_of(tagged_keys(section(page, "PHASES"))) == set_of(domain::phase_names()));
  auto areas = set_of(domain::area_kind_names());
  for (auto s : domain::dispute_stage_names())
    areas.emplace(s);
  CHECK(set_of(tagged_keys(section(page, "AREAS AND STAGES"))) == areas);
  CHECK(set_of(tagged_keys(section(page, "TECHNIQUES"))) == set_of(domain::technique_names()));

  StringSet placeholders;
  for (auto p : domain::placeholder_names())
    placeholders.insert("{" + std::string(p) + "}");
  CHECK(set_of(tagged_keys(section(page, "PLACEHOLDERS"))) == placeholders);

  // Each condition with its rank ("3: ..."), or as a gate; fear with the tasks it sets aside.
  const auto& conditions = section(page, "CONDITIONS");
  CHECK(set_of(tagged_keys(conditions)) == set_of(domain::condition_names()));
  for (auto name : domain::condition_names()) {
    const auto c = domain::condition_from(name);
    REQUIRE(c);
    const auto text = item_text(conditions, std::string(name));
    INFO("condition " << name << ": " << text);
    const auto r = domain::rank(*c);
    CHECK(text.starts_with(r ? std::to_string(*r) + ":" : std::string("Gate")));
  }
  const auto fear = item_text(conditions, "fear");
  for (auto t : domain::tasks_set_aside_by_fear()) {
    INFO("set aside by fear: " << t);
    CHECK(mentions(fear, std::string(t)));
  }

  // Every task, and "asked in every course" exactly for those a phase must cover.
  const auto tasks = chapter(page, "TASKS");
  CHECK(set_of(tagged_keys(tasks)) == set_of(domain::task_names()));
  auto must = set_of(domain::must_cover_tasks(domain::Phase::initial));
  for (auto t : domain::must_cover_tasks(domain::Phase::termination))
    must.emplace(t);
  REQUIRE(!must.empty());
  for (const auto& item : tagged_items(tasks)) {
    INFO("task " << item.key << ": " << item.text);
    std::string flat = item.text;
    std::replace(flat.begin(), flat.end(), '\n', ' ');
    CHECK((flat.find("asked in every course") != std::string::npos) == (must.count(item.key) == 1));
  }
}

TEST_CASE("docs: the prompt files ipt-prompts(5) shows pass ipt prompts check", "[docs][pages]") {
  const auto page = read_man_page("man/ipt-prompts.5");
  TempDir dir;
  int n = 0;
  for (const char* heading : {"FORMAT", "EXAMPLE"}) {
    const auto text = example_text(chapter(page, heading));
    const auto file = dir.path / ("example" + std::to_string(++n) + ".toml");
    std::ofstream(file) << text;
    INFO(heading << ":\n" << text);
    std::string problems;
    for (const auto& p : library::check_prompt_files({file}))
      problems += p.str() + "\n";
    CHECK(problems.empty());
    library::Library lib;
    library::parse_prompt_file(text, file.string(), lib);
    CHECK(!lib.prompts.empty());
  }
}

// ---- ipt-export(5), against the export and report writers ---------------------------------------

namespace {

/// One record of each kind, every nested list holding one item so that its keys are written.
std::vector<domain::ExchangeRecord> one_of_each() {
  const domain::Date day{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{2}};
  std::vector<domain::ExchangeRecord> records;
  domain::PersonRecord person;
  person.person.name = "Sam";
  records.emplace_back(person);
  domain::AreaRecord area;
  area.kind = domain::AreaKind::dispute;
  area.created_day = day;
  area.stages = {domain::StageRecord{domain::DisputeStage::impasse, day, 0}};
  area.ratings = {domain::RatingRecord{"", day, 3, 0}};
  records.emplace_back(area);
  records.emplace_back(domain::FocusRecord{std::nullopt, day, 0});
  domain::CourseRecord course;
  course.course.start = day;
  records.emplace_back(course);
  records.emplace_back(domain::PinRecord{std::nullopt, day, 0});
  domain::EntryRecord entry;
  entry.entry.day = day;
  records.emplace_back(entry);
  domain::PlanRecord plan;
  plan.day = day;
  records.emplace_back(plan);
  domain::AgendaRecord agenda;
  agenda.day = day;
  records.emplace_back(agenda);
  domain::AskedRecord asked;
  asked.week = day;
  records.emplace_back(asked);
  REQUIRE(records.size() == std::variant_size_v<domain::ExchangeRecord>);
  return records;
}

std::string write_export(domain::Format f, const std::vector<domain::ExchangeRecord>& rs) {
  std::ostringstream out;
  auto w = render::export_writer(out, f);
  for (const auto& r : rs)
    w->write(r);
  w->finish();
  return out.str();
}

}  // namespace

TEST_CASE("docs: ipt-export(5) lists the keys ipt export writes, in order, and its layouts",
          "[docs][pages]") {
  const auto page = read_man_page("man/ipt-export.5");
  const auto records = one_of_each();

  // The document's own keys, in order, as the example object shows them.
  const auto top = json_keys(write_export(domain::Format::json, {}), 2);
  REQUIRE(top.size() == 2 + records.size());
  std::string shown;
  for (const auto& k : top)
    shown += (shown.empty() ? "" : "[\\s\\S]*") + ("\"" + k + "\"");
  CHECK(std::regex_search(section(page, "THE DOCUMENT").text, std::regex(shown)));

  for (const auto& r : records) {
    // "people (JSONL type person)": the array's name, then its JSONL type.
    const std::string name(interchange::section_name(r.index()));
    const std::string type(interchange::type_name(r.index()));
    INFO("records: " << name);
    const Section* s = nullptr;
    for (const auto& sec : page.sections) {
      if (sec.sub && sec.heading.rfind(name + " (JSONL type", 0) == 0)
        s = &sec;
    }
    REQUIRE(s != nullptr);
    if (!std::holds_alternative<domain::EntryRecord>(r))
      CHECK(s->heading == name + " (JSONL type " + type + ")");
    const auto json = write_export(domain::Format::json, {r});
    CHECK(tagged_keys(*s) == json_keys(json, 6));
    for (const auto& k : json_keys(json, 10)) {  // an area's stages and ratings
      INFO("key " << k);
      CHECK(mentions(s->text, k));
    }
  }

  const auto& jsonl = section(page, "JSONL");
  const auto lines = lines_of(write_export(domain::Format::jsonl, records));
  REQUIRE(!lines.empty());
  CHECK(jsonl.text.find(lines.front()) != std::string::npos);  // the header line
  for (const auto& r : records) {
    if (std::holds_alternative<domain::EntryRecord>(r))
      continue;  // an entry's line carries its own type
    INFO("type " << interchange::type_name(r.index()));
    CHECK(mentions(jsonl.text, std::string(interchange::type_name(r.index()))));
  }
  for (auto t : domain::entry_type_names()) {
    INFO("entry type " << t);
    CHECK(mentions(jsonl.text, std::string(t)));
  }

  // The CSV header row, exactly, and each column is one the page explains.
  std::string header;
  for (const auto& c : render::export_csv_columns())
    header += (header.empty() ? "" : ",") + c;
  const auto rows = write_export(domain::Format::csv, {});
  CHECK(rows.substr(0, rows.find("\r\n")) == header);
  CHECK(section(page, "CSV").text.find("\n" + header + "\n") != std::string::npos);
}

TEST_CASE("docs: ipt-export(5) names every key of the reviewed golden report", "[docs][pages]") {
  const auto page = read_man_page("man/ipt-export.5");
  const auto& report = section(page, "REPORT JSON");
  const auto golden = read_text("tests/fixtures/report-week.json");
  const auto keys = json_keys(golden, -1);
  REQUIRE(keys.size() > 50);
  for (const auto& k : keys) {
    INFO("key " << k);
    CHECK(mentions(report.text, k));
  }
  // The top-level keys are its tagged keys, in order; lowest and highest share one tag.
  Strings top;
  for (const auto& k : json_keys(golden, 2)) {
    if (k != "lowest" && k != "highest")
      top.push_back(k);
  }
  CHECK(tagged_keys(report) == top);
}
