#!/usr/bin/env python3
"""Writes SQL that fills an ipt journal with years of realistic, deterministic entries.

Usage: bench/gen_journal.py [--profile 10-year] [--days N] [--checkins-per-day N]
                            [--events-per-day N] [--end YYYY-MM-DD] [--seed 20261126]
                            | sqlite3 JOURNAL

Profiles: 1-month (30 days), 10-year (3,650 days: the default, the same rows as ever), 50-year
(18,250 days at 5 check-ins and 5 events a day, about 180,000 entries). --days and the per-day
counts override the profile's.

The journal must already exist with ipt's schema and hold no entries or people: bench/run makes
it with the real binary (`ipt log 5 x`, then `ipt rm 1 --yes`), so the schema, application_id
and WAL mode are ipt's own. The SQL is one transaction. It runs no ANALYZE and no
PRAGMA optimize, because users' journals have neither.

What a day holds (all days, none skipped):
  * 2 check-ins, morning (07:00-09:59) and evening (20:00-22:59). Mood 0-10 follows a
    mean-reverting random walk around 6 with a yearly swing and a few low spells; anxiety and
    energy on ~60% of check-ins; sleep on ~70% of morning check-ins; a note of 20-200
    characters on ~55%; 0-2 tags on ~35%.
  * 0-4 relationship events (mean ~1.5) at daytime moments, each with 1-3 of the 60 people
    (closer circles more often), a kind, an impact -3..+3 on ~85%, 0-3 feelings, 0-2 tags on
    ~30%, and text of 20-200 characters. ~25% are recorded with the evening check-in
    (`ipt log --event`): same moment, checkin_id set.
  * PHQ-9 and GAD-7 every 14 days (counted back from the last day), their answers following
    the mood, and every 7 days a week's reflection: 3 prompts of the prompt library asked (none
    asked again within 4 weeks), 2 or 3 of them answered. These come from a second random
    stream, so the check-ins and events are the same with or without them (--no-extras).
With --checkins-per-day N other than 2, the N check-ins are spread over 07:00-22:59; with
--events-per-day M, each day has M-2..M+2 events (mean M) instead of the 0-4 (mean ~1.5).
Entry ids increase with time, starting at --first-id (2: id 1 was ipt's bootstrap entry).
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import sys
import time
import tomllib
import uuid
from pathlib import Path

KINDS = ["conflict", "support", "closeness", "loss", "change", "avoidance", "talk", "other"]
KIND_WEIGHTS = [10, 18, 16, 3, 6, 7, 32, 8]
KIND_IMPACT = {"conflict": -1.6, "support": 1.4, "closeness": 1.8, "loss": -2.2, "change": 0.0,
               "avoidance": -0.8, "talk": 0.5, "other": 0.0}
FEELINGS = ["calm", "happy", "grateful", "relieved", "hopeful", "proud", "close", "loved",
            "content", "anxious", "sad", "angry", "frustrated", "hurt", "lonely", "guilty",
            "ashamed", "jealous", "tired", "overwhelmed", "confused", "numb", "excited",
            "nervous", "disappointed"]
TAGS = ["work", "family", "home", "health", "sleep", "exercise", "therapy", "weekend", "holiday",
        "money", "friends", "partner", "kids", "school", "commute", "late-shift", "rain",
        "birthday", "dinner", "phone-call", "meds", "walk", "music", "reading", "travel",
        "hospital", "moving", "deadline", "church", "garden"]
FIRST = ["Alex", "Sam", "Jordan", "Maria", "Chen", "Priya", "Tom", "Anna", "Lucas", "Fatima",
         "Noah", "Emma", "Omar", "Sofia", "Liam", "Aisha", "Ben", "Clara", "David", "Elena",
         "Felix", "Grace", "Hugo", "Ines", "Jonas", "Kira", "Leo", "Mia", "Nina", "Oscar"]
ROLES_INNER = ["partner", "mother", "father", "sister", "brother", "best friend"]
ROLES_OTHER = ["friend", "colleague", "manager", "neighbour", "cousin", "aunt", "uncle",
               "therapist", "doctor", "teammate", "flatmate", "old friend", "in-law", ""]
WORDS = ("felt talked about the day again after work dinner call message walk argued laughed "
         "quiet tired slept badly well better worse plans weekend money kids home office "
         "meeting deadline late early morning evening worried relieved happy sad angry calm "
         "noticed said listened helped asked waited missed visited remembered forgot decided "
         "needed wanted tried managed finally still again maybe really little long short hard "
         "easy good bad old new first last together alone with my our their and but so then "
         "because while when before it was not very too just").split()


def q(s: str | None) -> str:
    """An SQL literal (NULL or a quoted string)."""
    if s is None:
        return "NULL"
    return "'" + s.replace("'", "''") + "'"


def n(v) -> str:
    return "NULL" if v is None else str(v)


def sentence(rng: random.Random, lo: int = 20, hi: int = 200) -> str:
    target = rng.randint(lo, hi)
    words = []
    length = -1
    while length < target:
        w = rng.choice(WORDS)
        words.append(w)
        length += len(w) + 1
    s = " ".join(words)[:target].rstrip()
    if len(s) < lo:
        s = (s + " and that was that")[:lo]
    return s[0].upper() + s[1:] + "."


def local_instant(day: dt.date, hour: int, minute: int, second: int) -> tuple[int, int]:
    """(unix time, UTC offset in seconds) of a local wall-clock time, as ipt stores them."""
    at = int(time.mktime((day.year, day.month, day.day, hour, minute, second, 0, 0, -1)))
    return at, time.localtime(at).tm_gmtoff


def uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


PROFILES = {  # name: (days, check-ins a day, events a day; None = the 10-year mix)
    "1-month": (30, 2, None),
    "10-year": (3650, 2, None),
    "50-year": (18250, 5, 5),
}
PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"


def library_prompts() -> list[tuple[str, str]]:
    """(id, text) of the library's prompts without placeholders, for generated reflections."""
    out = []
    for f in sorted(PROMPTS_DIR.glob("*.toml")):
        for p in tomllib.loads(f.read_text()).get("prompt", []):
            if "{" not in p["text"]:
                out.append((p["id"], p["text"]))
    return out


