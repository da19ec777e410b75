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

/// Daylio mood labels mapped to ipt's 0..10 scale; keys are folded to lower case
/// (domain::fold_case), as parse_mood_map writes them.
using MoodMap = std::map<std::string, int>;

/// rad 9, good 7, meh 5, bad 3, awful 1.
MoodMap default_daylio_moods();

/// Parses `--mood-map label=N,...` (N 0..10) and adds it over `base`; labels are trimmed and
/// folded (fold_case), a label given twice takes the last value. An item that is empty, has no
/// '=', no label, or N not a whole number 0..10 throws UsageError(Errc::invalid_value) with
/// ErrorDetail::of_field("--mood-map", the item trimmed).
MoodMap parse_mood_map(std::string_view spec, MoodMap base);

/// The entries of `jrnl --export json`, in file order. Text is the title and body, each
/// trimmed, joined with one space. A tag "@name" is a person (check_person_name, the name as
/// written: jrnl writes tags in lower case), any other tag goes through normalize_tag, and
/// `"starred": true` adds the tag "starred"; people (by fold_case key) and tags appear once, in
/// first order. An entry whose date, time, title and body repeat an earlier one is dropped.
///
/// Every error is UsageError with detail.record set, and the message never names the record:
/// - import_malformed: not JSON (record "byte N", the message says line, column and byte),
///   not an object, no "entries" list (field "entries"), an entry not an object ("entries[i]");
/// - import_invalid, record "entries[i]" (0-based), field and value (the string, or the JSON
///   text of a non-string) of: "date" (absent, not a string, not YYYY-MM-DD, not a calendar
///   date), "time" (not HH:MM), "title" (absent, not a string), "body" (not a string), "tags"
///   (not a list of strings, a bad name or tag), "starred" (not a boolean); "title" and "body"
///   also for text that check_text refuses (a control character, over kMaxTextBytes).
std::vector<ForeignEntry> parse_jrnl(std::string_view json);

/// The rows of Daylio's CSV export (header
/// `full_date,date,weekday,time,mood,activities,note_title,note`), in file order (Daylio
/// writes newest first). A UTF-8 byte order mark, CRLF and empty lines are accepted. The time
/// is "20:30" or the 12-hour "8:30 pm"; the mood label is looked up by its trimmed fold_case
/// key; activities (split on " | ", spaces inside one made '-') become tags; the text is
/// note_title and note joined with a newline, <br> read as a line break, trimmed. The UUID
/// uses the time as HH:MM and the label's key, so the phone's clock setting does not change it.
/// A row that repeats an earlier one (same UUID) is dropped.
///
/// Every error is UsageError with detail.record "line N", the physical line the row starts on
/// (the header is line 1), and the message never names the line:
/// - import_malformed: another header (field "header", value the header read), a row with
///   other than 8 fields, an unclosed quote, text after a closing quote;
/// - import_invalid, field and value of: "full_date", "time", "mood" (empty or not in `moods`;
///   the message lists the known labels as label=N), "activities" (value the activity),
///   "note" (text that check_text refuses).
std::vector<ForeignEntry> parse_daylio(std::string_view csv, const MoodMap& moods);

}  // namespace ipt::interchange
