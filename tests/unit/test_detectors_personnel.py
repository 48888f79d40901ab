"""Unit tests for the personnel rules (Kankakee § IV.2.3): guilt and prosecutions, political
activity, private business, denying the city affiliation.

No signal unless the author's role is ``personnel``; every finding is REVIEW, with the
Communications Office notified and the record retained, and no notice to the commenter. "Vote
for" and "vote against", "guilty" and "innocent" are the same signal: no view is read.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator

PERSONNEL = msp.Role.PERSONNEL


def verdict(text: str, role: msp.Role = PERSONNEL) -> msp.Verdict:
    """The verdict on ``text`` by an author with ``role``."""
    return evaluator().evaluate(msp.Comment(text=text, author=msp.Author(role=role)))


def personnel_findings(result: msp.Verdict) -> dict[str, str]:
    """Category -> clause of the verdict's personnel findings, spans checked."""
    found = {}
    for finding in result.findings:
        if finding.category.startswith("personnel_"):
            assert all(e.text for e in finding.evidence)
            found[finding.category] = finding.clause.id
    return found


@pytest.mark.parametrize(
    ("text", "category", "clause"),
    [
        (
            "The suspect is guilty and will go to prison.",
            "personnel_guilt_or_prosecutions",
            "IV.2.3.3",
        ),
        (
            "He's innocent, the charges against him are a joke.",
            "personnel_guilt_or_prosecutions",
            "IV.2.3.3",
        ),
        ("Vote for Smith on Tuesday!", "personnel_political_activity", "IV.2.3.4"),
        ("Vote against Smith on Tuesday!", "personnel_political_activity", "IV.2.3.4"),
        ("Re-elect Osenga for Ward 4", "personnel_political_activity", "IV.2.3.4"),
        ("Smith for Mayor!", "personnel_political_activity", "IV.2.3.4"),
        ("My salon is open Saturday, book now!", "personnel_private_business", "IV.2.3.4"),
        ("Selling my homemade tamales, DM me to order", "personnel_private_business", "IV.2.3.4"),
        ("I don't work for the city, I'm just a resident.", "personnel_identification", "IV.2.3.2"),
    ],
)
def test_personnel_breaking_a_rule_are_reviewed(text: str, category: str, clause: str) -> None:
    """Each rule of IV.2.3 that a comment can show gives a REVIEW finding citing its clause."""
    result = verdict(text)
    assert personnel_findings(result).get(category) == clause
    assert result.decision is msp.Decision.REVIEW
    kinds = {type(action) for action in result.actions}
    assert {msp.NotifyCommunicationsOffice, msp.RetainRecord} <= kinds


@pytest.mark.parametrize(
    "text",
    [
        "The suspect is guilty and will go to prison.",
        "Vote for Smith on Tuesday!",
        "My salon is open Saturday, book now!",
        "I don't work for the city, I'm just a resident.",
    ],
)
@pytest.mark.parametrize("role", [msp.Role.PUBLIC, msp.Role.OFFICIAL_ACCOUNT])
def test_no_signal_unless_the_author_is_personnel(text: str, role: msp.Role) -> None:
    """A resident may campaign, sell and discuss a trial: the rules bind personnel only."""
    assert personnel_findings(verdict(text, role)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for coming to the festival!",
        "Alderman Osenga should resign over the new budget.",
        "The council will vote Tuesday on the water rates.",
        "Snow removal starts at 6 am; please move your cars.",
        "We had a forum for council candidates last night.",
        "As a private citizen I think the levy is too high.",
        "The trial period for the new parking meters ends Friday.",
        "I would like to vote for independent candidates if it was an option.",
        "I want to be able to vote against candidates I disagree with.",
        "More nonviolent inmates convicted of drug possession should be set free.",
        "Prosecutors should not push harsh sentences on young people.",
    ],
)
def test_ordinary_personnel_comments_are_not_signals(text: str) -> None:
    """Announcements, opinions, a council vote and the word "trial" in its everyday sense."""
    assert personnel_findings(verdict(text)) == {}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("V0te for Smith on Tuesday!", "personnel_political_activity"),
        ("Please, don’t vote for the levy.", "personnel_political_activity"),
        ('Please vote "no" on the levy.', "personnel_political_activity"),
        ("Do not re elect Jones.", "personnel_political_activity"),
        ("Go #SmithForMayor", "personnel_political_activity"),
        ("Garcia for Ward 4!", "personnel_political_activity"),
        ("Smith is running for ward 3 this spring.", "personnel_political_activity"),
        ("The defendant's lawyer says he is innocent.", "personnel_guilt_or_prosecutions"),
        ("He pleaded not guilty this morning.", "personnel_guilt_or_prosecutions"),
        ("Candles 20 percent off this weekend only.", "personnel_private_business"),
        ("Im not a city employee, just helping out.", "personnel_identification"),
    ],
)
def test_spellings_the_reading_undoes_are_read(text: str, category: str) -> None:
    """Disguises, curly apostrophes, quoted words, hyphens written as spaces and run-together
    hashtags do not hide a rule's phrase."""
    assert category in personnel_findings(verdict(text))


@pytest.mark.parametrize(
    "text",
    [
        "We hiked the trail by the river on Saturday.",
        "Thanks for your pleas for more patrols; both are noted.",
        "The clerk's office is open Saturday for the election.",
        "Some people call for the mayor to resign; the council disagrees.",
    ],
)
def test_near_misses_are_not_signals(text: str) -> None:
    """Ordinary words one letter from a cue ("trail", "pleas", "both") and an office named in a
    sentence that is no slogan."""
    found = personnel_findings(verdict(text))
    assert "personnel_guilt_or_prosecutions" not in found
    assert "personnel_political_activity" not in found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Trust me, the case against Mr. Hale is airtight", "personnel_guilt_or_prosecutions"),
        ("He was convicted twice before, he knows the drill", "personnel_guilt_or_prosecutions"),
        ("Mark my words, she is going to prison", "personnel_guilt_or_prosecutions"),
        ("We all know the Porter boy did it", "personnel_guilt_or_prosecutions"),
        ("Join me at the fundraiser for Alderwoman Tate", "personnel_political_activity"),
        ("Come to my fundraiser for county board Thursday", "personnel_political_activity"),
        ("Sign the petition to get the levy on the ballot", "personnel_political_activity"),
        ("I am running for school board next spring", "personnel_political_activity"),
        ("Check out my sister's salon on 5th Ave", "personnel_private_business"),
        ("My Etsy shop is now open for the holidays", "personnel_private_business"),
        ("I sell Tupperware, message me for the catalog", "personnel_private_business"),
    ],
)
def test_more_personnel_rules_are_read(text: str, category: str) -> None:
    """Issue 9: a case against someone, a conviction, prison foretold, "did it", a campaign's
    fundraiser and petition, more offices, a relative's shop, a shop named, selling with a
    contact."""
    assert category in personnel_findings(verdict(text))


@pytest.mark.parametrize(
    "text",
    [
        "Everyone is presumed innocent until proven guilty",
        "We cannot comment on pending cases",
        "Drunk drivers are going to jail this weekend, don't drink and drive",
        "The case against raising taxes was made at the meeting",
        "Come to the fundraiser for the animal shelter on Friday",
        "I sell Girl Scout cookies for my daughter's troop every year",
    ],
)
def test_the_law_a_refusal_a_warning_and_charity_are_no_breach(text: str) -> None:
    """The legal formula, a refusal to comment, a general warning, a case against a policy, a
    charity's fundraiser and selling without a contact."""
    assert personnel_findings(verdict(text)) == {}
