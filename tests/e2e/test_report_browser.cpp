// End to end in a real browser: `ipt report --format html` opened by Debian's headless Chromium.
// It must render (a DOM with the chart, a screenshot that is not blank) and fetch nothing: a
// copy of the page with remote images, a stylesheet and a script added is run against a local
// listener, and the listener sees no request, while the same copy without the page's
// Content-Security-Policy does reach it (so the silence is the policy's doing).
//
// Fails where /usr/bin/chromium is missing: scripts/bootstrap installs it.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "e2e/harness.hpp"

using ipt::test::describe;
using ipt::test::Env;
using ipt::test::exists;
using ipt::test::file_bytes;
using ipt::test::has;
using ipt::test::RunResult;
using ipt::test::Sandbox;
using ipt::test::write_file;

namespace {

constexpr const char* kChromium = "/usr/bin/chromium";
const Env kNow{{"IPT_NOW", "2026-11-29 20:00"}};

void must(const Sandbox& box, const std::vector<std::string>& args, const std::string& in = {}) {
  const auto r = box.run(args, in, kNow);
  INFO(args.front() << ' ' << (args.size() > 1 ? args[1] : "") << "\n" << describe(r));
  REQUIRE(r.exit_code == 0);
}

/// A week like the ones people bring to a session, logged through the binary.
void fill(const Sandbox& box) {
  for (const auto& [name, circle] :
       std::vector<std::pair<std::string, std::string>>{{"Sam", "inner"},
                                                        {"Alex", "inner"},
                                                        {"Dad", "inner"},
                                                        {"Mum", "middle"},
                                                        {"Kim", "middle"},
                                                        {"Jo", "outer"}})
    must(box, {"people", "add", name, "--circle", circle});
  must(box, {"area", "add", "dispute", "Sam and chores", "--with", "Sam", "--afraid", "no"});
  must(box, {"area", "rate", "2", "-d", "2026-11-20"});
  must(box, {"log", "6", "ok morning", "-d", "2026-11-23 09:00"});
  // The lowest day's event text is on the page (with --notes): a hostile one must stay text.
  must(box, {"log", "3", "<script>alert(1)</script>", "--with", "Sam", "--kind", "conflict", "-d",
             "2026-11-24 19:00"});
  must(box, {"log", "4", "argued about the dishes", "--with", "Sam", "--kind", "conflict", "-d",
             "2026-11-25 20:00"});
  must(box, {"log", "7", "Alex listened for an hour", "--with", "Alex", "--kind", "support", "-d",
             "2026-11-26 18:00"});
  must(box, {"check", "phq9", "--answers", "1,2,1,1,0,1,1,0,0", "-d", "2026-11-26 21:00"});
  must(box, {"area", "rate", "3", "-d", "2026-11-27"});
  must(box,
       {"log", "5", "phoned Mum", "--with", "Mum,Kim", "--kind", "talk", "-d", "2026-11-28 12:00"});
  must(box, {"log", "8", "a good walk", "--with", "Jo", "-d", "2026-11-29 10:00"});
  must(box, {"agenda", "add", "Talk about the argument with Sam"});
}

RunResult chromium(const Sandbox& box, std::vector<std::string> args) {
  std::vector<std::string> argv{kChromium,
                                "--headless=new",
                                "--no-sandbox",  // the tests may run as root
                                "--disable-gpu",
                                "--no-first-run",
                                "--disable-extensions",
                                "--hide-scrollbars",
                                "--user-data-dir=" + box.path() + "/chromium"};
  argv.insert(argv.end(), args.begin(), args.end());
  // stderr holds D-Bus complaints without a session bus: only the exit code counts.
  return ipt::test::run_raw(argv, box.env(), "");
}

/// A PNG's width and height from its IHDR chunk, or {0, 0} when it is not a PNG.
std::pair<unsigned, unsigned> png_size(const std::string& png) {
  if (png.size() < 24 || png.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0 ||
      png.compare(12, 4, "IHDR") != 0)
    return {0, 0};
  const auto be32 = [&](std::size_t at) {
    unsigned v = 0;
    for (std::size_t i = 0; i < 4; ++i)
      v = (v << 8) | static_cast<unsigned char>(png[at + i]);
    return v;
  };
  return {be32(16), be32(20)};
}

/// A TCP listener on 127.0.0.1 that counts the connections made to it and closes each at once
/// (so a browser that does connect gets an error, not a hang).
class Listener {
 public:
  Listener() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    REQUIRE(fd_ >= 0);
    REQUIRE(::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
    REQUIRE(::listen(fd_, 16) == 0);
    REQUIRE(::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len) == 0);
    port_ = ntohs(a.sin_port);
    thread_ = std::thread([this] {
      while (!stop_) {
        pollfd p{fd_, POLLIN, 0};
        if (::poll(&p, 1, 50) > 0) {
          const int c = ::accept(fd_, nullptr, nullptr);
          if (c >= 0) {
            ++connections_;
            ::close(c);
          }
        }
      }
    });
  }
  ~Listener() {
    stop_ = true;
    thread_.join();
    ::close(fd_);
  }
  int port() const { return port_; }
  /// Connections so far, after a moment for any still in flight.
  int connections() const {
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    return connections_;
  }

