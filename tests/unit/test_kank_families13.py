"""Families of violations the thirteenth session's probes found missed (issue 9, kank), with the
harmless near-misses beside them, each checked for the clause it cites (Kankakee Ord. 2019-70):
off-topic small talk under a post of the city (§ V.2.1), crimes pinned on a person (§ V.2.3),
calls and plans to break the law (§ V.2.6) and posing as an officer or a body of the city
(§ V.2.7). Written in other registers than tidy prose: phone-typed, capitals, slang, English
learned later, a reply to another commenter, a long post where one sentence violates."""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import clauses, evaluator
from municipal_social_policy.testing import evidence_of

_ROAD = msp.Thread(text="Water main repair on Court Street: lanes closed Tuesday. Use the detour.")
_LEAVES = msp.Thread(text="Reminder: leaf pickup begins Monday. Rake leaves to the curb.")
_SPLASH = msp.Thread(text="Splash pad at Beckman Park opens Saturday. Hours 10-7 daily.")


def _verdict(text: str, thread: msp.Thread | None = None) -> msp.Verdict:
    return evaluator().evaluate(msp.Comment(text=text, thread=thread))


def _cited(text: str, thread: msp.Thread | None = None) -> set[str]:
    return {finding.clause.id for finding in _verdict(text, thread).findings}


def _found(text: str, clause: str, thread: msp.Thread | None = None) -> None:
    """``text`` cites ``clause`` and goes to review, never removed (each of these clauses has
    the ceiling review)."""
    verdict = _verdict(text, thread)
    assert clause in {finding.clause.id for finding in verdict.findings}
    assert verdict.decision is not msp.Decision.REMOVE


@pytest.mark.parametrize(
    ("text", "thread"),
    [
        ("who won the grammy for best new artist?? i fell asleep", _ROAD),
        ("What did everyone think of the season finale? ROBBED", _LEAVES),
        ("WHO IS WATCHING THE ECLIPSE TOMORROW", _SPLASH),
        ("anyone else's iphone battery dying super fast after the update", _ROAD),
        ("does walmart still have the ps5 in stock", _LEAVES),
        ("yo who tryna play call of duty tonite, drop ur gamertag", _SPLASH),
        ("Stocks tanked today, my 401k is crying", _ROAD),
        ("Please, how is weather in Florida? We go for vacation in january", _LEAVES),
        ("does anyone know how to get a stain out of a white shirt", _SPLASH),
        ("my ex keeps texting me at 3am, should i block him or what", _ROAD),
        ("im so bored at work rn someone talk to me", _LEAVES),
        ("@Dave lol same. anyway did u guys see the new marvel movie", _SPLASH),
        ("GO PACK GO!!! packers by 14 sunday", _ROAD),
    ],
)
def test_small_talk_under_a_city_post_is_off_topic(text: str, thread: msp.Thread) -> None:
    _found(text, "V.2.1", thread)


@pytest.mark.parametrize(
    ("text", "thread"),
    [
        ("about time they fixed that main, my water has been brown for weeks", _ROAD),
        ("do they pick up bagged leaves too or only loose piles", _LEAVES),
        ("is the splash pad free or do we need a park pass", _SPLASH),
        ("I watched the game at my cousin's, the detour on Court is a mess", _ROAD),
        ("my phone died so I missed the leaf pickup notice, when is the next one?", _LEAVES),
        ("Please, the splash pad is open also for small kids? I go with my son", _SPLASH),
        ("who won the contract for the water main work?", _ROAD),
        ("did you see the new leaf vacuum trucks? huge", _LEAVES),
    ],
)
def test_a_reply_about_the_post_or_the_city_is_on_topic(text: str, thread: msp.Thread) -> None:
    assert "V.2.1" not in _cited(text, thread)


@pytest.mark.parametrize(
    "text",
    [
        "Officer Hale sells the drugs he confiscates, ask anyone on the east side",
        "Dr. Patel at the Riverside clinic has been molesting patients for years",
        "chief of police beats his wife, thats why she left town",
        "that landlord Rick Sorensen burned his own building for the insurance",
        "the treasurer has been using the city credit card at the casino",
        "Judge Wilson takes cash to dismiss DUIs, ask my cousin",
        "the fire chief was drunk on duty at the warehouse fire",
        "city engineer got paid off to approve that bridge",
        "CITY CLERK IS A THIEF",
    ],
)
def test_a_crime_pinned_on_a_person_is_defamation(text: str) -> None:
    _found(text, "V.2.3")


