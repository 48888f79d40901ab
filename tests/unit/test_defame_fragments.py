"""Fragments of the pattern language (``%name = ...``): a predicate said once, read after every
subject that writes it (issue 9, the fourteenth session, defame)."""

from __future__ import annotations

import pytest

from municipal_social_policy.detectors.phrases import parse_phrases

_FILE = """
@acts = stole steals
%crime = @acts
%crime = is a thief
%subject = the mayor
%subject = my neighbor
[accusation]
%subject %crime
[other]
bob %crime
"""


def test_a_line_with_fragments_stands_for_every_combination() -> None:
    """Two subjects and two predicates make four patterns; one subject and two make two."""
    file = parse_phrases(_FILE, "test.phrases")
    assert len(file.groups["accusation"].patterns) == 4
    assert len(file.groups["other"].patterns) == 2


def test_a_fragment_may_use_an_earlier_one() -> None:
    """A fragment written with another stands for each of its alternatives."""
    text = "%verb = stole\n%verb = took\n%act = %verb money\n[g]\nbob %act\n"
    assert len(parse_phrases(text, "test.phrases").groups["g"].patterns) == 2


def test_an_unknown_fragment_is_a_load_error_naming_its_line() -> None:
    """A fragment used before it is defined stops the load, naming the file and the line."""
    with pytest.raises(ValueError, match=r"test\.phrases:2: no fragment '%crime'"):
        parse_phrases("[g]\nbob %crime\n", "test.phrases")


def test_a_line_of_too_many_combinations_is_a_load_error() -> None:
    """A line that would make more than 400 patterns is refused."""
    alternatives = "".join(f"%a = w{i}\n" for i in range(30))
    with pytest.raises(ValueError, match="more than 400"):
        parse_phrases(alternatives + "[g]\n%a %a\n", "test.phrases")


def test_a_percent_inside_a_word_is_no_fragment() -> None:
    """ "100%" is a word, as before fragments."""
    assert len(parse_phrases("[g]\n100% sure\n", "test.phrases").groups["g"].patterns) == 1
