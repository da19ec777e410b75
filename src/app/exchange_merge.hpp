#pragma once
// For app/exchange*.cpp only: merging records into a journal inside one write unit.
#include <string>
#include <unordered_map>
#include <vector>

#include "app/exchange.hpp"
#include "storage/journal.hpp"

namespace ipt::app {

/// Where a record came from, for errors: "entries[12]" or "line 14", and its UUID.
struct Origin {
  std::string record;
  std::string uuid;
};

class Merger {
 public:
  Merger(storage::Repos& r, domain::Instant now) : r_(r), now_(now) {}
  void merge(domain::ExchangeRecord&& rec, const Origin& where);
  /// Resolves what waited for later records (events' check-ins), settles the phase pin.
  ImportSummary finish();

 private:
  void person(domain::PersonRecord& p, const Origin& w);
  void area(domain::AreaRecord& a, const Origin& w);
  void focus_change(const domain::FocusRecord& f, const Origin& w);
  void course(const domain::CourseRecord& c, const Origin& w);
  void entry(domain::EntryRecord& e, const Origin& w);
  void agenda(const domain::AgendaRecord& a, const Origin& w);
  /// The name `p` can have: its own, or "NAME (2)" when an earlier-made person holds it (who
  /// then keeps it; a later-made holder is renamed instead).
  void settle_name(domain::PersonRecord& p, std::int64_t self);
  std::int64_t person_id(const std::string& uuid, const Origin& w, const char* field);
  std::int64_t area_id(const std::string& uuid, const Origin& w, const char* field);
  std::optional<std::int64_t> entry_id(const std::string& uuid);
  [[noreturn]] void dangling(const Origin& w, const char* field, const std::string& uuid,
                             const char* what);
  MergeCounts& counts(std::size_t kind) { return summary_.counts.at(kind); }

  storage::Repos& r_;
  domain::Instant now_;
  ImportSummary summary_;
  std::unordered_map<std::string, std::int64_t> people_, areas_;  // UUID -> id, as met
  struct Pending {
    std::int64_t event;
    std::string checkin;
    Origin where;
  };
  std::vector<Pending> pending_;
  bool pins_changed_ = false;
};

}  // namespace ipt::app
