"""Unit tests for ``Verdict.explain()``: the text a clerk reads must carry the whole verdict."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs
import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator, kankakee

SSN = "My SSN is 356-21-4476"
SQL = "'; DROP TABLE comments; --"


def flat(text: str) -> str:
    """``text`` with every run of white space one space: a phrase wrapped over lines is found."""
    return " ".join(text.split())


def judge(
    text: str, *, platform: str = "twitter", posted_at: dt.datetime | None = None
) -> msp.Verdict:
    """The Kankakee verdict on a comment."""
    comment = msp.Comment(text=text, platform=platform, posted_at=posted_at)
    return evaluator().evaluate(comment)


def violence_evaluator() -> msp.Evaluator:
    """Kankakee where § V.2.6 (violence) detects the word ``kaboom`` as judgment evidence."""

    def factory(config: msp.DetectorConfig) -> msp.Detector:
        def detect(text: msp.NormalizedText, comment: msp.Comment) -> Iterator[msp.Signal]:
            start = text.normalized.find("kaboom")
            if start >= 0:
                yield msp.Signal(config.id, *text.span(start, start + 6), msp.Strength.JUDGMENT)

        return detect

    ordinance = kankakee()
    categories = tuple(
        attrs.evolve(c, detectors=(msp.DetectorConfig("kaboom"),))
        if c.code == "violence_or_unlawful"
        else c
        for c in ordinance.comment_policy.categories
    )
    policy = attrs.evolve(ordinance.comment_policy, categories=categories)
    return msp.Evaluator(
        attrs.evolve(ordinance, comment_policy=policy), detectors={"kaboom": factory}
    )


# --- what a removal's explanation must say ------------------------------------------------------


def test_explanation_names_the_decision() -> None:
    """The explanation opens with the decision."""
    assert judge(SSN).explain().startswith("REMOVE")
    assert judge("Call 815-555-0143").explain().startswith("REVIEW")
    assert judge("Nice park").explain().startswith("ALLOW")


@pytest.mark.parametrize(
    "text", [SSN, SQL, f"{SQL} {SSN}", "Call 815-555-0143 or write to jane@example.com"]
)
def test_explanation_cites_every_clause_and_quotes_every_piece_of_evidence(text: str) -> None:
    """Each finding's clause citation and each piece of evidence appear in the explanation."""
    verdict = judge(text)
    explanation = flat(verdict.explain())
    assert verdict.findings
    for finding in verdict.findings:
        assert finding.clause.citation in explanation
        for item in finding.evidence:
            assert f"“{flat(item.text)}” at characters {item.start}-{item.end}" in explanation


def test_explanation_quotes_the_clause_wording() -> None:
    """A clerk sees what the clause says, not only its number."""
    explanation = judge(SSN).explain()
    flat = " ".join(explanation.split())
    assert "social security number" in flat
    assert "Kankakee Ord. 2019-70 § V.2.10" in explanation


def test_explanation_gives_the_retention_date() -> None:
    """The retention date (three calendar years: 2024 -> 2027-12-31) is spelled out."""
    verdict = judge(SSN, posted_at=dt.datetime(2024, 5, 10, 9, 0))
    explanation = verdict.explain()
    assert "2027-12-31" in explanation
    # The schedule is cited by its heading, after the ordinance named once in the same bullet.
    assert kankakee().clause("retention").heading == "Social Media Retention"
    assert "2027-12-31 (Kankakee Ord. 2019-70 § VI.2, § IV.1.2.4 and Social Media Retention)" in (
        flat(explanation)
    )


def test_explanation_without_a_date_says_the_date_is_unknown() -> None:
    """Without a posting date no retention date is invented."""
    explanation = judge(SSN, posted_at=None).explain()
    bullets = flat(explanation).split("•")
    retention = next(bullet for bullet in bullets if "Keep a record" in bullet)
    assert "until the comment's date is established" in retention
    assert re.search(r"\d{4}-\d{2}-\d{2}", retention) is None


