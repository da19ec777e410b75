// The html report's pictures as inline SVG. Colours are from the Okabe-Ito palette, which stays
// distinct with every common colour-vision deficiency, and every marker also differs by shape,
// so the chart reads in greyscale and on paper too.
#include "render/report_svg.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <numbers>

#include "domain/text.hpp"
#include "render/html.hpp"
#include "render/style.hpp"

namespace ipt::render {

namespace {

constexpr const char* kLine = "#0072B2";      // blue
constexpr const char* kConflict = "#D55E00";  // vermillion
constexpr const char* kSupport = "#009E73";   // bluish green
constexpr const char* kOther = "#555555";     // grey

/// A coordinate with at most one decimal: short, and the same on every machine.
std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", std::round(v * 10) / 10);
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0)
    s.resize(s.size() - 2);
  return s == "-0" ? "0" : s;
}

std::string day_words(const domain::ChartDay& d) {
  std::string s = std::string(domain::weekday_short(d.day)) + " " + domain::format_date(d.day);
  s += d.mood ? ": mood " + short_number(*d.mood) : ": no check-in";
  if (d.conflicts > 0)
    s += ", " + std::to_string(d.conflicts) + (d.conflicts == 1 ? " conflict" : " conflicts");
  if (d.supports > 0)
    s += ", " + std::to_string(d.supports) + " support";
  if (const int other = d.events - d.conflicts - d.supports; other > 0)
    s += ", " + std::to_string(other) + (other == 1 ? " other event" : " other events");
  return s;
}

// The chart's frame, in viewBox units.
constexpr double kWidth = 560, kLeft = 34, kRight = 548, kTop = 14, kUnit = 20;
constexpr double kAxis = kTop + 10 * kUnit;
constexpr double kMarkerRow = 18;

void marker(std::ostream& out, int shape, double x, double y, int count, bool show_count) {
  const auto sx = num(x), sy = num(y);
  switch (shape) {
    case 0:
      out << "<path d=\"M" << sx << ',' << num(y - 6.5) << " L" << num(x + 6.5) << ',' << num(y + 5)
          << " L" << num(x - 6.5) << ',' << num(y + 5) << " Z\" fill=\"" << kConflict << "\"/>";
      break;
    case 1:
      out << "<circle cx=\"" << sx << "\" cy=\"" << sy << "\" r=\"5.5\" fill=\"" << kSupport
          << "\"/>";
      break;
    default:
      out << "<rect x=\"" << num(x - 5) << "\" y=\"" << num(y - 5)
          << "\" width=\"10\" height=\"10\" fill=\"" << kOther << "\"/>";
  }
  if (show_count && count > 1)
    out << "<text x=\"" << num(x + 9) << "\" y=\"" << num(y + 4) << "\" font-size=\"11\">" << count
        << "</text>";
  out << '\n';
}

}  // namespace

