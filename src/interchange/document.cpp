#include "interchange/document.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <ostream>
#include <vector>

#include "interchange/fields.hpp"
#include "interchange/json_error.hpp"
#include "interchange/records.hpp"

namespace ipt::interchange {

namespace {

constexpr std::array<std::string_view, 9> kTypes{"person",           "area",        "focus_change",
                                                 "course",           "phase_pin",   "entry",
                                                 "safety_plan_step", "agenda_item", "prompt_asked"};
static_assert(kTypes.size() == std::variant_size_v<Record>);
constexpr std::size_t kEntryKind = 5;
static_assert(std::is_same_v<std::variant_alternative_t<kEntryKind, Record>, domain::EntryRecord>);

ErrorDetail at_record(std::string record) {
  ErrorDetail d;
  d.record = std::move(record);
  return d;
}

[[noreturn]] void malformed(const std::string& what, std::string record = {}) {
  throw UsageError(Errc::import_malformed, what, at_record(std::move(record)));
}

void check_header(const Json& format, const Json& version, const std::string& where) {
  if (!format.is_string() || format.get<std::string>() != "ipt")
    malformed("this is not an ipt export: \"format\" is " + format.dump() + ", not \"ipt\"", where);
  if (!version.is_number_integer() || version.get<long long>() != kVersion) {
    ErrorDetail d = at_record(where);
    d.value = version.dump();
    throw UsageError(Errc::import_version,
                     "this export has version " + version.dump() + "; this ipt reads version " +
                         std::to_string(kVersion),
                     d);
  }
}

void read_lines(std::string_view text, const Sink& sink) {
  std::size_t line_no = 0;
  std::size_t start = 0;
  bool header = false;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos)
      end = text.size();
    const auto line = text.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos)
      continue;
    const std::string where = "line " + std::to_string(line_no);
    Json obj;
    try {
      obj = Json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
      malformed(json_error_text(e, line, "the line"), where);
    } catch (const nlohmann::json::out_of_range&) {
      malformed(json_number_error_text("the line"), where);
    }
    if (!obj.is_object())
      malformed("each line holds one JSON object", where);
    if (!header) {
      if (!obj.contains("format") || !obj.contains("version"))
        malformed(
            "the first line must be the header {\"type\": \"header\", \"format\": \"ipt\", "
            "\"version\": 1}",
            where);
      check_header(obj["format"], obj["version"], where);
      header = true;
      continue;
    }
    const auto type = obj.contains("type") && obj["type"].is_string()
                          ? obj["type"].get<std::string>()
                          : std::string();
    std::size_t kind = 0;
    while (kind < kTypes.size() && kTypes[kind] != type)
      ++kind;
    if (domain::entry_type_from(type))
      kind = kEntryKind;
    if (kind == kTypes.size())
      malformed("\"type\" " + obj.value("type", Json()).dump() + " is not a kind of record", where);
    sink(record_from(kind, obj, {where, {}}), {where, {}});
  }
  if (!header)
    malformed("the file is empty");
}

/// Parses `text` with `cb`, as JSON's errors are worded for an import.
template <typename Callback>
Json parse_json(std::string_view text, Callback&& cb) {
  try {
    return Json::parse(text, std::forward<Callback>(cb));
  } catch (const nlohmann::json::parse_error& e) {
    malformed(json_error_text(e, text));
  } catch (const nlohmann::json::out_of_range&) {
    malformed(json_number_error_text());
  }
}

std::optional<std::size_t> section_of(std::string_view key) {
  for (std::size_t i = 0; i < kTypes.size(); ++i) {
    if (section_name(i) == key)
      return i;
  }
  return std::nullopt;
}

