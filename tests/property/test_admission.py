"""Admission by the compiled scan changes no verdict.

The Evaluator calls only the detectors its scan admits and gives a comment that no detector is
admitted for a verdict built once. Here that fast path is compared with the reference that calls
every detector and reads the guard from the token set, on every bundled city's ordinance; and
the scan's masks with the set intersections of ``TriggerIndex`` and with each trigger's own
``holds``, conjunctions included.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy import evaluation, testing
from municipal_social_policy import strategies as mst
from municipal_social_policy.detectors import _shared, phrases
from municipal_social_policy.detectors.triggers import (
    Trigger,
    TriggerIndex,
    computed_test,
    read_tokens,
)
from municipal_social_policy.scan import Scan, _frozen, _union

CITIES = ("kankakee", "marseilles", "montgomery-county-oh")


@cache
def evaluators() -> tuple[msp.Evaluator, ...]:
    """One evaluator per bundled city."""
    return tuple(msp.Evaluator(msp.load(city)) for city in CITIES)


COMMENTS = (
    testing.trigger_soundness_comments()
    | mst.comments()
    | mst.comments(texts=st.text(max_size=300))
    | mst.benign_comments()
)


@given(comment=COMMENTS, city=st.integers(0, len(CITIES) - 1))
def test_the_fast_path_gives_the_verdict_of_every_detector(comment: msp.Comment, city: int) -> None:
    """Skipping the detectors the scan does not admit, and the prebuilt allow verdict, give
    exactly the verdict of calling every detector: findings, actions, guards and errors."""
    evaluator = evaluators()[city]
    assert evaluator.evaluate(comment) == evaluator._verdict(comment, every_detector=True)


@settings(max_examples=25, deadline=None)
@given(ordinance=mst.ordinances(), comments=st.lists(COMMENTS, min_size=1, max_size=8))
def test_the_fast_path_on_any_ordinance(
    ordinance: msp.Ordinance, comments: list[msp.Comment]
) -> None:
    """Any valid ordinance, most of whose detectors have triggers: the comments no detector is
    admitted for get the prebuilt verdict, equal to the verdict of every detector."""
    evaluator = msp.Evaluator(ordinance)
    for comment in comments:
        assert evaluator.evaluate(comment) == evaluator._verdict(comment, every_detector=True)


@cache
def cold_and_warm() -> tuple[msp.Evaluator, msp.Evaluator]:
    """Kankakee built with the build's memos empty (its phrase files parsed anew), and again
    with the memos the first left."""
    phrases.read_phrases.cache_clear()
    phrases.forget_build_memos()
    original = phrases.forget_build_memos
    evaluation.forget_build_memos = lambda: None  # type: ignore[attr-defined]  # memos left
    try:
        cold = msp.Evaluator(msp.load("kankakee"))
    finally:
        evaluation.forget_build_memos = original  # type: ignore[attr-defined]
    assert phrases._TERM_RUNS
    return cold, msp.Evaluator(msp.load("kankakee"))


def test_an_evaluator_forgets_the_memos_of_its_build() -> None:
    msp.Evaluator(msp.load("kankakee"))
    assert not phrases._ANCHORS
    assert not _shared._POOL
    assert phrases._built_runs.cache_info().currsize == 0


def test_a_build_from_empty_memos_compiles_the_same_scan() -> None:
    cold, warm = cold_and_warm()
    assert cold._scan == warm._scan
    assert cold._triggers == warm._triggers


@given(comment=COMMENTS)
def test_a_build_from_empty_memos_gives_the_same_verdicts(comment: msp.Comment) -> None:
    cold, warm = cold_and_warm()
    assert cold.evaluate(comment) == warm.evaluate(comment)


@cache
def scans_and_indexes() -> tuple[tuple[Scan, TriggerIndex], ...]:
    """Per city, the scan and the index of its detectors' triggers, each compiled once (both
    are immutable; compiling a city's takes a good part of a second)."""
    return tuple(
        (Scan.of(evaluator._triggers), TriggerIndex.of(evaluator._triggers))
        for evaluator in evaluators()
    )


@given(comment=testing.trigger_soundness_comments())
def test_the_scan_admits_what_the_index_calls(comment: msp.Comment) -> None:
    """The scan's mask of each city's detectors is the set intersections' mask."""
    text = msp.normalize(comment.text)
    for scan, index in scans_and_indexes():
        assert scan.admitted(scan.found(text)) == index.called(text)


