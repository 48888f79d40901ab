"""Obfuscation invariance, viewpoint neutrality and monotonicity."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy import strategies as mst
from municipal_social_policy.detectors.lexicon import LexiconDetector, read_word_list
from municipal_social_policy.detectors.profanity import judgment_terms


@given(data=st.data(), violation=mst.violating_comments())
def test_obfuscated_mechanical_violation_keeps_decision_and_clause(
    evaluator: msp.Evaluator, data: st.DataObject, violation: mst.Violation
) -> None:
    """A mechanical violation, disguised, keeps its decision and its clause.

    Listed words survive every disguise. Numbers and injection payloads survive the typographic
    ones; spacing or masking the letters of a payload unmakes the attack itself. A masked obscene
    word that also fits an expletive ("motherfuc*a") is read as the expletive, judgment, so the
    decision then rests on the rest of the comment.
    """
    kinds = mst.OBFUSCATIONS if violation.detector == "profanity" else mst.TYPOGRAPHIC
    disguised = data.draw(mst.obfuscations(violation.comment.text, kinds=kinds))
    verdict = evaluator.evaluate(disguised)
    assert violation.clause in {finding.clause.id for finding in verdict.findings}
    if violation.detector == "profanity" and _only_ambiguous_obscenity(disguised):
        assert verdict.decision is not msp.Decision.ALLOW
    else:
        assert verdict.decision is violation.decision


def _only_ambiguous_obscenity(text: str) -> bool:
    """Whether every word of ``text`` read as obscene also fits an expletive through its mask."""
    allowed = read_word_list("allow.txt")
    expletives = judgment_terms() - allowed
    obscene = read_word_list("profanity.txt") - expletives - allowed

    def spans(terms: frozenset[str]) -> set[tuple[int, int]]:
        found = LexiconDetector("profanity", terms, msp.Strength.JUDGMENT)
        return {(s.start, s.end) for s in found(msp.normalize(text), msp.Comment(text=text))}

    return spans(obscene) <= spans(expletives)


@st.composite
def _swaps(draw: st.DrawFn) -> tuple[str, str]:
    """Two comments alike but for whom they speak of and whether they praise or criticise."""
    topic = draw(st.sampled_from(mst.TOPICS))
    subjects = draw(
        st.lists(st.sampled_from(mst.OFFICIALS + mst.RESIDENTS), min_size=2, max_size=2)
    )
    opinions = draw(st.lists(st.sampled_from(mst.PRAISE + mst.CRITICISM), min_size=2, max_size=2))
    suffix = draw(st.sampled_from(("", " Call me at 815-555-0143.", " My SSN is 356-21-4476.")))
    return tuple(  # type: ignore[return-value]
        f"{subject} {opinion.format(topic=topic)}.{suffix}"
        for subject, opinion in zip(subjects, opinions, strict=True)
    )


@given(pair=_swaps())
def test_swapping_viewpoint_or_target_never_changes_the_decision(
    evaluator: msp.Evaluator, pair: tuple[str, str]
) -> None:
    """Neutrality: praise for criticism, or an official for a resident, keeps the decision."""
    first, second = pair
    assert evaluator.evaluate(first).decision is evaluator.evaluate(second).decision


@given(comment=mst.benign_comments())
def test_benign_comments_are_allowed(evaluator: msp.Evaluator, comment: msp.Comment) -> None:
    """Civic comments, criticism of officials included, are never flagged."""
    verdict = evaluator.evaluate(comment)
    assert verdict.decision is msp.Decision.ALLOW
    assert verdict.findings == ()


@given(
    comment=mst.comments() | mst.comments(texts=st.text(max_size=200)),
    violation=mst.violating_comments(),
)
def test_appending_a_mechanical_violation_never_lowers_the_decision(
    evaluator: msp.Evaluator, comment: msp.Comment, violation: mst.Violation
) -> None:
    """Monotonicity: a comment with a mechanical violation appended decides at least as high."""
    before = evaluator.evaluate(comment).decision
    combined = msp.Comment(
        text=f"{comment.text}\n{violation.comment.text}", platform=comment.platform
    )
    after = evaluator.evaluate(combined).decision
    assert after >= before
    assert after >= violation.decision


_NUMBER = re.compile(r"(?<!\w)\d+(?:st|nd|rd|th)?(?!\w)", re.IGNORECASE)


@given(
    text=st.sampled_from(["terd this", "leet speak", "first and last", "it's the 3rd time"]),
    data=st.data(),
)
def test_a_disguise_never_turns_a_word_into_a_number(text: str, data: st.DataObject) -> None:
    """Leetspeak that leaves only digits and an ordinal's letters ("73rd" for "terd", "1337" for
    "leet") is no disguise a reader sees through: the strategy never draws it."""
    disguised = data.draw(mst.obfuscations(text, kinds=("leetspeak", "case")))
    assert len(_NUMBER.findall(disguised)) == len(_NUMBER.findall(text)), disguised