def measure_answers(xrng: random.Random, scale: str, base: float) -> str:
    """Item answers 0-3 that rise as the mood falls (base ~6 gives a mild score). PHQ-9's item 9
    (thoughts of self-harm) stays 0: a safety signal would put every command on its gentle path,
    which is not what a benchmark of the usual paths wants."""
    items = 9 if scale == "phq9" else 7
    level = max(0.0, min(3.0, (7.5 - base) / 2.5))
    out = "".join(str(max(0, min(3, round(level + xrng.gauss(0, 0.8))))) for _ in range(items))
    return out[:8] + "0" if scale == "phq9" else out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--profile", choices=sorted(PROFILES), default="10-year")
    ap.add_argument("--days", type=int, help="days, ending --end (default: the profile's)")
    ap.add_argument("--checkins-per-day", type=int, help="default: the profile's (2 or 5)")
    ap.add_argument("--events-per-day", type=int, help="mean events a day (default: the "
                    "profile's; the 10-year mix is 0-4, mean ~1.5)")
    ap.add_argument("--no-extras", action="store_true",
                    help="no questionnaires and no reflections")
    ap.add_argument("--end", help="last day, YYYY-MM-DD (default: yesterday, local time)")
    ap.add_argument("--seed", type=int, default=20261126)
    ap.add_argument("--people", type=int, default=60)
    ap.add_argument("--first-id", type=int, default=2)
    a = ap.parse_args()
    p_days, p_checkins, p_events = PROFILES[a.profile]
    days = a.days if a.days is not None else p_days
    per_day = a.checkins_per_day if a.checkins_per_day is not None else p_checkins
    events_per_day = a.events_per_day if a.events_per_day is not None else p_events
    if days < 1 or per_day < 1 or (events_per_day is not None and events_per_day < 0):
        ap.error("--days and --checkins-per-day must be at least 1, --events-per-day 0")
    # 2 check-ins keep the two slots of old, so the 10-year journal's rows stay as they were.
    if per_day == 2:
        slots = [(7, 9), (20, 22)]
    else:
        slots = [(7 + i * 16 // per_day, 7 + (i + 1) * 16 // per_day - 1) for i in range(per_day)]
        slots = [(h0, max(h0, h1)) for h0, h1 in slots]

    rng = random.Random(a.seed)
    # Questionnaires and reflections draw from their own stream, so adding them left the
    # check-ins and events (the first stream) exactly as they were.
    xrng = random.Random(a.seed + 1)
    prompts = library_prompts()
    recent_prompts: list[list[str]] = []  # the prompts asked in each of the last 4 weeks
    end = dt.date.fromisoformat(a.end) if a.end else dt.date.today() - dt.timedelta(days=1)
    start = end - dt.timedelta(days=days - 1)
    out = sys.stdout
    w = out.write
    w("PRAGMA foreign_keys = ON;\nBEGIN IMMEDIATE;\n")

    # People: 6 inner, 18 middle, the rest outer; the inner circle is seen most.
    first_at, _ = local_instant(start, 7, 0, 0)
    people = []  # (id, weight)
    used = set()
    for i in range(a.people):
        pid = i + 1
        circle = "inner" if i < 6 else "middle" if i < 24 else "outer"
        while True:
            name = FIRST[i % len(FIRST)]
            if name in used:
                name = f"{name} {chr(ord('A') + rng.randrange(26))}."
            if name not in used:
                break
        used.add(name)
        role = ROLES_INNER[i] if i < 6 else rng.choice(ROLES_OTHER)
        note = sentence(rng, 20, 120) if rng.random() < 0.3 else ""
        w("INSERT INTO people(id, uuid, name, name_key, circle, role, note, created) VALUES "
          f"({pid}, {q(uid(rng))}, {q(name)}, {q(name.lower())}, "
          f"{q(circle if rng.random() < 0.9 else None)}, {q(role)}, {q(note)}, {first_at});\n")
        weight = {"inner": 12.0, "middle": 3.0, "outer": 0.6}[circle] * rng.uniform(0.5, 1.5)
        people.append((pid, weight))
    pids = [p for p, _ in people]
    pweights = [wt for _, wt in people]

    next_id = a.first_id
    base = 6.0
    low_spell = 0
    counts = {"checkin": 0, "event": 0, "measure": 0, "reflection": 0, "entry_people": 0,
              "entry_tags": 0, "entry_feelings": 0, "prompts_asked": 0}
    asked_rows = []
    entry_rows, link_rows = [], []

    def tags(p: float) -> list[str]:
        if rng.random() >= p:
            return []
        return rng.sample(TAGS, rng.choice([1, 1, 2]))

    for d in range(days):
        day = start + dt.timedelta(days=d)
        ds = day.isoformat()
        # Mood drift: mean reversion to 6, a yearly swing, occasional low spells of 2-6 weeks.
        if low_spell == 0 and rng.random() < 0.004:
            low_spell = rng.randint(14, 42)
        target = 6.0 + 0.8 * math.sin(2 * math.pi * d / 365.25) - (2.5 if low_spell else 0.0)
        low_spell = max(0, low_spell - 1)
        base += 0.15 * (target - base) + rng.gauss(0, 0.35)

        items = []  # (at, order, kind-of-row, payload)
        for slot, (h0, h1) in enumerate(slots):
            at, off = local_instant(day, rng.randint(h0, h1), rng.randrange(60), rng.randrange(60))
            mood = max(0, min(10, round(base + rng.gauss(0, 1.0) + (0.3 if slot else 0))))
            c = {
                "type": "checkin", "at": at, "off": off, "mood": mood,
                "anxiety": max(0, min(10, round(8.5 - base + rng.gauss(0, 1.2))))
                if rng.random() < 0.6 else None,
                "energy": max(0, min(10, round(base - 0.5 + rng.gauss(0, 1.3))))
                if rng.random() < 0.6 else None,
                "sleep": (rng.randint(8, 20) / 2) if slot == 0 and rng.random() < 0.7 else None,
                "text": sentence(rng) if rng.random() < 0.55 else "",
                "tags": tags(0.35), "people": [], "feelings": [], "link": None,
            }
            items.append((at, 0, c))
        evening = items[-1][2]
        if events_per_day is None:
            n_events = rng.choices([0, 1, 2, 3, 4], weights=[16, 38, 30, 12, 4])[0]
        else:
            n_events = rng.randint(max(0, events_per_day - 2), events_per_day + 2)
        for _ in range(n_events):
            kind = rng.choices(KINDS, weights=KIND_WEIGHTS)[0]
            linked = rng.random() < 0.25
            if linked:
                at, off = evening["at"], evening["off"]
            else:
                at, off = local_instant(day, rng.randint(8, 21), rng.randrange(60),
                                        rng.randrange(60))
            k = rng.choice([1, 1, 1, 2, 2, 3])
            who = []
            while len(who) < k:
                p = rng.choices(pids, weights=pweights)[0]
                if p not in who:
                    who.append(p)
            impact = None
            if rng.random() < 0.85:
                impact = max(-3, min(3, round(KIND_IMPACT[kind] + rng.gauss(0, 1.0))))
            e = {
                "type": "event", "at": at, "off": off, "kind": kind, "impact": impact,
                "text": sentence(rng), "tags": tags(0.3), "people": who,
                "feelings": rng.sample(FEELINGS, rng.choice([0, 1, 1, 2, 2, 3])),
                "link": evening if linked else None,
            }
            items.append((at, 1, e))
        back = (end - day).days
        if not a.no_extras and back % 14 == 0:
            at, off = local_instant(day, 21, xrng.randrange(30), xrng.randrange(60))
            for i, scale in enumerate(("phq9", "gad7")):
                items.append((at + 60 * i, 2, {
                    "type": "measure", "at": at + 60 * i, "off": off, "scale": scale,
                    "answers": measure_answers(xrng, scale, base),
                    "difficulty": xrng.randint(0, 2) if scale == "phq9" else None,
                    "people": [], "tags": [], "feelings": []}))
        if not a.no_extras and back % 7 == 0 and d >= 6:
            # The week that ends today (7 days), asked and answered this evening.
            week = (day - dt.timedelta(days=6)).isoformat()
            at, off = local_instant(day, 22, 30 + xrng.randrange(20), xrng.randrange(60))
            taken = {p for w in recent_prompts for p in w}
            asked = xrng.sample([p for p in prompts if p[0] not in taken], 3)
            recent_prompts = (recent_prompts + [[p[0] for p in asked]])[-4:]
            answered = xrng.randint(2, 3)
            for pos, (pid, ptext) in enumerate(asked):
                asked_rows.append(f"INSERT INTO prompts_asked(week, prompt_id, pos, text, asked) "
                                  f"VALUES ({q(week)}, {q(pid)}, {pos}, {q(ptext)}, {at});")
                counts["prompts_asked"] += 1
                if pos < answered:
                    items.append((at + pos, 3, {
                        "type": "reflection", "at": at + pos, "off": off, "week": week,
                        "prompt_id": pid, "prompt_text": ptext,
                        "text": sentence(xrng, 40, 400), "people": [], "tags": [],
                        "feelings": []}))
        items.sort(key=lambda t: (t[0], t[1]))
        for _, _, e in items:
            e["id"] = next_id
            next_id += 1
        for _, _, e in items:
            if e["type"] == "measure":
                vals = (f"{e['id']}, {q(uid(xrng))}, 'measure', {e['at']}, {e['off']}, {q(ds)}, "
                        f"{q(e['scale'])}, {q(e['answers'])}, {n(e['difficulty'])}, {e['at']}, "
                        f"{e['at']}")
                entry_rows.append("INSERT INTO entries(id, uuid, type, at, utc_offset, day, "
                                  "scale, answers, difficulty, created, updated) VALUES "
                                  f"({vals});")
                counts["measure"] += 1
                continue
            if e["type"] == "reflection":
                vals = (f"{e['id']}, {q(uid(xrng))}, 'reflection', {e['at']}, {e['off']}, "
                        f"{q(ds)}, {q(e['text'])}, {q(e['prompt_id'])}, {q(e['prompt_text'])}, "
                        f"{q(e['week'])}, {e['at']}, {e['at']}")
                entry_rows.append("INSERT INTO entries(id, uuid, type, at, utc_offset, day, "
                                  "text, prompt_id, prompt_text, week, created, updated) VALUES "
                                  f"({vals});")
                counts["reflection"] += 1
                continue
            created = e["at"] + rng.randint(0, 600)
            if e["type"] == "checkin":
                vals = (f"{e['id']}, {q(uid(rng))}, 'checkin', {e['at']}, {e['off']}, {q(ds)}, "
                        f"{e['mood']}, {n(e['anxiety'])}, {n(e['energy'])}, {n(e['sleep'])}, "
                        f"{q(e['text'])}, NULL, NULL, NULL, {created}, {created}")
            else:
                link = e["link"]["id"] if e["link"] else None
                vals = (f"{e['id']}, {q(uid(rng))}, 'event', {e['at']}, {e['off']}, {q(ds)}, "
                        f"NULL, NULL, NULL, NULL, {q(e['text'])}, {q(e['kind'])}, "
                        f"{n(e['impact'])}, {n(link)}, {created}, {created}")
            entry_rows.append("INSERT INTO entries(id, uuid, type, at, utc_offset, day, mood, "
                              "anxiety, energy, sleep, text, kind, impact, checkin_id, created, "
                              f"updated) VALUES ({vals});")
            counts[e["type"]] += 1
            # Since schema 4 a link carries its entry's day, kind and impact (for `ipt people`).
            kind = q(e["kind"]) if e["type"] == "event" else "NULL"
            impact = n(e["impact"]) if e["type"] == "event" else "NULL"
            for pos, p in enumerate(e["people"]):
                link_rows.append("INSERT INTO entry_people(entry_id, person_id, pos, day, kind, "
                                 f"impact) VALUES ({e['id']}, {p}, {pos}, {q(ds)}, {kind}, "
                                 f"{impact});")
                counts["entry_people"] += 1
            for t in e["tags"]:
                link_rows.append(f"INSERT INTO entry_tags VALUES ({e['id']}, {q(t)});")
                counts["entry_tags"] += 1
            for f in e["feelings"]:
                link_rows.append(f"INSERT INTO entry_feelings VALUES ({e['id']}, {q(f)});")
                counts["entry_feelings"] += 1
        # Flush a day at a time: entries first (the link tables reference them).
        for row in entry_rows + link_rows + asked_rows:
            w(row + "\n")
        entry_rows.clear()
        link_rows.clear()
        asked_rows.clear()

    w("COMMIT;\n")
    print(f"gen_journal: {start}..{end}: {counts['checkin']} check-ins, {counts['event']} events, "
          f"{counts['measure']} measures, {counts['reflection']} reflections, {a.people} people, "
          f"{counts['entry_people']} entry_people, {counts['entry_tags']} entry_tags, "
          f"{counts['entry_feelings']} entry_feelings, {counts['prompts_asked']} prompts_asked",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