WORDS = ("fee", "kill", "you", "city", "mayor", "now")
KEYS = st.frozensets(st.sampled_from(WORDS), min_size=1, max_size=3)
PARTS = st.one_of(
    KEYS.map(lambda keys: Trigger(tokens=keys)),
    KEYS.map(lambda keys: Trigger(words=frozenset(f"{key}!" for key in keys))),
    st.frozensets(st.sampled_from("@$0"), min_size=1).map(lambda keys: Trigger(characters=keys)),
    # Conditions the scan computes: substrings, a length, digits and a word's repeats.
    st.frozensets(st.sampled_from(("ll y", "ee", "$5", "! n")), min_size=1).map(
        lambda keys: Trigger(substrings=keys)
    ),
    st.integers(1, 30).map(lambda n: Trigger(length=n)),
    st.integers(1, 3).map(lambda n: Trigger(digits=n)),
    st.integers(1, 3).map(lambda n: Trigger(repeats=n)),
)
TRIGGERS = st.recursive(
    PARTS,
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=3).map(lambda ts: Trigger.all_of(*ts)),
        st.lists(inner, min_size=1, max_size=3).map(lambda ts: Trigger.any_of(*ts)),
    ),
    max_leaves=6,
)
TEXTS = st.lists(
    st.sampled_from(
        (*WORDS, *(f"{word}!" for word in WORDS), "k1ll", "@", "$5", "the", ".", "2024", "07")
    ),
    max_size=8,
).map(" ".join)


@given(
    triggers=st.lists(st.none() | TRIGGERS, min_size=1, max_size=5),
    text=TEXTS,
)
def test_the_scan_admits_exactly_where_each_trigger_holds(
    triggers: list[Trigger | None], text: str
) -> None:
    """Conjunctions and alternatives, compiled into part bits, admit a detector exactly where
    its trigger's ``holds`` says, and so does the reference index."""
    normalized = msp.normalize(text)
    scan = Scan.of(triggers)
    admitted = scan.admitted(scan.found(normalized))
    called = TriggerIndex.of(triggers).called(normalized)
    for i, trigger in enumerate(triggers):
        holds = trigger is None or trigger.holds(normalized)
        assert bool(admitted >> i & 1) is holds
        assert bool(called >> i & 1) is holds


@given(triggers=st.lists(st.none() | TRIGGERS, min_size=1, max_size=5))
def test_every_masked_holds_the_positions_of_every_group(triggers: list[Trigger | None]) -> None:
    """What a text of too many masked words holds is every key's parts, read from the groups by
    first character alone: the same as from every group."""
    scan = Scan.of(triggers)
    every = 0
    for group in scan.masked.values():
        for _key, held in group:
            for position in (held,) if isinstance(held, int) else held:
                every |= 1 << position
    assert scan._every_masked == every


@given(
    parts=st.lists(PARTS, min_size=1, max_size=5),
    detectors=st.lists(
        st.lists(st.lists(st.integers(0, 4), min_size=1, max_size=4), min_size=1, max_size=3),
        min_size=1,
        max_size=6,
    ),
    text=TEXTS,
)
def test_parts_shared_in_any_place_admit_where_each_trigger_holds(
    parts: list[Trigger], detectors: list[list[list[int]]], text: str
) -> None:
    """The same parts in several alternatives and detectors, first in one and after another
    part (or twice) in the next: however the scan numbers them (the parts that follow a first
    part lowest) and holds an alternative (its rest), it admits a detector exactly where its
    trigger holds, testing by first part or detector by detector."""
    triggers = [
        Trigger.any_of(
            *(Trigger.all_of(*(parts[i % len(parts)] for i in alternative)) for alternative in alts)
        )
        for alts in detectors
    ]
    normalized = msp.normalize(text)
    scan = Scan.of(triggers)
    found = scan.found(normalized)
    expected = sum(1 << i for i, trigger in enumerate(triggers) if trigger.holds(normalized))
    start = scan.untriggered | (found & scan.single)
    assert scan.admitted(found) == expected
    assert scan._by_detectors(found, start) == expected
    assert scan._by_first_parts(found, found & scan._firsts, start) == expected


@given(parts=st.lists(TRIGGERS, min_size=1, max_size=3), text=TEXTS)
def test_all_of_holds_where_every_part_holds(parts: list[Trigger], text: str) -> None:
    """``all_of`` is a conjunction and ``any_of`` a disjunction of ``holds``."""
    normalized = msp.normalize(text)
    expected = [part.holds(normalized) for part in parts]
    assert Trigger.all_of(*parts).holds(normalized) is all(expected)
    assert Trigger.any_of(*parts).holds(normalized) is any(expected)


