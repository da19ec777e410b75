"""bench/run's targets, and the one table that shows every case with the targets on its row."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass

# Issue 14 (load and one table), as ratios in one run.
READ_GROWTH_MAX = 1.5         # every read command, 10-year / empty (not those whose work grows)
LOG_VS_SQLITE_MAX = 1.25      # ipt log / sqlite3 shell insert (same durability), 10-year
STARTUP_OVER_TRUE_MAX_MS = 1.5  # ipt --version median - /bin/true median
BIG_LOG_GROWTH_MAX = 1.1      # ipt log, 50-year / empty
BIG_REPORT_GROWTH_MAX = 1.3   # report --week, 50-year / 1-month
BIG_READ_GROWTH_MAX = 1.5     # prompts and list -n 20, 50-year / 1-month
BIG_EXPORT_RSS_GROWTH = 1.2   # export's peak RSS, 50-year / 10-year
# Earlier issues' targets that stay.
LOG_GROWTH_MAX = 1.3          # ipt log, 10-year / empty
LIST20_MAX_MS = 10.0          # ipt list -n 20 (10-year), median
PROMPTS_MAX_MS = 10.0         # ipt prompts (10-year), median
PEAK_RSS_MAX_MB = 20.0        # every ipt command on the empty, 1-month and 10-year journals
REPORT_WEEK_VS_LIST = 3.0     # ipt report --week / ipt list -n 20 (10-year)
REPORT_MONTH_VS_LIST = 5.0
REPORT_COURSE_VS_LIST = 8.0
CALENDAR_VS_LIST = 6.0
REPORT_GROWTH_MAX = 1.3       # ipt report --week, 10-year / 1-month
EXPORT_VS_SQLITE = 2.0        # ipt export / sqlite3 -json of the same rows (10-year)
IMPORT_VS_EXPORT = 10.0       # ipt import of the 10-year export / ipt export
EXCHANGE_RSS_MAX_MB = 40.0    # export and import, peak RSS (10-year)
EXPORT_RSS_GROWTH = 1.1       # export's peak RSS, 20-year / 10-year: it streams
# Not held to the 20 MB rule: they hold a whole journal's worth (import) or have their own.
RSS_EXEMPT = ("ipt export", "ipt export --format jsonl", "ipt import EXPORT", "ipt --version")


@dataclass
class Target:
    row: tuple[str, str] | None  # (command, journal) it is shown on, else a row of its own
    label: str                   # what is compared, as the target column says
    measured: str
    goal: str
    ok: bool | None              # None: shown for information, no goal


def p90(xs: list[float]) -> float:
    s = sorted(xs)
    return s[max(0, math.ceil(0.9 * len(s)) - 1)]


def report(cases, have_rss: bool, big: bool) -> tuple[list[str], list[Target]]:
    by = {(c.name, c.journal): c for c in cases}

    def med(name: str, journal: str) -> float:
        return statistics.median(by[(name, journal)].ms)

    def rss(name: str, journal: str) -> float:
        c = by[(name, journal)]
        return max(c.rss_kb) / 1024 if c.rss_kb else float("nan")

    targets: list[Target] = []

    def ratio(row, label, got, goal):
        targets.append(Target(row, label, f"{got:.2f}x",
                              f"<= {goal}x" if goal else "-", got <= goal if goal else None))

    startup = med("ipt --version", "-") - med("/bin/true", "-")
    targets.append(Target(("ipt --version", "-"), "- /bin/true", f"{startup:.2f} ms",
                          f"<= {STARTUP_OVER_TRUE_MAX_MS} ms",
                          startup <= STARTUP_OVER_TRUE_MAX_MS))
    log = "ipt log 6 NOTE"
    ratio((log, "10-year"), "/ empty", med(log, "10-year") / med(log, "empty"), LOG_GROWTH_MAX)
    for j in ("empty", "10-year") + (("50-year",) if big else ()):
        ratio((log, j), "/ sqlite3 INSERT", med(log, j) / med("sqlite3 INSERT", j),
              LOG_VS_SQLITE_MAX if j == "10-year" else None)
        ratio(("ipt event --with", j), "/ sqlite3 INSERT",
              med("ipt event --with", j) / med("sqlite3 INSERT", j), None)
        ratio(("ipt export", j), "/ sqlite3 -json", med("ipt export", j) / med("sqlite3 -json", j),
              EXPORT_VS_SQLITE if j == "10-year" else None)
        ratio(("ipt list --format json", j), "/ sqlite3 -json",
              med("ipt list --format json", j) / med("sqlite3 -json", j), None)
    for c in cases:
        if c.journal == "10-year" and c.kind == "read":
            ratio((c.name, "10-year"), "/ empty", med(c.name, "10-year") / med(c.name, "empty"),
                  READ_GROWTH_MAX)
            # The same recent weeks without the years before them: what history alone costs.
            if c.name != "ipt report --week":
                ratio((c.name, "10-year"), "/ 1-month",
                      med(c.name, "10-year") / med(c.name, "1-month"), None)
    l20 = med("ipt list -n 20", "10-year")
    targets += [
        Target(("ipt list -n 20", "10-year"), "median", f"{l20:.2f} ms", f"< {LIST20_MAX_MS:.0f} ms",
               l20 < LIST20_MAX_MS),
        Target(("ipt prompts", "10-year"), "median", f"{med('ipt prompts', '10-year'):.2f} ms",
               f"< {PROMPTS_MAX_MS:.0f} ms", med("ipt prompts", "10-year") < PROMPTS_MAX_MS),
    ]
    rw = "ipt report --week"
    ratio((rw, "10-year"), "/ 1-month", med(rw, "10-year") / med(rw, "1-month"), REPORT_GROWTH_MAX)
    for name, goal in ((rw, REPORT_WEEK_VS_LIST), ("ipt report --month", REPORT_MONTH_VS_LIST),
                       ("ipt report --course", REPORT_COURSE_VS_LIST),
                       ("ipt calendar", CALENDAR_VS_LIST)):
        ratio((name, "10-year"), "/ list -n 20", med(name, "10-year") / l20, goal)
    ex = med("ipt export", "10-year")
    ratio(("ipt import EXPORT", "10-year"), "/ export", med("ipt import EXPORT", "10-year") / ex,
          IMPORT_VS_EXPORT)
    if big:
        ratio((log, "50-year"), "/ empty", med(log, "50-year") / med(log, "empty"),
              BIG_LOG_GROWTH_MAX)
        ratio((rw, "50-year"), "/ 1-month", med(rw, "50-year") / med(rw, "1-month"),
              BIG_REPORT_GROWTH_MAX)
        for c in cases:
            if c.journal == "50-year" and c.kind == "read" and c.name != rw:
                goal = BIG_READ_GROWTH_MAX if c.name in ("ipt prompts", "ipt list -n 20") else None
                ratio((c.name, "50-year"), "/ 1-month",
                      med(c.name, "50-year") / med(c.name, "1-month"), goal)
    if have_rss:
        ex_mb = rss("ipt export", "10-year")
        ratio(("ipt export", "20-year"), "RSS / 10-year's", rss("ipt export", "20-year") / ex_mb,
              EXPORT_RSS_GROWTH)
        if big:
            ratio(("ipt export", "50-year"), "RSS / 10-year's",
                  rss("ipt export", "50-year") / ex_mb, BIG_EXPORT_RSS_GROWTH)
        peak = max(max(c.rss_kb) for c in cases if c.is_ipt and c.name not in RSS_EXEMPT
                   and c.journal in ("empty", "1-month", "10-year", "-")) / 1024
        exch = max(rss("ipt export", "10-year"), rss("ipt export --format jsonl", "10-year"),
                   rss("ipt import EXPORT", "10-year"))
        targets += [
            Target(None, "peak RSS, every ipt command (empty..10-year)", f"{peak:.1f} MB",
                   f"< {PEAK_RSS_MAX_MB:.0f} MB", peak < PEAK_RSS_MAX_MB),
            Target(None, "peak RSS, export and import (10-year)", f"{exch:.1f} MB",
                   f"< {EXCHANGE_RSS_MAX_MB:.0f} MB", exch < EXCHANGE_RSS_MAX_MB),
        ]
    else:  # NaN would compare false; say why instead
        targets.append(Target(None, "peak RSS (no GNU time)", "-", "-", False))
    return table(cases, targets), targets


def name(t: Target) -> str:
    """A target as the last line names it: its row's command and journal, then what."""
    return f"{t.row[0]} ({t.row[1]}) {t.label}" if t.row else t.label


