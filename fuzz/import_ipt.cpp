// ipt import of ipt's own interchange document, JSON or JSONL (interchange::read_document,
// nlohmann/json), the in-memory half of `ipt import`: every record it passes on says where it
// was. Bad input throws UsageError (ipt::Error), never nlohmann's own exceptions.
#include "domain/errors.hpp"
#include "fuzz.hpp"
#include "interchange/document.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::size_t records = 0;
  try {
    ipt::interchange::read_document(
        ipt::fuzz::as_text(data, size),
        [&](ipt::interchange::Record&& r, const ipt::interchange::Where& where) {
          IPT_FUZZ_CHECK(!where.record.empty());
          (void)ipt::interchange::history_uuid(r);
          ++records;
        });
  } catch (const ipt::Error&) {
    return 0;
  }
  IPT_FUZZ_CHECK(records <= size);
  return 0;
}