 private:
  int fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::atomic<int> connections_{0};
  std::thread thread_;
};

/// The page with requests for a remote image, background, stylesheet and script added after
/// its CSP meta tag (a policy given in a meta tag covers what comes after it).
std::string with_requests(std::string html, int port) {
  const auto base = "http://127.0.0.1:" + std::to_string(port);
  html.insert(html.find("</head>"), "<style>body{background:url(" + base +
                                        "/bg.png)}</style><link rel=\"stylesheet\" href=\"" + base +
                                        "/x.css\"/>");
  html.insert(html.find("</body>"), "<img src=\"" + base + "/x.png\" alt=\"\"/><script src=\"" +
                                        base + "/x.js\"></script>");
  return html;
}

std::string without_csp(std::string html) {
  const auto from = html.find("<meta http-equiv=\"Content-Security-Policy\"");
  REQUIRE(from != std::string::npos);
  html.erase(from, html.find('>', from) + 1 - from);
  return html;
}

std::size_t count(const std::string& s, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = s.find(needle); at != std::string::npos; at = s.find(needle, at + 1))
    ++n;
  return n;
}

}  // namespace

TEST_CASE("report html in a real browser: it renders, and its CSP refuses every request",
          "[report][html][browser]") {
  // scripts/bootstrap installs chromium, so CI always has it: a missing browser is a failure,
  // not a quiet skip.
  INFO(kChromium << " is missing: scripts/bootstrap installs it (apt-get install chromium)");
  REQUIRE(exists(kChromium));
  Sandbox box;
  fill(box);
  const auto report = box.run(
      {"report", "--from", "2026-11-23", "--to", "2026-11-29", "--format", "html", "--notes"}, {},
      kNow);
  INFO(describe(report));
  REQUIRE(report.exit_code == 0);
  const auto page = box.path() + "/report.html";
  write_file(page, report.out);
  const auto started = std::chrono::steady_clock::now();

  // The DOM as Chromium built it: both pictures, and the hostile note still text.
  auto r = chromium(box, {"--dump-dom", "file://" + page});
  INFO(describe(r));
  REQUIRE(r.exit_code == 0);
  CHECK(has(r.out, "<svg class=\"chart mood\""));
  CHECK(has(r.out, "<svg class=\"chart circle\""));
  CHECK(has(r.out, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK_FALSE(has(r.out, "<script"));

  // A screenshot that is the page, not a blank one: an empty page shot the same way is about
  // 5 KB of one colour; the report's text, chart and circle make it about 20 times that.
  const auto shot = box.path() + "/report.png", blank_shot = box.path() + "/blank.png";
  const auto blank = box.path() + "/blank.html";
  write_file(blank, "<!doctype html><html></html>");
  REQUIRE(chromium(box, {"--screenshot=" + shot, "--window-size=800,1200", "file://" + page})
              .exit_code == 0);
  REQUIRE(chromium(box, {"--screenshot=" + blank_shot, "--window-size=800,1200", "file://" + blank})
              .exit_code == 0);
  REQUIRE(exists(shot));
  const auto png = file_bytes(shot), blank_png = file_bytes(blank_shot);
  CHECK(png_size(png) == std::pair<unsigned, unsigned>{800, 1200});
  CHECK(png_size(blank_png) == std::pair<unsigned, unsigned>{800, 1200});
  INFO("report " << png.size() << " bytes, blank " << blank_png.size() << " bytes");
  CHECK(png.size() > 20000);
  CHECK(png.size() > 5 * blank_png.size());

  // The CSP: with it, nothing reaches the listener and Chromium says what it blocked; without
  // it, the same page does connect, so the test would see a request if one were made.
  Listener listener;
  const auto probe = box.path() + "/probe.html", control = box.path() + "/control.html";
  write_file(probe, with_requests(report.out, listener.port()));
  write_file(control, without_csp(with_requests(report.out, listener.port())));
  r = chromium(box, {"--enable-logging=stderr", "--v=0", "--dump-dom", "file://" + probe});
  REQUIRE(r.exit_code == 0);
  CHECK(listener.connections() == 0);
  INFO(r.err);
  CHECK(count(r.err, "violates the following Content Security Policy directive") >= 4);
  CHECK(has(r.err, "127.0.0.1:" + std::to_string(listener.port()) + "/x.png"));
  r = chromium(box, {"--dump-dom", "file://" + control});
  REQUIRE(r.exit_code == 0);
  CHECK(listener.connections() > 0);

  const auto seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (seconds > 10)
    WARN("five Chromium runs took " << seconds << " s");
  CHECK(seconds < 30);  // about 7 s on a quiet machine; the margin is for a shared one
}
