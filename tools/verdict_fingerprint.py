"""Fingerprint the verdicts of a bundled ordinance over the shared data, and compare two runs.

    python tools/verdict_fingerprint.py record before.jsonl [--ordinance kankakee]
    python tools/verdict_fingerprint.py compare before.jsonl after.jsonl

``record`` judges a fixed, ordered set of texts from ``../shared/data`` (each once as a bare
string and once as a dated Facebook, Twitter or Ring comment, so the follow-up actions are
covered) and writes one line per verdict: the input and ``msp.dumps(verdict)``. ``compare``
reports every JSON path whose value differs between two recordings, with a count and an
example, so a change of behaviour can be told from a change of encoding (e.g. a digest).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import municipal_social_policy as msp

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
PLATFORMS = ("facebook", "twitter", "ring", "instagram", "linkedin")
POSTED = dt.datetime(2024, 5, 10, 9, 30)


def _column(path: Path, name: str, limit: int) -> Iterator[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        for i, row in enumerate(csv.DictReader(handle)):
            if i >= limit:
                return
            value = row.get(name) or ""
            if value.strip():
                yield value


def texts() -> list[str]:
    """The fixed corpus: a slice of every shared data set that has free text."""
    found: list[str] = []
    for folder in sorted((DATA / "polis_civic").iterdir()):
        if (folder / "comments.csv").exists():
            found += _column(folder / "comments.csv", "comment-body", 300)
    found += _column(DATA / "hatecheck" / "test_suite_cases.csv", "test_case", 1500)
    peers = DATA / "peer_cases"
    found += _column(peers / "better_profanity_test_cases.csv", "input_text", 1000)
    found += _column(peers / "commonregex_test_cases.csv", "input_text", 1000)
    found += _column(peers / "libinjection_sqli_test_cases.csv", "input", 1000)
    found += _column(peers / "presidio_recognizer_test_cases.csv", "text", 1000)
    found += _column(peers / "pyap_us_test_cases.csv", "input_text", 1000)
    found += _column(DATA / "youtube_spam" / "Youtube01-Psy.csv", "CONTENT", 400)
    found += _column(DATA / "civil_comments_toxic_spans" / "visible.csv", "text", 800)
    found += _column(DATA / "congress_incivility_theocharis2020" / "visible.csv", "text", 500)
    return found


def record(path: Path, ordinance: str) -> None:
    evaluator = msp.Evaluator(msp.load(ordinance))
    with path.open("w", encoding="utf-8") as out:
        for i, text in enumerate(texts()):
            dated = msp.Comment(text=text, platform=PLATFORMS[i % len(PLATFORMS)], posted_at=POSTED)
            for label, comment in (("str", text), ("dated", dated)):
                verdict = json.loads(msp.dumps(evaluator.evaluate(comment)))
                out.write(json.dumps({"i": i, "as": label, "verdict": verdict}) + "\n")


def _paths(a: Any, b: Any, where: str) -> Iterator[tuple[str, Any, Any]]:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            yield from _paths(a.get(key, "<absent>"), b.get(key, "<absent>"), f"{where}.{key}")
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for item_a, item_b in zip(a, b, strict=True):
            yield from _paths(item_a, item_b, f"{where}[]")
    elif a != b:
        yield where, a, b


def compare(before: Path, after: Path) -> int:
    counts: Counter[str] = Counter()
    examples: dict[str, tuple[Any, Any]] = {}
    decisions: Counter[tuple[str, str]] = Counter()
    rows = 0
    with before.open(encoding="utf-8") as a, after.open(encoding="utf-8") as b:
        for line_a, line_b in zip(a, b, strict=True):
            rows += 1
            old, new = json.loads(line_a)["verdict"], json.loads(line_b)["verdict"]
            if old["decision"] != new["decision"]:
                decisions[(old["decision"], new["decision"])] += 1
            for path, value_a, value_b in _paths(old, new, "verdict"):
                counts[path] += 1
                examples.setdefault(path, (value_a, value_b))
    changed = sum(decisions.values())
    print(f"{rows} verdicts compared; decisions changed: {changed} {dict(decisions)}")
    for path, count in counts.most_common():
        value_a, value_b = examples[path]
        print(f"  {path}: {count} differ, e.g. {value_a!r:.80} -> {value_b!r:.80}")
    return 1 if decisions else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    rec = commands.add_parser("record")
    rec.add_argument("output", type=Path)
    rec.add_argument("--ordinance", default="kankakee")
    cmp = commands.add_parser("compare")
    cmp.add_argument("before", type=Path)
    cmp.add_argument("after", type=Path)
    arguments = parser.parse_args()
    if arguments.command == "record":
        record(arguments.output, arguments.ordinance)
        return 0
    return compare(arguments.before, arguments.after)


if __name__ == "__main__":
    sys.exit(main())
