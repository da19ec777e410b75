// The crontab lines the README and the man page show run ipt by a full path, as ipt cron
// prints them: cron's PATH is short, so a bare `ipt` in a line that is pasted would not be
// found.
#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <vector>

#include "cli/docs_support.hpp"

using namespace ipt::test::docs;

namespace {

/// roff's escapes in an example made the characters they print.
std::string unescaped(std::string s) {
  const std::vector<std::pair<std::string, std::string>> escapes{
      {"\\-", "-"}, {"\\(ti", "~"}, {"\\(aq", "'"}, {"\\(dq", "\""}, {"\\&", ""}, {"\\e", "\\"}};
  for (const auto& [from, to] : escapes) {
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
      s.replace(at, from.size(), to);
  }
  return s;
}

/// The commands of the crontab lines in `text`: what follows five time fields.
Strings crontab_commands(const std::string& text) {
  const std::regex line(R"(^[0-9*,/-]+ [0-9*,/-]+ [0-9*,/-]+ [0-9*,/-]+ [0-9*,/-]+ (.+)$)");
  Strings out;
  for (const auto& l : lines_of(text)) {
    std::smatch m;
    if (std::regex_match(l, m, line))
      out.push_back(m[1]);
  }
  return out;
}

}  // namespace

TEST_CASE("docs: every crontab line in the README and the man page runs ipt by its full path",
          "[docs][cron]") {
  // `ipt` where sh would look it up in PATH: first in the command, or after $(, &&, ||, ; or |.
  const std::regex bare(R"((^|\$\(|&&|\|\||;|\|)\s*ipt(\s|$))");
  for (const auto& [name, text] : std::vector<std::pair<std::string, std::string>>{
           {"README.md", read_text("README.md")},
           {"man/ipt.1", unescaped(read_text("man/ipt.1"))}}) {
    const auto commands = crontab_commands(text);
    INFO(name);
    CHECK(commands.size() >= 4);  // the three ipt cron prints, and the backup with --check
    for (const auto& c : commands) {
      INFO(c);
      CHECK_FALSE(std::regex_search(c, bare));
      CHECK(c.find("/ipt ") != std::string::npos);
    }
  }
}
