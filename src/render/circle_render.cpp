// The closeness circle: three rings drawn with dots, "you" in the middle, and each person's
// name placed in the band of their ring. Pure text layout, so it is tested like any renderer.
#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

#include "render/inventory.hpp"
#include "render/inventory_groups.hpp"

namespace ipt::render {

namespace {

constexpr std::size_t kMaxName = 14;

/// A name cut to at most kMaxName code points, by whole UTF-8 sequences.
std::vector<std::string> glyphs(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = 1;
    while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80)
      ++n;
    out.push_back(s.substr(i, n));
    i += n;
  }
  if (out.size() > kMaxName) {
    out.resize(kMaxName - 1);
    out.push_back("\u2026");
  }
  return out;
}

struct Canvas {
  int w, h;
  double cx, cy;
  std::array<double, 3> rx, ry;  // inner, middle, outer
  std::vector<std::string> cell;
  std::vector<int> kind;  // 0 free, 1 outline, 2 text

  Canvas(int width, int height)
      : w(width), h(height), cell(width * height, " "), kind(width * height, 0) {
    cx = (w - 1) / 2.0;
    cy = (h - 1) / 2.0;
    rx = {cx * 0.36, cx * 0.68, cx};
    ry = {cy * 0.36, cy * 0.68, cy};
  }
  int at(int r, int c) const { return r * w + c; }
  /// Normalised distance of a cell from the centre for ring k (1 = on the ring).
  double dist(int r, int c, int k) const {
    const double x = (c - cx) / rx[k];
    const double y = (r - cy) / ry[k];
    return std::sqrt(x * x + y * y);
  }
  void draw_rings() {
    for (int k = 0; k < 3; ++k) {
      for (int i = 0; i < 2000; ++i) {
        const double t = 2 * std::numbers::pi * i / 2000;
        const int c = static_cast<int>(std::lround(cx + rx[k] * std::cos(t)));
        const int r = static_cast<int>(std::lround(cy + ry[k] * std::sin(t)));
        if (r >= 0 && r < h && c >= 0 && c < w) {
          cell[at(r, c)] = ".";
          kind[at(r, c)] = 1;
        }
      }
    }
  }
  /// True when the cell lies inside band k (inside ring k, outside ring k-1) with a margin.
  bool in_band(int r, int c, int k) const {
    if (dist(r, c, k) > 0.93)
      return false;
    return k == 0 || dist(r, c, k - 1) > 1.08;
  }
  bool fits(int r, int c0, std::size_t len, int k) const {
    for (int c = c0 - 1; c <= c0 + static_cast<int>(len); ++c) {
      if (c < 0 || c >= w || kind[at(r, c)] != 0 || !in_band(r, c, k))
        return false;
    }
    return true;
  }
  void put(int r, int c0, const std::vector<std::string>& g) {
    for (std::size_t i = 0; i < g.size(); ++i) {
      cell[at(r, c0 + static_cast<int>(i))] = g[i];
      kind[at(r, c0 + static_cast<int>(i))] = 2;
    }
  }
  /// Places a name in band k: rows nearest the middle first, then left to right.
  bool place(const std::vector<std::string>& g, int k) {
    std::vector<int> rows(h);
    for (int r = 0; r < h; ++r)
      rows[r] = r;
    std::stable_sort(rows.begin(), rows.end(),
                     [&](int a, int b) { return std::abs(a - cy) < std::abs(b - cy); });
    for (int r : rows) {
      for (int c = 0; c + static_cast<int>(g.size()) <= w; ++c) {
        if (fits(r, c, g.size(), k)) {
          put(r, c, g);
          return true;
        }
      }
    }
    return false;
  }
};

/// "label: a, b, c" wrapped to `width` columns, continuation lines indented.
void wrapped(std::ostream& out, const std::string& label, const std::vector<std::string>& items,
             int width) {
  std::string line = label;
  std::size_t cols = display_width(label);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string item = items[i] + (i + 1 < items.size() ? "," : "");
    const std::size_t w = display_width(item);
    if (cols > 2 && cols + 1 + w > static_cast<std::size_t>(width) && line != label) {
      out << line << '\n';
      line = "  " + item;
      cols = 2 + w;
      continue;
    }
    if (line != label) {
      line += ' ';
      ++cols;
    }
    line += item;
    cols += w;
  }
  out << line << '\n';
}

}  // namespace

namespace {

void circle_text(std::ostream& out, const CircleDrawing& d, const Style& st) {
  const auto& people = d.people;
  const int width = std::max(40, d.width);
  const int height = std::max(11, static_cast<int>(std::lround(width * 0.29)) | 1);
  Canvas cv(width, height);
  cv.draw_rings();
  const auto you = glyphs("you");
  const int mid_r = static_cast<int>(cv.cy);
  const int you_c = static_cast<int>(std::lround(cv.cx)) - 1;
  cv.put(mid_r, you_c, you);
  const auto groups = group_by_circle(people);
  std::vector<std::pair<std::string, std::vector<std::string>>> overflow;
  std::vector<std::string> shortened;  // drawn cut short: listed in full below
  for (int k = 0; k < 3; ++k) {
    for (const auto* s : groups[k].people) {
      const auto g = glyphs(s->person.name);
      if (cv.place(g, k)) {
        if (g.back() == "\u2026")
          shortened.push_back(s->person.name);
      } else {
        if (overflow.empty() || overflow.back().first != groups[k].key) {
          overflow.push_back({groups[k].key, {}});
        }
        overflow.back().second.push_back(s->person.name);
      }
    }
  }
  for (int r = 0; r < cv.h; ++r) {
    std::string line;
    for (int c = 0; c < cv.w; ++c) {
      const auto& g = cv.cell[cv.at(r, c)];
      const int kind = cv.kind[cv.at(r, c)];
      const bool is_you = r == mid_r && c >= you_c && c < you_c + 3;
      line += kind == 1 ? st.dim(g) : is_you ? st.bold(g) : g;
    }
    while (!line.empty() && line.back() == ' ')
      line.pop_back();
    out << line << '\n';
  }
  out << st.dim("rings: inner (closest), middle, outer") << '\n';
  for (const auto& [ring, names] : overflow) {
    wrapped(out, "also in the " + ring + " circle: ", names, width);
  }
  if (!shortened.empty())
    wrapped(out, "shortened above: ", shortened, width);
  if (!groups[3].people.empty()) {
    std::vector<std::string> names;
    for (const auto* s : groups[3].people)
      names.push_back(s->person.name);
    wrapped(out, "not yet placed: ", names, width);
  }
}

}  // namespace

const View<CircleDrawing>& circle_view() {
  static const View<CircleDrawing> v{circle_text, circle_json, nullptr, nullptr, nullptr};
  return v;
}

}  // namespace ipt::render
