"""Unit tests for objects that are no people (issue 9): a thing filmed or photographed is no
threat target, and words of exclusion or harm aimed at a thing (a stigma, a barrier, a problem)
are not aimed at the group named after it. Nouns of ``nonhuman_nouns.txt`` ([nonhuman], read by
the check ``antecedent``; [things], read by the hate detectors)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import municipal_social_policy as msp


@pytest.mark.parametrize(
    "text",
    [
        "Get rid of the stigma against gay people.",
        "We must eliminate barriers for disabled people.",
        "Let's remove the obstacles facing immigrants.",
        "Gay people should get rid of the stigma.",
        "We should eliminate the problems immigrants face.",
    ],
)
def test_an_exclusion_aimed_at_a_thing_is_no_hate(text: str, evaluator: msp.Evaluator) -> None:
    """The words of exclusion aimed at a stigma, a barrier or a problem that a group faces are
    not aimed at the group (§ V.2.4)."""
    assert evaluator.evaluate(text).decision is msp.Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    ["Get rid of the rats and the immigrants.", "Get rid of the immigrants and their stigma."],
)
def test_a_group_joined_to_a_thing_is_still_aimed_at(
    text: str, cited: Callable[[str, str], set[str]]
) -> None:
    """A group joined by "and" to a thing is an object too: the exclusion stays hate."""
    assert cited(text, "group_hate") == {"V.2.4"}


@pytest.mark.parametrize(
    "text",
    [
        "The video should be shot again.",
        "That photo needs to be shot in daylight.",
        "The scene should be shot again tomorrow.",
        "The commercial should be shot downtown.",
    ],
)
def test_a_film_or_a_photo_shot_is_no_threat(
    text: str, cited: Callable[[str, str], set[str]]
) -> None:
    """A video, a photo or a scene is shot as a film is (the check ``antecedent`` reads the
    noun before the match as no person)."""
    assert cited(text, "threat") == set()


@pytest.mark.parametrize(
    "text",
    ["The cameraman should be shot.", "That video guy should be shot.", "He should be shot."],
)
def test_a_person_near_a_film_word_is_still_a_target(
    text: str, cited: Callable[[str, str], set[str]]
) -> None:
    """The nearest noun decides: a cameraman or a guy is a person."""
    assert cited(text, "threat") == {"V.2.2"}


@pytest.mark.parametrize(
    "text",
    [
        "We should get rid of the women's shelter.",
        "Get rid of the disabled parking spots downtown.",
        "Women's sports should be eliminated.",
    ],
)
def test_a_groups_name_before_a_thing_names_the_thing(text: str, evaluator: msp.Evaluator) -> None:
    """A group's name that modifies a thing ("the women's shelter", "the disabled parking
    spots") names the thing: wanting it gone is neither a threat nor hate."""
    assert evaluator.evaluate(text).decision is msp.Decision.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "We must eliminate the Muslims, history will thank us.",
        "Muslims in this country should be eliminated.",
    ],
)
def test_a_thing_in_another_clause_does_not_shield_the_group(
    text: str, evaluator: msp.Evaluator
) -> None:
    """Only a noun right after the group's name, in its clause, is what the name modifies."""
    assert "hate_speech" in {f.category for f in evaluator.evaluate(text).findings}
