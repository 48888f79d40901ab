"""Tests of a claim told in a resident's own words (Kankakee Ord. 2019-70 § V.2.7, the signals
``claim`` and ``claim_owned`` of ``near.tsv``): a self-reference next to an office or a body of the
city, unless a past tie, a supposition, someone else, the body addressed or owned, or a parody
stands that near (issue 9, the sixteenth session). The probes were written before the groups."""

from __future__ import annotations

import pytest

import municipal_social_policy as msp

_EVALUATOR = msp.Evaluator(msp.load("kankakee"))

CLAIMS = [
    "KANKAKEE POLICE DEPT: all residents must register their dogs by friday or face fines",
    "We at the Kankakee Fire Department want to remind everyone that burn permits are now $50",
    "I'm on the zoning board and that project is never getting approved lol",
    "Officially speaking for Kankakee Police, the curfew starts at 9 now",
    "im with the water department, dont drink the tap water till friday",
    "I serve on the park board and I'm telling you the pool won't open this year",
]

NOT_CLAIMS = [
    "I called the police department and nobody answered",
    "I'm so tired of the city council ignoring us",
    "As a former alderman I know how this works",
    "my husband works for the city and says the pool is fine",
    "If I were mayor I'd fix the roads first",
    "I'm calling city hall tomorrow about this",
    "This is the city's fault, not the contractor's",
    "I am a taxpayer and the council works for me",
    "I'm writing to the mayor about the potholes",
    "We at the Riverview neighborhood association thank the fire department",
    "I'm in the city every day for work",
    "As a retired firefighter I can tell you those trucks are old",
    "I'm friends with the fire chief and he's a good guy",
    "I'm with the police on this one, lock them up",
    "I am a council watcher and i go to every meeting",
    "Oh, I'm sure the police agree with you.",
    "This press release is available from the city hall in other languages.",
    'He said "I am the mayor, I make the rules" and everyone laughed',
    # Staff who say where they work and what they know speak of the city ("they"), not for it
    # (issue 9, the eighteenth session, guise: a workplace is a claim only with the city's voice).
    "I work for the city and trust me they are hiding the lead numbers",
]


@pytest.mark.parametrize("text", CLAIMS)
def test_a_claim_in_a_residents_words_is_read(text: str) -> None:
    verdict = _EVALUATOR.evaluate(text)
    assert "V.2.7" in {finding.clause.id for finding in verdict.findings}


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_a_mention_is_no_claim(text: str) -> None:
    verdict = _EVALUATOR.evaluate(text)
    assert "V.2.7" not in {finding.clause.id for finding in verdict.findings}


@pytest.mark.parametrize("text", CLAIMS[:3])
def test_the_citys_own_account_claims_nothing(text: str) -> None:
    """The city's own account claims nothing by speaking as the city."""
    author = msp.Author(display_name="City of Kankakee", role=msp.Role.OFFICIAL_ACCOUNT)
    verdict = _EVALUATOR.evaluate(msp.Comment(text=text, author=author))
    assert "V.2.7" not in {finding.clause.id for finding in verdict.findings}