def verdict(t: Target) -> str:
    return f"{t.measured} " + ("" if t.ok is None else "PASS" if t.ok else "FAIL")


def table(cases, targets: list[Target]) -> list[str]:
    order = {"-": 0, "empty": 1, "1-month": 2, "10-year": 3, "20-year": 4, "50-year": 5}
    names = list(dict.fromkeys(c.name for c in cases))
    rows = sorted(cases, key=lambda c: (names.index(c.name), order.get(c.journal, 9)))
    on_row: dict[tuple[str, str], list[Target]] = {}
    for t in targets:
        if t.row:
            on_row.setdefault(t.row, []).append(t)
    hdr = (f"{'command':<27} {'journal':<8} {'median ms':>10} {'p90 ms':>8} {'CPU ms':>8} "
           f"{'peak RSS MB':>11}  {'target':<30} result")
    lines = [hdr, "-" * (len(hdr) + 12)]
    for c in rows:
        peak = f"{max(c.rss_kb) / 1024:.1f}" if c.rss_kb else "nan"
        ts = on_row.get((c.name, c.journal), [])
        first = f"{ts[0].label + ' ' + ts[0].goal:<30} {verdict(ts[0])}" if ts else ""
        runs = f" ({len(c.ms)} runs)" if c.max_runs else ""
        lines.append(f"{c.name:<27} {c.journal:<8} {statistics.median(c.ms):>10.2f} "
                     f"{p90(c.ms):>8.2f} {statistics.median(c.cpu_ms):>8.2f} {peak:>11}  "
                     f"{first}{runs}".rstrip())
        for t in ts[1:]:
            lines.append(f"{'':<27} {'':<8} {'':>10} {'':>8} {'':>8} {'':>11}  "
                         f"{t.label + ' ' + t.goal:<30} {verdict(t)}".rstrip())
    rest = [t for t in targets if not t.row]
    if rest:
        lines.append("")
        for t in rest:
            lines.append(f"{t.label:<67}  {t.goal:<30} {verdict(t)}")
    return lines
