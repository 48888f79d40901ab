"""Recall on three families the detectors missed: calls to break the law that harm no one's body
(Kankakee § V.2.6), calls to harass one person (§ V.2.2, "advocating the harassment of another
person") and pirated works offered (§ V.2.13).

Each family has several phrasings, and near-misses that must not flag: a report, a complaint,
a change of the law argued for, a protest, a petition to an official at the office, a library's
or the city's own free showing. Every finding is judgment: it goes to review, never removal.
"""

from __future__ import annotations

from functools import cache

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import cited, evaluator, evidence

UNLAWFUL = [
    "Let's all go spray paint the new bridge tonight",
    "You can get fake IDs at the gas station on 5th",
    "Just drive around the barricade, the cops never check",
    "Who wants to help me steal the copper from the old factory",
    "I know a guy who sells weed cheap, hit me up",
    "If you need pills I can get them for you",
    "Don't bother with a permit, just build the fence, nobody checks",
    "Everyone should just ignore the road closed signs and drive through",
    "Let's break into the old school this weekend, nobody's there",
    "We should tag the water tower",
    "If the cops pull you over just floor it, they won't chase you",
    "Have a few beers and drive home, it's only two miles",
    "Anyone need a fake vaccine card? I can make them",
    "Just hop the fence at the pool after hours, everyone does it",
    "Who wants to go key the cars in the council lot",
    "I can sell you some coke, message me",
    "Selling xanax and percs, inbox me",
    "Just lie on your taxes, the IRS never checks",
    "Somebody should spray paint the water tower",
    "Let's go smash the mailboxes on Oak St tonight",
    "Who's down to break into the abandoned hospital Saturday",
    "Got percs and xans, dm me",
    "Need a gun? I can get you one, no paperwork",
    "Just park in the handicap spot, nobody ever tickets there",
    "Everyone go shoplift at Walmart, they can afford it",
]

LAWFUL = [
    "Weed should be legal in this state.",
    "Someone spray painted the new bridge last night.",
    "Who spray painted the bridge? Call the police if you saw anything.",
    "I jaywalk every day lol, arrest me",
    "We should protest at city hall on Monday.",
    "The cops never check the stop sign on Elm, we need enforcement.",
    "Nobody checks permits in this town, that's the problem.",
    "Honestly, the cops never check, we need more patrols.",
    "Don't drink and drive this weekend.",
    "I know a guy who sells firewood cheap, hit me up",
    "You can buy weed at the dispensary on Court St.",
    "You can get pills at the pharmacy with a prescription.",
    "We should steal this idea from Champaign.",
    "Let's steal the show at the parade!",
    "The city wants to steal our money with these fees.",
    "Let's break into song at the concert.",
    "We should tag the city in this post.",
    "Let's paint the water tower for the festival.",
    "Drive around the barricade on Main, it's the detour route.",
    "If the police pull you over, just be polite and keep your hands visible.",
    "Have a few beers and take an Uber home.",
    "I can make fake flowers for the wedding.",
    "They sell fake IDs at the gas station, call the cops.",
    "Let's all go to the council meeting and speak up.",
    "Let's go smash the competition at the tournament.",
    "We should break ground on the library this spring.",
    "Just park in the lot behind city hall, nobody ever uses it.",
    "Remember, you can shoot people who trespass, but not cats...",
    "I can get my pills at Walgreens now that they reopened.",
    "You can get crack filler at Menards.",
    "You can get coke and chips at the concession stand.",
    "We could get fireworks for the 4th from the stand on Route 17.",
    "We can get granola bars for the kids at the food pantry.",
    "I know a guy who has a truck, hit me up if you need a move.",
    "Let's key in on the budget numbers.",
]

HARASSMENT = [
    "Everyone go to her Facebook page and tell her what you think of her",
    "Let's all call his house until he quits",
    "Keep messaging her until she answers",
    "flood his DMs",
    "Everybody spam her inbox until she deletes her account",
    "Let's make her life hell until she moves",
    "Go tag her in every post so she can't escape it",
    "Call her at home every night until she resigns",
    "Let's all show up at her work and let her boss know",
    "Everyone call her and tell her what a terrible person she is",
    "Let's all email his wife and tell her what he did",
    "Keep calling him until he picks up and apologizes",
    "Everybody message him nonstop",
    "Find out where she works and call her boss",
]

PETITIONS = [
    "Call your alderman and tell them what you think.",
    "Message the city for a pickup.",
    "Go to the city's Facebook page and tell them what you think.",
    "Let's all call the mayor's office until he answers our question about the budget.",
    "Keep calling public works until they fix the pothole.",
    "Keep calling her, she's not answering and I'm worried she fell.",
    "She keeps messaging me until I answer, it's harassment.",
    "He kept texting her until she blocked him, so she called the police.",
    "Everyone go to her Facebook page and wish her a happy birthday!",
    "Let's all call his house and thank him for shoveling the whole block.",
    "The new parking rules make my life miserable.",
    "Tag her in the post so she sees the lost dog.",
    "Let's all call the mayor and demand he resign.",
    "Don't harass her, she's just doing her job.",
    "Everyone call her and tell her what a great job she did.",
    "Let's all call her mom and wish her a happy 90th birthday!",
    "Everyone call the mayor and tell him what you think of the budget.",
]