/// Passes the records of the sections in `text` (of section `only`, when given) to `sink`.
void read_sections(std::string_view text, std::optional<std::size_t> only, const Sink& sink) {
  std::string key;
  std::optional<std::size_t> section;
  std::size_t index = 0;
  parse_json(text, [&](int depth, Json::parse_event_t ev, Json& parsed) {
    using E = Json::parse_event_t;
    if (depth == 1 && ev == E::key) {
      key = parsed.get<std::string>();
      return true;
    }
    if (depth == 1 && ev == E::array_start) {
      section = section_of(key);
      if (only && section != only)
        section.reset();
      index = 0;
      return section.has_value();
    }
    if (depth == 1 && (ev == E::array_end || ev == E::value)) {
      section.reset();
      return false;
    }
    if (depth == 2 && section && (ev == E::object_end || ev == E::array_end || ev == E::value)) {
      const Where where{std::string(section_name(*section)) + "[" + std::to_string(index++) + "]",
                        {}};
      sink(record_from(*section, parsed, where), where);
      return false;
    }
    return true;
  });
}

void read_json(std::string_view text, const Sink& sink) {
  // A first pass keeps only the header and notes the order of the sections: the records are
  // merged once the header is known good, and in the order ipt writes them (people before the
  // entries that name them) even when a tool that sorts keys (jq -S, Python's sort_keys,
  // nlohmann::json) has put "agenda" and "entries" before "format" and "people".
  Json format, version;
  std::string key;
  std::vector<std::size_t> sections;
  const auto top = parse_json(text, [&](int depth, Json::parse_event_t ev, Json& parsed) {
    using E = Json::parse_event_t;
    if (depth == 1 && ev == E::key) {
      key = parsed.get<std::string>();
      return true;
    }
    if (depth == 1 && ev == E::value) {
      if (key == "format")
        format = parsed;
      else if (key == "version")
        version = parsed;
      return false;
    }
    if (depth == 1 && ev == E::array_start) {
      // Records ipt does not know of (a typo, another tool's) must not be left out unsaid.
      const auto s = section_of(key);
      if (!s) {
        std::string known;
        for (std::size_t i = 0; i < kTypes.size(); ++i)
          known += (i == 0 ? "" : ", ") + std::string(section_name(i));
        malformed("\"" + key + "\" is not a kind of record; an export's lists are " + known);
      }
      sections.push_back(*s);
    }
    return depth == 0;
  });
  if (!top.is_object())
    malformed("an ipt export is one JSON object");
  if (format.is_null() && version.is_null())
    malformed("this is not an ipt export: it has no \"format\" and \"version\"");
  check_header(format, version, {});
  if (std::is_sorted(sections.begin(), sections.end())) {
    read_sections(text, std::nullopt, sink);
    return;
  }
  for (std::size_t i = 0; i < kTypes.size(); ++i) {
    if (std::find(sections.begin(), sections.end(), i) != sections.end())
      read_sections(text, i, sink);
  }
}

}  // namespace

std::string_view section_name(std::size_t index) {
  return domain::exchange_kind_name(index);
}

std::string_view type_name(std::size_t index) {
  return kTypes.at(index);
}

Writer::Writer(std::ostream& out, Layout layout) : out_(out), layout_(layout) {}

void Writer::open_up_to(std::size_t section) {
  if (!started_) {
    started_ = true;
    if (layout_ == Layout::json)
      out_ << "{\n  \"format\": \"ipt\",\n  \"version\": " << kVersion;
    else
      out_ << R"({"type":"header","format":"ipt","version":)" << kVersion << "}\n";
  }
  while (next_ <= section) {
    if (layout_ == Layout::json) {
      if (open_)
        out_ << (empty_ ? "]" : "\n  ]");
      out_ << ",\n  \"" << section_name(next_) << "\": [";
    }
    open_ = true;
    empty_ = true;
    ++next_;
  }
}

