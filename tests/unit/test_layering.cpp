// The dependency direction of README.md ("Layout"), enforced: a file may include only headers of
// its own layer and of the layers it is allowed to depend on; domain includes only the standard
// library.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>

namespace fs = std::filesystem;

namespace {

const std::map<std::string, std::set<std::string>> kAllowed{
    {"domain", {"domain"}},
    {"storage", {"storage", "domain"}},
    {"config", {"config", "domain"}},
    {"render", {"render", "domain", "interchange"}},
    {"app", {"app", "domain", "storage", "interchange"}},
    {"interchange", {"interchange", "domain"}},
    {"library", {"library", "domain"}},
    {"cli", {"cli", "app", "render", "config", "library", "domain"}},
    {"text", {"domain"}},  // implements part of domain/text.hpp with ICU
};

// Third-party headers each layer may use; domain may use none.
const std::map<std::string, std::vector<std::string>> kLibraries{
    {"domain", {}},
    {"storage", {"SQLiteCpp/", "sqlite3.h"}},
    {"config", {"toml++/"}},
    {"render", {"nlohmann/"}},
    {"app", {}},
    {"interchange", {"nlohmann/"}},
    {"library", {"toml++/"}},
    {"cli", {"CLI/"}},
    {"text", {"unicode/"}},
};

bool is_system_header(const std::string& h) {
  // Standard C++ headers have no extension; C and POSIX headers end in .h and live in the
  // system include dirs, which a third-party prefix (checked separately) does not.
  static const std::vector<std::string> third_party{"SQLiteCpp/", "sqlite3.h", "toml++/", "CLI/",
                                                    "nlohmann/",  "catch2/",   "unicode/"};
  for (const auto& p : third_party) {
    if (h.rfind(p, 0) == 0)
      return false;
  }
  return true;
}

struct Violation {
  std::string file;
  std::string include;
};

std::vector<Violation> scan() {
  std::vector<Violation> bad;
  const std::regex quoted(R"re(^\s*#\s*include\s*"([^"]+)")re");
  const std::regex angled(R"re(^\s*#\s*include\s*<([^>]+)>)re");
  const fs::path src = fs::path(IPT_SOURCE_DIR) / "src";
  for (const auto& entry : fs::recursive_directory_iterator(src)) {
    if (!entry.is_regular_file())
      continue;
    const auto rel = fs::relative(entry.path(), src);
    if (rel.begin() == rel.end() || std::next(rel.begin()) == rel.end())
      continue;  // main.cpp
    const std::string layer = rel.begin()->string();
    if (!kAllowed.count(layer))
      continue;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      std::smatch m;
      if (std::regex_search(line, m, quoted)) {
        const std::string inc = m[1];
        const auto slash = inc.find('/');
        const std::string target = slash == std::string::npos ? "" : inc.substr(0, slash);
        if (!kAllowed.at(layer).count(target))
          bad.push_back({rel.string(), inc});
      } else if (std::regex_search(line, m, angled)) {
        const std::string inc = m[1];
        if (is_system_header(inc))
          continue;
        bool ok = false;
        for (const auto& lib : kLibraries.at(layer))
          ok = ok || inc.rfind(lib, 0) == 0;
        if (!ok)
          bad.push_back({rel.string(), inc});
      }
    }
  }
  return bad;
}

}  // namespace

TEST_CASE("layering: every include follows the allowed edges", "[layering]") {
  const auto bad = scan();
  for (const auto& v : bad) {
    UNSCOPED_INFO(v.file << " includes " << v.include);
  }
  CHECK(bad.empty());
}

TEST_CASE("layering: the scan sees the source tree", "[layering]") {
  // Guards against a wrong IPT_SOURCE_DIR making the test above pass vacuously.
  CHECK(fs::exists(fs::path(IPT_SOURCE_DIR) / "src" / "domain" / "entry.hpp"));
  CHECK(fs::exists(fs::path(IPT_SOURCE_DIR) / "src" / "cli" / "app.cpp"));
}
