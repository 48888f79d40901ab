"""Unit tests for impersonation (Kankakee § V.2.7): ``official_display_name``, ``official_claim``.

A claim to be the city or a department needs the city's own account; a claim to hold an office
needs the city's account or personnel (§ III counts elected officials among personnel). Every
signal is JUDGMENT (REVIEW). Mentions, hypotheticals, qualified names (fan pages, scanners,
campaigns, "former") and criticism are not claims.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import clauses, evaluator

PUBLIC, PERSONNEL, OFFICIAL = msp.Role.PUBLIC, msp.Role.PERSONNEL, msp.Role.OFFICIAL_ACCOUNT


def verdict(text: str, *, name: str = "", role: msp.Role = PUBLIC) -> msp.Verdict:
    """The verdict on ``text`` by an author called ``name`` with ``role``."""
    comment = msp.Comment(text=text, author=msp.Author(display_name=name, role=role))
    return evaluator().evaluate(comment)


def detectors(result: msp.Verdict) -> set[str]:
    """The detectors behind the V.2.7 findings of a verdict."""
    return {e.detector for f in result.findings if f.clause.id == "V.2.7" for e in f.evidence}


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("City of Kankakee Official", PUBLIC),
        ("City of Kankakee Official", PERSONNEL),
        ("Kankakee Police Dept", PUBLIC),
        ("Kankakee PD", PERSONNEL),
        ("Kankakee Police", PUBLIC),
        ("Parks Department", PUBLIC),
        ("Mayor Wells-Armstrong", PUBLIC),
        ("Alderman Osenga", PUBLIC),
    ],
)
def test_a_display_name_claiming_the_city_or_an_office_is_reviewed(
    name: str, role: msp.Role
) -> None:
    """A body claimed by anyone but the city's account, an office claimed by the public."""
    result = verdict("Road work starts Monday.", name=name, role=role)
    assert detectors(result) == {"official_display_name"}
    assert result.decision is msp.Decision.REVIEW
    [evidence] = [e for f in result.findings for e in f.evidence]
    assert (evidence.start, evidence.end, evidence.text) == (0, 0, "")  # the claim is the name


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("City of Kankakee", OFFICIAL),
        ("Mayor Wells-Armstrong", PERSONNEL),
        ("Alderman Osenga", OFFICIAL),
        ("Kankakee Police Scanner", PUBLIC),
        ("Smith for Mayor", PUBLIC),
        ("Former Alderman Bob", PUBLIC),
        ("Grammar Police", PUBLIC),
        ("Fire Dragon 99", PUBLIC),
        ("kankakee_resident", PUBLIC),
        ("Pat O.", PERSONNEL),
    ],
)
def test_names_that_hold_qualify_or_do_not_claim_are_not_signals(name: str, role: msp.Role) -> None:
    """The city's account, officials as personnel, fan pages, campaigns, "former", nicknames."""
    assert detectors(verdict("Road work starts Monday.", name=name, role=role)) == set()


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("This is the mayor speaking: the festival is cancelled.", "This is the mayor"),
        ("I am the mayor and I approve this.", "I am the mayor"),
        ("As your alderman, I will fight for Ward 4.", "As your alderman"),
        ("As mayor, I have decided to close the pool.", "As mayor, I"),
        ("I'm a city council member and this is settled.", "I'm a city council member"),
        (
            "This is the Kankakee Police Department, we remind residents to lock their cars.",
            "This is the Kankakee Police Department",
        ),
        ("I'm writing on behalf of the city about the leaf pickup.", "I'm writing on behalf"),
        (
            "OFFICIAL NOTICE FROM THE CITY: water off tomorrow",
            "OFFICIAL NOTICE FROM THE CITY",
        ),
        ("I'm the new director of public works and I approve this.", "I'm the new director"),
        ("I am the deputy mayor, ask me anything.", "I am the deputy mayor"),
    ],
)
def test_first_person_claims_by_the_public_are_reviewed(text: str, claim: str) -> None:
    """A member of the public writing as the mayor, an alderman or a department."""
    result = verdict(text)
    assert "official_claim" in detectors(result)
    evidence = [e for f in result.findings for e in f.evidence if e.detector == "official_claim"]
    assert all(text[e.start : e.end] == e.text for e in evidence)
    assert any(e.text.casefold().startswith(claim.casefold()[:12]) for e in evidence)
    assert result.decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "The mayor is doing a terrible job and should resign.",
        "The mayor is doing a great job.",
        "I'm not the mayor, but I would fix the roads.",
        "If I were the mayor I would fix the roads.",
        "This is the mayor's fault.",
        "This is the city council. They never listen.",
        "This is the city we live in.",
        "As mayor, I would fix the roads first.",  # a candidate's promise
        "As mayor, he should fix the roads.",
        "I am a resident of Ward 4.",
        "The mayor spoke on behalf of the city.",
        "The director of public works is doing a great job.",
        "I asked the public works director about the potholes.",
    ],
)
def test_mentions_hypotheticals_and_criticism_are_not_claims(text: str) -> None:
    """Talking about officials, praising or criticising them, is not claiming to be them."""
    assert detectors(verdict(text)) == set()


