"""The checks' runs of words (``police_said``) found by their first word, as the plain
definition finds them by comparing every term (issue 9: a check that asked at every word of a
long sentence compared every term there, and one comment of 13,000 masked words took seconds)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from municipal_social_policy.detectors.checks import _run_begins, run_end

_WORDS = st.sampled_from(["police", "said", "told", "the", "cops", "say", "x"])
_TERMS = st.frozensets(
    st.lists(_WORDS, min_size=1, max_size=3).map("_".join), min_size=1, max_size=6
)


def _plain_run_end(words: list[str], terms: frozenset[str], at: int) -> int | None:
    """Every term compared at ``at``; the longest that fits ends the run."""
    ends = [
        at + len(term.split("_"))
        for term in terms
        if words[at : at + len(term.split("_"))] == term.split("_")
    ]
    return max(ends, default=None)


@given(st.lists(_WORDS, max_size=12), _TERMS, st.integers(min_value=0, max_value=13))
@example(["police", "said", "so"], frozenset({"police", "police_said"}), 0)
@example(["the", "police"], frozenset({"police_said"}), 1)
@example(["said"], frozenset({"said"}), 1)
def test_run_end_is_the_longest_term_beginning_there(
    words: list[str], terms: frozenset[str], at: int
) -> None:
    assert run_end(words, terms, at) == _plain_run_end(words, terms, at)


@given(
    st.lists(_WORDS, max_size=12),
    _TERMS,
    st.integers(min_value=0, max_value=13),
    st.integers(min_value=0, max_value=13),
)
@example(["x", "police", "said"], frozenset({"police_said"}), 1, 2)
@example(["x", "police", "said"], frozenset({"police_said"}), 2, 3)
def test_a_run_begins_where_the_plain_definition_finds_one(
    words: list[str], terms: frozenset[str], start: int, stop: int
) -> None:
    starts = range(start, stop)
    plain = any(_plain_run_end(words, terms, i) is not None for i in starts)
    assert _run_begins(words, terms, starts) is plain
