// The Unicode half of domain/text.hpp, with ICU (Debian's libicu): case folding for name keys,
// collation for sorting names, and display width for tables and the closeness circle.
//
// ICU is loaded with dlopen the first time it is needed, not linked: its libraries are bound
// at load time (BIND_NOW) and cost every ipt command about 1.3 ms of start-up (bench/run,
// `ipt --version`), while ASCII, which most names and all keys typed in scripts are, never
// needs them. Only ICU's C API is used, by its versioned symbol names (u_charType_72), from
// the version whose headers ipt was built with.
#include <dlfcn.h>
#include <unicode/uchar.h>
#include <unicode/ucol.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>
#include <unicode/uvernum.h>

#include <algorithm>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "domain/errors.hpp"
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

/// ICU's functions that ipt uses, found in the libraries of the version it was built with.
struct Icu {
  decltype(&::u_charType) char_type = nullptr;
  decltype(&::u_getIntPropertyValue) int_property = nullptr;
  decltype(&::u_strFromUTF8) from_utf8 = nullptr;
  decltype(&::u_strToUTF8) to_utf8 = nullptr;
  decltype(&::unorm2_getNFKCCasefoldInstance) casefold_instance = nullptr;
  decltype(&::unorm2_normalize) normalize = nullptr;
  decltype(&::ucol_open) collator_open = nullptr;
  decltype(&::ucol_strcollUTF8) collate_utf8 = nullptr;
  UCollator* collator = nullptr;  // the root collation, opened once, kept for the process

  static const Icu& get() {
    static const Icu icu = load();
    return icu;
  }

 private:
  static Icu load() {
    const std::string major = std::to_string(U_ICU_VERSION_MAJOR_NUM);
    auto open = [&](const char* name) {
      const std::string file = std::string(name) + ".so." + major;
      void* h = ::dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (!h) {
        const char* why = ::dlerror();
        throw RuntimeFailure(Errc::storage_other,
                             "ipt needs the ICU library (" + file +
                                 ") for names and text beyond ASCII, and could not load it: " +
                                 (why ? why : "unknown error"));
      }
      return h;
    };
    void* uc = open("libicuuc");
    void* i18n = open("libicui18n");
    Icu icu;
    auto bind = [&](auto& fn, void* lib, const char* name) {
      const std::string symbol = std::string(name) + "_" + major;
      void* p = ::dlsym(lib, symbol.c_str());
      if (!p) {
        throw RuntimeFailure(Errc::storage_other, "the ICU library has no " + symbol +
                                                      "; ipt was built for ICU " + major);
      }
      fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(p);
    };
    bind(icu.char_type, uc, "u_charType");
    bind(icu.int_property, uc, "u_getIntPropertyValue");
    bind(icu.from_utf8, uc, "u_strFromUTF8");
    bind(icu.to_utf8, uc, "u_strToUTF8");
    bind(icu.casefold_instance, uc, "unorm2_getNFKCCasefoldInstance");
    bind(icu.normalize, uc, "unorm2_normalize");
    bind(icu.collator_open, i18n, "ucol_open");
    bind(icu.collate_utf8, i18n, "ucol_strcollUTF8");
    UErrorCode status = U_ZERO_ERROR;
    icu.collator = icu.collator_open("", &status);  // "": the root locale
    if (U_FAILURE(status))
      icu.collator = nullptr;
    return icu;
  }
};

/// Columns of one code point.
int width_of(UChar32 c) {
  if (c < 0x20 || (c >= 0x7F && c < 0xA0))
    return 0;
  if (c < 0x300)
    return 1;  // Latin, the common case: no property lookups
  const auto& icu = Icu::get();
  const auto category = icu.char_type(c);
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR)
    return 0;
  if (c >= 0x1160 && c <= 0x11FF)
    return 0;  // Hangul jungseong and jongseong join the syllable before them
  const auto ea = icu.int_property(c, UCHAR_EAST_ASIAN_WIDTH);
  return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

/// The root collation's primary order of printable ASCII (CLDR root, punctuation not
/// ignorable): spaces and punctuation, symbols, digits, then letters without regard to case.
/// tests/unit/test_text.cpp checks it against ICU itself over many random strings.
constexpr std::string_view kAsciiPrimary =
    " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz";

