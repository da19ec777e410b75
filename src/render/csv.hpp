#pragma once
// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace ipt::render {

std::string csv_field(std::string_view s);
void csv_row(std::ostream& out, const std::vector<std::string>& fields);
/// Several values in one cell, separated by ";". A ";" or a backslash inside a value gets a
/// backslash before it ("Mum\; Dad" is one name), so no list reads back wrong.
std::string csv_list(const std::vector<std::string>& values);

}  // namespace ipt::render