void mood_chart_svg(std::ostream& out, const std::vector<domain::ChartDay>& chart) {
  const auto n = static_cast<double>(std::max<std::size_t>(1, chart.size()));
  const double step = (kRight - kLeft) / n;
  const auto x_of = [&](std::size_t i) { return kLeft + (static_cast<double>(i) + 0.5) * step; };
  const auto y_of = [](double mood) { return kAxis - mood * kUnit; };
  bool rows[3] = {false, false, false};  // conflict, support, other
  for (const auto& d : chart) {
    rows[0] = rows[0] || d.conflicts > 0;
    rows[1] = rows[1] || d.supports > 0;
    rows[2] = rows[2] || d.events - d.conflicts - d.supports > 0;
  }
  double row_y[3];
  double y = kAxis + 6;
  for (int r = 0; r < 3; ++r) {
    if (rows[r])
      y += kMarkerRow;
    row_y[r] = y;
  }
  const double labels_y = y + 22;
  const bool daily = chart.size() <= 10;  // a label for every day, on two lines
  const double height = labels_y + (daily ? 30 : 8);

  out << "<svg class=\"chart mood\" viewBox=\"0 0 " << num(kWidth) << ' ' << num(height)
      << "\" width=\"" << num(kWidth) << "\" height=\"" << num(height)
      << "\" role=\"img\" aria-labelledby=\"mood-chart-title\">\n"
      << "<title id=\"mood-chart-title\">Mood by day"
      << (chart.empty() ? ""
                        : ", " + domain::format_date(chart.front().day) + " to " +
                              domain::format_date(chart.back().day))
      << " (0 is the worst, 10 the best)</title>\n";
  // The grid and the mood scale.
  for (int m = 0; m <= 10; m += 2) {
    out << "<line x1=\"" << num(kLeft) << "\" y1=\"" << num(y_of(m)) << "\" x2=\"" << num(kRight)
        << "\" y2=\"" << num(y_of(m)) << "\" stroke=\"" << (m == 0 ? "#333333" : "#d0d4d9")
        << "\" stroke-width=\"1\"/>"
        << "<text x=\"" << num(kLeft - 6) << "\" y=\"" << num(y_of(m) + 4)
        << "\" font-size=\"12\" text-anchor=\"end\">" << m << "</text>\n";
  }
  // Lines between consecutive days with a mood: a day without one leaves a gap.
  std::vector<std::string> run;
  const auto flush = [&] {
    if (run.size() > 1) {
      out << "<polyline points=\"";
      for (std::size_t i = 0; i < run.size(); ++i)
        out << (i ? " " : "") << run[i];
      out << "\" fill=\"none\" stroke=\"" << kLine
          << "\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>\n";
    }
    run.clear();
  };
  for (std::size_t i = 0; i < chart.size(); ++i) {
    if (chart[i].mood)
      run.push_back(num(x_of(i)) + ',' + num(y_of(*chart[i].mood)));
    else
      flush();
  }
  flush();
  const bool roomy = chart.size() <= 14;  // values over the points and counts by the markers
  for (std::size_t i = 0; i < chart.size(); ++i) {
    const auto& d = chart[i];
    if (d.mood) {
      out << "<circle cx=\"" << num(x_of(i)) << "\" cy=\"" << num(y_of(*d.mood)) << "\" r=\""
          << (chart.size() > 31 ? "2.5" : "4.5") << "\" fill=\"" << kLine << "\"><title>"
          << html_escape(day_words(d)) << "</title></circle>\n";
      if (roomy)
        out << "<text x=\"" << num(x_of(i)) << "\" y=\"" << num(y_of(*d.mood) - 9)
            << "\" font-size=\"12\" text-anchor=\"middle\">" << short_number(*d.mood)
            << "</text>\n";
    }
    const int counts[3] = {d.conflicts, d.supports, d.events - d.conflicts - d.supports};
    for (int r = 0; r < 3; ++r) {
      if (counts[r] > 0)
        marker(out, r, x_of(i), row_y[r], counts[r], chart.size() <= 31);
    }
  }
  // Day labels: every day of a short period (weekday over day of month), else about ten.
  const std::size_t every = daily ? 1 : static_cast<std::size_t>(std::ceil(chart.size() / 10.0));
  for (std::size_t i = 0; i < chart.size(); i += every) {
    const auto& day = chart[i].day;
    const auto x = num(x_of(i));
    out << "<text x=\"" << x << "\" y=\"" << num(labels_y)
        << "\" font-size=\"12\" text-anchor=\"middle\">";
    if (daily)
      out << "<tspan x=\"" << x << "\">" << domain::weekday_short(day) << "</tspan><tspan x=\"" << x
          << "\" dy=\"1.2em\">" << unsigned(day.day()) << "</tspan>";
    else
      out << domain::format_date(day).substr(5);
    out << "</text>\n";
  }
  out << "</svg>\n";
}

