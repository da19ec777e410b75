// Tests of the e2e harness itself, using only standard system programs.
#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "e2e/harness.hpp"

using ipt::test::run_raw;
using ipt::test::Sandbox;

TEST_CASE("harness: run_raw captures stdout and stderr separately", "[harness]") {
  auto r = run_raw({"/bin/echo", "hello", "two words"}, {}, "");
  CHECK(r.exit_code == 0);
  CHECK_FALSE(r.signaled);
  CHECK(r.out == "hello two words\n");
  CHECK(r.err.empty());

  r = run_raw({"/bin/sh", "-c", "echo to-out; echo to-err >&2; exit 3"}, {}, "");
  CHECK(r.exit_code == 3);
  CHECK(r.out == "to-out\n");
  CHECK(r.err == "to-err\n");
}

TEST_CASE("harness: large stdin and large output do not deadlock", "[harness]") {
  std::string input(2 * 1024 * 1024, '\0');
  for (std::size_t i = 0; i < input.size(); ++i)
    input[i] = static_cast<char>('a' + i % 26);
  auto r = run_raw({"/bin/cat"}, {}, input);
  CHECK(r.exit_code == 0);
  CHECK(r.out.size() == input.size());
  CHECK(r.out == input);

  // Fills stderr before reading any stdin.
  r = run_raw({"/bin/sh", "-c", "head -c 3000000 /dev/zero >&2; cat"}, {"PATH=/usr/bin:/bin"},
              input);
  CHECK(r.exit_code == 0);
  CHECK(r.err.size() == 3000000);
  CHECK(r.out == input);
}

TEST_CASE("harness: a child that ignores its stdin does not hurt the caller", "[harness]") {
  auto r = run_raw({"/bin/true"}, {}, std::string(4 * 1024 * 1024, 'x'));
  CHECK(r.exit_code == 0);
}

TEST_CASE("harness: exit codes and signals", "[harness]") {
  CHECK(run_raw({"/bin/false"}, {}, "").exit_code == 1);
  CHECK(run_raw({"/bin/true"}, {}, "").exit_code == 0);

  auto child = ipt::test::spawn_raw({"/bin/sleep", "30"}, {}, "");
  CHECK(child.pid() > 0);
  child.kill(SIGKILL);
  auto r = child.wait();
  CHECK(r.signaled);
  CHECK(r.signal == SIGKILL);
  CHECK(r.exit_code == -1);

  CHECK_THROWS(run_raw({"/nonexistent/program"}, {}, ""));
}

TEST_CASE("harness: concurrent children each get their own pipes", "[harness]") {
  std::vector<ipt::test::Child> children;
  for (int i = 0; i < 8; ++i) {
    children.push_back(ipt::test::spawn_raw({"/bin/cat"}, {}, std::string(100000, 'a' + i)));
  }
  for (int i = 0; i < 8; ++i) {
    auto r = children[i].wait();
    CHECK(r.exit_code == 0);
    CHECK(r.out == std::string(100000, 'a' + i));
  }
}

TEST_CASE("harness: the environment is exactly what was given", "[harness]") {
  auto r = run_raw({"/usr/bin/env"}, {"A=1", "B=two words"}, "");
  CHECK(r.out == "A=1\nB=two words\n");

  setenv("IPT_HARNESS_SHOULD_NOT_LEAK", "1", 1);
  Sandbox box;
  auto env = box.env({{"TZ", "Europe/Paris"}, {"NO_COLOR", std::nullopt}, {"EXTRA", "x"}});
  auto got = ipt::test::lines(run_raw({"/usr/bin/env"}, env, "").out);
  unsetenv("IPT_HARNESS_SHOULD_NOT_LEAK");
  std::sort(got.begin(), got.end());
  std::sort(env.begin(), env.end());
  CHECK(got == env);
  auto has = [&](const std::string& e) {
    return std::find(got.begin(), got.end(), e) != got.end();
  };
  CHECK(has("TZ=Europe/Paris"));
  CHECK(has("EXTRA=x"));
  CHECK(has("PATH=/usr/bin:/bin"));
  CHECK(has("LANG=C.UTF-8"));
  CHECK(has("IPT_DB=" + box.path() + "/journal.db"));
  CHECK(has("HOME=" + box.path() + "/home"));
  CHECK(has("IPT_CONFIG=" + box.path() + "/config/ipt/config.toml"));
  for (const auto& e : got) {
    CHECK_FALSE(e.starts_with("NO_COLOR="));
    CHECK_FALSE(e.starts_with("TZ=UTC"));
    CHECK_FALSE(e.starts_with("IPT_HARNESS_SHOULD_NOT_LEAK="));
  }
}

TEST_CASE("harness: sandbox directory and file helpers", "[harness]") {
  std::string dir;
  {
    Sandbox box;
    dir = box.path();
    CHECK(ipt::test::exists(dir));
    CHECK(ipt::test::exists(dir + "/home"));
    CHECK(box.db() == dir + "/journal.db");
    CHECK_FALSE(ipt::test::exists(box.db()));

    ipt::test::write_file(dir + "/f", std::string("a\0b\n", 4));
    CHECK(ipt::test::file_bytes(dir + "/f") == std::string("a\0b\n", 4));
    chmod((dir + "/f").c_str(), 0640);
    CHECK(ipt::test::file_mode(dir + "/f") == 0640);
    CHECK(ipt::test::file_mode(dir + "/missing") == -1);
    CHECK_THROWS(ipt::test::file_bytes(dir + "/missing"));
  }
  CHECK_FALSE(ipt::test::exists(dir));
}

TEST_CASE("harness: lines", "[harness]") {
  using V = std::vector<std::string>;
  CHECK(ipt::test::lines("") == V{});
  CHECK(ipt::test::lines("a") == V{"a"});
  CHECK(ipt::test::lines("a\nb\n") == V{"a", "b"});
  CHECK(ipt::test::lines("a\n\nb") == V{"a", "", "b"});
  CHECK(ipt::test::lines("\n") == V{""});
}
