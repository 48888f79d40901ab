"""Triggers that need every word a pattern reads, and what a group's judge needs (issue 9).

A trigger may hold where its detector finds nothing, never the other way round: here each
detector whose admission was made tighter is called on phrasings it flags (its trigger must
hold there, and it must still flag) and on everyday comments that share one of its words (its
trigger must not hold there, so the evaluator does not call it).
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import trigger_holds
from municipal_social_policy import testing
from municipal_social_policy.detectors._judged import Requiring, possessive_trigger
from municipal_social_policy.detectors.phrases import PhraseDetector, read_phrases
from municipal_social_policy.detectors.triggers import Trigger


@pytest.mark.parametrize(
    "text",
    [
        "Police sting on Court Street right now, stay away",
        "heads up: speed trap on Rt 50 by the Shell right now",
        "DUI check point on Route 17 tonight",
        "There's a road block at Court and 5th right now",
        "surveillance van parked outside the bar on Main right now",
        "The black Charger on 5th is a cop car, heads up",
    ],
)
def test_two_word_operations_still_admit_and_flag(text: str) -> None:
    """An operation named in two words ("speed trap", "police sting") holds both words."""
    assert trigger_holds("safety_disclosure", text)
    assert testing.evidence(testing.build("safety_disclosure"), text)


@pytest.mark.parametrize(
    "text",
    [
        "The police did a great job at the parade.",
        "Thanks to our police for keeping us safe.",
        "We need more speed bumps on Chestnut.",
        "Please check the new permit rules.",
        "My car was towed and I called to ask why.",
        "The police chief spoke to the council about the budget.",
    ],
)
def test_one_word_of_an_operation_does_not_admit(text: str) -> None:
    """The word "police" or "speed" alone, "check" alone, is no operation: not called."""
    assert not trigger_holds("safety_disclosure", text)


@pytest.mark.parametrize(
    "text",
    [
        "Her address: 12 Oak St",
        "John's address = 45 Elm Ave",
        "her address is 123 Main",
        "Mike's house is on Elm, the one with the fence",
        "Her kids go to Steuben Elementary.",
        "here's her medical records for everyone to see",
    ],
)
def test_a_possessive_admits_the_groups_that_need_one(text: str) -> None:
    """The groups whose judge needs a possessive are read where one stands."""
    assert trigger_holds("personal_context", text)
    assert testing.evidence(testing.build("personal_context"), text)


@pytest.mark.parametrize(
    "text",
    [
        "The address is on the city website.",
        "What is the address for the meeting?",
        "The house is on fire, call 911.",
        "The medical records office closes at 5.",
        "Kids go to school here too.",
    ],
)
def test_no_possessive_no_call(text: str) -> None:
    """Without an owner's word or an apostrophe no group that needs one is read."""
    assert not trigger_holds("personal_context", text)


def test_a_required_group_is_not_read_where_its_needs_fail() -> None:
    """:class:`Requiring` reads its group only where ``needs`` holds, and its trigger is the
    group's and ``needs``."""
    file = read_phrases("personal_context.phrases")
    part = PhraseDetector.of("personal_context", file, "address_mark")
    gated = Requiring(part, possessive_trigger(file.sets["home_owners"]))
    comment = msp.Comment(text="Her address: 12 Oak St")
    assert list(gated(msp.normalize(comment.text), comment))
    # The same words without a possessive: the part alone finds the match, the judge drops it.
    plain = msp.normalize("The address: 12 Oak St")
    assert not gated.trigger.holds(plain)
    assert not list(gated(plain, msp.Comment(text="The address: 12 Oak St")))
    never = Requiring(part, Trigger(characters=frozenset("\x00")))
    assert not list(never(msp.normalize(comment.text), comment))


@pytest.mark.parametrize(
    "text",
    [
        "Brand new mattress, still in the plastic. Call 815-555-0143",
        "Selling firewood, message me",
        "Now hiring line cooks, text me",
        "Brand new mattress, asking $250",
    ],
)
def test_a_cue_with_its_contact_or_price_admits_the_offer(text: str) -> None:
    """A cue is read beside a phone number, a request to get in touch, or a price."""
    assert trigger_holds("commercial_offer", text)
    assert testing.evidence(testing.build("commercial_offer"), text)


@pytest.mark.parametrize(
    "text",
    [
        "The new library looks brand new, great work.",
        "Selling the old lot was a mistake.",
        "The city is hiring a new manager?",
        "Best prices in town are at the farmers market, I hear.",
    ],
)
def test_a_cue_without_a_contact_does_not_admit_the_offer(text: str) -> None:
    """A cue alone ("brand new", "selling", "hiring") is no advert: the detector is not called."""
    assert not trigger_holds("commercial_offer", text)


@pytest.mark.parametrize(
    "text",
    ["admin' OR '1'='1", "x' or 1=1--", "' or true--", "1' ORDER BY 1--+", "  foo' OR 'BAR"],
)
def test_a_comment_that_opens_with_a_closed_string_admits_sql_injection(text: str) -> None:
    """The closing quote of an injected string stands in the comment's first word."""
    assert trigger_holds("sql_injection", text)
    assert testing.evidence(testing.build("sql_injection"), text)


@pytest.mark.parametrize(
    "text",
    [
        "I think it's time for a new park - or at least a bench.",
        'The mayor said "no" and the council agreed.',
        "We can't afford it, and the roads are worse.",
    ],
)
def test_a_quote_after_the_first_word_does_not_admit_sql_injection(text: str) -> None:
    """A quote and "or", "and" or "-" later in prose is no string closed at the start."""
    assert not trigger_holds("sql_injection", text)