WRAPPERS = st.sampled_from(("https://t.co/", "http://t.co/", "https://lnkd.in/", "lnkd.in/"))
CODES = st.text(
    st.sampled_from("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
    min_size=4,
    max_size=12,
)


@given(
    comment=mst.benign_comments(context=False),
    links=st.lists(st.tuples(WRAPPERS, CODES).map("".join), min_size=1, max_size=3),
)
def test_platform_link_wrappers_are_not_evidence(comment: msp.Comment, links: list[str]) -> None:
    """Every link on X is a t.co link and LinkedIn wraps its own in lnkd.in: appended to a
    harmless comment they add no finding, whatever the scan admits."""
    text = f"{comment.text} {' '.join(links)}"
    evaluator = evaluators()[0]
    verdict = evaluator.evaluate(text)
    assert verdict == evaluator._verdict(msp.Comment(text=text), every_detector=True)
    assert not [
        evidence
        for finding in verdict.findings
        for evidence in finding.evidence
        if any(link in evidence.text or evidence.text in link for link in links)
    ]


MASKED = st.lists(
    st.sampled_from(("f***", "sh*t", "kill", "you", "the", "mayor", "fee", "@", "$5", "2024")),
    max_size=12,
).map(" ".join)


@given(text=testing.trigger_soundness_comments().map(lambda c: c.text) | MASKED)
def test_the_scan_tests_conjunctions_alike_by_detector_and_by_first_part(text: str) -> None:
    """The two ways :meth:`Scan.admitted` tests conjunctions (by the first parts found, for a
    text with a few, and detector by detector, for a text with many) admit the same detectors,
    those of the reference index."""
    normalized = msp.normalize(text)
    for scan, index in scans_and_indexes():
        found = scan.found(normalized)
        start = scan.untriggered | (found & scan.single)
        firsts = found & scan._firsts
        assert scan._by_detectors(found, start) == index.called(normalized)
        assert scan._by_first_parts(found, firsts, start) == index.called(normalized)


RUN_WORDS = ("gay", "hate", "women", "ab", "vermin")
COMPUTED = st.builds(
    Trigger,
    tokens=st.just(frozenset({"zz"})),
    length=st.integers(0, 40),
    substrings=st.frozensets(
        st.sampled_from(("http", "www.", "ab", "a", ".c", ".co", ".com", "--", "'", "1 2")),
        max_size=6,
    ),
    digits=st.integers(0, 4),
    repeats=st.integers(0, 4),
    runs_into=st.frozensets(st.sampled_from(RUN_WORDS), max_size=3),
    run_length=st.integers(1, 10),
    run_rest=st.integers(1, 4),
    run_rests=st.none() | st.frozensets(st.sampled_from((*RUN_WORDS, "folk", "ab")), max_size=3),
    opening=st.frozensets(st.sampled_from("'\"`(a"), max_size=2),
)
COMPUTED_TEXTS = st.lists(
    st.sampled_from(
        (
            *RUN_WORDS,
            "gayvermin",
            "folkgayab",
            "verminfolk",
            "hatewomen",
            "abab",
            "verminab",
            "womenfolkhate",
            "http://x.com",
            "www.x.co",
            "12",
            "2024",
            "'quoted",
            "(aside",
            "don't",
            "the",
            "--",
            "b*tch",
        )
    ),
    max_size=10,
).map(" ".join) | st.text(max_size=40)


def _computed_holds(part: Trigger, text: msp.NormalizedText) -> bool:
    """Each computed condition of ``part`` read the plain way, as :class:`Trigger` says."""
    normalized = text.normalized
    words = normalized.split()
    tokens = read_tokens(text)
    low, high, rests = part.run_rest, part.run_length, part.run_rests

    def runs(token: str) -> bool:
        return len(token) >= high and any(
            (token[:i] in part.runs_into and (rests is None or token[i:] in rests))
            or (
                token[len(token) - i :] in part.runs_into
                and (rests is None or token[: len(token) - i] in rests)
            )
            for i in range(low, len(token) - low + 1)
        )

    return bool(
        (part.length and len(normalized) >= part.length)
        or any(substring in normalized for substring in part.substrings)
        or (part.digits and sum(c in "0123456789" for c in normalized) >= part.digits)
        or (part.opening and words and not part.opening.isdisjoint(words[0]))
        or (part.repeats and max(Counter(text.tokens).values(), default=0) >= part.repeats)
        or (part.runs_into and (tokens is None or any(map(runs, tokens))))
    )


@settings(max_examples=400)
@given(part=COMPUTED, text=COMPUTED_TEXTS)
def test_a_computed_test_holds_where_one_of_its_conditions_does(part: Trigger, text: str) -> None:
    """The function made for a part's computed conditions (one ``in`` for one substring, a
    loop for a few, a search for many that open alike; the answers of words run together kept
    between texts) holds exactly where one of them does, read the plain way; asked again, it
    answers the same."""
    normalized = msp.normalize(text)
    expected = _computed_holds(part, normalized)
    assert computed_test(part)(normalized) is expected
    assert part.holds_computed(msp.normalize(text)) is expected


@given(
    keys=st.dictionaries(
        st.text("abc", min_size=1, max_size=3),
        st.integers(0, 300) | st.lists(st.integers(0, 300), min_size=1, max_size=5),
    ),
    chosen=st.lists(st.text("abc", min_size=1, max_size=3), max_size=6),
)
def test_the_frozen_positions_of_keys_make_the_mask_of_their_bits(
    keys: dict[str, int | list[int]], chosen: list[str]
) -> None:
    """The scan keeps each key's positions (a position or a sorted tuple), not its mask: the
    mask made of the positions of any keys found is the OR of their bits."""
    expected = 0
    for key in chosen:
        held = keys.get(key)
        for position in [held] if isinstance(held, int) else held or []:
            expected |= 1 << position
    copy = {key: held if isinstance(held, int) else list(held) for key, held in keys.items()}
    frozen = _frozen((copy, {}, {}))[0]
    assert all(
        isinstance(held, int) or held == tuple(sorted(set(held))) for held in frozen.values()
    )
    assert _union([frozen[key] for key in chosen if key in frozen]) == expected
