"""Civic speech the threat, piracy and commerce patterns read as the act it names (issue 9,
civic4: "criticism of an office is never a finding"; Kankakee §§ V.2.2, V.2.6, V.2.9, V.2.13;
Marseilles § 39.52(B), (H), (I); Montgomery County's threats, illegal and promotions). A wrong
review on a government page is a First Amendment problem, so each family of harmless phrasing
is tested in every bundled city beside the true threats that share its words.

The families: an errand (a person or a body sent a message: "shoot the board an email", "drop
Alderman Lewis a line"); a measure or a candidate defeated ("shoot down the proposal", "gets
shot down in the vote", "buried in the election", "kill the mayor's ordinance"); a plan, a code
or a club that "should be shot" (no person); a crime reported, not done ("police arrested a man
selling bootleg DVDs", "charged with selling counterfeit bags").
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kankakee_verdicts import (
    assert_threat,
    assert_threat_case,
    city_cited,
    threat_family_cases,
)

#: Each family: threats that share its words, which must stay threats.
THREATS: dict[str, list[str]] = {
    "an errand": [
        "I'll shoot the clerk",
        "shoot him in the face",
        "someone should shoot the whole board",
        "I will shoot you a few times",
    ],
    "a measure or a candidate defeated": [
        "I hope the mayor gets shot",
        "someone should shoot the mayor",
        "I'll shoot you in November",
        "I will kill the mayor's wife",
        "I hope the alderman gets shot in the head",
    ],
    "a plan, a code or a club": [
        "the boys should be shot",
        "the program director should be shot",
        "the budget director deserves a bullet",
        "that zoning inspector should be hanged",
    ],
}

#: Each family's harmless phrasings: other words, other targets, other word orders.
SAFE: dict[str, list[str]] = {
    "an errand": [
        "shoot the board an email",
        "Shoot him a DM",
        "I'll shoot the clerk a message tomorrow",
        "I'm going to shoot my representative a letter",
        "shoot Alderman Lewis an email about it",
        "shoot them a quick question on Messenger",
        "someone should shoot the township trustees a letter",
        "let's shoot the county board a message",
        "shoot the chief a short note",
        "we'll shoot the police a tip",
        "shoot them all an invite",
        "drop the zoning board a few questions before Friday",
    ],
    "a measure or a candidate defeated": [
        "someone should shoot down the mayor's proposal",
        "I hope the mayor gets shot down in the vote",
        "we should shoot down the commissioners' idea",
        "that alderman deserves to get shot down",
        "the council shot down the levy again",
        "I hope the mayor gets buried in the vote",
        "I hope the alderman gets buried by voters",
        "I hope he gets slaughtered in the primary",
        "we'll murder them in the debate",
        "let's kill them in November",
        "let's kill the mayor's ordinance",
        "someone should torpedo the trustees' new budget",
    ],
    "a plan, a code or a club": [
        "the old boys' club should be shot",
        "the old boys club should be shot",
        "that idea should be shot on sight",
        "the zoning code deserves to be buried",
        "the old rules should be taken out back and shot",
        "this tradition deserves to die",
    ],
}

#: Every phrasing with its family and whether it threatens.
CASES = threat_family_cases(THREATS, SAFE)


@pytest.mark.parametrize(("family", "text", "threatens"), CASES)
def test_each_family_beside_its_threats(family: str, text: str, threatens: bool) -> None:
    """Each harmless phrasing is allowed in every bundled city; the threats beside it, with the
    same verbs and targets, stay threats sent to review."""
    assert_threat_case(text, threatens)


#: A crime reported, by the clause each city cites for the act itself.
ACT_CLAUSES = {
    "kankakee": {"V.2.6", "V.2.9", "V.2.13"},
    "marseilles": {"39.52(H)", "39.52(I)"},
    "montgomery-county-oh": {"illegal", "promotions"},
}

REPORTS = [
    "Police arrested a man selling bootleg DVDs",
    "a woman was arrested for selling pirated movies at the swap meet",
    "a man pleaded guilty to selling pirated software",
    "authorities say the pharmacy was selling oxycodone without prescriptions",
    "police say the man was selling cracked copies of Photoshop online",
    "Deputies seized 300 bootleg DVDs from a flea market booth",
    "the man was convicted of selling knockoff Gucci bags",
    "a vendor was cited for selling pirated DVDs at the fair",
    "the suspect sold pirated movies online, the sheriff said",
]

ACTS = [
    "selling bootleg DVDs $5 each, DM me",
    "I have pirated copies of Photoshop, message me",
    "selling knockoff Gucci bags, cheap",
]


@pytest.mark.parametrize("city", sorted(ACT_CLAUSES))
@pytest.mark.parametrize("text", REPORTS)
def test_a_crime_reported_is_not_the_crime(city: str, text: str) -> None:
    """A report of an arrest, a charge or a seizure cites no clause of the act it reports."""
    assert not city_cited(city, text) & ACT_CLAUSES[city], (city, text)


@pytest.mark.parametrize("city", sorted(ACT_CLAUSES))
@pytest.mark.parametrize("text", ACTS)
def test_the_act_itself_is_still_read(city: str, text: str) -> None:
    """The offer itself, with no report around it, still cites the act's clause."""
    assert city_cited(city, text) & ACT_CLAUSES[city], (city, text)


@given(
    st.sampled_from(["the clerk", "Alderman Lewis", "the zoning board", "them", "my trustee"]),
    st.sampled_from(["an email", "a quick DM", "a few questions", "a letter", "your resume"]),
)
def test_an_errand_to_anyone_is_no_threat(person: str, message: str) -> None:
    """Whoever is sent whatever message, an errand with "shoot" is no threat; the same person
    shot is one."""
    assert_threat_case(f"I'll shoot {person} {message}", threatens=False)
    assert_threat(f"I'll shoot {person}")


@given(st.sampled_from(["in the vote", "in the primary", "by voters", "in the election"]))
def test_shot_down_in_a_contest_is_no_threat(contest: str) -> None:
    """A person shot down in a contest lost it; shot in the head is a threat."""
    assert_threat_case(f"I hope the mayor gets shot down {contest}", threatens=False)
    assert_threat("I hope the mayor gets shot in the head")


def test_every_family_has_several_phrasings_and_near_misses() -> None:
    """A family is tested by several phrasings, beside threats of its own."""
    assert THREATS.keys() == SAFE.keys()
    assert all(len(texts) >= 2 for texts in THREATS.values())
    assert all(len(texts) >= 2 for texts in SAFE.values())
