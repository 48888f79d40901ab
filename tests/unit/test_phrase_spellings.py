"""Unit tests for the words a phrase file names, read as the reading spells them
(:func:`.detectors.phrases.as_read`, issue 9): naming a contraction, a texting spelling or a
possessive in one group of a file never changes how another group of the file reads the same
written word (the "word-set trap"), and a gap reads each word of a term spelled as several."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from municipal_social_policy.detectors.phrases import as_read, parse_phrases
from municipal_social_policy.reading import read
from municipal_social_policy.text import normalize


def matches(source: str, group: str, text: str) -> list[str]:
    """The words of each match of ``group`` of the phrase file ``source`` in ``text``."""
    found = []
    parsed = parse_phrases(source, "test.phrases").groups[group]
    for _tokens, words, ranges in parsed.sentences(read(normalize(text))):
        found += [" ".join(words[first : last + 1]) for first, last in ranges]
    return found


@pytest.mark.parametrize(
    ("term", "read_as"),
    [
        ("don't", "do_not"),
        ("dont", "do_not"),
        ("gonna", "going_to"),
        ("u", "you"),
        ("mayor's", "mayor"),
        ("can't_stand", "can_not_stand"),
        ("show_up", "show_up"),
        ("o'brien", "o'brien"),
    ],
)
def test_a_term_is_spelled_as_the_reading_spells_its_words(term: str, read_as: str) -> None:
    """Contractions and texting spellings become the run of their words, an ending that spells
    out nothing is dropped, and any other term is left as written."""
    assert as_read(term) == read_as


_TWO_GROUPS = """
[negated]
not ~2 like

[other]
don't|dont ~1 care
"""


@pytest.mark.parametrize(
    "text", ["I don't like it.", "I dont like it.", "I do not like it.", "i DONT like it"]
)
def test_a_contraction_named_in_one_group_leaves_the_others_reading_its_words(
    text: str,
) -> None:
    """Another group of the file names "don't": "not ~2 like" still reads every spelling."""
    assert matches(_TWO_GROUPS, "negated", text) == ["not like"]


@pytest.mark.parametrize("text", ["I don't care.", "i dont care", "I do not care."])
def test_a_pattern_that_names_a_contraction_reads_every_spelling_of_it(text: str) -> None:
    assert matches(_TWO_GROUPS, "other", text) == ["do not care"]


_GAPS = """
@dull = brain_dead half_witted
@markers = a the ur

[fill]
this ~2:@dull loser

[bar]
hope ~3 kids ~3:!@markers trapped
"""


def test_a_gap_holds_each_word_of_a_run_its_set_names() -> None:
    """``~2:@dull`` with ``brain_dead`` in the set lets "brain dead" stand in the gap."""
    assert matches(_GAPS, "fill", "Who listens to this brain dead loser?") == [
        "this brain dead loser"
    ]
    assert matches(_GAPS, "fill", "this rich old loser") == []


def test_a_barred_spelling_bars_none_of_the_words_it_spells_out() -> None:
    """ "ur" is read "you are": a gap barring "ur" must not bar every "are"."""
    text = "I hope your kids are trapped."
    assert matches(_GAPS, "bar", text) == ["hope your kids are trapped"]
    assert matches(_GAPS, "bar", "I hope the kids get the trapped feeling") == []


# Written tokens the reading spells out as several words, and words it reads as one.
_SPELLED_OUT = ("ur", "you're", "don't", "i'll", "gonna", "wanna", "can't")
_ONE_WORD = ("very", "big", "old", "green", "the")


@given(
    gap=st.integers(min_value=1, max_value=4),
    between=st.lists(st.sampled_from(_SPELLED_OUT + _ONE_WORD), max_size=6),
)
def test_a_gap_counts_written_tokens_not_the_words_they_spell_out(
    gap: int, between: list[str]
) -> None:
    """``zebra ~N walrus`` matches when at most N written tokens stand between, however many
    words each spells out: "ur" ("you are") fills one place of a gap, as "your" does."""
    source = f"[near]\nzebra ~{gap} walrus\n"
    text = " ".join(["zebra", *between, "walrus"])
    found = matches(source, "near", text)
    assert bool(found) == (len(between) <= gap), (text, found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("show ur boobs", True),
        ("show me ur boobs", True),
        ("show me your boobs", True),
        ("show me all of ur boobs", False),
    ],
)
def test_a_spelled_out_token_in_a_limited_gap_is_one_place(text: str, found: bool) -> None:
    """``~2:me|ur`` holds "me ur" (two written tokens, three words read): the gap's set names
    "ur", so each word it spells out may stand in the gap."""
    source = "[ask]\nshow ~2:me|us|your|ur boobs\n"
    assert bool(matches(source, "ask", text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("women are stupid", True),
        ("women are really stupid", True),
        ("women aren't stupid", False),
        ("women arent stupid", False),
        ("women are not stupid", False),
        ("women aren't really stupid", False),
    ],
)
def test_a_word_spelled_out_of_a_matched_token_must_fit_the_gap_after_it(
    text: str, found: bool
) -> None:
    """``are ~2:@fill stupid``: "aren't" is read "are not"; "are" fills the slot, and "not",
    spelled out of the same written token, stands in the gap, whose set does not hold it."""
    source = "@fill = really so very\n\n[said]\nwomen are ~2:@fill stupid\n"
    assert bool(matches(source, "said", text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I recommend Ace", True),
        ("I'd recommend Ace", False),
        ("I would recommend Ace", False),
    ],
)
def test_what_is_left_of_a_token_read_in_part_takes_a_place(text: str, found: bool) -> None:
    """``i recommend``: "I'd" is read "i would"; "i" fills the slot and "would", left of the
    token, stands between "i" and "recommend" as a word of its own would."""
    assert bool(matches("[rec]\ni recommend <word>\n", "rec", text)) is found
