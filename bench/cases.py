"""One timed command of bench/run, and how it is run and measured."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path


class Case:
    def __init__(self, name: str, journal: str, argv: list[str], db: Path, *,
                 master: Path | None = None, is_ipt: bool = True, kind: str = "read",
                 stdin: bytes | None = None, max_runs: int | None = None):
        self.name = name            # as shown in the table
        self.journal = journal      # "empty", "1-month", "10-year", "20-year", "50-year" or "-"
        self.argv = argv            # may contain "{uuid}" and "{now}", filled per run
        self.db = db                # IPT_DB / the file sqlite3 opens
        self.master = master        # writes: restore db from this before every run
        self.is_ipt = is_ipt
        # "read" (held to the growth targets), "grows" (a read whose work grows with the
        # journal: export, calendar, list without -n...), "write", or "floor" (no journal).
        self.kind = kind
        self.stdin = stdin          # bytes fed on stdin (else /dev/null)
        self.max_runs = max_runs    # fewer timed runs than --runs (the 50-year's big ones)
        self.ms: list[float] = []
        self.cpu_ms: list[float] = []
        self.rss_kb: list[int] = []  # from the separate GNU time runs


def die(msg: str) -> None:
    print(f"bench/run: error: {msg}", file=sys.stderr)
    sys.exit(1)


def argv_for(case: Case) -> list[str]:
    now = int(time.time())
    return [a.replace("{uuid}", str(uuid.uuid4())).replace("{now}", str(now)) for a in case.argv]


def fsync_path(p: Path) -> None:
    fd = os.open(p, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def restore(master: Path, copy: Path) -> None:
    """Puts `copy` back to the state of `master`, flushed to disk so the timed command's fsyncs
    pay only for its own writes."""
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(copy) + suffix).unlink(missing_ok=True)
    shutil.copyfile(master, copy)
    fsync_path(copy)
    fsync_path(copy.parent)


def stdin_file(case: Case, work: Path) -> Path | None:
    if case.stdin is None:
        return None
    p = work / "stdin.txt"
    p.write_bytes(case.stdin)
    return p


def spawn_timed(case: Case, env: dict[str, str], devnull: int, errfile: Path,
                work: Path) -> tuple[float, float]:
    """Runs the case once. Returns the wall time from just before spawn to reaping, process start
    included, as a user would see it, and the child's CPU time (user + system, from wait4), which
    other jobs on the machine disturb much less. (wait4's ru_maxrss is useless here:
    posix_spawn vforks, and Linux carries the spawning Python's RSS high-water mark across exec;
    see peak_rss_kb.)"""
    argv = argv_for(case)
    e = dict(env)
    e["IPT_DB"] = str(case.db)
    src = stdin_file(case, work)
    infd = os.open(src, os.O_RDONLY) if src else devnull
    try:
        with open(errfile, "wb") as err:
            fa = [(os.POSIX_SPAWN_DUP2, infd, 0), (os.POSIX_SPAWN_DUP2, devnull, 1),
                  (os.POSIX_SPAWN_DUP2, err.fileno(), 2)]
            t0 = time.perf_counter()
            pid = os.posix_spawn(argv[0], argv, e, file_actions=fa)
            _, status, ru = os.wait4(pid, 0)
            t1 = time.perf_counter()
    finally:
        if src:
            os.close(infd)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        die(f"{case.name} on the {case.journal} journal exited {code}:\n"
            f"{errfile.read_text(errors='replace')}")
    return (t1 - t0) * 1000.0, (ru.ru_utime + ru.ru_stime) * 1000.0


def peak_rss_kb(case: Case, env: dict[str, str], gnu_time: str, work: Path) -> int:
    """The command's peak RSS from GNU time's %M. GNU time is a small C program that forks and
    execs the command and reports that child's ru_maxrss, so the figure is the command's own."""
    report = work / "rss.txt"
    e = dict(env)
    e["IPT_DB"] = str(case.db)
    r = subprocess.run([gnu_time, "-f", "%M", "-o", str(report), *argv_for(case)], env=e,
                       input=case.stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if r.returncode != 0:
        die(f"{case.name} on the {case.journal} journal exited {r.returncode} under "
            f"{gnu_time}:\n{r.stderr.decode(errors='replace')}")
    return int(report.read_text().split()[-1])
