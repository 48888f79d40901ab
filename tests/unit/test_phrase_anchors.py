"""The word a run of several words is known by (``phrases.anchor_word``): the word the gates and
the evaluator's triggers look for, so the rarest one the run holds."""

from __future__ import annotations

import pytest

from municipal_social_policy.detectors.phrases import anchor_word


@pytest.mark.parametrize(
    ("run", "anchor"),
    [
        # A noun of most city comments names no run another word of which will do.
        (("people", "on", "government", "assistance"), "assistance"),
        (("senior", "citizens"), "senior"),
        (("families", "on", "welfare"), "welfare"),
        (("kids", "with", "autism"), "autism"),
        # ... but it ranks above a common word: "after our kids" is not known by "after".
        (("after", "our", "kids"), "kids"),
        (("coming", "for", "our", "kids"), "coming"),
        (("the", "government"), "government"),
        # A word with an apostrophe counts as common: its parts are ("it's": "it", "s").
        (("it's", "our", "kids"), "kids"),
        (("don't", "belong"), "belong"),
        (("they're", "animals"), "animals"),
        # Otherwise the longest word that is not common.
        (("should", "be", "deported"), "deported"),
        (("scum", "of", "the", "earth"), "earth"),
    ],
)
def test_a_run_is_known_by_its_rarest_word(run: tuple[str, ...], anchor: str) -> None:
    assert anchor_word(run) == anchor


def test_a_run_of_common_words_is_known_by_its_longest() -> None:
    assert anchor_word(("go", "back")) == "back"
    assert anchor_word(("i'd",)) == "i'd"  # one word is its own anchor
