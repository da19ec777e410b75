// Imports from other journaling tools: their entries become ipt records with UUIDs derived from
// their content, people found by name (or added), and then merge as any export does.
#include <map>

#include "app/exchange.hpp"
#include "app/exchange_merge.hpp"
#include "domain/local_time.hpp"
#include "domain/text.hpp"
#include "domain/uuid.hpp"
#include "interchange/foreign.hpp"

namespace ipt::app {

using namespace domain;

namespace {

struct RolledBack {
  ImportSummary summary;
};

Origin origin_of(ForeignTool tool, const interchange::ForeignEntry& f) {
  return {tool == ForeignTool::jrnl ? "entries[" + std::to_string(f.record) + "]"
                                    : "line " + std::to_string(f.record),
          f.uuid};
}

}  // namespace

ImportSummary import_foreign(Journal& j, ForeignTool tool, std::string_view text,
                             const std::optional<std::string>& mood_map, bool dry_run) {
  std::vector<interchange::ForeignEntry> entries;
  if (tool == ForeignTool::jrnl) {
    entries = interchange::parse_jrnl(text);
  } else {
    auto moods = interchange::default_daylio_moods();
    if (mood_map)
      moods = interchange::parse_mood_map(*mood_map, std::move(moods));
    entries = interchange::parse_daylio(text, moods);
  }
  try {
    return j.store().write([&](storage::Repos& r) {
      Merger m(r, j.now());
      // People first, found by name as ipt compares names; one not in the journal is added with
      // a UUID from that name, so importing the file again finds the same person.
      std::map<std::string, std::string> uuid_of;  // name key -> UUID
      std::vector<EntryRecord> records;
      int skipped = 0;
      for (const auto& f : entries) {
        const Instant at = to_instant(f.day, f.time);
        EntryRecord rec;
        auto& e = rec.entry;
        e.uuid = f.uuid;
        e.at = at;
        e.utc_offset = to_local(at).utc_offset;
        e.day = f.day;
        e.tags = f.tags;
        e.created = e.updated = at;
        if (f.mood) {
          Checkin c;
          c.mood = *f.mood;
          c.note = f.text;
          e.body = std::move(c);
        } else {
          if (f.text.empty()) {
            ++skipped;  // an event says what happened: an entry without text has nothing
            continue;
          }
          Event v;
          v.text = f.text;
          v.kind = EventKind::other;
          e.body = std::move(v);
        }
        for (const auto& name : f.people) {
          const auto key = fold_case(name);
          auto it = uuid_of.find(key);
          if (it == uuid_of.end()) {
            std::string uuid;
            if (auto holder = r.exchange().name_holder(key)) {
              uuid = holder->uuid;
            } else {
              PersonRecord p;
              p.person.uuid = uuid_v5(kIptNamespace, "person\n" + key);
              p.person.name = name;
              p.person.created = p.updated = at;
              uuid = p.person.uuid;
              m.merge(ExchangeRecord(std::move(p)), origin_of(tool, f));
            }
            it = uuid_of.emplace(key, uuid).first;
          }
          rec.people.push_back(it->second);
        }
        records.push_back(std::move(rec));
      }
      for (std::size_t i = 0, k = 0; i < entries.size(); ++i) {
        if (k < records.size() && records[k].entry.uuid == entries[i].uuid)
          m.merge(ExchangeRecord(std::move(records[k++])), origin_of(tool, entries[i]));
      }
      auto s = m.finish();
      s.skipped = skipped;
      s.dry_run = dry_run;
      if (dry_run)
        throw RolledBack{std::move(s)};
      return s;
    });
  } catch (RolledBack& rb) {
    return std::move(rb.summary);
  }
}

}  // namespace ipt::app
