"""The properties the project proves for Kankakee hold for every bundled policy: civic comments,
criticism of officials included, are never flagged; a mechanical violation is never lowered by
what surrounds it; and any comment gets a verdict under its own policy's clauses."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
import municipal_social_policy.strategies as mst

CITIES = ("marseilles", "montgomery-county-oh")


@cache
def ordinance(city: str) -> msp.Ordinance:
    """The city's ordinance, loaded once (it is immutable)."""
    return msp.load(city)


@cache
def evaluator(city: str) -> msp.Evaluator:
    """The city's evaluator, compiled once."""
    return msp.Evaluator(msp.load(city))


@pytest.mark.parametrize("city", CITIES)
@given(comment=mst.benign_comments())
def test_benign_comments_are_allowed(city: str, comment: msp.Comment) -> None:
    """Civic comments, praise and criticism of officials alike, are never flagged."""
    verdict = evaluator(city).evaluate(comment)
    assert verdict.decision is msp.Decision.ALLOW
    assert verdict.findings == ()


@pytest.mark.parametrize("city", CITIES)
@given(comment=mst.benign_comments(), side=st.booleans())
def test_an_ssn_is_removed_whatever_surrounds_it(
    city: str, comment: msp.Comment, side: bool
) -> None:
    """A social security number, before or after any civic comment, is removed."""
    ssn = "My SSN is 356-21-4476."
    text = f"{ssn} {comment.text}" if side else f"{comment.text} {ssn}"
    verdict = evaluator(city).evaluate(msp.Comment(text=text))
    assert verdict.decision is msp.Decision.REMOVE


@pytest.mark.parametrize("city", CITIES)
@given(comment=mst.comments() | mst.comments(texts=st.text(max_size=200)))
def test_every_finding_cites_a_clause_of_the_city(city: str, comment: msp.Comment) -> None:
    """Any comment gets a verdict, and every finding and action cites the city's own clauses."""
    verdict = evaluator(city).evaluate(comment)
    for clause in (*verdict.clauses, *(action.clause for action in verdict.actions)):
        assert ordinance(city).clause(clause.id) == clause
