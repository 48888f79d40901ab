"""The words of an undisguised text (:func:`municipal_social_policy.words.words`), made in bulk,
are the ones a word-by-word search makes, and releasing a text's views changes no reading."""

from __future__ import annotations

import hypothesis.strategies as st
from hypothesis import example, given

from municipal_social_policy.reading import form_index, read
from municipal_social_policy.text import normalize
from municipal_social_policy.words import Word, disguised, plain_pattern, words

# Words and what stands between them: apostrophes straight and curly, letters outside ASCII
# (some words, some not: a curly quote, a dash, an emoji), digits, punctuation, line breaks.
_PIECES = st.sampled_from(
    ["park", "Main", "it's", "don’t", "o'", "'", "’", "café", "naïve", "ß", "2026", "3rd", "a",
     " ", "  ", ", ", ". ", "\n", "—", "“", "”", "🙂", "_", "-", "x_y", "ǅ", "٣", "Ⅻ"]
)  # fmt: skip


@st.composite
def texts(draw: st.DrawFn) -> str:
    """Texts of the pieces above and of any characters, joined in any order."""
    pieces = draw(st.lists(_PIECES | st.text(max_size=4), max_size=20))
    return "".join(pieces)


def _one_by_one(normalized: str) -> tuple[Word, ...]:
    """The words of an undisguised text as each match of its plain pattern gives them."""
    return tuple(
        Word((match.group(),), *match.span())
        for match in plain_pattern(normalized).finditer(normalized)
    )


@given(text=texts())
@example(text="")
@example(text="  two  words  ")
@example(text="don’t café ٣ ǅ")
def test_the_words_of_an_undisguised_text_are_its_plain_pattern_s_matches(text: str) -> None:
    """Made in bulk, the words of an undisguised text (any text, read as undisguised) are the
    plain pattern's matches, each with its one form and its span, in order."""
    normalized = normalize(text).normalized
    assert words(normalized, shows_disguise=False) == _one_by_one(normalized)
    if not disguised(normalized):
        assert words(normalized) == _one_by_one(normalized)


@given(text=texts())
def test_a_released_text_reads_as_before(text: str) -> None:
    """Releasing a text's views (as the evaluator does after its detectors) forgets its reading
    and its index; asked for again, they are built again, equal to the first."""
    normalized = normalize(text)
    first, index = read(normalized), form_index(read(normalized))
    normalized.release()
    again = read(normalized)
    assert again is not first
    assert again.sentences == first.sentences
    assert form_index(again).forms == index.forms
    assert read(normalized) is again
