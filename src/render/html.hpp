#pragma once
// For render/*.cpp only: text made safe for the html report, and its stylesheet.
#include <string>
#include <string_view>

namespace ipt::render {

/// `s` safe as HTML text and inside a quoted attribute: & < > " ' as character references, and
/// controls and invalid UTF-8 shown as on a terminal (domain::escape_controls), so a note can
/// never open a tag, end an attribute or make the file invalid UTF-8.
std::string html_escape(std::string_view s);

/// The report's CSS: screen (down to 400 px wide) and print (A4, black on white).
std::string_view report_css();

}  // namespace ipt::render