def test_an_official_may_claim_their_office_but_not_the_city() -> None:
    """Personnel may write "I am the mayor"; only the city's account speaks as the city."""
    assert detectors(verdict("I am the mayor and I approve this.", role=PERSONNEL)) == set()
    assert detectors(verdict("I am the mayor and I approve this.", role=OFFICIAL)) == set()
    text = "This is the Kankakee Police Department, we remind residents to lock their cars."
    assert detectors(verdict(text, role=PERSONNEL)) == {"official_claim"}
    assert detectors(verdict(text, role=OFFICIAL)) == set()


def test_praise_and_criticism_under_a_claimed_name_decide_alike() -> None:
    """Neutrality: the claim decides, not what the comment says about the city."""
    praise = verdict("The city is doing great work.", name="Mayor Wells-Armstrong")
    blame = verdict("The city is doing terrible work.", name="Mayor Wells-Armstrong")
    assert praise.decision is blame.decision is msp.Decision.REVIEW


def claims(text: str, role: msp.Role = PUBLIC) -> list[str]:
    """The words of the ``official_claim`` evidence in the verdict on ``text``."""
    result = verdict(text, role=role)
    return [e.text for f in result.findings for e in f.evidence if e.detector == "official_claim"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("I'm the m4yor and the pool is closed.", "I'm the m4yor"),
        ("This is Mayor Wells-Armstrong speaking.", "This is Mayor Wells-Armstrong speaking"),
        ("this is the fire chief: please stay home", "this is the fire chief: please"),
        ("Official response from the fire department.", "Official response from the fire"),
        ("Im your alderman..", "Im your alderman"),
    ],
)
def test_claims_are_read_in_any_spelling(text: str, claim: str) -> None:
    """Disguises, a hyphenated name after the office, a colon before the address to the reader,
    punctuation run onto the office."""
    assert claim in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        '"I am the mayor," he joked at the fair, and everyone laughed.',
        "He keeps saying 'this is the police department speaking' on the phone.",
        "This is the city clerk's assistant posting the agenda.",
        "I am the city clerk's neighbour.",
        "As the police chief, I'd hire more officers.",
    ],
)
def test_quotations_owners_and_promises_are_not_claims(text: str) -> None:
    """A claim inside quotation marks is reported, not made; an office named as an owner ("the
    clerk's assistant") is not claimed; a candidate's "as chief, I'd" is a promise."""
    assert claims(text) == []


@pytest.mark.parametrize(
    ("praise", "criticism"),
    [
        (
            "This is the mayor speaking: the new budget is wonderful.",
            "This is the mayor speaking: the new budget is a disgrace.",
        ),
        (
            "I am the alderman for Ward 4 and the council did great work.",
            "I am the alderman for Ward 4 and the council is corrupt.",
        ),
    ],
)
def test_the_view_in_a_claim_changes_nothing(praise: str, criticism: str) -> None:
    """Viewpoint neutrality (§ I.3): what the claimed official says of the city changes neither
    the evidence nor the decision."""
    assert claims(praise) == claims(criticism) != []
    assert verdict(praise).decision is verdict(criticism).decision


@pytest.mark.parametrize(
    "text",
    [
        "This is the official City of Kankakee page: pay your water bill by gift card.",
        "this is the official facebook account of the city of kankakee, verify your details",
        "This is the official page of the Kankakee Fire Department. Donations go to my Venmo.",
        "This is an official public works account, send photos of your ID to be reimbursed.",
        "This is the official account of the mayor. DM me your address for a refund.",
    ],
)
def test_a_claim_to_be_an_official_account_is_reviewed(text: str) -> None:
    assert detectors(verdict(text)) == {"official_claim"}
    assert detectors(verdict(text, role=OFFICIAL)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Is this the official city page? The logo looks off.",
        "This is not the official City of Kankakee page, that one has a blue check.",
        "The official city account posted the pool hours yesterday.",
        '"This is the official city page" is what the scammer wrote to my mother.',
    ],
)
def test_questions_denials_and_mentions_of_an_official_account_are_not_claims(text: str) -> None:
    assert detectors(verdict(text)) == set()


