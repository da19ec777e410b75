// Export and import: the journal as records, and records merged back by UUID. The merge rule is
// the same for every record that has an update time: one the journal lacks is added, a later
// version replaces the stored one, the same or an older one changes nothing. History (stage and
// focus changes, phase pins, safety-plan versions, prompts asked) is added where it is missing.
#include "app/exchange.hpp"

#include <unordered_map>

#include "app/exchange_merge.hpp"
#include "domain/errors.hpp"
#include "interchange/document.hpp"
#include "storage/journal.hpp"

namespace ipt::app {

using namespace domain;

namespace {

/// Thrown to leave a write unit without committing it, carrying what it would have done.
struct RolledBack {
  ImportSummary summary;
};

template <typename Fill>
ImportSummary merge_in(Journal& j, bool dry_run, Fill&& fill) {
  try {
    return j.store().write([&](storage::Repos& r) {
      Merger m(r, j.now());
      fill(r, m);
      auto s = m.finish();
      s.dry_run = dry_run;
      if (dry_run)
        throw RolledBack{std::move(s)};
      return s;
    });
  } catch (RolledBack& rb) {
    return std::move(rb.summary);
  }
}

}  // namespace

void export_records(Journal& j, const ExportRange& range,
                    const std::function<void(const ExchangeRecord&)>& out) {
  const storage::ExchangeRange r{range.from, range.to};
  j.store().read([&](storage::Repos& repos) {
    auto& x = repos.exchange();
    auto head = x.head();
    for (auto& p : head.people)
      out(ExchangeRecord(std::move(p)));
    for (auto& a : head.areas)
      out(ExchangeRecord(std::move(a)));
    for (auto& f : head.focus_changes)
      out(ExchangeRecord(std::move(f)));
    for (auto& c : head.courses)
      out(ExchangeRecord(std::move(c)));
    for (auto& p : head.pins)
      out(ExchangeRecord(std::move(p)));
    x.each_entry(r, [&](const EntryRecord& e) { out(ExchangeRecord(e)); });
    auto tail = x.tail(r);
    for (auto& p : tail.safety_plan)
      out(ExchangeRecord(std::move(p)));
    for (auto& a : tail.agenda)
      out(ExchangeRecord(std::move(a)));
    for (auto& a : tail.prompts_asked)
      out(ExchangeRecord(std::move(a)));
  });
}

ImportSummary import_export(Journal& j, std::string_view text, bool dry_run) {
  return merge_in(j, dry_run, [&](storage::Repos&, Merger& m) {
    interchange::read_document(text, [&](ExchangeRecord&& rec, const interchange::Where& w) {
      m.merge(std::move(rec), {w.record, w.uuid});
    });
  });
}

}  // namespace ipt::app
