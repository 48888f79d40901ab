"""Harm to a body wished on a protected group, as ``group_hate`` reads it, is cited as violence
(issue 9, the fifteenth session, threat3; Kankakee § V.2.6): the detector ``group_violence``
keeps the readings of ``group_hate`` whose kind is violence or death and whose words harm a
body, so "women who cheat should be stoned" cites § V.2.6 beside § V.2.4, while an exclusion
("immigrants should be deported"), a negation, a report or counter-speech cites nothing more.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import cited, evaluator, evidence


@pytest.mark.parametrize(
    "text",
    [
        "women who cheat should be stoned",
        "muslims should be bombed",
        "the mentally retarded should be euthanized",
        "gay people need to be wiped off the earth",
        "jews deserve to suffer and die",
        "asians should all be put to death",
        "we should annihilate the jews",
    ],
)
def test_group_violence_cites_violence(text: str) -> None:
    """Harm to a body wished on a group cites § V.2.6 by the detector group_violence, beside
    the hate group_hate reads (§ V.2.4), and goes to review."""
    assert cited(text, "group_violence") == {"V.2.6"}, text
    assert evidence(text, "group_hate"), text
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW, text


@pytest.mark.parametrize(
    "text",
    [
        "immigrants should be deported",
        "gay people should be kept away from our kids",
        "all muslims should be banned",
        "refugees should be sent back",
        "nobody should hurt gay people",
        "saying women should be beaten is disgusting",
        "he said muslims should be shot, which is vile",
        "women are more likely to be killed by a partner",
    ],
)
def test_group_violence_not_exclusion_or_counter_speech(text: str) -> None:
    """An exclusion, a negation, a report, counter-speech or a fact about victims is no
    violence the comment wishes on a group: group_violence signals nothing."""
    assert not evidence(text, "group_violence"), (text, evidence(text, "group_violence"))


def test_group_violence_needs_a_group() -> None:
    """Violence wished on a person who is named by no protected group is the threat
    detector's, not group_violence's: the detector reads only what group_hate reads."""
    text = "the mayor should be stoned"
    assert not evidence(text, "group_violence")
