#include "domain/safety.hpp"

#include <algorithm>
#include <array>

namespace ipt::domain {

namespace {

constexpr std::array<std::string_view, 4> kSignals{"low_days", "low_week", "mood_drop",
                                                   "phq9_high"};

// Checked on kLinesChecked against the services' own pages or national announcements:
//   988 (US): https://www.mhn.com/members/news/988_Introduction.html (call or text, 16 Jul 2022)
//   9-8-8 (Canada): https://www.newswire.ca/news-releases/government-of-canada-launches-three-
//     digit-suicide-crisis-helpline-896472116.html (30 Nov 2023)
//   Samaritans: https://www.samaritans.org/how-we-can-help/contact-samaritan/
//   Lifeline Australia: https://wikimili.com/en/Lifeline_(crisis_support_service)
//   findahelpline.com: https://developer.throughlinecare.com/general
//   NDVH (US): https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-
//     6-million-contacts
//   National Domestic Abuse Helpline (UK): https://www.refuge.org.uk/category/news/
// Re-check before each release; add a country only with a source.
constexpr std::array<CrisisLine, 4> kCrisis{{
    {"United States", "us", "988 Suicide & Crisis Lifeline: call or text 988"},
    {"Canada", "ca", "9-8-8 Suicide Crisis Helpline: call or text 988"},
    {"UK and Ireland", "gb,uk,ie", "Samaritans: 116 123, free, 24 hours"},
    {"Australia", "au", "Lifeline: 13 11 14"},
}};
constexpr CrisisLine kEmergency{"Emergency", "",
                                "911 (US, Canada), 999 (UK), 112 (EU), 000 (Australia)"};
constexpr CrisisLine kDirectory{
    "Anywhere else", "",
    "findahelpline.com, a verified directory of free lines in about 130 countries"};
constexpr std::array<CrisisLine, 2> kAbuse{{
    {"United States", "us",
     "National Domestic Violence Hotline: 1-800-799-7233, or text START to 88788"},
    {"UK", "gb,uk", "National Domestic Abuse Helpline (Refuge): 0808 2000 247, free, 24 hours"},
}};
constexpr CrisisLine kAbuseDirectory{"Anywhere else", "",
                                     "findahelpline.com lists domestic-abuse services too"};

bool serves(const CrisisLine& l, std::string_view country) {
  std::string_view codes = l.countries;
  while (!codes.empty()) {
    const auto comma = codes.find(',');
    if (codes.substr(0, comma) == country)
      return true;
    if (comma == std::string_view::npos)
      break;
    codes.remove_prefix(comma + 1);
  }
  return false;
}

template <std::size_t N>
std::vector<CrisisLine> ordered(const std::array<CrisisLine, N>& lines,
                                std::optional<std::string_view> country) {
  std::vector<CrisisLine> out(lines.begin(), lines.end());
  if (country) {
    std::stable_partition(out.begin(), out.end(),
                          [&](const CrisisLine& l) { return serves(l, *country); });
  }
  return out;
}

/// The mean of the day means in [from, to], when at least 3 days were logged.
std::optional<double> mean_between(const std::vector<DayMood>& days, Date from, Date to) {
  double sum = 0;
  int n = 0;
  for (const auto& d : days) {
    if (d.day >= from && d.day <= to) {
      sum += d.mood;
      ++n;
    }
  }
  if (n < 3)
    return std::nullopt;
  return sum / n;
}

}  // namespace

std::string_view to_string(Signal s) {
  return kSignals[static_cast<std::size_t>(s)];
}

std::string describe(Signal s) {
  switch (s) {
    case Signal::low_days:
      return std::to_string(kLowDaysInARow) + " logged days in a row at mood " +
             std::to_string(kLowMood) + " or lower";
    case Signal::low_week:
      return "an average mood of " + std::to_string(kLowMood) + " or lower over the last 7 days";
    case Signal::mood_drop:
      return "mood 3 points or more below the week before";
    case Signal::phq9_high:
      return "a PHQ-9 score in the moderately severe range or above, or two of 10 or more in a "
             "row";
  }
  return "";
}

std::vector<Signal> persisting_signals(const SafetyFigures& f, const SafetySettings& s) {
  std::vector<Signal> out;
  const Date window_start = add_days(f.today, 1 - kSignalWindowDays);
  std::vector<DayMood> recent;
  for (const auto& d : f.days) {
    if (d.day >= window_start && d.day <= f.today)
      recent.push_back(d);
  }
  if (s.low_days && static_cast<int>(recent.size()) >= kLowDaysInARow &&
      std::all_of(recent.end() - kLowDaysInARow, recent.end(),
                  [](const DayMood& d) { return d.mood <= kLowMood; }))
    out.push_back(Signal::low_days);
  const auto week = mean_between(f.days, add_days(f.today, -6), f.today);
  if (s.low_week && week && *week <= kLowMood)
    out.push_back(Signal::low_week);
  const auto before = mean_between(f.days, add_days(f.today, -13), add_days(f.today, -7));
  if (s.mood_drop && week && before && *before - *week >= kMoodDrop)
    out.push_back(Signal::mood_drop);
  if (s.phq9) {
    std::vector<Phq9Result> upto;
    for (const auto& r : f.phq9) {
      if (r.day <= f.today)
        upto.push_back(r);
    }
    if (!upto.empty() && upto.back().day >= window_start) {
      const auto& last = upto.back();
      const bool twice =
          upto.size() >= 2 && last.total >= kPhq9Twice && upto[upto.size() - 2].total >= kPhq9Twice;
      if (last.total >= kPhq9High || twice)
        out.push_back(Signal::phq9_high);
    }
  }
  return out;
}

bool recent_item9(const SafetyFigures& f, const SafetySettings& s) {
  if (!s.item9)
    return false;
  const Date window_start = add_days(f.today, 1 - kSignalWindowDays);
  return std::any_of(f.phq9.begin(), f.phq9.end(), [&](const Phq9Result& r) {
    return r.item9 && r.day >= window_start && r.day <= f.today;
  });
}

bool gentle_week(const SafetyFigures& f, const SafetySettings& s) {
  return s.gentle_weeks && (!persisting_signals(f, s).empty() || recent_item9(f, s));
}

std::vector<CrisisLine> crisis_lines(std::optional<std::string_view> country) {
  auto out = ordered(kCrisis, country);
  out.push_back(kEmergency);
  out.push_back(kDirectory);
  return out;
}

std::vector<CrisisLine> abuse_lines(std::optional<std::string_view> country) {
  auto out = ordered(kAbuse, country);
  out.push_back(kAbuseDirectory);
  return out;
}

bool has_crisis_line(std::string_view country) {
  return std::any_of(kCrisis.begin(), kCrisis.end(),
                     [&](const CrisisLine& l) { return serves(l, country); });
}

}  // namespace ipt::domain
