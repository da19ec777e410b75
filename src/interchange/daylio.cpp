// Daylio's CSV export: one row a mood entry, newest first, header
// full_date,date,weekday,time,mood,activities,note_title,note. `date` and `weekday` repeat
// full_date in the phone's language and are not read.
#include <algorithm>
#include <array>
#include <set>

#include "domain/text.hpp"
#include "domain/uuid.hpp"
#include "domain/validate.hpp"
#include "interchange/csv_read.hpp"
#include "interchange/foreign.hpp"
#include "interchange/foreign_common.hpp"

namespace ipt::interchange {

namespace {

using foreign::fail;
using foreign::quote;

constexpr std::array<std::string_view, 8> kHeader{"full_date", "date",       "weekday",    "time",
                                                  "mood",      "activities", "note_title", "note"};
enum Column : std::size_t {
  kFullDate = 0,
  kTime = 3,
  kMood = 4,
  kActivities = 5,
  kTitle = 6,
  kNote = 7
};

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "20:30", or the 12-hour clock Daylio writes in some locales: "8:30 pm", "12:05 AM", "8:30pm".
std::optional<domain::TimeOfDay> parse_time(std::string_view raw) {
  std::string s = lower_ascii(domain::trim(raw));
  std::erase(s, '.');  // "p.m."
  std::optional<bool> pm;
  if (s.size() > 2 && (s.ends_with("am") || s.ends_with("pm"))) {
    pm = s.ends_with("pm");
    s = domain::trim(std::string_view(s).substr(0, s.size() - 2));
  }
  const auto colon = s.find(':');
  if (colon == std::string::npos || colon < 1 || colon > 2 || s.size() != colon + 3)
    return std::nullopt;
  const auto h = std::string_view(s).substr(0, colon);
  const auto m = std::string_view(s).substr(colon + 1);
  if (!digits(h) || !digits(m))
    return std::nullopt;
  int hour = std::stoi(std::string(h));
  const int minute = std::stoi(std::string(m));
  if (minute > 59)
    return std::nullopt;
  if (pm) {
    if (hour < 1 || hour > 12)
      return std::nullopt;
    hour = hour % 12 + (*pm ? 12 : 0);  // 12:05 am is 00:05, 12:05 pm is 12:05
  } else if (hour > 23) {
    return std::nullopt;
  }
  return domain::TimeOfDay{hour, minute};
}

// Daylio keeps a note's line breaks as <br> (or <br/>, <br />); CRLF files keep CRLF in notes.
std::string note_text(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n')
      continue;
    if (s[i] == '<' && i + 3 < s.size() && lower_ascii(s.substr(i + 1, 2)) == "br") {
      std::size_t j = i + 3;
      while (j < s.size() && s[j] == ' ')
        ++j;
      if (j < s.size() && s[j] == '/')
        ++j;
      if (j < s.size() && s[j] == '>') {
        out += '\n';
        i = j;
        continue;
      }
    }
    out += s[i];
  }
  return domain::trim(out);
}

std::string known_moods(const MoodMap& moods) {
  std::vector<std::pair<std::string, int>> list(moods.begin(), moods.end());
  std::stable_sort(list.begin(), list.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string out;
  for (const auto& [label, value] : list)
    out += (out.empty() ? "" : ", ") + label + "=" + std::to_string(value);
  return out.empty() ? "none" : out;
}

// "good meal | work" -> good-meal, work.
std::vector<std::string> activity_tags(const std::string& record, std::string_view field) {
  std::vector<std::string> tags;
  std::size_t start = 0;
  while (start <= field.size()) {
    auto end = field.find(" | ", start);
    if (end == std::string_view::npos)
      end = field.size();
    const std::string activity = domain::trim(field.substr(start, end - start));
    start = end + 3;
    if (activity.empty())
      continue;
    std::string dashed;
    for (char c : activity) {
      const bool space = c == ' ' || c == '\t';
      if (!space)
        dashed += c;
      else if (dashed.back() != '-')
        dashed += '-';
    }
    foreign::add_unique(tags, foreign::in_record(record, "activities", activity,
                                                 [&] { return domain::normalize_tag(dashed); }));
  }
  return tags;
}

ForeignEntry read_row(const CsvRow& row, const MoodMap& moods) {
  const std::string record = "line " + std::to_string(row.line);
  const auto& f = row.fields;
  if (f.size() != kHeader.size()) {
    fail(Errc::import_malformed,
         "the row has " + std::to_string(f.size()) + " fields; Daylio's rows have " +
             std::to_string(kHeader.size()),
         record);
  }
  ForeignEntry out;
  out.record = row.line;
  out.day = foreign::check_date(record, "full_date", f[kFullDate]);
  const auto time = parse_time(f[kTime]);
  if (!time) {
    fail(Errc::import_invalid,
         "time " + quote(f[kTime]) + " is not a time of day like \"20:30\" or \"8:30 pm\"", record,
         "time", f[kTime]);
  }
  out.time = *time;

  const std::string label = domain::trim(f[kMood]);
  const std::string key = domain::fold_case(label);
  const auto mood = moods.find(key);
  if (label.empty())
    fail(Errc::import_invalid, "the row has no mood", record, "mood", label);
  if (mood == moods.end()) {
    fail(Errc::import_invalid,
         "mood " + quote(label) + " is not a mood label ipt knows; known: " + known_moods(moods),
         record, "mood", label);
  }
  out.mood = mood->second;
  out.tags = activity_tags(record, f[kActivities]);

  const auto title = note_text(f[kTitle]);
  const auto note = note_text(f[kNote]);
  const auto joined = title.empty() || note.empty() ? title + note : title + "\n" + note;
  out.text = foreign::in_record(record, "note", joined,
                                [&] { return domain::check_text("note", joined, false); });

  // The time in HH:MM and the label's key, so a phone switched to the 12-hour clock or a label
  // recapitalised exports the same entry under the same UUID.
  out.uuid = domain::uuid_v5(domain::kIptNamespace, "daylio\n" + f[kFullDate] + "\n" +
                                                        domain::format_time(out.time) + "\n" + key +
                                                        "\n" + out.text);
  return out;
}

}  // namespace

std::vector<ForeignEntry> parse_daylio(std::string_view csv, const MoodMap& moods) {
  if (csv.starts_with("\xEF\xBB\xBF"))
    csv.remove_prefix(3);  // the UTF-8 byte order mark some spreadsheet tools add
  const auto rows = read_csv(csv);
  std::string expected;
  for (const auto name : kHeader)
    expected += (expected.empty() ? "" : ",") + std::string(name);
  const bool header_ok =
      !rows.empty() && std::equal(rows.front().fields.begin(), rows.front().fields.end(),
                                  kHeader.begin(), kHeader.end());
  if (!header_ok) {
    std::string got;
    if (!rows.empty()) {
      for (const auto& name : rows.front().fields)
        got += (got.empty() ? "" : ",") + name;
    }
    fail(Errc::import_malformed,
         rows.empty()
             ? "the file is empty; a Daylio export starts with the header \"" + expected + "\""
             : "not a Daylio export: the header is " + quote(got) + ", expected " + expected,
         "line " + std::to_string(rows.empty() ? 1 : rows.front().line), "header", got);
  }

  std::vector<ForeignEntry> out;
  std::set<std::string> seen;  // the same entry twice in one file is one record
  for (std::size_t i = 1; i < rows.size(); ++i) {
    auto entry = read_row(rows[i], moods);
    if (seen.insert(entry.uuid).second)
      out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace ipt::interchange
