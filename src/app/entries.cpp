#include "app/entries.hpp"

#include "app/guard.hpp"
#include "app/people_links.hpp"
#include "domain/errors.hpp"
#include "domain/moment.hpp"
#include "domain/uuid.hpp"
#include "storage/area_repo.hpp"
#include "storage/entry_repo.hpp"

namespace ipt::app {

using domain::Entry;
using domain::EntryType;

namespace {

Entry new_entry(EntryType type, const domain::Moment& m, domain::Instant now,
                const EntryCommon& common) {
  Entry e;
  e.uuid = domain::random_uuid();
  e.type = type;
  e.at = m.at;
  e.utc_offset = m.utc_offset;
  e.day = m.day;
  e.tags = common.tags;
  e.created = now;
  e.updated = now;
  return e;
}

void fill_event(Entry& e, const EventInput& in) {
  e.text = in.text;
  e.kind = in.kind;
  e.impact = in.impact;
  e.feelings = in.feelings;
}

/// The area id an entry should carry: the one named (checked to exist), none for 0, else the
/// focus area if one is set.
std::optional<std::int64_t> resolve_area(storage::Database& db,
                                         const std::optional<std::int64_t>& requested) {
  if (requested) {
    if (*requested == 0)
      return std::nullopt;
    if (!storage::area_exists(db.sql(), *requested)) {
      throw NotFound("there is no problem area #" + std::to_string(*requested),
                     "ipt area lists them with their ids; --area none attaches to none");
    }
    return requested;
  }
  return storage::focus_area_id(db.sql());
}

NotFound no_such_entry(std::int64_t id) {
  return NotFound("there is no entry #" + std::to_string(id),
                  "ipt list shows the entries and their ids");
}

}  // namespace

LogResult log_checkin(Journal& j, const domain::Clock& clock, const CheckinInput& in,
                      const EntryCommon& common) {
  const auto now = clock.now();
  const auto moment = domain::resolve_moment(common.when, now);
  return guarded(j, [&] {
    storage::WriteTransaction tx(j.db());
    auto people = resolve_people(j.db(), common.people, now);
    const auto area = resolve_area(j.db(), common.area);
    Entry c = new_entry(EntryType::checkin, moment, now, common);
    c.area_id = area;
    c.mood = in.mood;
    c.anxiety = in.anxiety;
    c.energy = in.energy;
    c.sleep = in.sleep;
    c.text = in.note;
    LogResult r;
    r.id = storage::insert_entry(j.db().sql(), c, people.ids);
    if (in.event) {
      Entry ev = new_entry(EntryType::event, moment, now, common);
      fill_event(ev, *in.event);
      ev.checkin_id = r.id;
      ev.area_id = area;
      r.event_id = storage::insert_entry(j.db().sql(), ev, people.ids);
    }
    tx.commit();
    r.new_people = std::move(people.added);
    r.created_journal = j.created();
    r.area_id = area;
    return r;
  });
}

LogResult log_event(Journal& j, const domain::Clock& clock, const EventInput& in,
                    const EntryCommon& common) {
  const auto now = clock.now();
  const auto moment = domain::resolve_moment(common.when, now);
  return guarded(j, [&] {
    storage::WriteTransaction tx(j.db());
    auto people = resolve_people(j.db(), common.people, now);
    Entry ev = new_entry(EntryType::event, moment, now, common);
    fill_event(ev, in);
    ev.area_id = resolve_area(j.db(), common.area);
    LogResult r;
    r.id = storage::insert_entry(j.db().sql(), ev, people.ids);
    tx.commit();
    r.new_people = std::move(people.added);
    r.created_journal = j.created();
    r.area_id = ev.area_id;
    return r;
  });
}

std::vector<Entry> list_entries(Journal& j, const domain::EntryFilter& filter) {
  return guarded(j, [&] {
    // An unknown area is a mistake to point out, as it is for log --area, not an empty list.
    if (filter.area && *filter.area != 0 && !storage::area_exists(j.db().sql(), *filter.area)) {
      throw NotFound("there is no problem area #" + std::to_string(*filter.area),
                     "ipt area lists them with their ids");
    }
    return storage::find_entries(j.db().sql(), filter);
  });
}

Entry get_entry(Journal& j, std::int64_t id) {
  auto e = guarded(j, [&] { return storage::find_entry(j.db().sql(), id); });
  if (!e)
    throw no_such_entry(id);
  return std::move(*e);
}

const std::vector<std::string>& clearable_fields() {
  static const std::vector<std::string> kFields{"anxiety", "energy", "sleep", "impact",
                                                "note",    "with",   "tags",  "feel"};
  return kFields;
}

namespace {

/// Refuses an edit that mixes in fields of the other entry type, naming the first one.
void check_applicable(const Entry& e, const EntryEdit& edit) {
  const bool checkin = e.type == EntryType::checkin;
  const bool reflection = e.type == EntryType::reflection;
  auto refuse = [&](const char* option) {
    const bool event_option = std::string_view(option) == "--kind" ||
                              std::string_view(option) == "--impact" ||
                              std::string_view(option) == "--feel";
    throw UsageError(std::string(option) + " applies to " +
                     (event_option ? "events" : "check-ins") + ", and #" + std::to_string(e.id) +
                     " is " +
                     (checkin      ? "a check-in"
                      : reflection ? "a reflection"
                                   : "an event"));
  };
  if (checkin || reflection) {
    if (edit.kind)
      refuse("--kind");
    if (edit.impact || edit.clear.count("impact"))
      refuse("--impact");
    if (edit.feelings || edit.clear.count("feel"))
      refuse("--feel");
  }
  if (!checkin) {
    if (edit.mood)
      refuse("--mood");
    if (edit.anxiety || edit.clear.count("anxiety"))
      refuse("--anxiety");
    if (edit.energy || edit.clear.count("energy"))
      refuse("--energy");
    if (edit.sleep || edit.clear.count("sleep"))
      refuse("--sleep");
  }
  const char* what = reflection ? "a reflection's answer" : "an event's text";
  if (!checkin && edit.text && edit.text->empty())
    throw UsageError(std::string(what) + " can't be empty");
  if (!checkin && edit.clear.count("note")) {
    throw UsageError(std::string(what) + " can't be cleared", "give new text with --text");
  }
}

template <typename T>
void apply(std::optional<T>& field, const std::optional<T>& value, const EntryEdit& edit,
           const char* name) {
  if (edit.clear.count(name))
    field.reset();
  if (value)
    field = value;
}

}  // namespace

EditResult edit_entry(Journal& j, const domain::Clock& clock, std::int64_t id,
                      const EntryEdit& edit) {
  for (const auto& c : edit.clear) {
    bool known = false;
    for (const auto& f : clearable_fields())
      known = known || f == c;
    if (!known)
      throw UsageError("--clear doesn't know the field '" + c + "'");
  }
  const auto now = clock.now();
  return guarded(j, [&] {
    storage::WriteTransaction tx(j.db());
    auto found = storage::find_entry(j.db().sql(), id);
    if (!found)
      throw no_such_entry(id);
    Entry e = std::move(*found);
    check_applicable(e, edit);
    if (edit.when) {
      const auto m = domain::resolve_moment(edit.when, now);
      e.at = m.at;
      e.utc_offset = m.utc_offset;
      e.day = m.day;
    }
    if (edit.mood)
      e.mood = edit.mood;
    apply(e.anxiety, edit.anxiety, edit, "anxiety");
    apply(e.energy, edit.energy, edit, "energy");
    apply(e.sleep, edit.sleep, edit, "sleep");
    apply(e.impact, edit.impact, edit, "impact");
    if (edit.clear.count("note"))
      e.text.clear();
    if (edit.text)
      e.text = *edit.text;
    if (edit.kind)
      e.kind = edit.kind;
    if (edit.clear.count("tags"))
      e.tags.clear();
    if (edit.tags)
      e.tags = *edit.tags;
    if (edit.clear.count("feel"))
      e.feelings.clear();
    if (edit.feelings)
      e.feelings = *edit.feelings;
    if (edit.clear.count("with"))
      e.people.clear();
    if (edit.people)
      e.people = *edit.people;
    if (edit.area)
      e.area_id = resolve_area(j.db(), edit.area);
    auto people = resolve_people(j.db(), e.people, now);
    e.updated = now;
    storage::update_entry(j.db().sql(), e, people.ids);
    tx.commit();
    EditResult r{*storage::find_entry(j.db().sql(), id), std::move(people.added)};
    return r;
  });
}

void remove_entry(Journal& j, std::int64_t id) {
  guarded(j, [&] {
    storage::WriteTransaction tx(j.db());
    if (!storage::delete_entry(j.db().sql(), id))
      throw no_such_entry(id);
    tx.commit();
  });
}

}  // namespace ipt::app
