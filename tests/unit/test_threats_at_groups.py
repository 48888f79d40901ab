"""Unit tests for threats aimed at a protected group (Kankakee § V.2.2; issue 9).

``threats.phrases`` imports the protected groups under their own name (``sets:
protected_groups.tsv as groups``) and reads them with ``<groups.group>``: "get rid of the
immigrants" or "Muslims should be eliminated" is a threat against people; a stigma, a tax, a
department or an official is no group, so the same words aimed at one are no threat.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import municipal_social_policy as msp
from municipal_social_policy.detectors.phrases import read_phrases


@pytest.mark.parametrize(
    "text",
    [
        "Get rid of the immigrants.",
        "We need to get rid of all Muslims.",
        "Somebody has to get rid of these illegals.",
        "Immigrants should be removed.",
        "Muslims should be eliminated.",
        "Gay people must be eradicated.",
        "We must eliminate the Muslims.",
        "Those refugees need to be gotten rid of.",
    ],
)
def test_a_group_wished_gone_is_a_threat(
    text: str, evaluator: msp.Evaluator, cited: Callable[[str, str], set[str]]
) -> None:
    """Getting rid of, eliminating or removing a protected group is a threat against its people
    (§ V.2.2), as judgment (review)."""
    assert cited(text, "threat") == {"V.2.2"}
    assert evaluator.evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Get rid of the stigma against gay people.",
        "We need to get rid of the stigma around disabled people.",
        "Get rid of the tax.",
        "The department should be eliminated.",
        "We should get rid of the mayor.",
        "We should not get rid of immigrants.",
        "Women should be removed from the draft.",
        '"Get rid of the immigrants" is what he said.',
    ],
)
def test_a_thing_an_official_or_a_negated_wish_is_no_threat(
    text: str, cited: Callable[[str, str], set[str]]
) -> None:
    """A stigma, a tax or a department is no group; wanting an official gone is a vote
    (§ I.3); a negation, removal from a role and a quotation are no threat."""
    assert cited(text, "threat") == set()


def test_the_threat_targets_do_not_take_the_imported_person_nouns() -> None:
    """The import ``as groups`` leaves the threat targets (``person``) as the threat files
    write them: the group file's person nouns are ``groups.person``."""
    sets = read_phrases("threats.phrases").sets
    assert "groups.person" in sets
    assert "group" not in sets
    assert "modifier" not in sets
    assert sets["groups.person"] - sets["person"]  # nouns of the groups the targets lack


@pytest.mark.parametrize(
    "text",
    [
        "Muslims in this country should be eliminated.",
        "We should get rid of gay people once and for all.",
    ],
)
def test_a_group_wished_gone_with_words_around_it_is_a_threat(
    text: str, cited: Callable[[str, str], set[str]]
) -> None:
    """A few words may stand between the group and the modal, or follow the group."""
    assert cited(text, "threat") == {"V.2.2"}


@pytest.mark.parametrize(
    "text",
    ["We should get rid of the women's shelter.", "Get rid of the disabled parking spots."],
)
def test_a_groups_name_before_a_thing_is_no_threat(
    text: str, cited: Callable[[str, str], set[str]]
) -> None:
    """The slot is followed by no word of ``compounds`` or ``things``: the name modifies it."""
    assert cited(text, "threat") == set()
