"""Where a comment's time goes: normalisation, the views admission reads, admission, each detector.

Run from the repository root with the package importable::

    python benchmarks/admission.py            # the throughput benchmark's short corpus
    python benchmarks/admission.py --quick    # 2,000 comments
    python benchmarks/admission.py --long 50  # the first 50 comments of the long corpus
    PYTHONPATH=../main/src python benchmarks/admission.py   # another tree, for before/after

Over the short corpus of ``benchmarks/throughput.py`` (20,000 comments), this times
``Evaluator.evaluate`` as a whole, then re-runs each comment stage by stage on a fresh
normalisation: ``normalize``; the views admission reads (``token_set``, ``characters``,
``spaced_words``, ``disguised``), each timed alone; admission itself on those views (the
evaluator's ``Scan`` where it has one, else its ``TriggerIndex``); the guard; and every detector
admission lets through, called directly. Per detector it prints how often it was called and its
microseconds per call, over all comments and over the comments whose verdict is a plain allow
("unflagged"), with its share of an unflagged comment's time, how many calls signalled, and the
microseconds a comment spent on calls that signalled nothing ("us wasted": what a tighter
trigger could save). Stage timers add about a tenth of a
microsecond each; the garbage collector is paused while the stages run, as ``evaluate`` pauses
it. Not part of the test run.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import throughput

import municipal_social_policy as msp
from municipal_social_policy.detectors.triggers import spaced_words
from municipal_social_policy.text import normalize


def _admission(evaluator: Any) -> Any:
    """The function of a normalised text and its comment that gives the mask of detectors."""
    scan = getattr(evaluator, "_scan", None)
    if scan is None:  # before the scan: the trigger index
        return lambda text, comment: evaluator._index.called(text)
    excluded = getattr(evaluator, "_excluded", None)
    if excluded is None:
        return lambda text, comment: scan.admitted(scan.found(text))
    return lambda text, comment: scan.admitted(scan.found(text)) & ~excluded[comment.author.role]


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="2,000 comments")
    parser.add_argument("--seed", type=int, default=throughput.SEED)
    parser.add_argument("--data", type=Path, default=throughput.DEFAULT_DATA)
    parser.add_argument(
        "--long", type=int, default=0, metavar="N", help="the first N comments of the long corpus"
    )
    arguments = parser.parse_args()
    arguments.civic = "auto"
    corpora = throughput.build_corpora(arguments)
    texts = corpora.long[: arguments.long] if arguments.long else corpora.short
    comments = [msp.Comment(text=text) for text in texts]
    evaluator = msp.Evaluator(msp.load("kankakee"))
    admission = _admission(evaluator)
    guards = getattr(evaluator, "_guards", None)
    for comment in comments[: 10 if arguments.long else 1000]:
        evaluator.evaluate(comment)
    clock = time.perf_counter_ns
    started = clock()
    verdicts = [evaluator.evaluate(comment) for comment in comments]
    total = clock() - started
    unflagged = [not verdict.findings and not verdict.errors for verdict in verdicts]
    count, quiet = len(comments), sum(unflagged)
    names = {
        bit: f"{bit.bit_length() - 1:2d} {rule.category.code}:{getattr(detector, 'id', '?')}"
        for rule in evaluator._rules
        for bit, detector in rule.detectors
    }
    stages: dict[str, int] = defaultdict(int)
    spent: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    # The collector paused as ``evaluate`` pauses it: a collection walks the evaluator's
    # objects (tens of milliseconds) and charged it to whichever detector set it off.
    gc.disable()
    for comment, plain in zip(comments, unflagged, strict=True):
        a = clock()
        text = normalize(comment.text)
        b = clock()
        text.token_set  # noqa: B018 (computing the view is the point)
        c = clock()
        text.characters  # noqa: B018
        d = clock()
        spaced_words(text)
        e = clock()
        text.disguised  # noqa: B018
        f = clock()
        called = admission(text, comment)
        g = clock()
        stages["normalize"] += b - a
        stages["tokens and token_set"] += c - b
        stages["characters"] += d - c
        stages["spaced_words"] += e - d
        stages["disguised"] += f - e
        stages["admission (views computed)"] += g - f
        if guards is not None:
            h = clock()
            guards(text)
            stages["guard (token set)"] += clock() - h
        for rule in evaluator._rules:
            for bit, detector in rule.detectors:
                if called & bit:
                    h = clock()
                    signalled = False
                    for _ in detector(text, comment):
                        signalled = True
                    took = clock() - h
                    figures = spent[bit]
                    figures[0] += 1
                    figures[1] += took
                    if not signalled:  # a call for nothing: what a tighter trigger would save
                        figures[4] += 1
                        figures[5] += took
                    if plain:
                        figures[2] += 1
                        figures[3] += took
        text.release()  # as evaluate does: the reading refers to the text
    gc.enable()
    print(
        f"{count:,} {'long' if arguments.long else 'short'} comments, {quiet / count:.1%}"
        " unflagged;"
        f" evaluate: {total / count / 1e3:.1f} us a comment (load average"
        f" {' '.join(f'{v:.1f}' for v in os.getloadavg())})"
    )
    print("stage, us a comment (all comments):")
    for name, ns in stages.items():
        print(f"  {ns / count / 1e3:8.2f}  {name}")
    calls = sum(figures[0] for figures in spent.values())
    quiet_calls = sum(figures[2] for figures in spent.values())
    quiet_ns = sum(figures[3] for figures in spent.values())
    print(
        f"detectors: {calls / count:.1f} called a comment; on an unflagged comment"
        f" {quiet_calls / max(quiet, 1):.1f} called, {quiet_ns / max(quiet, 1) / 1e3:.1f} us"
    )
    print(
        f"  {'detector':52} {'calls':>7} {'us/call':>8} {'unflagged':>10} {'us/unflagged':>13}"
        f" {'signalled':>10} {'us wasted':>10}"
    )
    for bit in sorted(names):
        n, ns, qn, qns, empty, empty_ns = spent.get(bit, (0, 0, 0, 0, 0, 0))
        print(
            f"  {names[bit]:52} {n:7,} {ns / max(n, 1) / 1e3:8.1f} {qn:10,}"
            f" {qns / max(quiet, 1) / 1e3:13.2f} {n - empty:10,} {empty_ns / count / 1e3:10.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