def test_explanation_lists_each_action_with_its_clause() -> None:
    """Every action of the verdict appears with its clause's citation and its particulars."""
    verdict = judge(SQL, platform="twitter", posted_at=dt.datetime(2024, 5, 10, 9, 0))
    explanation = flat(verdict.explain())
    kinds = set()
    for action in verdict.actions:
        kinds.add(type(action))
        assert action.clause.citation in explanation
        if isinstance(action, msp.NotifyCommenter):
            assert flat(action.message) in explanation
        if isinstance(action, msp.ReferToPlatform):
            assert action.terms_url in explanation
        if isinstance(action, msp.ReferToLawEnforcement):
            assert action.agency in explanation
        if isinstance(action, msp.RetainRecord):
            # Kankakee § IV.1.2.4 lists what is kept; the one field with an internal name reads
            # as words, and the other clauses are cited after the ordinance, once named.
            assert action.fields == ("content", "time", "date", "poster_identity")
            assert "content, time, date and the poster's identity until 2027-12-31" in explanation
            assert "§ VI.2, § IV.1.2.4 and Social Media Retention" in explanation
    assert kinds == {
        msp.NotifyCommunicationsOffice,
        msp.RetainRecord,
        msp.NotifyCommenter,
        msp.ReferToPlatform,
        msp.ReferToLawEnforcement,
    }
    assert "Communications Office" in explanation
    assert "law enforcement" in explanation


def test_explanation_lists_the_statutes_of_a_referral() -> None:
    """A law-enforcement referral names each statute by citation and name."""
    verdict = violence_evaluator().evaluate("kaboom at the parade")
    [referral] = [a for a in verdict.actions if isinstance(a, msp.ReferToLawEnforcement)]
    explanation = flat(verdict.explain())
    assert referral.statutes
    for statute in referral.statutes:
        assert statute.citation in explanation
        assert statute.name in explanation


def test_explanation_of_a_review_separates_now_from_on_removal() -> None:
    """For a REVIEW, what is due now is kept apart from what is due only if it is removed."""
    explanation = judge("Call 815-555-0143").explain()
    now, _, later = explanation.partition("if the comment is removed")
    assert "Communications Office" in now
    assert "Keep a record" in now
    assert "Notify the commenter" in later


def test_explanation_shows_the_notes() -> None:
    """A note about the comment (posted before the ordinance) is in the explanation."""
    verdict = judge("Nice park", posted_at=dt.datetime(2019, 11, 30, 12, 0))
    assert verdict.notes
    explanation = flat(verdict.explain())
    for note in verdict.notes:
        assert note[1:] in explanation
    # The evaluator notes "posted on 2019-11-30, before Kankakee Ord. 2019-70 took effect on
    # 2019-12-02: ..."; the clerk reads it as a sentence that says no policy was in force.
    sentence = "• Posted on 2019-11-30, before Kankakee Ord. 2019-70 took effect on 2019-12-02:"
    assert sentence in explanation
    assert "nothing may be removed under it" in explanation


def test_explanation_names_the_ordinance_and_digest() -> None:
    """The explanation says which ordinance, in which encoding, the verdict rests on."""
    explanation = judge(SSN).explain()
    assert "Kankakee Ord. 2019-70" in explanation
    assert kankakee().digest[:19] in explanation


# --- allow --------------------------------------------------------------------------------------


def test_allow_says_no_clause_is_broken() -> None:
    """An ALLOW explanation says no clause is broken and lists no action."""
    verdict = judge("What a lovely sunset over the river")
    explanation = verdict.explain()
    assert "no clause is broken" in explanation
    assert "Keep a record" not in explanation
    assert "Notify" not in explanation


def test_allow_mentions_the_guard_when_it_applied() -> None:
    """When the protected-speech guard applied, the explanation says so and cites § I.3."""
    verdict = judge("The mayor is doing a terrible job and should resign")
    explanation = verdict.explain()
    assert verdict.decision is msp.Decision.ALLOW
    assert "no clause is broken" in explanation
    assert "Protected speech (Kankakee Ord. 2019-70 § I.3)" in explanation
    assert "protected_speech" not in explanation


