"""Time families of hostile comments at 10 KB, 100 KB and 1 MB: is every family linear?

Issue 9 ("a bounded cost for every comment"): work must grow linearly with length for every
input, whatever its content and whatever a city's file adds. Each family below is a way to make a
matcher do more than linear work (spellings to combine, clusters to segment, runs to rescan);
each is built at three sizes and judged once by an :class:`Evaluator` built beforehand. The
report shows the seconds per size and the ratios 100 KB / 10 KB and 1 MB / 100 KB (about 10 when
linear; the evaluator reads at most its ``READ_LIMIT`` of 100,000 characters of a comment and
sends a longer one to review, so the second is about 1), and checks the targets: every 1 MB input
under 300 ms, every ratio under 15, 6 MB of one letter returns a verdict.

    python benchmarks/adversarial.py              # all families
    python benchmarks/adversarial.py --only flags --sizes 10000,100000

A family that takes longer than ``--limit`` seconds at a size is stopped there (SIGALRM) and
reported as over the limit; the larger sizes of that family are not tried.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import signal
import string
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import municipal_social_policy as msp

KANKAKEE = Path(__file__).resolve().parent.parent / "examples" / "kankakee" / "ordinance.toml"
SIZES = (10_000, 100_000, 1_000_000)
TARGET_SECONDS_1MB = 0.3
TARGET_RATIO = 15.0


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _distinct_masked(size: int) -> str:
    """Masked words that are all different, each with its first letter hidden ("*a*kle"): no
    answer kept for one serves another, and a hidden first letter narrows nothing."""
    rng = random.Random(3)
    found: list[str] = []
    total = 0
    while total < size:
        letters = [rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9))]
        letters[0] = letters[rng.randrange(1, len(letters))] = "*"
        found.append("".join(letters))
        total += len(found[-1]) + 1
    return " ".join(found)[:size]


#: Each family: its name and how to build a text of about ``size`` characters.
FAMILIES: dict[str, Callable[[int], str]] = {
    "disguised words": lambda n: _fill("s0nnn ", n),
    "masked words": lambda n: _fill("f*** sh*t c*nt ", n),
    "distinct masked words": _distinct_masked,
    "spaced letters": lambda n: _fill("f u c k y o u ", n),
    "stretched words": lambda n: _fill("fuuuuuuck shiiiiit ", n),
    "leetspeak": lambda n: _fill("k1ll 4ll 0f th3m n0w ", n),
    "flag emoji": lambda n: _fill("🇺🇸", n),
    "family emoji": lambda n: _fill("👨‍👩‍👧‍👦", n),
    "one character": lambda n: "a" * n,
    "combining marks": lambda n: "a" + _fill("\u0301", n - 1),
    "invisible characters": lambda n: _fill("k\u200bi\u200bl\u200bl ", n),
    "digit runs": lambda n: _fill("8155550143", n),
    "digits and separators": lambda n: _fill("815-555-0143 4111 1111 1111 1111 ", n),
    "url runs": lambda n: _fill("http://bit.ly/abc ", n),
    "shapes in adverts": lambda n: _fill(
        "i live at 412 n elm street apt 3, selling firewood $80 a cord, call 815-555-0111. ", n
    ),
    "injection strings": lambda n: _fill("' OR 1=1 -- <script>alert(1)</script> ", n),
    "quotes and brackets": lambda n: _fill('"(["', n),
    "prose": lambda n: _fill(
        "The council should fix the potholes on Main Street before winter, and I will say so"
        " at the next meeting. ",
        n,
    ),
}


class OverLimit(Exception):
    """A text took longer than the benchmark's limit."""


@contextmanager
def limit(seconds: int) -> Iterator[None]:
    """Raise :class:`OverLimit` in the block after ``seconds`` (Unix only)."""

    def stop(signum: int, frame: object) -> None:
        raise OverLimit

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def time_one(evaluator: msp.Evaluator, text: str, seconds: int) -> tuple[float | None, str]:
    """Seconds to judge ``text`` (None when over the limit), and the decision or error."""
    start = time.perf_counter()
    try:
        with limit(seconds):
            verdict = evaluator.evaluate(text)
    except OverLimit:
        return None, "over limit"
    except Exception as error:  # a benchmark reports, it does not stop
        return time.perf_counter() - start, f"raised {type(error).__name__}"
    return time.perf_counter() - start, verdict.decision.value


