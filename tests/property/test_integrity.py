"""Evidence and citation integrity: spans point at what was cited; citations and ceilings hold."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy import strategies as mst

TEXTS = st.text(st.characters(codec=None), max_size=300) | mst.obfuscations(
    "My SSN is 356-21-4476 and '; DROP TABLE x; -- you shit",
    kinds=("zero_width", "fullwidth", "homoglyphs", "case"),
)
COMMENTS = mst.comments(texts=TEXTS) | mst.violating_comments().map(lambda v: v.comment)


def _check_integrity(ordinance: msp.Ordinance, comment: msp.Comment, verdict: msp.Verdict) -> None:
    text = comment.text
    for finding in verdict.findings:
        category = ordinance.category(finding.category)
        assert ordinance.clause(finding.clause.id) == finding.clause
        assert finding.clause.id in category.clauses
        assert finding.evidence
        for evidence in finding.evidence:
            assert 0 <= evidence.start <= evidence.end <= len(text)
            assert text[evidence.start : evidence.end] == evidence.text
        if finding.action is msp.Decision.REMOVE:
            assert category.ceiling is msp.Ceiling.REMOVE
            assert finding.strength is msp.Strength.MECHANICAL
    for action in verdict.actions:
        assert ordinance.clause(action.clause.id) == action.clause
    expected = max((f.action for f in verdict.findings), default=msp.Decision.ALLOW)
    assert verdict.decision is expected


@given(comment=COMMENTS)
def test_kankakee_spans_citations_and_ceilings(
    kankakee: msp.Ordinance, evaluator: msp.Evaluator, comment: msp.Comment
) -> None:
    """Every span lies in the original text and quotes it; every citation exists; ceilings hold."""
    _check_integrity(kankakee, comment, evaluator.evaluate(comment))


@given(ordinance=mst.ordinances(), data=st.data())
def test_any_ordinance_spans_citations_and_ceilings(
    ordinance: msp.Ordinance, data: st.DataObject
) -> None:
    """The same integrity holds for any valid ordinance, on violations aimed at its categories."""
    has_targets = any(
        config.id in mst.MECHANICAL_DETECTORS
        for category in ordinance.comment_policy.categories
        for config in category.detectors
    )
    comment = data.draw(
        mst.from_ordinance(ordinance).map(lambda v: v.comment) if has_targets else mst.comments()
    )
    _check_integrity(ordinance, comment, msp.evaluate(ordinance, comment))


@given(violation=mst.violating_comments())
def test_violations_are_found_as_expected(
    evaluator: msp.Evaluator, violation: mst.Violation
) -> None:
    """A generated violation gets the decision and the clause the strategy says it breaks."""
    verdict = evaluator.evaluate(violation.comment)
    assert verdict.decision is violation.decision
    assert violation.clause in {finding.clause.id for finding in verdict.findings}


@given(ordinance=mst.ordinances(), data=st.data())
def test_violations_of_any_ordinance_cite_its_own_clauses(
    ordinance: msp.Ordinance, data: st.DataObject
) -> None:
    """Violations aimed at any ordinance's categories are found under that ordinance's clauses."""
    targets = [
        category
        for category in ordinance.comment_policy.categories
        if any(config.id in mst.MECHANICAL_DETECTORS for config in category.detectors)
    ]
    if not targets:
        return
    violation = data.draw(mst.from_ordinance(ordinance))
    verdict = msp.evaluate(ordinance, violation.comment)
    assert violation.clause in {finding.clause.id for finding in verdict.findings}
    assert verdict.decision >= violation.decision