void Writer::write(const Record& r) {
  open_up_to(r.index());
  Json j = record_json(r);
  if (layout_ == Layout::jsonl) {
    // An entry's line says its own type ("checkin", "event" ...); other records say theirs.
    if (std::holds_alternative<domain::EntryRecord>(r)) {
      out_ << j.dump() << '\n';
      return;
    }
    Json line;
    line["type"] = kTypes[r.index()];
    for (auto& [k, v] : j.items())
      line[k] = std::move(v);
    out_ << line.dump() << '\n';
    return;
  }
  // The same text as the whole document dumped with an indent of 2, one record at a time.
  const std::string obj = j.dump(2);
  out_ << (empty_ ? "\n" : ",\n");
  empty_ = false;
  std::size_t start = 0;
  while (start < obj.size()) {
    const auto nl = obj.find('\n', start);
    const auto end = nl == std::string::npos ? obj.size() : nl;
    out_ << "    " << std::string_view(obj).substr(start, end - start);
    if (nl != std::string::npos)
      out_ << '\n';
    start = end + 1;
  }
}

void Writer::finish() {
  open_up_to(kTypes.size() - 1);
  if (layout_ == Layout::json)
    out_ << (empty_ ? "]" : "\n  ]") << "\n}\n";
}

void read_document(std::string_view text, const Sink& sink) {
  // JSONL's first line is a whole object; a JSON document's first line (as ipt writes it, or
  // jq) is "{" alone, or the whole document on one line, with no "type".
  const auto first = text.substr(0, text.find('\n'));
  if (first.find_first_not_of(" \t\r") == std::string_view::npos && text.size() <= first.size() + 1)
    malformed("the file is empty");
  try {
    const auto line = Json::parse(first);
    if (line.is_object() && line.contains("type")) {
      read_lines(text, sink);
      return;
    }
  } catch (const nlohmann::json::exception&) {  // NOLINT(bugprone-empty-catch): not JSONL
    // read_json says what is wrong with it (a parse error, or a number too large).
  }
  read_json(text, sink);
}

std::string format_moment(domain::Instant at, int utc_offset) {
  const long long local = at + utc_offset;
  long long days = local / 86400;
  long long secs = local % 86400;
  if (secs < 0) {
    secs += 86400;
    --days;
  }
  const std::chrono::year_month_day d{std::chrono::sys_days{std::chrono::days{days}}};
  const int off = std::abs(utc_offset) / 60;
  char buf[80];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02lld:%02lld:%02lld%c%02d:%02d",
                static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()), secs / 3600, (secs / 60) % 60, secs % 60,
                utc_offset < 0 ? '-' : '+', off / 60, off % 60);
  return buf;
}

std::string format_utc(domain::Instant at) {
  return format_moment(at, 0);
}

std::optional<Moment> parse_moment(std::string_view s) {
  // YYYY-MM-DDThh:mm:ss then Z, +hh:mm or +hhmm.
  if (s.size() < 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':')
    return std::nullopt;
  auto digits = [&](std::size_t pos, std::size_t n) -> std::optional<int> {
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
      if (i >= s.size() || s[i] < '0' || s[i] > '9')
        return std::nullopt;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  const auto day = domain::parse_iso_date(s.substr(0, 10));
  const auto hh = digits(11, 2), mm = digits(14, 2), ss = digits(17, 2);
  if (!day || !hh || !mm || !ss || *hh > 23 || *mm > 59 || *ss > 59)
    return std::nullopt;
  int offset = 0;
  const auto zone = s.substr(19);
  if (zone == "Z") {
    offset = 0;
  } else if ((zone.size() == 6 && zone[3] == ':') || zone.size() == 5) {
    if (zone[0] != '+' && zone[0] != '-')
      return std::nullopt;
    const auto oh = digits(20, 2), om = digits(zone.size() == 6 ? 23 : 22, 2);
    if (!oh || !om || *oh > 18 || *om > 59)
      return std::nullopt;
    offset = (*oh * 3600 + *om * 60) * (zone[0] == '-' ? -1 : 1);
  } else {
    return std::nullopt;
  }
  const auto days = std::chrono::sys_days(*day).time_since_epoch().count();
  const domain::Instant local =
      static_cast<domain::Instant>(days) * 86400 + *hh * 3600 + *mm * 60 + *ss;
  return Moment{local - offset, offset};
}

}  // namespace ipt::interchange
