// man/ipt-export.5 against what the built binary writes: a journal holding every kind of record
// is exported (JSON, JSONL, CSV) and reported on (ipt report --format json), every key of the
// output is collected, at any depth, and each must be named in the page, a record's keys in the
// subsection of its kind. tests/cli/test_docs_pages.cpp checks the order of the keys against the
// writers themselves.
#include <catch2/catch.hpp>

#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "e2e/exchange_fixtures.hpp"

using ipt::test::Sandbox;
using ipt::test::exchange::make_full_journal;
using ipt::test::exchange::must;
using nlohmann::json;

namespace {

/// A man page as plain text, by section (.SH and .SS headings, unquoted): font escapes and \&
/// dropped, \- made '-', other special characters made a space, comments left out.
std::map<std::string, std::string> page_sections(const std::string& relative) {
  std::map<std::string, std::string> out;
  std::string* current = nullptr;
  const auto roff = ipt::test::file_bytes(std::string(IPT_SOURCE_DIR) + "/" + relative);
  for (const auto& line : ipt::test::lines(roff)) {
    std::string plain;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] != '\\' || i + 1 == line.size()) {
        plain += line[i];
        continue;
      }
      const char c = line[++i];
      if (c == 'f') {
        i += i + 1 < line.size() && line[i + 1] == '(' ? 3 : 1;
      } else if (c == '(') {
        i += 2;
        plain += ' ';
      } else if (c != '&') {
        plain += c;
      }
    }
    if (line.starts_with(".SH ") || line.starts_with(".SS ")) {
      std::string heading = plain.substr(4);
      std::erase(heading, '"');
      current = &out[heading];
    } else if (current && !line.starts_with(".\\\"")) {
      *current += plain + "\n";
    }
  }
  return out;
}

bool word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
}

/// `word` occurs in `text` on its own: "days" is not found in "checkin_days".
bool mentions(const std::string& text, const std::string& word) {
  for (auto p = text.find(word); p != std::string::npos; p = text.find(word, p + 1)) {
    const auto end = p + word.size();
    if ((p == 0 || !word_char(text[p - 1])) && (end == text.size() || !word_char(text[end])))
      return true;
  }
  return false;
}

/// Keys whose object is keyed by names the user chose (a check-in's own scales, by name): the
/// key is documented, the names inside are data.
const std::set<std::string> kNamedByUser{"metrics"};

/// Every key of `j`, at any depth, with where it was first seen ("areas[].stages[].day").
void collect_keys(const json& j, const std::string& path, std::map<std::string, std::string>& out) {
  if (j.is_object()) {
    for (const auto& [k, v] : j.items()) {
      out.emplace(k, path + "." + k);
      if (!kNamedByUser.contains(k))
        collect_keys(v, path + "." + k, out);
    }
  } else if (j.is_array()) {
    for (const auto& v : j)
      collect_keys(v, path + "[]", out);
  }
}

/// The section whose heading starts with `prefix`.
const std::string& section_starting(const std::map<std::string, std::string>& page,
                                    const std::string& prefix) {
  for (const auto& [heading, text] : page) {
    if (heading.starts_with(prefix))
      return text;
  }
  FAIL("ipt-export(5) has no section " << prefix << "...");
  static const std::string none;
  return none;
}

}  // namespace

TEST_CASE("docs: ipt-export(5) names every key that ipt export writes for a full journal",
          "[docs][e2e]") {
  Sandbox box;
  make_full_journal(box);
  const auto page = page_sections("man/ipt-export.5");
  const auto doc = json::parse(must(box, "2026-11-20 12:00", {"export"}).out);
  REQUIRE(doc.is_object());

  for (const auto& [name, records] : doc.items()) {
    if (!records.is_array()) {
      INFO("document key " << name);
      CHECK(mentions(section_starting(page, "THE DOCUMENT"), name));
      continue;
    }
    INFO("records: " << name);
    // The journal holds every kind of record: a kind added without one here would go unchecked.
    REQUIRE(!records.empty());
    const auto& text = section_starting(page, name + " (JSONL type");
    std::map<std::string, std::string> keys;
    collect_keys(records, name, keys);
    for (const auto& [key, where] : keys) {
      INFO("key " << where);
      CHECK(mentions(text, key));
    }
  }

  // JSONL: the header's keys and every line's type.
  const auto lines =
      ipt::test::lines(must(box, "2026-11-20 12:00", {"export", "--format", "jsonl"}).out);
  REQUIRE(lines.size() > 1);
  const auto& jsonl = section_starting(page, "JSONL");
  const auto header = json::parse(lines.front());
  for (const auto& [k, v] : header.items()) {
    INFO("header key " << k);
    CHECK(mentions(jsonl, k));
  }
  std::set<std::string> types;
  for (std::size_t i = 1; i < lines.size(); ++i)
    types.insert(json::parse(lines[i]).at("type").get<std::string>());
  for (const auto& t : types) {
    INFO("JSONL type " << t);
    CHECK(mentions(jsonl, t));
  }

  // CSV: every column of the header row.
  const auto csv =
      ipt::test::lines(must(box, "2026-11-20 12:00", {"export", "--format", "csv"}).out);
  REQUIRE(!csv.empty());
  std::string row = csv.front();
  if (!row.empty() && row.back() == '\r')
    row.pop_back();
  const auto& csv_text = section_starting(page, "CSV");
  for (std::size_t start = 0, comma = 0; start <= row.size(); start = comma + 1) {
    comma = row.find(',', start);
    if (comma == std::string::npos)
      comma = row.size();
    const auto column = row.substr(start, comma - start);
    INFO("CSV column " << column);
    CHECK(mentions(csv_text, column));
  }
}

TEST_CASE("docs: ipt-export(5) names every key that ipt report --format json writes",
          "[docs][e2e]") {
  Sandbox box;
  make_full_journal(box);
  // Early November: a tag on 3 days of 6, each a better day (an association), and a loss.
  for (int d = 2; d <= 7; ++d) {
    const auto day = "2026-11-0" + std::to_string(d);
    std::vector<std::string> log{"log", d % 2 ? "4" : "7", "-d", day};
    if (d % 2 == 0) {
      log.emplace_back("-t");
      log.emplace_back("walk");
    }
    must(box, day + " 20:00", log);
  }
  must(box, "2026-11-05 21:00",
       {"event", "a year since Grandma died", "--with", "Mum", "--kind", "loss", "--impact", "-2"});
  const auto page = page_sections("man/ipt-export.5");
  const auto& text = section_starting(page, "REPORT JSON");
  // A course report (its weeks, the termination part), a week with a conflict, a support,
  // answers, questionnaires and the agenda, and days in November with an association and a
  // loss; with notes and answers so that no text is left null.
  std::map<std::string, std::string> keys;
  for (const auto& period :
       std::vector<std::vector<std::string>>{{"--course"},
                                             {"--week", "2026-10-21"},
                                             {"--from", "2026-11-01", "--to", "2026-11-08"}}) {
    std::vector<std::string> args{"report"};
    args.insert(args.end(), period.begin(), period.end());
    for (const char* a : {"--notes", "--answers", "--format", "json"})
      args.emplace_back(a);
    const auto report = json::parse(must(box, "2026-11-10 12:00", args).out);
    collect_keys(report, "report " + period.front(), keys);
  }
  REQUIRE(keys.size() > 50);
  for (const auto& [key, where] : keys) {
    INFO("key " << where);
    CHECK(mentions(text, key));
  }
}
