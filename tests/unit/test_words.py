"""The words view: disguises undone, plain words left alone, spans kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy.words import MASK, words


def forms_of(text: str) -> list[tuple[str, ...]]:
    return [word.forms for word in msp.normalize(text).words]


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("sh1t", "shit"),
        ("@ss", "ass"),
        ("a$$", "ass"),
        ("$hit", "shit"),
        ("sh!t", "shit"),
        ("f.u.c.k", "fuck"),
        ("f u c k", "fuck"),
        ("f-u-c-k", "fuck"),
        ("s_h_i_t", "shit"),
        ("fuuuuck", "fuck"),
        ("shiiiit", "shit"),
        ("fück", "fuck"),
    ],
)
def test_disguises_are_undone(written: str, meant: str) -> None:
    """Leetspeak, separators, stretching and diacritics each yield the meant spelling."""
    (word,) = msp.normalize(written).words
    assert meant in word.forms


@pytest.mark.parametrize("masked", ["f***", "c*nt", "f**k"])
def test_masks_are_kept_for_the_lexicon(masked: str) -> None:
    """A masked word keeps its mask character, for the lexicon to fit against terms."""
    (word,) = msp.normalize(masked).words
    assert MASK in word.text
    assert word.text[0] == masked[0]


@pytest.mark.parametrize(
    "text",
    [
        "I have 3 kids in 1st grade",
        "Great job everyone!",
        "Call 815-555-0143 at 5pm",
        "*really* good news",
        "The +1 votes were counted",
        "covid19 rates b4 the vote",
    ],
)
def test_plain_words_stay_plain(text: str) -> None:
    """Numbers, punctuation and emphasis are not read as disguises of letters."""
    for forms in forms_of(text):
        assert MASK not in forms[0]
        assert not any(form in {"ist", "greati", "ie"} for form in forms)


def test_emphasis_is_not_a_mask() -> None:
    """'*really*' is the word 'really' with emphasis, not a masked word."""
    assert forms_of("*really*") == [("really",)]


def test_a_stretched_word_keeps_a_double_letter_form() -> None:
    """'asssss' can mean 'ass': collapsing to two letters is tried as well as to one."""
    (word,) = msp.normalize("asssss").words
    assert "ass" in word.forms
    assert "as" in word.forms


@given(text=st.text(st.characters(codec=None), max_size=200))
def test_word_spans_lie_in_the_normalised_text(text: str) -> None:
    """Every word's span lies within the normalised text, in order, without overlap."""
    normalized = msp.normalize(text)
    end = 0
    for word in normalized.words:
        assert end <= word.start < word.end <= len(normalized.normalized)
        end = word.end


@given(text=st.text(alphabet="abcdefghij .-*@$!0123456789", max_size=80))
def test_every_word_has_its_written_form_first(text: str) -> None:
    """The first form of a word is always its text as written, so evidence quotes the writer."""
    for word in words(text):
        written = text[word.start : word.end]
        assert word.forms[0] == written or word.forms[0] == written[::2]
