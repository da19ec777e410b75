// Entries to and from JSON: one flat object for every type, the fields of other types null, as
// `ipt list --format json` has always shown them.
#include <array>
#include <cstdint>

#include "domain/measure.hpp"
#include "domain/metric.hpp"
#include "domain/validate.hpp"
#include "interchange/fields.hpp"
#include "interchange/records.hpp"

namespace ipt::interchange {

using namespace domain;

namespace {

template <typename T>
Json or_null(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

/// The fields only some types have, and which.
struct TypeField {
  const char* key;
  std::array<bool, 4> of;  ///< check-in, event, reflection, measure
};
constexpr std::array<TypeField, 15> kTypeFields{{
    {"mood", {true, false, false, false}},
    {"anxiety", {true, false, false, false}},
    {"energy", {true, false, false, false}},
    {"sleep", {true, false, false, false}},
    {"metrics", {true, false, false, false}},
    {"kind", {false, true, false, false}},
    {"impact", {false, true, false, false}},
    {"feelings", {false, true, false, false}},
    {"checkin", {false, true, false, false}},
    {"prompt_id", {false, false, true, false}},
    {"prompt", {false, false, true, false}},
    {"week", {false, false, true, false}},
    {"scale", {false, false, false, true}},
    {"answers", {false, false, false, true}},
    {"difficulty", {false, false, false, true}},
}};

bool empty_value(const Json& v) {
  return v.is_null() || ((v.is_array() || v.is_object()) && v.empty());
}

/// A check-in's scales: names as config.toml's [[metric]] allows them, whole values within
/// the bounds any scale has. Not checked against this machine's configuration: a scale
/// configured elsewhere, or no longer, keeps its values (they are the person's).
MetricValues metrics_from(const Json& obj, const Fields& f) {
  MetricValues out;
  if (!obj.contains("metrics") || obj["metrics"].is_null())
    return out;
  const auto& m = obj["metrics"];
  if (!m.is_object())
    f.fail("metrics", "must be an object of scale names and whole numbers");
  for (const auto& [name, v] : m.items()) {
    // An invalid name is not quoted: it could be any text of the file (the message may go to
    // cron mail); a valid one is a short word.
    if (metric_name_problem(name))
      f.fail("metrics",
             "holds a name that is not a scale's name: a lower-case word of up to 32 "
             "letters, digits, '-' or '_', starting with a letter, and not a field "
             "of every check-in (mood, anxiety ...)");
    const auto limit = std::to_string(kMetricLimit);
    if (!v.is_number_integer() || v.get<std::int64_t>() < -kMetricLimit ||
        v.get<std::int64_t>() > kMetricLimit)
      f.fail("metrics",
             "the value of '" + name + "' must be a whole number from -" + limit + " to " + limit);
    out.emplace(name, v.get<int>());
  }
  return out;
}

}  // namespace

void entry_fields(Json& j, const Entry& e) {
  j["uuid"] = e.uuid;
  j["type"] = to_string(e.type());
  j["at"] = format_moment(e.at, e.utc_offset);
  j["day"] = format_date(e.day);
  const auto* c = e.as<Checkin>();
  const auto* v = e.as<Event>();
  const auto* r = e.as<Reflection>();
  const auto* m = e.as<Measure>();
  j["mood"] = c ? Json(c->mood) : Json(nullptr);
  j["anxiety"] = c ? or_null(c->anxiety) : Json(nullptr);
  j["energy"] = c ? or_null(c->energy) : Json(nullptr);
  j["sleep"] = c ? or_null(c->sleep) : Json(nullptr);
  j["text"] = text_of(e);
  j["kind"] = v ? Json(to_string(v->kind)) : Json(nullptr);
  j["impact"] = v ? or_null(v->impact) : Json(nullptr);
  j["feelings"] = v ? Json(v->feelings) : Json::array();
  j["tags"] = e.tags;
  j["prompt_id"] = r ? Json(r->prompt_id) : Json(nullptr);
  j["prompt"] = r ? Json(r->prompt_text) : Json(nullptr);
  j["week"] = r ? Json(format_date(r->week)) : Json(nullptr);
  // A questionnaire: its scale, item answers in order, total and published band.
  j["scale"] = m ? Json(to_string(m->scale)) : Json(nullptr);
  j["answers"] = m ? Json(m->answers) : Json(nullptr);
  j["total"] = m ? Json(m->total()) : Json(nullptr);
  j["band"] = m ? Json(band(m->scale, m->total())) : Json(nullptr);
  j["difficulty"] = m ? or_null(m->difficulty) : Json(nullptr);
  j["created"] = format_utc(e.created);
  j["updated"] = format_utc(e.updated);
}

void entry_metrics(Json& j, const Entry& e) {
  const auto* c = e.as<Checkin>();
  j["metrics"] = c ? Json(c->metrics) : Json(nullptr);
}

Json entry_json(const EntryRecord& r) {
  Json j;
  entry_fields(j, r.entry);
  j["people"] = r.people;
  j["area"] = or_null(r.area);
  j["checkin"] = or_null(r.checkin);
  entry_metrics(j, r.entry);  // added after version 1: at the end, as the format's rule says
  return j;
}

EntryRecord entry_from(const Json& obj, const Fields& f) {
  EntryRecord rec;
  auto& e = rec.entry;
  e.uuid = f.uuid();
  const auto type = f.named<EntryType>("type", entry_type_from, entry_type_names);
  for (const auto& tf : kTypeFields) {
    if (!tf.of[static_cast<std::size_t>(type)] && obj.contains(tf.key) && !empty_value(obj[tf.key]))
      f.fail(tf.key, std::string("is not a field of ") + (type == EntryType::event ? "an " : "a ") +
                         std::string(entry_type_label(type)));
  }
  const auto at = f.moment("at");
  e.at = at.at;
  e.utc_offset = at.utc_offset;
  e.day = f.day("day");
  const auto text = f.text("text");
  switch (type) {
    case EntryType::checkin: {
      Checkin c;
      c.mood = f.whole("mood", 0, 10);
      c.anxiety = f.opt_whole("anxiety", 0, 10);
      c.energy = f.opt_whole("energy", 0, 10);
      c.sleep = f.opt_real("sleep", 0, 24);
      c.note = f.check("text", [&] { return check_text("text", text, false); });
      c.metrics = metrics_from(obj, f);
      e.body = std::move(c);
      break;
    }
    case EntryType::event: {
      Event v;
      v.text = f.check("text", [&] { return check_text("text", text, true); });
      v.kind = f.named<EventKind>("kind", event_kind_from, event_kind_names);
      v.impact = f.opt_whole("impact", -3, 3);
      for (const auto& s : f.texts("feelings"))
        v.feelings.push_back(f.check("feelings", [&] { return normalize_feeling(s); }));
      rec.checkin = f.opt_uuid("checkin");
      e.body = std::move(v);
      break;
    }
    case EntryType::reflection: {
      Reflection r;
      r.prompt_id = f.text("prompt_id");
      if (r.prompt_id.empty())
        f.fail("prompt_id", "is missing");
      r.prompt_text = f.text("prompt");
      r.week = f.day("week");
      r.answer = f.check("text", [&] { return check_text("text", text, true); });
      e.body = std::move(r);
      break;
    }
    case EntryType::measure: {
      Measure m;
      m.scale = f.named<Scale>("scale", scale_from, scale_names);
      const auto& answers = obj.contains("answers") ? obj["answers"] : Json();
      if (!answers.is_array() || answers.size() != item_count(m.scale))
        f.fail("answers", "must be a list of " + std::to_string(item_count(m.scale)) +
                              " answers, each 0 to 3");
      for (const auto& a : answers) {
        if (!a.is_number_integer() || a.get<int>() < 0 || a.get<int>() > 3)
          f.fail("answers", "each answer is a whole number from 0 to 3, not " + a.dump());
        m.answers.push_back(a.get<int>());
      }
      m.difficulty = f.opt_whole("difficulty", 0, 3);
      if (m.difficulty && m.scale != Scale::phq9)
        f.fail("difficulty", "is asked by the PHQ-9 only");
      m.note = f.check("text", [&] { return check_text("text", text, false); });
      e.body = std::move(m);
      break;
    }
  }
  for (const auto& t : f.texts("tags"))
    e.tags.push_back(f.check("tags", [&] { return normalize_tag(t); }));
  rec.people = f.uuids("people");
  rec.area = f.opt_uuid("area");
  e.created = f.utc("created");
  e.updated = f.utc("updated");
  return rec;
}

}  // namespace ipt::interchange
