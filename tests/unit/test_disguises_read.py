"""Disguises read by every family: "1" for "l" as well as "i", a word spaced out with the "a"
before it, and a masked word read as the one word of the family it can stand for."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kankakee_verdicts import clauses
from municipal_social_policy.reading import Spelling
from municipal_social_policy.words import words


def test_a_one_reads_as_an_l_and_as_an_i() -> None:
    assert "bullet" in words("a bu11et")[1].forms
    assert "kill" in words("k1ll")[0].forms
    assert "idiot" in words("1d10t")[0].forms


def test_a_word_spaced_out_with_the_a_before_it_reads_without_it() -> None:
    (word,) = words("a b u l l e t")
    assert word.forms[:2] == ("abullet", "bullet")
    (word,) = words("a s s h o l e")  # a word that starts with "a" keeps its own form first
    assert word.forms[0] == "asshole"
    assert "bullet" not in words("a.b.u.l.l.e.t")[0].forms  # only a run spaced by blanks


@pytest.mark.parametrize(
    ("masked", "word"),
    [("k*ll", "kill"), ("id**t", "idiot"), ("sh**t", "shoot")],
)
def test_a_masked_form_reads_as_the_one_known_word_it_fits(masked: str, word: str) -> None:
    spelling = Spelling(frozenset({"kill", "idiot", "shoot", "shut", "shot"}))
    assert spelling.unmasked(masked) == word


@pytest.mark.parametrize("masked", ["f***", "*ill", "sh*t", "k*", "z*z"])
def test_a_masked_form_that_fits_no_word_or_several_or_hides_an_end_is_not_guessed(
    masked: str,
) -> None:
    """ "sh*t" fits "shut" and "shot": no guess; "f***" and "*ill" hide their ends."""
    spelling = Spelling(frozenset({"kill", "fuck", "fork", "shut", "shot", "zoo"}))
    assert spelling.unmasked(masked) is None


@given(st.sampled_from(["kill", "idiot", "shoot", "bullet"]), st.data())
def test_a_masked_form_of_a_known_word_is_read_as_it(word: str, data: st.DataObject) -> None:
    hidden = data.draw(st.sets(st.integers(1, len(word) - 2), min_size=1))
    masked = "".join("*" if i in hidden else c for i, c in enumerate(word))
    spelling = Spelling(frozenset({"kill", "idiot", "shoot", "bullet", "city", "council"}))
    assert spelling.unmasked(masked) == word


@pytest.mark.parametrize(
    ("plain", "disguised"),
    [
        ("I will kill you", "I will k*ll you"),
        ("I'll put a bullet in your head", "I'll put a b u l l e t in your head"),
        ("I'll put a bullet in your head", "I'll put a bu11et in your head"),
        ("you are an idiot", "you are an id**t"),
        ("you are a fucking idiot", "you are a fuk1ng idi0t"),
        ("go fuck yourself", "go f*ck yourself"),
    ],
)
def test_a_disguised_threat_or_insult_cites_what_the_plain_one_cites(
    plain: str, disguised: str
) -> None:
    assert "V.2.2" in clauses(plain)
    assert clauses(disguised) == clauses(plain)