@pytest.mark.parametrize(
    "text",
    [
        "Officer Hale was rude to me during a traffic stop",
        "the chief of police should resign, the department is a mess",
        "the mayor burned through the budget for the insurance pool",
        "Judge Wilson's sentences are way too lenient imo",
        "the fire chief was on duty at the warehouse fire all night, thank you",
        "the contractor got paid off the city's account on time for once",
        "the mayor uses city money for the parks, good",
        "Was the treasurer ever at the casino? asking because of the audit",
    ],
)
def test_criticism_or_a_plain_account_is_no_defamation(text: str) -> None:
    assert "V.2.3" not in _cited(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm gonna spray paint FRAUD all over the mayors office tonight lol",
        "Is better we go all together and break the windows of police station",
        "the only way we get heard is if we start throwing rocks at the construction crews",
        "Somebody oughta put a brick through the window of that landlord's office",
        "cook meth in the abandoned factory, nobody checks it lol",
        "just grow ur own weed and sell it behind the high school, easy money",
        "Just don't pay the parking tickets, rip them up and key the meter maid's car",
        "go egg and TP the alderman's house tonight",
        "Poison the geese at the park, the city won't do it so we will",
        "Cut the fence at the pool and swim after hours",
        "ppl should start shooting at the drones the police fly over the neighborhood",
        "I'm planning to set off fireworks inside the council chamber during the vote",
        "bring bats to the meeting thursday, we settle this the old way",
        "steal one from the lot on Court, here's how to hotwire it",
        "jus shoplift from the dollar general, corporate dont care",
    ],
)
def test_a_call_or_a_plan_to_break_the_law_cites_the_unlawful_clause(text: str) -> None:
    _found(text, "V.2.6")


@pytest.mark.parametrize(
    "text",
    [
        "someone threw a brick through my window last night, cameras anyone?",
        "I'm gonna paint a mural on my garage for the art walk",
        "bring signs to the meeting thursday, we settle this with votes",
        "we should go all together to the meeting of police, they must listen",
        "Fireworks are illegal in city limits, please don't set them off near the hospital",
        "the geese at the park are a mess, can the city do something humane",
        "cut the grass by the fence at the pool please",
        "police caught the guys who keyed cars on Oak, good",
        "I will report anyone who tries to break into the school",
    ],
)
def test_a_report_or_a_lawful_act_is_no_call_to_break_the_law(text: str) -> None:
    assert "V.2.6" not in _cited(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kankakee Police Dept. update: suspect in the robbery has been arrested",
        "This is Officer Hale, badge 214. Please stop calling dispatch about the fireworks.",
        "Officer Ramirez, badge #5521, Kankakee Police. We are conducting a survey.",
        "Sgt Miller here, badge 88",
        "Hello, I am officer from Kankakee police, please send me your informations",
        "Hi all, Mayor Curtis here.",
        "hey it's the city clerk, send me your license # and I'll renew ur permit",
        "From the office of the Mayor: city hall will be closed Monday.",
        "I am the Director of Parks and Recreation and I can confirm the hours changed",
        "As a Kankakee police officer I can tell you the checkpoint is cancelled",
        "Sincerely, Chris Curtis, Mayor of Kankakee",
        "Your friendly Kankakee Streets & Sanitation team here!",
        "Kankakee County Sheriff's Office Official: warrants list posted below",
    ],
)
def test_posing_as_an_officer_or_a_body_of_the_city_is_impersonation(text: str) -> None:
    _found(text, "V.2.7")


@pytest.mark.parametrize(
    "text",
    [
        "Kankakee Police Dept. said the suspect was arrested, glad they got him",
        "I talked to Officer Hale, badge 214, he was super helpful",
        "Officer Ramirez, badge #5521, pulled me over today, super professional",
        "Hi all, the mayor here is useless",
        "hi, it's the mayor who should resign",
        "hey, it's the mayor's fault",
        "As a former Kankakee police officer, I think the checkpoint is a good idea",
        "I am the director of the daycare on Court",
        "Sincerely, fire the mayor",
        "your public works crew here is lazy",
        "my brother is officer in Kankakee police, he say be careful on rt 17",
    ],
)
def test_naming_or_quoting_an_officer_is_no_impersonation(text: str) -> None:
    assert "V.2.7" not in _cited(text)


def test_the_clause_cited_is_the_one_the_evidence_gives() -> None:
    """The evidence of the badge family lies in the comment: the self-introduction, not the
    message after it."""
    text = "This is Officer Hale, badge 214. Please stop calling dispatch."
    spans = [text[item.start : item.end] for item in evidence_of(_verdict(text))]
    assert any("Officer Hale" in span and "214" in span for span in spans)
    assert clauses(text) == {"V.2.7"}
