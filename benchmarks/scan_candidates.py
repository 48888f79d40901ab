"""The candidates for the Evaluator's one scan, measured side by side on this project's terms.

Run from the repository root with the package and the candidates installed
(``pip install pyahocorasick google-re2``)::

    python benchmarks/scan_candidates.py            # the throughput benchmark's short corpus
    python benchmarks/scan_candidates.py --quick    # 2,000 comments

Every trigger key of every detector of Kankakee's evaluator (characters, spaced words, tokens) is
compiled by each candidate; each then turns every comment of the short corpus of
``benchmarks/throughput.py`` into the mask of detectors to call, and the masks are compared with
those of the set intersections (``TriggerIndex``, the admission before the scan). Printed per
candidate: build time, the resident memory it added, microseconds per comment for the keys found
(the comment's normalisation and the views each candidate needs included), the same for the
matching alone ("engine us": every view computed beforehand), and how many masks differ from
the set intersections' (must be 0).

- ``sets``: the set intersections of ``TriggerIndex`` over the comment's views (``characters``,
  ``str.split`` words, ``token_set``), each view computed for the comment.
- ``scan``: the evaluator's own :class:`~municipal_social_policy.scan.Scan` (set
  intersections, the guard's words included, conjunctions tested by mask).
- ``aho``: one pyahocorasick automaton over a keyed text (``keyed_text`` below): the spaced
  words joined by spaces, then the tokens joined by a separator no word contains; each key is
  padded by its kind's separator, so a hit is a whole word or token.
- ``re2``: one google-re2 ``Set`` of the same padded keys (escaped literals) over the same keyed
  text; it says which keys occur, not where.

Not part of the test run.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import throughput

import municipal_social_policy as msp
from municipal_social_policy.detectors.triggers import (
    Trigger,
    TriggerIndex,
    spaced_words,
)
from municipal_social_policy.scan import Scan
from municipal_social_policy.text import NormalizedText, normalize

#: Joins the tokens of the keyed text: white space to ``str.split``, so no spaced word holds it,
#: and no plain token holds it either.
SEPARATOR = "\x1f"


def keyed_text(text: NormalizedText) -> str:
    """What an automaton reads: spaced words joined by spaces, then tokens by ``SEPARATOR``.

    ``" he is a thief. \\x1fhe\\x1fis\\x1fa\\x1fthief\\x1f"`` for "He is a thief.". A word key
    is padded by spaces, a token key by the separator, so a hit is a whole word or token.
    """
    return text.view(_keyed_text)


def _keyed_text(text: NormalizedText) -> str:
    tokens = SEPARATOR.join(text.tokens)
    return f" {' '.join(text.normalized.split())} {SEPARATOR}{tokens}{SEPARATOR}"


# The matching alone, on a text whose views (its keyed text, its sets) are already computed.
Engine = Callable[[NormalizedText], int]


def _rss() -> int:
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * 4096


def _keys(triggers: Sequence[Trigger | None]) -> dict[str, int]:
    """Every padded key with the mask of the detectors it admits (``TriggerIndex`` terms)."""
    index = TriggerIndex.of(triggers)
    keys: dict[str, int] = {}
    for character, bits in index.characters.items():
        keys[character] = keys.get(character, 0) | bits
    for word, bits in index.words.items():
        keys[f" {word} "] = keys.get(f" {word} ", 0) | bits
    for token, bits in index.tokens.items():
        keys[f"\x1f{token}\x1f"] = keys.get(f"\x1f{token}\x1f", 0) | bits
    return keys


def _sets(triggers: Sequence[Trigger | None]) -> tuple[Callable[[str], int], Engine]:
    index = TriggerIndex.of(triggers)

    def mask(comment: str) -> int:
        return index.called(normalize(comment))

    def engine(text: NormalizedText) -> int:
        return index.called(text)

    return mask, engine


def _scan(triggers: Sequence[Trigger | None]) -> tuple[Callable[[str], int], Engine]:
    scan = Scan.of(triggers)

    def mask(comment: str) -> int:
        return scan.admitted(scan.found(normalize(comment)))

    def engine(text: NormalizedText) -> int:
        return scan.admitted(scan.found(text))

    return mask, engine


def _aho(triggers: Sequence[Trigger | None]) -> tuple[Callable[[str], int], Engine]:
    import ahocorasick  # type: ignore[import-not-found,unused-ignore]

    index = TriggerIndex.of(triggers)
    automaton = ahocorasick.Automaton()
    for key, bits in _keys(triggers).items():
        automaton.add_word(key, bits)
    automaton.make_automaton()
    untriggered = index.untriggered

    def mask(comment: str) -> int:
        text = normalize(comment)
        found = untriggered
        for _, bits in automaton.iter(keyed_text(text)):
            found |= bits
        if text.disguised:  # its forms: read as the reference reads them
            found |= index.called(text)
        return found

    def engine(text: NormalizedText) -> int:
        found = 0
        for _, bits in automaton.iter(keyed_text(text)):
            found |= bits
        return found

    return mask, engine


def _re2(triggers: Sequence[Trigger | None]) -> tuple[Callable[[str], int], Engine]:
    import re2  # type: ignore[import-untyped,import-not-found,unused-ignore]

    index = TriggerIndex.of(triggers)
    keys = _keys(triggers)
    options = re2.Options()
    options.max_mem = 1 << 30
    found_set = re2.Set.SearchSet(options)
    bits_of = []
    for key, bits in keys.items():
        found_set.Add(re2.escape(key))
        bits_of.append(bits)
    found_set.Compile()
    untriggered = index.untriggered

    def mask(comment: str) -> int:
        text = normalize(comment)
        found = untriggered
        for i in found_set.Match(keyed_text(text)) or ():
            found |= bits_of[i]
        if text.disguised:  # its forms: read as the reference reads them
            found |= index.called(text)
        return found

    def engine(text: NormalizedText) -> int:
        found = 0
        for i in found_set.Match(keyed_text(text)) or ():
            found |= bits_of[i]
        return found

    return mask, engine


CANDIDATES: dict[str, Callable[[Sequence[Trigger | None]], tuple[Callable[[str], int], Engine]]] = {
    "sets": _sets,
    "scan": _scan,
    "aho": _aho,
    "re2": _re2,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="2,000 comments")
    parser.add_argument("--seed", type=int, default=throughput.SEED)
    parser.add_argument("--data", type=Path, default=throughput.DEFAULT_DATA)
    parser.add_argument("--rounds", type=int, default=3, help="timed passes; the best is kept")
    arguments = parser.parse_args()
    arguments.civic = "auto"
    comments = throughput.build_corpora(arguments).short
    evaluator = msp.Evaluator(msp.load("kankakee"))
    # Every engine on the same keys: each trigger as one part, the union of its parts' keys (the
    # set intersections of TriggerIndex and the automata know no conjunctions).
    triggers = [
        None if t is None else Trigger.any_of(*(part for parts in t.needs for part in parts))
        for t in evaluator._triggers
    ]
    reference = [_sets(triggers)[0](comment) for comment in comments]
    texts = [normalize(comment) for comment in comments]
    for text in texts:  # every view each candidate reads, computed before the engines are timed
        text.disguised, text.characters, text.token_set, spaced_words(text), keyed_text(text)
    print(
        f"scan candidates, {time.strftime('%Y-%m-%d')}: {throughput.cpu_model()};"
        f" {len(comments):,} short comments; {len(_keys(triggers)):,} keys of"
        f" {sum(t is not None for t in triggers)} triggered detectors"
    )
    print(
        f"{'candidate':10} {'build ms':>9} {'memory MB':>10} {'us/comment':>11}"
        f" {'engine us':>10} {'masks differ':>13}"
    )
    for name, build in CANDIDATES.items():
        gc.collect()
        before = _rss()
        started = time.perf_counter()
        try:
            mask, engine = build(triggers)
        except ImportError as error:
            print(f"{name:10} not installed ({error.name})")
            continue
        built = time.perf_counter() - started
        grown = _rss() - before
        best = float("inf")
        for _ in range(arguments.rounds):
            started = time.perf_counter()
            masks = [mask(comment) for comment in comments]
            best = min(best, time.perf_counter() - started)
        differ = sum(a != b for a, b in zip(masks, reference, strict=True))
        alone = float("inf")
        for _ in range(arguments.rounds):
            started = time.perf_counter()
            for text in texts:
                engine(text)
            alone = min(alone, time.perf_counter() - started)
        print(
            f"{name:10} {built * 1e3:9.1f} {grown / 1e6:10.1f}"
            f" {best / len(comments) * 1e6:11.2f} {alone / len(comments) * 1e6:10.2f}"
            f" {differ:13d}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
