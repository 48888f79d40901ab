"""People named as a crew or a body, and occupations named with a person noun (issue 9, the
tenth session's merges, person2; Kankakee § V.2.2 threats, § V.2.6 violence, § V.2.4 hate;
Marseilles § 39.52(B), (C) and (H); Montgomery County's threats and hate).

The families: a crew named as the target of violence ("the whole road crew", "the cleaning
crew"); a body of people named as the target of violence a body suffers ("the whole police
department", "every one of the council", "the entire night shift"); an occupation or a role
named by a word before a person noun ("the garbage men", "the lunch ladies", "those delivery
guys"), a threat against people, not against a gender. The near-misses keep the legal line: a
breeze shot with a crew, a video shot by one, an engine killed, a board fired or voted out, a
team beaten in a game, a department gutted or criticised, an email shot to the council; and real
groups ("the women", "Muslim men", "those Black men") stay groups.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kankakee_verdicts import (
    HATE_CLAUSES,
    KANKAKEE,
    MARSEILLES,
    MONTGOMERY,
    assert_hate_in_city,
    assert_no_threat,
    assert_threat,
    assert_threat_case,
    city_cited,
    threat_family_cases,
)

#: Each family: threats in several phrasings (other verbs, nouns, determiners, word orders).
THREATS: dict[str, list[str]] = {
    "a crew as the target": [
        "somebody needs to shoot that whole paving crew",
        "I'm going to kill every one of those road crews",
        "someone oughta stab the entire demolition crew",
        "just beat up the night crew",
    ],
    "a body of people as the target": [
        "somebody should shoot every last one of the zoning board",
        "I'm gonna shoot up the entire water department",
        "let's beat up the whole city council",
        "someone needs to stab all those planning committee",
        "shoot the whole night shift",
        "I hope the entire school board gets shot",
    ],
    "an occupation named with a person noun": [
        "somebody should shoot all the trash men",
        "someone should beat up those pizza guys",
        "I will kill the church ladies",
        "let's shoot every one of the repair men",
    ],
}

#: Each family's near-misses: the same words, no threat.
SAFE: dict[str, list[str]] = {
    "a crew as the target": [
        "we should shoot the breeze with the paving crew",
        "the camera crew shot the whole parade",
        "kill the engine before the crew loads the truck",
        "the road crew is killing it this week",
    ],
    "a body of people as the target": [
        "the zoning board should be voted out",
        "the whole council should be fired in November",
        "our kids will beat the other team on friday",
        "we're gonna kill the other team",
        "the council should gut the water department",
        "this budget will kill the planning department",
        "someone should shoot the water department a quick email",
        "let's shoot the class photo on monday",
        "I hope the council gets shot down at the polls",
        "I hope the whole department gets gutted next year",
    ],
    "an occupation named with a person noun": [
        "the trash men came early today",
        "the pizza guys were late again",
        "I shot a video of the repair men fixing the main",
        "the church ladies killed it at the bake sale",
    ],
}

#: Every phrasing with its family and whether it threatens.
CASES = threat_family_cases(THREATS, SAFE)


@pytest.mark.parametrize(("family", "text", "threatens"), CASES)
def test_each_family_beside_its_near_misses(family: str, text: str, threatens: bool) -> None:
    """Each phrasing of a family is a threat sent to review in every bundled city; its
    near-misses (a breeze, a video, an engine, a vote, a game, a budget, an email) are none."""
    assert_threat_case(text, threatens)


#: Occupations and roles named by a word before a person noun: people, not a gender.
ROLES = [
    "someone needs to shoot the sanitation men",
    "somebody should beat up the cafeteria ladies",
    "the delivery guys are vermin and should be exterminated",
    "the lunch ladies are disgusting animals",
    "get rid of all the cleaning women",
]

#: Real groups beside them: the same person nouns after a group's word or a determiner.
GROUPS = [
    "someone needs to shoot the women",
    "those Muslim men are vermin and should be exterminated",
    "Black men are disgusting animals",
    "get rid of all the women",
]

_CITIES = (KANKAKEE, MARSEILLES, MONTGOMERY)


@pytest.mark.parametrize("city", _CITIES)
@pytest.mark.parametrize("text", ROLES)
def test_an_occupation_named_with_a_person_noun_is_no_group(city: str, text: str) -> None:
    """ "The garbage men", "the lunch ladies" name an occupation: no city cites its hate
    clause, and none removes the comment."""
    assert_hate_in_city(city, text, False)


@pytest.mark.parametrize("city", _CITIES)
@pytest.mark.parametrize("text", GROUPS)
def test_real_groups_stay_groups(city: str, text: str) -> None:
    """The women, Muslim men, Black men named the same way stay groups in every city."""
    assert_hate_in_city(city, text, True)


def test_a_threat_against_an_occupation_keeps_its_threat() -> None:
    """The threat against garbage men stays; only the hate citation goes."""
    for text in ("someone needs to shoot the garbage men", "someone should shoot the lunch ladies"):
        assert_threat(text)
        for city in _CITIES:
            assert HATE_CLAUSES[city] not in city_cited(city, text), (city, text)


_BODIES = st.sampled_from(["police department", "school board", "city council", "night shift"])


@given(st.sampled_from(["the whole", "the entire", "every one of the", "all those"]), _BODIES)
def test_a_body_is_read_with_any_quantifier(quantifier: str, body: str) -> None:
    """A body of people named with any quantifier is a target of violence; the same body
    gutted, criticised or sent an email is none."""
    assert_threat(f"somebody should shoot {quantifier} {body}")
    assert_no_threat(f"somebody should gut {quantifier} {body}")
    assert_no_threat(f"{quantifier} {body} is corrupt and useless")


def test_every_family_has_several_phrasings_and_near_misses() -> None:
    """A family is tested by several phrasings, beside near-misses of its own."""
    assert THREATS.keys() == SAFE.keys()
    assert all(len(texts) >= 2 for texts in THREATS.values())
    assert all(len(texts) >= 2 for texts in SAFE.values())
