"""The journals bench/run times ipt on, each made by the binary under test plus generated rows.

Every journal gets what the commands need to do real work: a 16-week course started 15 weeks
ago (so its phases run initial, middle, termination), a dispute with Alex in focus since the
course began, with the entries since then attached to it and a rating a week, and (but for the
blank and empty journals) the generator's check-ins, events, people, questionnaires and
reflections.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
import uuid
from pathlib import Path

BENCH = Path(__file__).resolve().parent
COURSE_DAYS_AGO = 105  # 15 weeks: today is the first day of the course's 16th week
PERSON = "Alex"        # the generator's first person (inner circle); the area's person


def run_checked(argv: list[str], env: dict[str, str], db: Path | None = None,
                stdin: bytes | None = None) -> subprocess.CompletedProcess:
    e = dict(env)
    if db is not None:
        e["IPT_DB"] = str(db)
    r = subprocess.run(argv, env=e, input=stdin, capture_output=True)
    if r.returncode != 0:
        print(f"bench/run: error: {' '.join(argv)} (IPT_DB={db}) exited {r.returncode}:\n"
              f"{r.stderr.decode(errors='replace')}", file=sys.stderr)
        sys.exit(1)
    return r


def sql_value(db: Path, env: dict[str, str], sql: str) -> str:
    return run_checked(["sqlite3", str(db), sql], env).stdout.decode().strip()


def make_blank(ipt: Path, env: dict[str, str], db: Path) -> None:
    """A journal with nothing in it, made by ipt itself: its schema, application_id and WAL."""
    run_checked([str(ipt), "log", "5", "x"], env, db)
    run_checked([str(ipt), "rm", "1", "--yes"], env, db)


def generate(env: dict[str, str], db: Path, gen_args: list[str]) -> tuple[float, str]:
    """Loads gen_journal.py's rows into db. Returns the seconds it took and the generator's
    summary line."""
    t0 = time.perf_counter()
    gen = subprocess.run([sys.executable, str(BENCH / "gen_journal.py"), *gen_args],
                         capture_output=True, check=True)
    run_checked(["sqlite3", "-bail", str(db)], env, stdin=gen.stdout)
    return time.perf_counter() - t0, gen.stderr.decode().strip()


def add_course_and_area(ipt: Path, env: dict[str, str], db: Path) -> None:
    """The course and the focus area, through ipt; then, by SQL, the area dated back to the
    course's start with the entries since then attached to it (as ipt attaches new entries to
    the focus area) and a rating at the end of every course week."""
    start = dt.date.today() - dt.timedelta(days=COURSE_DAYS_AGO)
    run_checked([str(ipt), "course", "start", "--weeks", "16", "-d", start.isoformat()], env, db)
    run_checked([str(ipt), "area", "add", "dispute", "Expectations at home", "--with", PERSON,
                 "--stage", "renegotiation", "--afraid", "no"], env, db)
    run_checked([str(ipt), "area", "stage", "1", "impasse"], env, db)
    at = int(time.mktime(start.timetuple())) + 9 * 3600
    sql = [f"UPDATE areas SET created_day = '{start}', created = {at} WHERE id = 1;",
           f"UPDATE focus_history SET day = '{start}', at = {at} WHERE area_id = 1;",
           f"UPDATE area_stages SET day = '{start}', at = {at} WHERE area_id = 1 AND "
           "stage = 'renegotiation';",
           f"UPDATE area_stages SET day = '{start + dt.timedelta(days=56)}', "
           f"at = {at + 56 * 86400} WHERE area_id = 1 AND stage = 'impasse';",
           f"UPDATE entries SET area_id = 1 WHERE day >= '{start}' "
           "AND type IN ('checkin', 'event');"]
    for week in range(COURSE_DAYS_AGO // 7):
        day = start + dt.timedelta(days=7 * week + 6)
        rating = min(5, 1 + week // 4)
        sql.append("INSERT INTO area_ratings(uuid, area_id, day, rating, at) VALUES "
                   f"('{uuid.uuid4()}', 1, '{day}', {rating}, {at + (7 * week + 6) * 86400});")
    run_checked(["sqlite3", "-bail", str(db)], env,
                stdin=("BEGIN;\n" + "\n".join(sql) + "\nCOMMIT;\n").encode())


def make_journal(ipt: Path, env: dict[str, str], db: Path,
                 gen_args: list[str] | None) -> tuple[float, str]:
    """A journal for the bench: generated rows when gen_args is given (else one check-in, so
    `ipt show` has an entry), then the course and the area. Returns (seconds, summary)."""
    make_blank(ipt, env, db)
    t0 = time.perf_counter()
    note = "no history: one check-in"
    if gen_args is not None:
        _, note = generate(env, db, gen_args)
    else:
        run_checked([str(ipt), "log", "6", "the only check-in"], env, db)
    add_course_and_area(ipt, env, db)
    if sql_value(db, env, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'sqlite_stat%'") \
            != "0":
        print("bench/run: error: a generated journal has sqlite_stat tables; it must not be "
              "ANALYZEd", file=sys.stderr)
        sys.exit(1)
    return time.perf_counter() - t0, note


def describe(db: Path, env: dict[str, str]) -> dict:
    """Row counts and the span of a journal, for the report."""
    counts = {t: int(sql_value(db, env, f"SELECT count(*) FROM {t}"))
              for t in ("entries", "people", "entry_people", "entry_tags", "entry_feelings",
                        "prompts_asked", "area_ratings")}
    counts["by_type"] = sql_value(db, env, "SELECT group_concat(type || '=' || n, ' ') FROM "
                                  "(SELECT type, count(*) n FROM entries GROUP BY type)")
    counts["span"] = sql_value(db, env, "SELECT min(day) || '..' || max(day) FROM entries")
    counts["mb"] = round(db.stat().st_size / 1e6, 1)
    return counts


def middle_entry(db: Path, env: dict[str, str]) -> str:
    """The id `ipt show` shows: an event in the middle of the journal, else the one entry."""
    return sql_value(db, env, "SELECT id FROM entries ORDER BY type <> 'event', "
                     "abs(id - (SELECT (min(id) + max(id)) / 2 FROM entries)) LIMIT 1")
