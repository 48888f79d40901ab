"""Unit tests for the words a phrase file names, read as the reading spells them
(:func:`.detectors.phrases.as_read`, issue 9): naming a contraction, a texting spelling or a
possessive in one group of a file never changes how another group of the file reads the same
written word (the "word-set trap"), and a gap reads each word of a term spelled as several."""

from __future__ import annotations

import pytest

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
