// ipt import --from jrnl (interchange::parse_jrnl over `jrnl --export json`). Bad input throws
// UsageError (ipt::Error); every entry read has a real day, a time, a UUID and no repeated
// person or tag.
#include <set>

#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "fuzz.hpp"
#include "interchange/foreign.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<ipt::interchange::ForeignEntry> entries;
  try {
    entries = ipt::interchange::parse_jrnl(ipt::fuzz::as_text(data, size));
  } catch (const ipt::Error&) {
    return 0;
  }
  std::set<std::string> uuids;
  for (const auto& e : entries) {
    IPT_FUZZ_CHECK(e.day.ok());
    IPT_FUZZ_CHECK(e.time.hour >= 0 && e.time.hour <= 23 && e.time.minute >= 0 &&
                   e.time.minute <= 59);
    IPT_FUZZ_CHECK(uuids.insert(e.uuid).second);
    IPT_FUZZ_CHECK(!e.mood);
    IPT_FUZZ_CHECK(ipt::domain::is_valid_utf8(e.text));
    std::set<std::string> people(e.people.begin(), e.people.end());
    std::set<std::string> tags(e.tags.begin(), e.tags.end());
    IPT_FUZZ_CHECK(tags.size() == e.tags.size() && people.size() == e.people.size());
  }
  return 0;
}
