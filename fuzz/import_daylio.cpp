// ipt import --from daylio (interchange::parse_daylio over Daylio's CSV export, with the
// default mood labels). Bad input throws UsageError (ipt::Error); every entry read has a real
// day, a time, a mood 0..10, a UUID of its own and no repeated tag.
#include <set>

#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "fuzz.hpp"
#include "interchange/foreign.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto moods = ipt::interchange::default_daylio_moods();
  std::vector<ipt::interchange::ForeignEntry> entries;
  try {
    entries = ipt::interchange::parse_daylio(ipt::fuzz::as_text(data, size), moods);
  } catch (const ipt::Error&) {
    return 0;
  }
  std::set<std::string> uuids;
  for (const auto& e : entries) {
    IPT_FUZZ_CHECK(e.day.ok());
    IPT_FUZZ_CHECK(e.time.hour >= 0 && e.time.hour <= 23 && e.time.minute >= 0 &&
                   e.time.minute <= 59);
    IPT_FUZZ_CHECK(e.mood && *e.mood >= 0 && *e.mood <= 10);
    IPT_FUZZ_CHECK(uuids.insert(e.uuid).second);
    IPT_FUZZ_CHECK(ipt::domain::is_valid_utf8(e.text));
    std::set<std::string> tags(e.tags.begin(), e.tags.end());
    IPT_FUZZ_CHECK(tags.size() == e.tags.size());
  }
  return 0;
}