namespace {

struct Box {
  double x0, y0, x1, y1;
  bool overlaps(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

constexpr double kSize = 420, kCentre = kSize / 2, kFont = 13;
constexpr std::array<double, 3> kRings{72, 138, 204};
constexpr std::size_t kMaxName = 14;

/// The box of a label of `width` columns centred on (x, y).
Box label_box(double x, double y, std::size_t width) {
  const double w = 0.62 * kFont * static_cast<double>(width) + 6;
  const double h = kFont + 5;
  return {x - w / 2, y - h / 2, x + w / 2, y + h / 2};
}

/// True when the box lies inside ring k and clear of ring k-1, with a margin.
bool in_band(const Box& b, int k) {
  const auto dist = [](double x, double y) { return std::hypot(x - kCentre, y - kCentre); };
  for (double x : {b.x0, b.x1})
    for (double y : {b.y0, b.y1})
      if (dist(x, y) > kRings[k] - 3)
        return false;
  if (k == 0)
    return true;
  // The point of the box nearest the centre.
  const double nx = std::clamp(kCentre, b.x0, b.x1), ny = std::clamp(kCentre, b.y0, b.y1);
  return dist(nx, ny) > kRings[k - 1] + 3;
}

}  // namespace

std::vector<std::string> circle_svg(std::ostream& out,
                                    const std::vector<domain::PersonContact>& contacts) {
  std::vector<Box> taken;
  std::vector<std::string> left_out;
  out << "<svg class=\"chart circle\" viewBox=\"0 0 " << num(kSize) << ' ' << num(kSize)
      << "\" width=\"" << num(kSize) << "\" height=\"" << num(kSize)
      << "\" role=\"img\" aria-labelledby=\"circle-title\">\n"
      << "<title id=\"circle-title\">Closeness circle: the people of this period by how close "
         "they are to you</title>\n";
  static constexpr std::array<const char*, 3> kRingNames{"inner", "middle", "outer"};
  for (int k = 2; k >= 0; --k) {
    out << "<circle cx=\"" << num(kCentre) << "\" cy=\"" << num(kCentre) << "\" r=\""
        << num(kRings[k]) << "\" fill=\"none\" stroke=\"#8a9099\" stroke-width=\"1.5\"/>\n";
    // Each ring's name just inside its top, kept clear of the names placed after it.
    const double y = kCentre - kRings[k] + 14;
    out << "<text x=\"" << num(kCentre) << "\" y=\"" << num(y + 4)
        << "\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555555\">" << kRingNames[k]
        << "</text>\n";
    taken.push_back(label_box(kCentre, y, 6));
  }
  out << "<text x=\"" << num(kCentre) << "\" y=\"" << num(kCentre + 5)
      << "\" font-size=\"14\" font-weight=\"bold\" text-anchor=\"middle\">you</text>\n";
  taken.push_back(label_box(kCentre, kCentre, 3));

  for (const auto& c : contacts) {
    if (!c.circle)
      continue;  // not drawn: the page lists them as not yet placed
    const int k = static_cast<int>(*c.circle);
    std::string shown = c.name;
    if (domain::display_width_of(shown) > kMaxName)
      shown = domain::cut_to_width(shown, kMaxName - 1) + "\u2026";
    const auto width = std::max<std::size_t>(1, domain::display_width_of(shown));
    const double inner = k == 0 ? 0 : kRings[k - 1];
    bool placed = false;
    // Candidates by the golden angle: any first few are spread evenly round the band.
    for (double f : {0.5, 0.3, 0.72}) {
      const double r = k == 0 ? kRings[0] * (f + 0.1) : inner + f * (kRings[k] - inner);
      for (int i = 0; i < 72 && !placed; ++i) {
        const double a = -std::numbers::pi / 2 + i * 2.39996322972865332;
        const double x = kCentre + r * std::cos(a), y = kCentre + r * std::sin(a);
        const Box b = label_box(x, y, width);
        if (!in_band(b, k) ||
            std::any_of(taken.begin(), taken.end(), [&](const Box& t) { return t.overlaps(b); }))
          continue;
        taken.push_back(b);
        out << "<text x=\"" << num(x) << "\" y=\"" << num(y + kFont * 0.35) << "\" font-size=\""
            << num(kFont) << "\" text-anchor=\"middle\">" << html_escape(shown) << "<title>"
            << html_escape(c.name) << ", " << kRingNames[k] << " circle: " << c.days
            << (c.days == 1 ? " day" : " days") << "</title></text>\n";
        placed = true;
      }
      if (placed)
        break;
    }
    if (!placed)
      left_out.push_back(c.name);
  }
  out << "</svg>\n";
  return left_out;
}

}  // namespace ipt::render
