#include "cli/input.hpp"

#include <algorithm>
#include <charconv>
#include <istream>
#include <iterator>

#include "domain/errors.hpp"
#include "domain/moment.hpp"
#include "domain/text.hpp"
#include "domain/validate.hpp"

namespace ipt::cli {

namespace {

/// Bytes read past the 64 KiB limit: trailing white space, trimmed, does not count.
constexpr std::size_t kSlack = 4096;

std::vector<std::string> split_commas(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const auto& v : values) {
    std::size_t start = 0;
    for (;;) {
      const auto comma = v.find(',', start);
      out.push_back(
          v.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
      if (comma == std::string::npos)
        break;
      start = comma + 1;
    }
  }
  return out;
}

template <typename Normalise>
std::vector<std::string> unique_list(const std::vector<std::string>& values, Normalise norm) {
  std::vector<std::string> out;
  std::vector<std::string> keys;
  for (const auto& raw : split_commas(values)) {
    auto v = norm(raw);
    auto key = domain::fold_case(v);
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
      keys.push_back(std::move(key));
      out.push_back(std::move(v));
    }
  }
  return out;
}

}  // namespace

std::string text_arg(Context& ctx, std::string_view field, const std::vector<std::string>& words,
                     bool required) {
  std::string text;
  if (words.size() == 1 && words.front() == "-") {
    if (ctx.stdin_tty)
      ctx.err << "ipt: type " << field << ", then press Ctrl-D\n";
    // Read a little past the limit, so surrounding white space (trimmed) does not count and an
    // endless stdin is refused instead of filling memory.
    text.resize(domain::kMaxTextBytes + kSlack);
    ctx.in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(ctx.in.gcount()));
    const bool more = text.size() == domain::kMaxTextBytes + kSlack &&
                      ctx.in.peek() != std::char_traits<char>::eof();
    ctx.in.clear();
    // When the text goes on past what was read, say so here: the cut at the limit could split a
    // character and look like bad UTF-8. A text read whole gets check_text's exact size.
    if (more) {
      throw UsageError(std::string(field) + " on stdin is more than " +
                           std::to_string(domain::kMaxTextBytes) +
                           " bytes; the most a single entry holds is 64 KiB",
                       "split it over several entries");
    }
  } else {
    for (const auto& w : words)
      text += (text.empty() ? "" : " ") + w;
  }
  return domain::check_text(field, text, required);
}

std::vector<std::string> people_arg(const std::vector<std::string>& values) {
  return unique_list(values, [](const std::string& s) { return domain::check_person_name(s); });
}

std::vector<std::string> tags_arg(const std::vector<std::string>& values) {
  return unique_list(values, [](const std::string& s) { return domain::normalize_tag(s); });
}

std::vector<std::string> feelings_arg(const std::vector<std::string>& values) {
  return unique_list(values, [](const std::string& s) { return domain::normalize_feeling(s); });
}

namespace {

std::optional<std::int64_t> parse_id(const std::string& s) {
  std::string_view v = s;
  if (!v.empty() && v.front() == '#')
    v.remove_prefix(1);
  std::int64_t id = 0;
  const auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), id);
  if (v.empty() || ec != std::errc{} || ptr != v.data() + v.size() || id <= 0)
    return std::nullopt;
  return id;
}

}  // namespace

std::int64_t area_id_arg(const std::string& s) {
  if (auto id = parse_id(s))
    return *id;
  throw UsageError("'" + s + "' is not a problem area id; ids are whole numbers such as 2",
                   "ipt area lists the areas and their ids");
}

std::int64_t id_arg(const std::string& s) {
  if (auto id = parse_id(s))
    return *id;
  throw UsageError("'" + s + "' is not an entry id; ids are whole numbers such as 12 or #12",
                   "ipt list shows the entries and their ids");
}

std::int64_t area_arg(const std::string& s) {
  if (domain::fold_case(domain::trim(s)) == "none")
    return 0;
  if (auto id = parse_id(s))
    return *id;
  throw UsageError("'" + s + "' is not a problem area; give its id (such as 2) or none",
                   "ipt area lists the areas and their ids");
}

domain::When when_arg(Context& ctx, const std::string& s) {
  return domain::parse_when(s, ctx.today());
}

domain::When past_when_arg(Context& ctx, const std::string& s) {
  auto when = when_arg(ctx, s);
  domain::resolve_moment(when, ctx.clock.now());  // throws for a future moment
  return when;
}

bool confirm(Context& ctx, const std::string& question) {
  ctx.err << question << " [y/N] " << std::flush;
  std::string answer;
  if (!std::getline(ctx.in, answer))
    return false;
  answer = domain::fold_case(domain::trim(answer));
  return answer == "y" || answer == "yes";
}

bool ask_yes(Context& ctx, const std::string& question) {
  ctx.err << question << " [Y/n] " << std::flush;
  std::string answer;
  if (!std::getline(ctx.in, answer))
    return false;
  answer = domain::fold_case(domain::trim(answer));
  return !(answer == "n" || answer == "no");
}

CLI::Option* add_int_option(CLI::App* cmd, const std::string& name, std::optional<int>& target,
                            const std::string& description, int lo, int hi) {
  std::string field = name.substr(0, name.find(','));
  if (field.size() > 2 && field[0] == '-' && field[1] != '-')
    field = field.substr(0, 2);
  return cmd
      ->add_option_function<std::string>(
          name,
          [&target, field, lo, hi](const std::string& s) {
            target = domain::parse_whole(field, s, lo, hi);
          },
          description)
      ->type_name("N");
}

}  // namespace ipt::cli
