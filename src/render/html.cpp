// The html report's building blocks: escaping, and its one stylesheet (inline in the page, as
// the page may load nothing).
#include "render/html.hpp"

#include "domain/text.hpp"

namespace ipt::render {

std::string html_escape(std::string_view s) {
  const auto clean = domain::escape_controls(s);
  std::string out;
  out.reserve(clean.size());
  for (char c : clean) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {

// Calm colours (no alarm red), Okabe-Ito for the markers; print is black on white.
constexpr std::string_view kCss = R"(
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1c1f23;background:#f4f5f7}
main,footer{max-width:46rem;margin:0 auto;padding:1rem}
header.top,section{background:#fff;border:1px solid #d6dae0;border-radius:6px;padding:.8rem 1rem;margin:0 0 1rem}
h1{font-size:1.45rem;line-height:1.25;margin:0 0 .5rem}
h2{font-size:1.15rem;margin:0 0 .5rem}
h3{font-size:1rem;margin:.9rem 0 .3rem}
p,ul,table,dl{margin:.3rem 0 .6rem}
ul{padding-left:1.3rem}
.kicker{margin:0;color:#4a5058;font-size:.9rem;letter-spacing:.03em}
.muted{color:#4a5058}
.text{white-space:pre-wrap}
blockquote{margin:.3rem 0 .6rem;padding:.2rem .8rem;border-left:3px solid #c4cad2}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem}
dl.facts dt{color:#4a5058}
dl.facts dd{margin:0}
#safety{background:#eef4f9;border-color:#b9cfe0;border-left:5px solid #0072B2}
table{border-collapse:collapse;min-width:60%}
td.day{white-space:nowrap}
th,td{text-align:left;padding:.2rem .6rem .2rem 0;border-bottom:1px solid #e2e5e9;vertical-align:top}
th{font-weight:600}
.num{text-align:right}
.wide{overflow-x:auto}
.legend span{white-space:nowrap;margin-right:.9rem}
.mk-line{color:#0072B2}.mk-conflict{color:#D55E00}.mk-support{color:#009E73}.mk-other{color:#555}
.dots{letter-spacing:.1em;color:#0072B2;white-space:nowrap}
tr.before td{color:#4a5058}
svg{display:block;width:100%;height:auto;font-family:inherit}
svg.mood{max-width:40rem}
svg.circle{max-width:26rem;margin:.5rem auto}
footer{font-size:.85rem;color:#4a5058;padding-top:0}
@media (max-width:30rem){
body{font-size:15px}
main,footer{padding:.5rem}
header.top,section{padding:.6rem .7rem}
svg.mood text{font-size:19px}
dl.facts{display:block}
dl.facts dd{margin:0 0 .3rem}
}
@page{size:A4;margin:16mm}
@media print{
body{background:#fff;color:#000;font-size:11pt}
main,footer{max-width:none;padding:0}
header.top,section{border:0;border-top:1px solid #000;border-radius:0;background:none;padding:.5rem 0;margin:0 0 .6rem;page-break-inside:avoid;break-inside:avoid}
#safety{border-left:0;background:none}
h2,h3{page-break-after:avoid;break-after:avoid}
svg.mood{max-width:34rem}
svg.circle{max-width:17rem}
.muted,.kicker,dl.facts dt,footer,tr.before td{color:#000}
}
)";

}  // namespace

std::string_view report_css() {
  return kCss;
}

}  // namespace ipt::render
