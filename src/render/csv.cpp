#include "render/csv.hpp"

namespace ipt::render {

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos)
    return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"')
      out += '"';
    out += c;
  }
  return out + "\"";
}

void csv_row(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i)
      out << ',';
    out << csv_field(fields[i]);
  }
  out << "\r\n";
}

std::string csv_list(const std::vector<std::string>& values) {
  std::string out;
  bool first = true;
  for (const auto& v : values) {
    if (!first)
      out += ';';
    first = false;
    for (char c : v) {
      if (c == ';' || c == '\\')
        out += '\\';
      out += c;
    }
  }
  return out;
}

}  // namespace ipt::render
