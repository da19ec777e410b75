// The Unicode half of domain/text.hpp, with ICU (Debian's libicu): case folding for name keys,
// collation for sorting names, and display width for tables and the closeness circle. ASCII,
// which most names and all keys typed in scripts are, never reaches ICU.
#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>

#include "domain/text.hpp"

namespace ipt::domain {

namespace {

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

/// Columns of one code point.
int width_of(UChar32 c) {
  if (c < 0x20 || (c >= 0x7F && c < 0xA0))
    return 0;
  if (c < 0x300)
    return 1;  // Latin, the common case: no property lookups
  const auto category = u_charType(c);
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR)
    return 0;
  if (c >= 0x1160 && c <= 0x11FF)
    return 0;  // Hangul jungseong and jongseong join the syllable before them
  const auto ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

/// Calls `each(code point, byte offset, byte length)` for every code point of valid UTF-8.
template <typename Each>
void for_each_code_point(std::string_view s, Each each) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    if (!each(c < 0 ? 0xFFFD : c, start, i - start))
      return;
  }
}

}  // namespace

std::string fold_case(std::string_view s) {
  if (is_ascii(s))
    return ascii_lower(s);
  if (!is_valid_utf8(s))
    return std::string(s);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* fold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status))
    return std::string(s);
  const auto folded = fold->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size()))),
      status);
  if (U_FAILURE(status))
    return std::string(s);
  std::string out;
  folded.toUTF8String(out);
  return out;
}

std::size_t display_width_of(std::string_view s) {
  if (is_ascii(s))
    return s.size();
  std::size_t w = 0;
  for_each_code_point(s, [&](UChar32 c, int32_t, int32_t) {
    w += static_cast<std::size_t>(width_of(c));
    return true;
  });
  return w;
}

std::string cut_to_width(std::string_view s, std::size_t width) {
  std::size_t w = 0;
  std::size_t end = s.size();
  for_each_code_point(s, [&](UChar32 c, int32_t at, int32_t) {
    const auto cw = static_cast<std::size_t>(width_of(c));
    if (w + cw > width) {
      end = static_cast<std::size_t>(at);
      return false;
    }
    w += cw;
    return true;
  });
  return std::string(s.substr(0, end));
}

int compare_names(std::string_view a, std::string_view b) {
  // Loaded once, and only where names are sorted. Every comparison goes through it, ASCII too,
  // so the order is one consistent order.
  static const std::unique_ptr<icu::Collator> collator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale::getRoot(), status));
    return U_FAILURE(status) ? nullptr : std::move(c);
  }();
  if (!collator)
    return a < b ? -1 : a == b ? 0 : 1;
  UErrorCode status = U_ZERO_ERROR;
  const auto r =
      collator->compareUTF8(icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
                            icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status);
  return r == UCOL_LESS ? -1 : r == UCOL_EQUAL ? 0 : 1;
}

}  // namespace ipt::domain