int ascii_primary(unsigned char c) {
  if (c >= 'A' && c <= 'Z')
    c = static_cast<unsigned char>(c - 'A' + 'a');
  const auto at = kAsciiPrimary.find(static_cast<char>(c));
  return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

/// Root collation of two printable-ASCII strings without ICU: by the primary order of their
/// characters, then, when those are all equal, lower case before upper case.
std::optional<int> ascii_collate(std::string_view a, std::string_view b) {
  for (std::size_t i = 0; i < a.size() || i < b.size(); ++i) {
    if (i == a.size() || i == b.size())
      return i == a.size() ? -1 : 1;
    const int pa = ascii_primary(static_cast<unsigned char>(a[i]));
    const int pb = ascii_primary(static_cast<unsigned char>(b[i]));
    if (pa < 0 || pb < 0)
      return std::nullopt;  // a control character: ICU decides
    if (pa != pb)
      return pa < pb ? -1 : 1;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    const bool upper_a = a[i] >= 'A' && a[i] <= 'Z';
    const bool upper_b = b[i] >= 'A' && b[i] <= 'Z';
    if (upper_a != upper_b)
      return upper_a ? 1 : -1;
  }
  return 0;
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

/// UTF-8 to UTF-16 and back; nullopt on an ICU error.
std::optional<std::u16string> to_utf16(const Icu& icu, std::string_view s) {
  std::u16string out(s.size() + 1, u'\0');  // never more UTF-16 units than UTF-8 bytes
  int32_t len = 0;
  UErrorCode status = U_ZERO_ERROR;
  icu.from_utf8(out.data(), static_cast<int32_t>(out.size()), &len, s.data(),
                static_cast<int32_t>(s.size()), &status);
  if (U_FAILURE(status))
    return std::nullopt;
  out.resize(static_cast<std::size_t>(len));
  return out;
}

std::optional<std::string> to_utf8(const Icu& icu, const std::u16string& s) {
  std::string out(s.size() * 3 + 1, '\0');  // at most 3 bytes a UTF-16 unit
  int32_t len = 0;
  UErrorCode status = U_ZERO_ERROR;
  icu.to_utf8(out.data(), static_cast<int32_t>(out.size()), &len, s.data(),
              static_cast<int32_t>(s.size()), &status);
  if (U_FAILURE(status))
    return std::nullopt;
  out.resize(static_cast<std::size_t>(len));
  return out;
}

}  // namespace

std::string fold_case(std::string_view s) {
  if (is_ascii(s))
    return ascii_lower(s);
  if (!is_valid_utf8(s))
    return std::string(s);
  const auto& icu = Icu::get();
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* fold = icu.casefold_instance(&status);
  const auto src = to_utf16(icu, s);
  if (U_FAILURE(status) || !src)
    return std::string(s);
  // NFKC case folding can grow a string (ß to ss, ligatures): ask for the size, then fold.
  std::u16string out(src->size() * 2 + 8, u'\0');
  int32_t len = icu.normalize(fold, src->data(), static_cast<int32_t>(src->size()), out.data(),
                              static_cast<int32_t>(out.size()), &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    status = U_ZERO_ERROR;
    out.assign(static_cast<std::size_t>(len) + 1, u'\0');
    len = icu.normalize(fold, src->data(), static_cast<int32_t>(src->size()), out.data(),
                        static_cast<int32_t>(out.size()), &status);
  }
  if (U_FAILURE(status))
    return std::string(s);
  out.resize(static_cast<std::size_t>(len));
  return to_utf8(icu, out).value_or(std::string(s));
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
  // One order for all names, the root collation's: for printable ASCII computed here exactly
  // as ICU would (so `ipt people` of ASCII names loads no ICU), for anything else by ICU.
  if (is_ascii(a) && is_ascii(b)) {
    if (const auto r = ascii_collate(a, b))
      return *r;
  }
  return compare_names_by_icu(a, b);
}

int compare_names_by_icu(std::string_view a, std::string_view b) {
  const auto& icu = Icu::get();
  if (!icu.collator)
    return a < b ? -1 : a == b ? 0 : 1;
  UErrorCode status = U_ZERO_ERROR;
  const auto r = icu.collate_utf8(icu.collator, a.data(), static_cast<int32_t>(a.size()), b.data(),
                                  static_cast<int32_t>(b.size()), &status);
  return r == UCOL_LESS ? -1 : r == UCOL_EQUAL ? 0 : 1;
}

}  // namespace ipt::domain