@pytest.mark.parametrize(
    "name",
    ["KankakeePoliceDept", "KankakeeCityOfficial", "Sgt. R. Lowe KPD", "Kankakee County Sheriff"],
)
def test_run_together_names_and_police_titles_in_a_display_name(name: str) -> None:
    """Issue 9: camel case read apart, and police titles and the sheriff as offices."""
    assert detectors(verdict("Stay safe out there", name=name)) == {"official_display_name"}


@pytest.mark.parametrize(
    "name", ["Officer Buckle Fan Club", "Retired Officer Mike Dunn", "Deputy Dawg", "SgtPepperFan"]
)
def test_qualified_police_titles_in_a_display_name_are_no_claim(name: str) -> None:
    """A fan page, a retired officer, a cartoon: no claim."""
    assert detectors(verdict("Love the parade", name=name)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Speaking on behalf of the City of Kankakee, we regret the delay",
        "Hello, this is the Parks Department. The pool opens Monday",
        "Good morning, this is the mayor's office",
        "This notice is from the Kankakee Police: stay off Court St",
        "This account is now the official page of the Kankakee Fire Department",
        "Official statement from the City Clerk's office: filing is closed",
    ],
)
def test_more_first_person_claims_to_be_the_city(text: str) -> None:
    """Issue 9: speaking for the city at a sentence's start, a greeting and a self-introduction,
    a message saying whose it is, an account saying what it is, a body owned by an office."""
    assert detectors(verdict(text)) == {"official_claim"}


@pytest.mark.parametrize(
    "text",
    [
        "Hi, this is the city's fault, not ours",
        "Hey this is the police department's problem",
        "Hi this is the city of Kankakee's page, right?",
        "This page is now the official page of the Kankakee Fire Department fan club",
        "Speaking on behalf of my neighbors, the city ignored us",
        "This message is from the heart: fix the roads",
    ],
)
def test_owned_qualified_asked_and_other_senses_are_no_claims(text: str) -> None:
    """A body named as an owner, a fan club, a question, other people spoken for."""
    assert detectors(verdict(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "This is the Kankakee Police Department. All residents must register their"
        " firearms by Friday.",
        "This is the Fire Department. Burn barrels are banned starting today.",
        "As a member of the city council, I can confirm the park is closing",
        "Message from the Fire Chief: burn ban lifted effective today",
        "Official message from the Police Department: stay off Court Street",
        "City of Kankakee Admin here: click the link to verify your account",
        "Admin here, please keep comments civil or you will be banned",
        "Hi, this is the official page moderator, your account will be suspended",
        "Kankakee Public Works here, the road crew will be on your street, leave your"
        " gate unlocked",
        "I'm Officer Brown with KPD, please message me your address for the survey",
        "I am Sergeant Hale from the police department and I need your date of birth",
    ],
)
def test_impersonation_families_of_residents_comments_flag(text: str) -> None:
    """A department's self-introduction as a whole sentence, a council seat, a message that opens
    with whose it is, the page's admin, and a sworn rank with a name (§ V.2.7)."""
    assert "V.2.7" in clauses(text)


@pytest.mark.parametrize(
    "text",
    [
        "This is the police department's fault",
        "I got a message from the fire chief about the burn ban",
        "Message from the mayor was clear: no new taxes",
        "As a member of the library board I think the hours are fine",
        "The admin here should delete the spam",
        "Our parks here, are they ever mowed?",
        "I am officer material lol",
        "This is the fire department I grew up next to, beautiful building",
    ],
)
def test_impersonation_near_misses_of_those_families_do_not_flag(text: str) -> None:
    """Talk about the same things that is no impersonation: questions, reports, other senses."""
    assert "V.2.7" not in clauses(text)


@pytest.mark.parametrize(
    "text",
    [
        "The pool opens Monday.\n- Jane, Kankakee Public Works",
        "Leaf pickup starts Nov 2. -Kankakee Streets Dept",
        "Your permit is ready.\nRegards,\nKankakee Building Department",
    ],
)
def test_a_body_signing_is_a_claim_by_the_public_and_identification_by_personnel(
    text: str,
) -> None:
    """§ IV.2.3.2 asks personnel to "identify themselves as City personnel": a department's
    signature under a member of staff's comment is that identification, under a resident's a
    claim to speak as the city (§ V.2.7)."""
    assert detectors(verdict(text, role=PUBLIC)) == {"official_claim"}
    assert detectors(verdict(text, role=PERSONNEL)) == set()