def city_phrase_ordinance() -> msp.Ordinance:
    """Kankakee with one ten-word phrase added to the profanity list, as a city could add it."""
    text = KANKAKEE.read_text(encoding="utf-8")
    marker = 'id = "profanity"'
    phrase = " ".join(f"s{i}nnn" for i in range(10))
    if marker not in text:
        raise SystemExit(f"{KANKAKEE} has no {marker!r} detector to add a phrase to")
    text = text.replace(marker, f'{marker}\nwords = ["{phrase}"]', 1)
    return msp.loads(text, msp.Ordinance)


def main(argv: list[str] | None = None) -> int:
    """Run the families and print the table and the targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated family names (default: all)")
    parser.add_argument("--sizes", help="comma-separated sizes in characters")
    parser.add_argument("--limit", type=int, default=60, help="seconds allowed per text")
    arguments = parser.parse_args(argv)
    sizes = tuple(int(s) for s in arguments.sizes.split(",")) if arguments.sizes else SIZES
    chosen = arguments.only.split(",") if arguments.only else list(FAMILIES)
    print(
        f"adversarial benchmark: {platform.processor() or platform.machine()},"
        f" {os.cpu_count()} cores, Python {platform.python_version()},"
        f" load {os.getloadavg()[0]:.2f}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
    )
    evaluator = msp.Evaluator(msp.load("kankakee"))
    cities = {"kankakee": evaluator, "kankakee + 10-word phrase": None}
    header = "".join(f"{size // 1000:>9} KB" for size in sizes)
    print(f"{'family':<44}{header}  100K/10K  1M/100K  decision")
    failures: list[str] = []
    for name in chosen:
        build = FAMILIES[name]
        for city in cities:
            if city != "kankakee" and name != "disguised words":
                continue  # the added phrase is about disguised spellings
            judge = cities[city] or msp.Evaluator(city_phrase_ordinance())
            label = name if city == "kankakee" else f"{name} ({city})"
            seconds: dict[int, float | None] = {}
            decision = ""
            for size in sizes:
                taken, decision = time_one(judge, build(size), arguments.limit)
                seconds[size] = taken
                if taken is None or decision.startswith("raised"):
                    break
            cells = "".join(_cell(seconds, size) for size in sizes)
            small = _ratio(seconds.get(100_000), seconds.get(10_000))
            large = _ratio(seconds.get(1_000_000), seconds.get(100_000))
            print(f"{label:<44}{cells}  {small:>8}  {large:>7}  {decision}")
            failures.extend(_judge(label, seconds, decision, arguments.limit))
    taken, decision = time_one(evaluator, "a" * 6_000_000, arguments.limit)
    print(f"6 MB of one letter: {_cell({0: taken}, 0).strip()} -> {decision}")
    if taken is None or decision.startswith("raised"):
        failures.append("6 MB of one letter did not return a verdict")
    print()
    if failures:
        print(f"targets not met ({len(failures)}):")
        for failure in failures:
            print(f"  {failure}")
    else:
        print("all targets met: every family linear, every 1 MB input under 300 ms")
    return 0


def _cell(seconds: dict[int, float | None], size: int) -> str:
    if size not in seconds:
        return f"{'-':>12}"  # not tried: a smaller size was over the limit
    taken = seconds[size]
    return f"{'> limit':>12}" if taken is None else f"{taken * 1000:>10.1f}ms"


def _ratio(large: float | None, small: float | None) -> str:
    if large is None or small is None or small <= 0:
        return "-"
    return f"{large / small:.1f}"


def _judge(label: str, seconds: dict[int, float | None], decision: str, limit: int) -> list[str]:
    failures = []
    if decision.startswith("raised"):
        failures.append(f"{label}: {decision}")
    if any(value is None for value in seconds.values()):
        failures.append(f"{label}: over the {limit} s limit")
    large = seconds.get(1_000_000)
    if large is not None and large > TARGET_SECONDS_1MB:
        failures.append(f"{label}: 1 MB took {large * 1000:.0f} ms (target 300 ms)")
    for big, small in ((100_000, 10_000), (1_000_000, 100_000)):
        over, under = seconds.get(big), seconds.get(small)
        if over is not None and under and over / under > TARGET_RATIO:
            failures.append(f"{label}: {big:,} / {small:,} characters = {over / under:.1f}")
    return failures


if __name__ == "__main__":
    raise SystemExit(main())
