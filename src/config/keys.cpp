#include "config/keys.hpp"

#include "config/toml_error.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <sstream>
#include <vector>

#include "domain/errors.hpp"

namespace ipt::config {

namespace {

using T = KeyType;

constexpr std::array<KeyInfo, 32> kKeys{{
    {"db", T::path, "", "the journal file"},
    {"color", T::choice, "auto", "colour on stdout: auto (on a terminal), always or never"},
    {"week_start", T::weekday, "monday", "the first day of weeks outside a course"},
    {"day_starts_at", T::time, "00:00", "before this time an entry counts for the day before"},
    {"course.weeks", T::integer, "16", "the length of a new course, 4 to 52 weeks"},
    {"course.initial_weeks", T::integer, "", "weeks of a new course's initial phase"},
    {"course.termination_weeks", T::integer, "", "weeks of a new course's termination phase"},
    {"prompts.count", T::integer, "3", "how many prompts a week, 1 to 20"},
    {"prompts.dirs", T::path_list, "[]", "more directories of prompt files"},
    {"remind.weekly_day", T::weekday, "sunday",  // or the day before week_start
     "from this weekday on, remind --weekly asks for the week's reflection"},
    {"remind.checkin_time", T::time, "20:00", "the time of the evening reminder in ipt cron"},
    {"remind.weekly_time", T::time, "18:00", "the time of the weekly reminder in ipt cron"},
    {"remind.notify", T::boolean, "false", "ipt remind also shows a desktop notification"},
    {"safety.country", T::string, "", "your country's crisis line comes first (\"us\", \"gb\")"},
    {"safety.message", T::string, "", "your own words, shown first by ipt help-now"},
    {"safety.contacts", T::tables, "[]", "people to reach: [{ name = \"...\", number = \"...\" }]"},
    {"safety.check_every_weeks", T::integer, "4", "weeks between PHQ-9/GAD-7 check-ups, 1 to 52"},
    {"safety.item9", T::boolean, "true", "respond to a PHQ-9 item 9 answer above 0"},
    {"safety.words", T::boolean, "true", "respond to words of self-harm in what you write"},
    {"safety.low_checkin", T::boolean, "true", "respond to a check-in of mood 0 to 2"},
    {"safety.low_days", T::boolean, "true", "notice several low days in a row"},
    {"safety.low_week", T::boolean, "true", "notice a week of low moods"},
    {"safety.mood_drop", T::boolean, "true", "notice a sharp drop in mood"},
    {"safety.phq9", T::boolean, "true", "respond to a PHQ-9 total in the severe band"},
    {"safety.gentle_weeks", T::boolean, "true", "gentler prompts in a hard week"},
    {"safety.fear", T::boolean, "true", "notice fear of the person in a dispute"},
    {"safety.non_response", T::boolean, "true", "notice when the mood has not improved mid-course"},
    {"metric", T::tables, "[]",
     "scales of your own: [[metric]] name = \"...\", min = 0, max = 10, label = \"...\""},
    {"metric.name", T::tables, "", "a metric's name, as in --metric NAME=VALUE"},
    {"metric.min", T::tables, "", "a metric's lowest value"},
    {"metric.max", T::tables, "", "a metric's highest value"},
    {"metric.label", T::tables, "", "what a metric measures, for --help and reports"},
}};

std::string toml_string(const std::string& s) {
  std::string out = "\"";
  for (const char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string hhmm(int minute) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", (minute / 60) % 24, minute % 60);
  return buf;
}

constexpr std::array<std::string_view, 7> kDays{"monday", "tuesday",  "wednesday", "thursday",
                                                "friday", "saturday", "sunday"};

std::string weekday_word(int iso) {
  return std::string(kDays.at(static_cast<std::size_t>(iso - 1)));
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    lines.push_back(line);
  return lines;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines)
    out += l + "\n";
  return out;
}

/// The text's byte offset of a (1-based) line and column; toml++ counts columns in code points,
/// so "Zoë" is three columns and four bytes.
std::size_t offset_of(const std::string& text, std::size_t line, std::size_t column) {
  std::size_t pos = 0;
  for (std::size_t l = 1; l < line; ++l) {
    pos = text.find('\n', pos);
    if (pos == std::string::npos)
      return text.size();
    ++pos;
  }
  for (std::size_t c = 1; c < column && pos < text.size(); ++c) {
    ++pos;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80)
      ++pos;  // the rest of a multi-byte character
  }
  return pos;
}

toml::table parse_text(const std::string& text, const std::filesystem::path& path) {
  try {
    return toml::parse(text, path.string());
  } catch (const toml::parse_error& e) {
    throw_syntax_error(e, path);
  }
}

bool is_blank(const std::string& line) {
  return line.find_first_not_of(" \t") == std::string::npos;
}

bool is_comment(const std::string& line) {
  const auto first = line.find_first_not_of(" \t");
  return first != std::string::npos && line[first] == '#';
}

bool is_header(const std::string& line) {
  const auto first = line.find_first_not_of(" \t");
  return first != std::string::npos && line[first] == '[';
}

/// "[remind]" (spaces allowed inside the brackets).
bool is_header_of(const std::string& line, std::string_view table) {
  std::string squeezed;
  for (const char c : line) {
    if (c == '#')
      break;
    if (c != ' ' && c != '\t')
      squeezed += c;
  }
  // Compared in parts: g++ 12 warns falsely (-Wrestrict) on "[" + std::string(...) at -O2.
  return squeezed.size() == table.size() + 2 && squeezed.front() == '[' && squeezed.back() == ']' &&
         squeezed.compare(1, table.size(), table) == 0;
}

void refuse_inline(const std::filesystem::path& path, const toml::node& n, const KeyInfo& key) {
  throw UsageError(path.string() + ":" + std::to_string(n.source().begin.line) + ": " +
                       std::string(key.key) +
                       " is in a table written on one line or with dotted "
                       "keys, which ipt config set does not rewrite",
                   "edit the file by hand, or write the table as [" +
                       std::string(key.key.substr(0, key.key.find('.'))) + "]");
}

}  // namespace

