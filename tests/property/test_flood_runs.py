"""The flood detector's repeated runs (``spam_flood``, issue 9): the runs found as runs of equal
pairs are the runs a plain word-by-word reading finds, on any list of words."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from municipal_social_policy.detectors import links


def _read_word_by_word(words: Sequence[str]) -> tuple[int, int] | None:
    """The longest run, read group by group from each word: where the group that starts at a
    word repeats often enough (compared group against group), it is taken and reading goes on
    past it, else from the next word; a run of numbers or single letters does not count."""
    best: tuple[int, int] | None = None
    for size in range(1, links._FLOOD_MAX_RUN + 1):
        needed = (
            links._FLOOD_LONG_REPEATS if size >= links._FLOOD_LONG_RUN else links._FLOOD_REPEATS
        )
        start = 0
        while start + size * needed <= len(words):
            group = list(words[start : start + size])
            repeats = 1
            while list(words[start + repeats * size : start + (repeats + 1) * size]) == group:
                repeats += 1
            if repeats < needed:
                start += 1
                continue
            if any(len(word) > 1 and word.isalpha() for word in group):
                end = start + repeats * size - 1
                if best is None or end - start > best[1] - best[0]:
                    best = (start, end)
            start += repeats * size
    return best


_WORDS = st.sampled_from(["go", "vote", "now", "a", "7", "12", "x"])
# Groups pasted again and again, with stray words between: the runs a flood is made of.
_PASTED = st.lists(
    st.tuples(
        st.lists(_WORDS, min_size=1, max_size=13), st.integers(1, 6), st.lists(_WORDS, max_size=2)
    ),
    max_size=6,
).map(lambda parts: [word for group, copies, stray in parts for word in group * copies + stray])


@settings(max_examples=300)
@given(st.one_of(st.lists(_WORDS, max_size=80), _PASTED))
def test_runs_of_equal_pairs_are_the_runs_read_word_by_word(words: list[str]) -> None:
    assert links._repeated_run(words) == _read_word_by_word(words)


def test_the_longest_run_is_found() -> None:
    words = ["hi", "there", *["go", "vote", "now"] * 4]
    assert links._repeated_run(words) == (2, 13)
    assert links._repeated_run(["27"] * 5) is None  # numbers repeated: no flood
