"""Pitches of mail and web spam are solicitation (Kankakee Ord. 2019-70 § V.2.9): pills sold
without a doctor, copies of luxury goods, weight-loss cures, casino bonuses, promised returns.
A drug, a brand or a diet named in ordinary speech is none."""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import clauses, evaluator


@pytest.mark.parametrize(
    "comment",
    [
        "buy cheap viagra",
        "Cheap Viagra and Cialis online, no prescription needed: http://rx-shop.ru",
        "generic cialis 20mg pills",
        "Order tramadol online, overnight delivery",
        "Xanax without prescription, fast shipping",
        "Best prices on replica watches www.watchdeals.cn",
        "Cheap Oakley sunglasses outlet sale",
        "Rolex watches clearance sale 90% off",
        "Lose 30 pounds in 30 days with this one trick",
        "Want to lose 20 lbs fast? Ask me how",
        "Melt belly fat fast with this tea",
        "Doctors hate him! See how he lost weight",
        "Get 50 free spins with no deposit bonus!",
        "Guaranteed profits every week with our crypto bot",
        "Try it risk free, money back guarantee",
        "Limited stock, while supplies last.",
        "Click here to claim your prize",
        "Buy my homemade salsa, $5 a jar, pickup on Court St",
        "buy my book on amazon",
    ],
)
def test_a_spam_pitch_is_solicitation_for_review(comment: str) -> None:
    verdict = evaluator().evaluate(comment)
    assert "V.2.9" in clauses(comment)
    assert verdict.decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "comment",
    [
        "People buy oxycodone on the street, the police should do something",
        "Oxycodone is killing our kids",
        "My husband takes Xanax for anxiety",
        "The clinic gives Narcan with no prescription needed",
        "I lost 30 pounds in 3 months by walking the new trail",
        "I need to lose 20 pounds before summer",
        "The museum has a replica of the old courthouse",
        "The new Gucci store downtown is great",
        "the casino brought jobs to Joliet",
        "There is no one simple trick to fixing potholes",
        "Click here to register for the town hall",
        "Is there a money back guarantee on the water heater rebate?",
        "Guaranteed minimum income! Remove all the specific programs!",
        "But where is Antifa going to shop now?",
        "Shop local this weekend",
        "Buy our local honey at the farmers market instead of the chain stores",
        "there are no guaranteed returns on the pension fund",
    ],
)
def test_a_drug_a_brand_or_a_diet_named_is_no_pitch(comment: str) -> None:
    assert "V.2.9" not in clauses(comment)