std::span<const std::string_view> weekday_words() {
  return kDays;
}

std::span<const KeyInfo> known_keys() {
  return kKeys;
}

const KeyInfo* find_key(std::string_view dotted) {
  for (const auto& k : kKeys) {
    if (k.key == dotted)
      return &k;
  }
  return nullptr;
}

std::optional<Value> value_of(const Config& cfg, const KeyInfo& key) {
  const std::string_view k = key.key;
  auto opt = [](const auto& v) -> std::optional<Value> {
    if (!v)
      return std::nullopt;
    return Value(*v);
  };
  auto weekday = [](const std::optional<int>& v) -> std::optional<Value> {
    if (!v)
      return std::nullopt;
    return Value(weekday_word(*v));
  };
  auto time = [](const std::optional<int>& v) -> std::optional<Value> {
    if (!v)
      return std::nullopt;
    return Value(hhmm(*v));
  };
  if (k == "db")
    return opt(cfg.db);
  if (k == "color")
    return opt(cfg.color);
  if (k == "week_start")
    return weekday(cfg.week_start);
  if (k == "day_starts_at")
    return time(cfg.day_starts_at);
  if (k == "course.weeks")
    return opt(cfg.course.weeks);
  if (k == "course.initial_weeks")
    return opt(cfg.course.initial_weeks);
  if (k == "course.termination_weeks")
    return opt(cfg.course.termination_weeks);
  if (k == "prompts.count")
    return opt(cfg.prompts.count);
  if (k == "prompts.dirs") {
    if (!cfg.origins.count("prompts.dirs"))
      return std::nullopt;
    return Value(cfg.prompts.dirs);
  }
  if (k == "remind.weekly_day")
    return weekday(cfg.remind.weekly_day);
  if (k == "remind.checkin_time")
    return time(cfg.remind.checkin_minute);
  if (k == "remind.weekly_time")
    return time(cfg.remind.weekly_minute);
  if (k == "remind.notify")
    return opt(cfg.remind.notify);
  if (k == "safety.country")
    return opt(cfg.safety.country);
  if (k == "safety.message")
    return opt(cfg.safety.message);
  if (k == "safety.check_every_weeks")
    return opt(cfg.safety.check_every_weeks);
  if (key.type == KeyType::boolean && k.substr(0, 7) == "safety.") {
    const auto it = cfg.safety.switches.find(std::string(k.substr(7)));
    if (it == cfg.safety.switches.end())
      return std::nullopt;
    return Value(it->second);
  }
  return std::nullopt;
}

