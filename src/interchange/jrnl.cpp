// jrnl's JSON export (`jrnl --export json`): {"tags": {...}, "entries": [{"title", "body",
// "date", "time", "tags", "starred"}, ...]}. jrnl splits an entry's first sentence off as its
// title, so the text is the two joined again with a space.
#include <nlohmann/json.hpp>

#include <set>

#include "domain/text.hpp"
#include "domain/uuid.hpp"
#include "domain/validate.hpp"
#include "interchange/foreign.hpp"
#include "interchange/foreign_common.hpp"
#include "interchange/json_error.hpp"

namespace ipt::interchange {

namespace {

using foreign::fail;
using foreign::quote;
using nlohmann::json;

// A value as JSON text, for detail.value.
std::string shown(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

// What a value is, for a message: "a number (42)", "an object ({"a":1})".
std::string kind_of(const json& value) {
  const std::string type = value.type_name();
  const bool vowel = type.front() == 'a' || type.front() == 'o';
  return std::string(vowel ? "an " : "a ") + type + " (" + foreign::shorten(shown(value)) + ")";
}

[[noreturn]] void malformed_json(const json::parse_error& e, std::string_view text) {
  // Where and why, never what was read: that would print journal text.
  fail(Errc::import_malformed, json_error_text(e, text), "byte " + std::to_string(e.byte));
}

// A string member; `required` members that are absent are invalid, optional ones read "".
std::string text_member(const json& entry, const std::string& record, const std::string& key,
                        bool required, std::string_view example) {
  const auto it = entry.find(key);
  if (it == entry.end() || it->is_null()) {
    if (required)
      fail(Errc::import_invalid, "entry has no " + key, record, key);
    return {};
  }
  if (!it->is_string()) {
    fail(Errc::import_invalid,
         key + " must be a string" + std::string(example) + ", not " + kind_of(*it), record, key,
         shown(*it));
  }
  return it->get<std::string>();
}

domain::TimeOfDay check_time(const std::string& record, const std::string& text) {
  if (const auto t = foreign::parse_hh_mm(text))
    return *t;
  fail(Errc::import_invalid, "time " + quote(text) + " is not a time of day in the form HH:MM",
       record, "time", text);
}

// A '@name' is a person, anything else (jrnl's '#tag', or another configured tag symbol) a tag.
void read_tags(const json& entry, const std::string& record, ForeignEntry& out) {
  const auto it = entry.find("tags");
  if (it == entry.end() || it->is_null())
    return;
  if (!it->is_array()) {
    fail(Errc::import_invalid, "tags must be a list of strings, not " + kind_of(*it), record,
         "tags", shown(*it));
  }
  for (const auto& tag : *it) {
    if (!tag.is_string()) {
      fail(Errc::import_invalid, "a tag must be a string, not " + kind_of(tag), record, "tags",
           shown(tag));
    }
    const auto& s = tag.get_ref<const std::string&>();
    if (!s.empty() && s.front() == '@') {
      auto name = foreign::in_record(record, "tags", s,
                                     [&] { return domain::check_person_name(s.substr(1)); });
      foreign::add_unique_person(out.people, std::move(name));
    } else {
      foreign::add_unique(out.tags, foreign::in_record(record, "tags", s,
                                                       [&] { return domain::normalize_tag(s); }));
    }
  }
}

bool starred(const json& entry, const std::string& record) {
  const auto it = entry.find("starred");
  if (it == entry.end() || it->is_null())
    return false;
  if (!it->is_boolean()) {
    fail(Errc::import_invalid, "starred must be true or false, not " + kind_of(*it), record,
         "starred", shown(*it));
  }
  return it->get<bool>();
}

ForeignEntry read_entry(const json& entry, std::size_t index) {
  const std::string record = "entries[" + std::to_string(index) + "]";
  if (!entry.is_object()) {
    fail(Errc::import_malformed, "entry must be a JSON object, not " + kind_of(entry), record, "",
         shown(entry));
  }
  ForeignEntry out;
  out.record = index;
  const auto date = text_member(entry, record, "date", true, " like \"2026-10-01\"");
  out.day = foreign::check_date(record, "date", date);
  const auto time = text_member(entry, record, "time", true, " like \"08:30\"");
  out.time = check_time(record, time);
  const auto title = text_member(entry, record, "title", true, "");
  const auto body = text_member(entry, record, "body", false, "");

  // Each part is checked on its own, so an error names the field that holds the problem.
  const auto t = foreign::in_record(record, "title", title,
                                    [&] { return domain::check_text("title", title, false); });
  const auto b = foreign::in_record(record, "body", body,
                                    [&] { return domain::check_text("body", body, false); });
  const auto joined = t.empty() || b.empty() ? t + b : t + " " + b;
  out.text = foreign::in_record(
      record, "body", body, [&] { return domain::check_text("the entry's text", joined, false); });

  read_tags(entry, record, out);
  if (starred(entry, record))
    foreign::add_unique(out.tags, "starred");
  out.uuid = domain::uuid_v5(domain::kIptNamespace,
                             "jrnl\n" + date + "\n" + time + "\n" + title + "\n" + body);
  return out;
}

}  // namespace

std::vector<ForeignEntry> parse_jrnl(std::string_view text) {
  json doc;
  try {
    doc = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    malformed_json(e, text);
  } catch (const json::out_of_range&) {
    fail(Errc::import_malformed, json_number_error_text(), "");
  }
  if (!doc.is_object()) {
    fail(Errc::import_malformed,
         "not a jrnl export: the file holds a JSON " + std::string(doc.type_name()) +
             ", not an object with \"entries\"",
         "");
  }
  const auto entries = doc.find("entries");
  if (entries == doc.end()) {
    fail(Errc::import_malformed, "not a jrnl export: the file has no \"entries\"", "", "entries");
  }
  if (!entries->is_array()) {
    fail(
        Errc::import_malformed,
        "not a jrnl export: \"entries\" is a " + std::string(entries->type_name()) + ", not a list",
        "", "entries", shown(*entries));
  }

  std::vector<ForeignEntry> out;
  std::set<std::string> seen;  // the same entry twice in one file is one record
  for (std::size_t i = 0; i < entries->size(); ++i) {
    auto entry = read_entry((*entries)[i], i);
    if (seen.insert(entry.uuid).second)
      out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace ipt::interchange
