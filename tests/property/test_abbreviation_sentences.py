"""Properties of the sentences of a reading around abbreviations (issue 9, the thirteenth
session): the period of a common abbreviation of ``detectors/abbreviations.txt`` ends no sentence
before a word in lower case or a number ("Kankakee Police Dept. update: ...", "approx. 20"), and
still ends one before a capitalised word that opens a new sentence, or at the end of a comment."""

from __future__ import annotations

import hypothesis.strategies as st
from hypothesis import example, given

from municipal_social_policy.reading import _TITLES, ABBREVIATIONS, read
from municipal_social_policy.text import normalize

_ABBREVIATIONS = st.sampled_from(sorted(ABBREVIATIONS - _TITLES))
_LOWER = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


def _sentences(text: str) -> list[list[str]]:
    return [[token.forms[0] for token in sentence] for sentence in read(normalize(text)).sentences]


@given(abbreviation=_ABBREVIATIONS, name=_LOWER, after=st.lists(_LOWER, min_size=1, max_size=4))
@example(abbreviation="dept", name="police", after=["update"])
@example(abbreviation="twp", name="kankakee", after=["assessor"])
def test_an_abbreviation_before_a_word_in_lower_case_ends_no_sentence(
    abbreviation: str, name: str, after: list[str]
) -> None:
    """ "Kankakee Police Dept. update: the suspect ..." is one sentence, the abbreviation written
    with a capital or not, before a word or a number."""
    written = _capitalised(abbreviation)
    text = f"Kankakee {_capitalised(name)} {written}. {' '.join(after)} here"
    assert len(_sentences(text)) == 1
    assert len(_sentences(f"The {name} {abbreviation}. 20 {after[0]}")) == 1


@given(abbreviation=_ABBREVIATIONS, name=_LOWER, after=_LOWER)
@example(abbreviation="st", name="court", after="the")
def test_an_abbreviation_before_a_capital_or_at_the_end_still_ends_its_sentence(
    abbreviation: str, name: str, after: str
) -> None:
    """ "I live on Court St. The road is bad." is two sentences; so is any sentence that ends
    with an abbreviation before a capitalised word, and one at the end of a comment ends there."""
    street = f"{_capitalised(name)} {_capitalised(abbreviation)}"
    text = f"I live on {street}. {_capitalised(after)} is bad."
    sentences = _sentences(text)
    assert len(sentences) == 2
    assert sentences[0][-1] == abbreviation
    assert len(_sentences(f"Go to {_capitalised(name)} {abbreviation}.")) == 1


@given(abbreviation=_ABBREVIATIONS, after=_LOWER)
def test_without_any_capital_an_abbreviation_tells_no_sentence_apart(
    abbreviation: str, after: str
) -> None:
    """In a comment written without capitals, a word in lower case tells nothing: "i called the
    dept. they said no" stays two sentences, as before."""
    assert len(_sentences(f"i called the {abbreviation}. {after} said no")) == 2


@given(
    dotted=st.sampled_from(["a.m.", "p.m.", "e.g.", "i.e.", "u.s.", "d.c.", "u.k."]), after=_LOWER
)
@example(dotted="p.m.", after="tonight")
def test_letters_joined_by_periods_are_one_abbreviation(dotted: str, after: str) -> None:
    """ "at 6 p.m. tonight", "e.g. room 2", "the U.S. government": one sentence."""
    assert len(_sentences(f"Meet at 6 {dotted} {after} at City Hall")) == 1
    assert len(_sentences(f"The {dotted.upper()} {after} is here")) == 1