std::string toml_literal(const KeyInfo& key, const std::string& value) {
  const std::string k(key.key);
  switch (key.type) {
    case T::weekday: {
      // Written out in full whatever was typed ("fri", "Friday"), so the file reads plainly.
      std::string lower = value;
      for (auto& c : lower)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      for (int d = 1; d <= 7; ++d) {
        const auto word = weekday_word(d);
        if (lower == word || (lower.size() == 3 && word.substr(0, 3) == lower))
          return toml_string(word);
      }
      return toml_string(value);  // refused, with the rule, when the file is read back
    }
    case T::string:
    case T::path:
    case T::choice:
    case T::time:
      if (value.find_first_of("\n\r") != std::string::npos)
        throw UsageError("'" + k + "' is written by ipt config set as one line",
                         "for several lines, edit the file and write it as \"\"\"...\"\"\"");
      return toml_string(value);
    case T::integer: {
      const bool digits =
          !value.empty() &&
          value.find_first_not_of("0123456789", value[0] == '-' ? 1 : 0) == std::string::npos &&
          value != "-" && value.size() < 10;
      if (!digits)
        throw UsageError("'" + k + "' must be a whole number; got '" + value + "'",
                         "man 5 ipt-config gives its range");
      return std::to_string(std::stoi(value));
    }
    case T::boolean:
      if (value == "true" || value == "false")
        return value;
      throw UsageError("'" + k + "' must be true or false; got '" + value + "'");
    case T::path_list: {
      std::string out = "[";
      std::stringstream in(value);
      for (std::string item; std::getline(in, item, ',');) {
        const auto first = item.find_first_not_of(" \t");
        if (first == std::string::npos)
          continue;
        item = item.substr(first, item.find_last_not_of(" \t") - first + 1);
        out += std::string(out.size() > 1 ? ", " : "") + toml_string(item);
      }
      return out + "]";
    }
    case T::tables:
      break;
  }
  throw UsageError(k + " is a list of tables, which ipt config set does not write",
                   "edit the file: ipt config path shows where it is");
}

std::string set_in_text(const std::string& text, const std::filesystem::path& path,
                        const KeyInfo& key, const std::string& literal) {
  const auto root = parse_text(text, path);
  const std::string dotted(key.key);
  const auto dot = dotted.find('.');
  const std::string table = dot == std::string::npos ? "" : dotted.substr(0, dot);
  const std::string name = dot == std::string::npos ? dotted : dotted.substr(dot + 1);

  if (const auto* node = root.at_path(dotted).node()) {
    if (!table.empty()) {
      const auto* t = root.at_path(table).as_table();
      if (t && t->is_inline())
        refuse_inline(path, *node, key);
    }
    const auto& r = node->source();
    const auto from = offset_of(text, r.begin.line, r.begin.column);
    const auto to = offset_of(text, r.end.line, r.end.column);
    return text.substr(0, from) + literal + text.substr(to);
  }

  auto lines = lines_of(text);
  const std::string line = name + " = " + literal;
  if (table.empty()) {
    // Top-level keys go before the first [table] and the comments just above it, after the
    // last line that is not blank, with a blank line before the table.
    auto at = std::find_if(lines.begin(), lines.end(), is_header);
    const bool before_table = at != lines.end();
    while (before_table && at != lines.begin() && is_comment(*(at - 1)))
      --at;
    while (at != lines.begin() && is_blank(*(at - 1)))
      --at;
    at = lines.insert(at, line);
    if (before_table && (at + 1 == lines.end() || !is_blank(*(at + 1))))
      lines.insert(at + 1, "");
    return joined(lines);
  }
  const auto header = std::find_if(lines.begin(), lines.end(),
                                   [&](const std::string& l) { return is_header_of(l, table); });
  if (header == lines.end()) {
    if (const auto* t = root.at_path(table).node())
      refuse_inline(path, *t, key);
    if (!lines.empty() && !lines.back().empty())
      lines.emplace_back();
    lines.push_back("[" + table + "]");
    lines.push_back(line);
    return joined(lines);
  }
  auto at = std::find_if(header + 1, lines.end(), is_header);
  while (at != header + 1 && (at - 1)->find_first_not_of(" \t") == std::string::npos)
    --at;
  lines.insert(at, line);
  return joined(lines);
}

std::string unset_in_text(const std::string& text, const std::filesystem::path& path,
                          const KeyInfo& key) {
  const auto root = parse_text(text, path);
  const auto* node = root.at_path(std::string(key.key)).node();
  if (!node)
    return text;
  const std::string dotted(key.key);
  if (const auto dot = dotted.find('.'); dot != std::string::npos) {
    const auto* t = root.at_path(dotted.substr(0, dot)).as_table();
    if (t && t->is_inline())
      refuse_inline(path, *node, key);
  }
  // The lines from the key's own line to the value's last.
  auto lines = lines_of(text);
  const auto first = static_cast<std::size_t>(node->source().begin.line) - 1;
  const auto last = static_cast<std::size_t>(node->source().end.line) - 1;
  if (last >= lines.size())
    return text;
  lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(first),
              lines.begin() + static_cast<std::ptrdiff_t>(last) + 1);
  return joined(lines);
}

}  // namespace ipt::config
