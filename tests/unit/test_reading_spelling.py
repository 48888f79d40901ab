"""Property tests for how a family reads a written word: typos and words run together.

The run-together split (:class:`~municipal_social_policy.reading.RunTogether`) is part of the
reading: "gayvermin" reads as "gay vermin" for a family that knows both words. It must find every
pair of known words written as one, never invent a part that is no word, and cost a bounded
number of steps per written word, whatever its length.
"""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from municipal_social_policy.reading import RunTogether, Spelling, read, typo_table
from municipal_social_policy.text import normalize

_WORDS = frozenset({"gay", "vermin", "muslim", "muslims", "scum", "women", "hate", "filth"})
_JOINABLE = frozenset({"i", "you", "all", "the"})
_JOINED = RunTogether(_WORDS, _JOINABLE)


@given(head=st.sampled_from(sorted(_WORDS)), tail=st.sampled_from(sorted(_WORDS)))
def test_two_known_words_run_together_are_read_as_two(head: str, tail: str) -> None:
    """Two terms written as one split into two terms that spell the written word."""
    parts = _JOINED.split(head + tail)
    assert parts is not None
    assert "".join(parts) == head + tail
    assert set(parts) <= _WORDS | _JOINABLE
    assert set(parts) <= _JOINED.parts([head + tail])


@given(word=st.sampled_from(sorted(_WORDS)), short=st.sampled_from(sorted(_JOINABLE)))
def test_a_term_run_on_with_a_short_word_is_read_as_two(word: str, short: str) -> None:
    """ "ihate", "allmuslims", "muslimsyou": a term and a joinable word, either side (a word
    of four letters or fewer is never cut)."""
    for written in (short + word, word + short):
        if len(written) <= 4:
            assert _JOINED.split(written) is None
            continue
        parts = _JOINED.split(written)
        assert parts is not None
        assert "".join(parts) == written
        assert word in parts or set(parts) <= _WORDS


@given(text=st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=40))
def test_a_split_never_invents_a_part(text: str) -> None:
    """Whatever the letters, a split is two known or joinable words that spell them."""
    parts = _JOINED.split(text)
    if parts is not None:
        assert "".join(parts) == text
        assert set(parts) <= _WORDS | _JOINABLE
        assert set(parts) & _WORDS


def test_a_split_costs_bounded_steps_whatever_the_length() -> None:
    """A million letters after a word's head are not sliced a million times."""
    started = time.perf_counter()
    for written in ("gay" + "a" * 1_000_000, "a" * 1_000_000, "i" * 1_000_000):
        assert _JOINED.split(written) is None
        assert not _JOINED.parts([written])
    assert time.perf_counter() - started < 1.0


@given(head=st.sampled_from(sorted(_WORDS)), tail=st.sampled_from(sorted(_WORDS)))
def test_a_spelling_reads_words_run_together_in_a_sentence(head: str, tail: str) -> None:
    """A family's spelling reads a run-together word as its two words, and a known word whole."""
    spelling = Spelling(_WORDS, typo_table(_WORDS, _WORDS), _JOINED)
    (sentence,) = read(normalize(f"they are {head}{tail} now")).sentences
    words = [word for token in sentence for word in spelling.words(token)]
    if head + tail in _WORDS:
        assert words == ["they", "are", head + tail, "now"]
    else:
        assert "".join(words[2:-1]) == head + tail
        assert set(words[2:-1]) <= _WORDS
    assert [w for token in sentence for w in spelling.words(token, split=False)][2] in (
        head + tail,
        *typo_table(_WORDS, _WORDS).values(),
    )