def test_allow_does_not_mention_a_guard_that_did_not_apply() -> None:
    """Without government in the comment there is no guard to mention."""
    explanation = judge("What a lovely sunset over the river").explain()
    assert "protected" not in explanation
    assert "§ I.3" not in explanation


# --- for a clerk: one line first, the ordinance's words, nothing internal, wrapped -------------


def test_the_first_line_sums_up_the_verdict() -> None:
    """The first line is the whole verdict in short: decision, clauses, and who decides. Written
    from the ordinance: an SSN is personal information (§ V.2.10, ceiling remove); a phone
    number alone is left to a person; a pleasant remark breaks nothing."""
    texts = (SSN, "Call 815-555-0143", "Nice park")
    first = [judge(text).explain().splitlines()[0] for text in texts]
    assert first == [
        "REMOVE: the text itself shows that the comment breaks § V.2.10, which allows removal.",
        "REVIEW: a person should decide whether the comment breaks § V.2.10.",
        "ALLOW: no clause is broken by anything the checks can see.",
    ]


def test_findings_are_named_as_the_ordinance_names_their_category() -> None:
    """Each finding reads under its category's name in the ordinance, never its code."""
    verdict = judge(f"{SQL} {SSN}")
    explanation = flat(verdict.explain())
    names = {c.code: c.name for c in kankakee().comment_policy.categories}
    assert {f.category for f in verdict.findings} == {"cyber_attack", "personal_information"}
    for finding in verdict.findings:
        named = f"• {names[finding.category]} ({finding.clause.citation}), which says:"
        assert named in explanation
        assert finding.category not in explanation


@pytest.mark.parametrize(
    "text",
    [
        SSN,
        SQL,
        "Call 815-555-0143 or write to jane@example.com",
        "I will kill you",
        "The mayor is doing a terrible job and should resign",
        "Nice park",
    ],
)
@pytest.mark.parametrize("platform", ["", "facebook", "twitter"])
def test_no_internal_words_reach_the_clerk(text: str, platform: str) -> None:
    """Codes and the evaluator's own vocabulary stay out: no "mechanical", "judgment" as a
    label, "poster_identity", detector ids, or "unknown" for a platform nobody named."""
    verdict = judge(text, platform=platform)
    explanation = verdict.explain()
    assert verdict.findings or verdict.guards or text == "Nice park"
    for word in ("mechanical", "poster_identity", "detector", "unknown", "_"):
        assert word not in explanation, word


def test_a_comment_without_a_platform_is_reported_to_the_platform() -> None:
    """Without a platform the referral says "the platform" (§ VI.6, the catch-all)."""
    explanation = flat(judge(SQL, platform="").explain())
    assert (
        "Report it to the platform under the platform's Terms of Service, Terms of Use or other"
        " User Agreement (Kankakee Ord. 2019-70 § VI.6)."
    ) in explanation


def test_a_named_platform_without_its_own_bullet_is_named() -> None:
    """Facebook has no bullet in § VI.5, so it falls under § VI.6 and is named as such."""
    explanation = flat(judge(SQL, platform="facebook").explain())
    assert "Report it to Facebook under the platform's Terms of Service" in explanation


@pytest.mark.parametrize(
    "text",
    [SSN, SQL, f"{SQL} {SSN}", "Call 815-555-0143", "The mayor is doing a terrible job", "x" * 300],
)
def test_every_line_is_wrapped(text: str) -> None:
    """No line is longer than the width, except one that is a single unbreakable word (a URL);
    no citation is split over two lines."""
    from municipal_social_policy._explain import WIDTH

    explanation = judge(text, posted_at=dt.datetime(2019, 11, 30, 12, 0)).explain()
    for line in explanation.splitlines():
        assert len(line) <= WIDTH or len(line.split()) == 1, line
        assert not line.rstrip().endswith(("§", "Ord.", "Kankakee")), line
