#pragma once
// Entries read from other journaling tools (jrnl's JSON export, Daylio's CSV export), before
// they become ipt records. A parser checks the file's shape and each value, and derives a UUID
// from each entry's content and date, so importing the same file twice finds the same records.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/civil.hpp"

namespace ipt::interchange {

/// One entry of another tool's export.
struct ForeignEntry {
  std::string uuid;                 ///< derived from the source, the date, the time and the text
  domain::Date day;                 ///< the local calendar day written in the file
  domain::TimeOfDay time;           ///< the local time written in the file (00:00 when none)
  std::optional<int> mood;          ///< 0..10, when the tool records a mood (Daylio)
  std::string text;                 ///< title and body (or note title and note) joined
  std::vector<std::string> people;  ///< names as written, without the '@'
  std::vector<std::string> tags;    ///< normalised as ipt stores tags
  std::size_t record = 0;           ///< where it was: jrnl's entry index (0-based), Daylio's line
};

/// Daylio mood labels mapped to ipt's 0..10 scale; keys are folded to lower case.
using MoodMap = std::map<std::string, int>;

/// rad 9, good 7, meh 5, bad 3, awful 1.
MoodMap default_daylio_moods();

/// Parses `--mood-map label=N,...` (N 0..10) and adds it over `base`.
MoodMap parse_mood_map(std::string_view spec, MoodMap base);

/// The entries of `jrnl --export json`. Throws ipt::ValidationError-like errors (see
/// domain/errors.hpp) naming the entry index and field on bad input.
std::vector<ForeignEntry> parse_jrnl(std::string_view json);

/// The rows of Daylio's CSV export (header
/// `full_date,date,weekday,time,mood,activities,note_title,note`).
std::vector<ForeignEntry> parse_daylio(std::string_view csv, const MoodMap& moods);

}  // namespace ipt::interchange