PIRACY = [
    "Here's the full movie for free: http://freemovies.to/watch/summer-blockbuster",
    "I uploaded the whole new Taylor Swift album here, download free",
    "watch the game free on this stream link https://example.net/live",
    "free PDF of the textbook, message me",
    "I ripped the DVD, anyone want a copy?",
    "Here's the whole book as a PDF so you don't have to buy it",
    "Full movie for free, link below",
    "Free full movie of the new Avatar here",
    "Stream the new season free at this link",
    "I'll send anyone the PDF of the textbook for free",
    "Here's a link to the whole season, no Netflix needed",
]

NOT_PIRACY = [
    "Free movie night at the library Friday: The Goonies.",
    "Watch the full council meeting video here: https://www.kankakeeil.gov/video",
    "The full meeting video is on the city's YouTube.",
    "I uploaded my new album here, download free and let me know what you think!",
    "Here's the full album on Spotify, free with ads.",
    "The library lets you borrow the whole textbook as a PDF for free.",
    "Free PDF of the budget on the city website.",
    "Is the full movie free on Tubi?",
]


@pytest.mark.parametrize("text", UNLAWFUL)
def test_calls_to_break_the_law_cite_v26(text: str) -> None:
    """A crime proposed, contraband offered, the law evaded: § V.2.6, to review."""
    found = evidence(text, "incitement")
    assert found, text
    assert cited(text, "incitement") == {"V.2.6"}
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize("text", LAWFUL)
def test_reports_complaints_and_advocacy_are_not_calls_to_break_the_law(text: str) -> None:
    """A report, a complaint, a change of the law argued for, an idiom: no finding."""
    assert evidence(text, "incitement") == []


@pytest.mark.parametrize("text", HARASSMENT)
def test_calls_to_harass_a_person_cite_v22(text: str) -> None:
    """A crowd sent to one person's own channels, again and again: § V.2.2, to review."""
    assert evidence(text, "harassment_campaign"), text
    assert cited(text, "harassment_campaign") == {"V.2.2"}
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize("text", PETITIONS)
def test_petitions_care_and_reports_are_not_calls_to_harass(text: str) -> None:
    """Petitioning an official at the office is protected; care and reports are no call."""
    assert evidence(text, "harassment_campaign") == []


@pytest.mark.parametrize("text", PIRACY)
def test_pirated_works_offered_cite_v213(text: str) -> None:
    """A whole work offered free, uploaded or ripped to hand out: § V.2.13, to review."""
    assert evidence(text, "piracy"), text
    assert cited(text, "piracy") == {"V.2.13"}
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize("text", NOT_PIRACY)
def test_free_showings_and_own_work_are_not_piracy(text: str) -> None:
    """A library's or the city's free showing, the writer's own album, a licensed service."""
    assert evidence(text, "piracy") == []


@cache
def _city(name: str) -> msp.Evaluator:
    return msp.Evaluator(msp.load(name))


def _cited(city: str, text: str, detector: str) -> set[str]:
    verdict = _city(city).evaluate(text)
    return {
        finding.clause.id
        for finding in verdict.findings
        if any(item.detector == detector for item in finding.evidence)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Let's block the highway",
        "Let's all block Court Street until they listen.",
        "We should shut down city hall with a sit-in.",
    ],
)
def test_civil_disobedience_is_left_to_a_person(text: str) -> None:
    """A protest by an unlawful act carries a political message: no finding (explanation,
    "A call to break the law is a finding, a call to protest is not")."""
    assert evaluator().evaluate(text).findings == ()


@pytest.mark.parametrize(
    ("city", "detector", "text", "clause"),
    [
        ("marseilles", "incitement", UNLAWFUL[0], "39.52(H)"),
        ("marseilles", "incitement", UNLAWFUL[4], "39.52(H)"),
        ("marseilles", "piracy", PIRACY[0], "39.52(I)"),
        ("montgomery-county-oh", "incitement", UNLAWFUL[0], "illegal"),
        ("montgomery-county-oh", "incitement", UNLAWFUL[4], "illegal"),
        ("montgomery-county-oh", "harassment_campaign", HARASSMENT[1], "threats"),
        ("montgomery-county-oh", "piracy", PIRACY[1], "illegal"),
    ],
)
def test_other_cities_cite_their_own_clause(
    city: str, detector: str, text: str, clause: str
) -> None:
    """Each bundled city cites its own clause for the families where it has one."""
    assert _cited(city, text, detector) == {clause}


def test_marseilles_names_no_clause_for_calls_to_harass() -> None:
    """Marseilles has no harassment clause ("defamatory, threatening or profane language"):
    its ordinance lists no detector for a call to harass, so none cites a clause."""
    assert _cited("marseilles", HARASSMENT[1], "harassment_campaign") == set()
