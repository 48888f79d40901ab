"""The hate reader's gates written as loops answer as their plain reading does (issue 9).

:meth:`HateReader._stands`, :func:`~municipal_social_policy.detectors.hate_speech._holds_one`
and :meth:`Frames.possible` decide, from the words a comment reads, whether a self-contained
frame, a judging phrase or a frame said of a group may be read; they are loops for speed. Each
is compared here with the same rule written with ``any`` and ``all``, on sets of words that hold
(or nearly hold) the words of one of the frames and phrases, mixed with other words.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from functools import cache

from hypothesis import given
from hypothesis import strategies as st

from municipal_social_policy.detectors._hate_frames import Frames
from municipal_social_policy.detectors.hate_speech import HateReader, _holds_one


@cache
def _reader() -> HateReader:
    return HateReader.build(slurs=frozenset())


def _stands(reader: HateReader, words: Collection[str], named: bool) -> bool:
    standing = reader._standing
    return any(
        all(not need.isdisjoint(words) for need in frame.needs)
        and (frame.group is None or named or not frame.group.isdisjoint(words))
        for key in standing.keys() & set(words)
        for frame in standing[key]
    )


def _holds(
    words: Collection[str], patterns: Mapping[str, tuple[tuple[frozenset[str], ...], ...]]
) -> bool:
    return any(
        all(not need.isdisjoint(words) for need in needs)
        for key in patterns.keys() & set(words)
        for needs in patterns[key]
    )


def _possible(frames: Frames, readable: set[str]) -> bool:
    by_anchor = frames._by_anchor
    anchored = {i for word in by_anchor.keys() & readable for i in by_anchor[word]}
    return any(
        all(
            not words.isdisjoint(readable) or any(readable.issuperset(run) for run in runs)
            for words, runs in frames._runs[i]
        )
        for i in anchored
    )


@cache
def _needs() -> list[tuple[tuple[tuple[str, ...], ...], ...]]:
    """What each frame and phrase the gates read needs: for each of its slots, the words or
    runs of words one of which it needs (a self-contained frame's group as a slot)."""
    reader = _reader()

    def each(words: frozenset[str]) -> tuple[tuple[str, ...], ...]:
        return tuple((word,) for word in sorted(words))

    needs = [
        tuple(map(each, (*frame.needs, *((frame.group,) if frame.group else ()))))
        for frames in reader._standing.values()
        for frame in frames
    ]
    needs.extend(
        tuple(map(each, need)) for each_key in reader._judging.values() for need in each_key
    )
    needs.extend(
        tuple((*each(words), *runs) for words, runs in gates) for gates in reader.frames._runs
    )
    return sorted({need for need in needs if all(need)})


@cache
def _other() -> list[str]:
    """Words of the needs, to mix with a frame's."""
    return sorted({word for need in _needs()[::7] for slot in need for run in slot for word in run})


@st.composite
def _words(draw: st.DrawFn) -> set[str]:
    """A word or run of each slot of a frame or phrase, one of them perhaps dropped, and some
    other such words."""
    needs = draw(st.sampled_from(_needs()))
    chosen = [draw(st.sampled_from(slot)) for slot in needs]
    drop = draw(st.booleans())
    if chosen and drop:
        del chosen[draw(st.integers(0, len(chosen) - 1))]
    words = {word for run in chosen for word in run}
    return words | draw(st.sets(st.sampled_from(_other()), max_size=6))


@given(_words(), st.booleans())
def test_stands_as_written_plainly(words: set[str], named: bool) -> None:
    reader = _reader()
    assert reader._stands(words, named) == _stands(reader, words, named)
    assert reader._stands(frozenset(words), named) == _stands(reader, words, named)


@given(_words())
def test_judging_phrases_as_written_plainly(words: set[str]) -> None:
    judging = _reader()._judging
    assert _holds_one(words, judging) == _holds(words, judging)


@given(_words())
def test_frames_possible_as_written_plainly(words: set[str]) -> None:
    frames = _reader().frames
    assert frames.possible(words) == _possible(frames, words)
