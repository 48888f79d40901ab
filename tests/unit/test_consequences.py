"""Unit tests for the follow-up a verdict requires under Kankakee § VI (and the retention line).

§ VI.1: notify the City Communications Office. § VI.2 (with § IV.1.2.4): retain removed content
with "the time, date and identity of the poster", and notify the commenter. § VI.4: refer
unlawful comments to law enforcement. § VI.5.1-VI.5.4: refer to Twitter, Instagram, LinkedIn,
Ring; § VI.6: any other platform. Retention: "kept for (3) calendar years".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TypeVar

import attrs
import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator, kankakee

A = TypeVar(
    "A",
    msp.NotifyCommunicationsOffice,
    msp.RetainRecord,
    msp.NotifyCommenter,
    msp.ReferToLawEnforcement,
    msp.ReferToPlatform,
)

SSN = "My SSN is 356-21-4476"
SQL = "'; DROP TABLE comments; --"
POSTED = dt.datetime(2024, 5, 10, 14, 30)


def judge(text: str, *, platform: str = "", posted_at: dt.datetime | None = POSTED) -> msp.Verdict:
    """The Kankakee verdict on a comment with the given text, platform and time."""
    comment = msp.Comment(
        text=text,
        platform=platform,
        posted_at=posted_at,
        author=msp.Author(id="u-1", display_name="Pat Doe"),
    )
    return evaluator().evaluate(comment)


def only(verdict: msp.Verdict, kind: type[A]) -> A:
    """The one action of type ``kind`` in the verdict."""
    found = [action for action in verdict.actions if isinstance(action, kind)]
    assert len(found) == 1, f"expected one {kind.__name__}, got {verdict.actions}"
    return found[0]


def kinds(verdict: msp.Verdict) -> list[type]:
    """The types of the verdict's actions, in order."""
    return [type(action) for action in verdict.actions]


def keyword_detector(config: msp.DetectorConfig) -> msp.Detector:
    """A judgment detector that signals the word ``kaboom`` (stands in for a threat detector)."""

    def detect(text: msp.NormalizedText, comment: msp.Comment) -> Iterator[msp.Signal]:
        start = text.normalized.find("kaboom")
        if start >= 0:
            yield msp.Signal(config.id, *text.span(start, start + 6), msp.Strength.JUDGMENT)

    return detect


def with_keyword_detector(*codes: str) -> msp.Evaluator:
    """A Kankakee evaluator in which the categories ``codes`` detect ``kaboom``."""
    ordinance = kankakee()
    categories = tuple(
        attrs.evolve(c, detectors=(*c.detectors, msp.DetectorConfig("kaboom")))
        if c.code in codes
        else c
        for c in ordinance.comment_policy.categories
    )
    policy = attrs.evolve(ordinance.comment_policy, categories=categories)
    return msp.Evaluator(
        attrs.evolve(ordinance, comment_policy=policy), detectors={"kaboom": keyword_detector}
    )


def statutes_named_in_v_2_6() -> list[str]:
    """The statute citations § V.2.6 names, in its order."""
    return re.findall(r"720 ILCS 5/[\d.-]*\d", kankakee().clause("V.2.6").text)


# --- no finding, no follow-up -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Thanks for the parade!", "The mayor is doing a terrible job and should resign"]
)
def test_allow_verdict_has_no_actions(text: str) -> None:
    """Nothing is to be done for a comment that breaks no clause."""
    verdict = judge(text, platform="twitter")
    assert verdict.decision is msp.Decision.ALLOW
    assert verdict.actions == ()


# --- a removal ----------------------------------------------------------------------------------


def test_remove_verdict_actions_in_order() -> None:
    """An SSN removal: office notice, retention, commenter notice, platform referral; no police."""
    verdict = judge(SSN, platform="twitter")
    assert verdict.decision is msp.Decision.REMOVE
    assert kinds(verdict) == [
        msp.NotifyCommunicationsOffice,
        msp.RetainRecord,
        msp.NotifyCommenter,
        msp.ReferToPlatform,
    ]


def test_every_action_cites_a_clause_of_the_ordinance() -> None:
    """Each action carries the full clause it rests on, cited in the ordinance's form."""
    verdict = judge(SQL, platform="instagram")
    for action in verdict.actions:
        assert action.clause == kankakee().clause(action.clause.id)
        assert action.clause.citation.startswith("Kankakee Ord. 2019-70")


def test_communications_office_is_notified_upon_review() -> None:
    """§ VI.1: the office is notified as soon as a comment is flagged, before any removal."""
    action = only(judge(SSN), msp.NotifyCommunicationsOffice)
    assert action.clause.id == "VI.1"
    assert "notify the City Communications Office" in action.clause.text
    assert action.upon is msp.Decision.REVIEW


def test_record_is_retained_under_vi_2_and_iv_1_2_4() -> None:
    """§ VI.2 and § IV.1.2.4: keep the content with time, date and poster identity, by schedule."""
    action = only(judge(SSN), msp.RetainRecord)
    assert action.clause.id == "VI.2"
    assert [clause.id for clause in action.also] == ["IV.1.2.4"]
    assert action.schedule.id == "retention"
    assert {"content", "time", "date", "poster_identity"} <= set(action.fields)
    for clause in (action.clause, *action.also):
        assert "time, date and identity of the poster" in clause.text
    assert action.upon is msp.Decision.REVIEW  # retention comes before removal


@pytest.mark.parametrize(
    ("posted", "until"),
    [
        (dt.datetime(2024, 5, 10, 14, 30), dt.date(2027, 12, 31)),
        (dt.datetime(2019, 12, 2, 0, 0), dt.date(2022, 12, 31)),
        (dt.datetime(2024, 12, 31, 23, 59), dt.date(2027, 12, 31)),
        (dt.datetime(2025, 1, 1, 0, 0), dt.date(2028, 12, 31)),
        (dt.datetime(2024, 2, 29, 8, 0, tzinfo=dt.UTC), dt.date(2027, 12, 31)),
    ],
)
def test_retain_until_follows_the_calendar_year_rule(posted: dt.datetime, until: dt.date) -> None:
    """Per "kept for (3) calendar years": to 31 December of the third year after the comment's."""
    assert only(judge(SSN, posted_at=posted), msp.RetainRecord).retain_until == until


def test_retain_until_is_none_without_a_date() -> None:
    """Without ``posted_at`` the end of retention is unknown, never guessed from a clock."""
    assert only(judge(SSN, posted_at=None), msp.RetainRecord).retain_until is None


def test_commenter_is_notified_upon_removal_naming_category_and_clause() -> None:
    """§ VI.2: the commenter is told the comment was removed, why, and under which clause."""
    action = only(judge(SSN, platform="facebook"), msp.NotifyCommenter)
    assert action.clause.id == "VI.2"
    assert action.upon is msp.Decision.REMOVE
    assert kankakee().category("personal_information").name in action.message
    assert "V.2.10" in action.message
    assert "City of Kankakee" in action.message
    assert "deemed inappropriate and removed" in action.message  # the wording of § VI.2


def test_commenter_notice_names_every_category_found() -> None:
    """With two categories the notice names both, with both clauses."""
    action = only(judge(f"{SQL} {SSN}"), msp.NotifyCommenter)
    for code, clause_id in [("personal_information", "V.2.10"), ("cyber_attack", "V.2.14")]:
        assert kankakee().category(code).name in action.message
        assert clause_id in action.message


def test_review_verdict_defers_removal_actions() -> None:
    """A REVIEW (a phone number) needs office notice and retention now, the rest on removal."""
    verdict = judge("Call Pat at 815-555-0143", platform="twitter")
    assert verdict.decision is msp.Decision.REVIEW
    uponed = {type(action): action.upon for action in verdict.actions}
    assert uponed[msp.NotifyCommunicationsOffice] is msp.Decision.REVIEW
    assert uponed[msp.RetainRecord] is msp.Decision.REVIEW
    assert uponed[msp.NotifyCommenter] is msp.Decision.REMOVE
    assert uponed[msp.ReferToPlatform] is msp.Decision.REMOVE


# --- platform referrals -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "name", "clause_id", "url"),
    [
        ("twitter", "twitter", "VI.5.1", "https://twitter.com/tos"),
        ("x", "twitter", "VI.5.1", "https://twitter.com/tos"),
        ("X", "twitter", "VI.5.1", "https://twitter.com/tos"),
        ("instagram", "instagram", "VI.5.2", "https://help.instagram.com"),
        ("linkedin", "linkedin", "VI.5.3", "https://linkedin.com/legal/user-agreement"),
        ("ring", "ring", "VI.5.4", "https://shop.ring.com/pages/terms"),
        ("neighbors", "ring", "VI.5.4", "https://shop.ring.com/pages/terms"),
    ],
)
def test_named_platforms_are_referred_under_vi_5(
    platform: str, name: str, clause_id: str, url: str
) -> None:
    """Each platform § VI.5 names is referred under its bullet, with the terms URL it quotes."""
    action = only(judge(SSN, platform=platform), msp.ReferToPlatform)
    assert (action.platform, action.clause.id, action.terms_url) == (name, clause_id, url)
    assert url in action.clause.text
    assert action.upon is msp.Decision.REMOVE


@pytest.mark.parametrize(
    ("platform", "name"), [("facebook", "facebook"), ("Facebook", "facebook"), ("tiktok", "tiktok")]
)
def test_other_platforms_fall_under_the_catch_all(platform: str, name: str) -> None:
    """Facebook and other unnamed platforms are referred under § VI.6, with no URL of their own."""
    action = only(judge(SSN, platform=platform), msp.ReferToPlatform)
    assert action.clause.id == "VI.6"
    assert action.platform == name
    assert action.terms_url == ""
    assert "not specifically delineated in this Policy" in action.clause.text


def test_no_platform_falls_under_the_catch_all() -> None:
    """A comment with no platform is referred under § VI.6 too."""
    action = only(judge(SSN, platform=""), msp.ReferToPlatform)
    assert action.clause.id == "VI.6"
    assert action.terms_url == ""


def test_category_without_platform_referral_refers_to_no_platform() -> None:
    """Off-topic comments (no refer_to_platform in the ordinance) are not reported to platforms."""
    assert msp.ActionKind.REFER_TO_PLATFORM not in kankakee().category("off_topic").actions
    verdict = with_keyword_detector("off_topic").evaluate(
        msp.Comment(text="kaboom", platform="twitter")
    )
    assert [f.category for f in verdict.findings] == ["off_topic"]
    assert msp.ReferToPlatform not in kinds(verdict)
    assert msp.NotifyCommunicationsOffice in kinds(verdict)


# --- law enforcement ----------------------------------------------------------------------------


def test_personal_information_is_not_referred_to_law_enforcement() -> None:
    """Only categories whose actions include the referral get one; personal information does not."""
    assert msp.ReferToLawEnforcement not in kinds(judge(SSN))


def test_cyber_attack_is_referred_to_law_enforcement_under_vi_4() -> None:
    """A cyber attack is referred under § VI.4 to the agency it names; V.2.14 names no statute."""
    action = only(judge(SQL), msp.ReferToLawEnforcement)
    assert action.clause.id == "VI.4"
    assert action.agency in action.clause.text
    assert action.statutes == ()
    assert action.upon is msp.Decision.REMOVE


def test_violence_referral_carries_the_v_2_6_statutes() -> None:
    """Content encouraging violence (§ V.2.6) is referred with the four statutes V.2.6 names."""
    verdict = with_keyword_detector("violence_or_unlawful").evaluate("kaboom")
    assert verdict.decision is msp.Decision.REVIEW  # judgment: a person decides
    action = only(verdict, msp.ReferToLawEnforcement)
    assert action.clause.id == "VI.4"
    assert [s.citation for s in action.statutes] == statutes_named_in_v_2_6()
    for statute in action.statutes:
        assert statute.name in kankakee().clause("V.2.6").text


def test_threat_referral_carries_statutes_of_v_2_6() -> None:
    """Threats and harassment are referred with the V.2.6 statutes that concern them."""
    action = only(
        with_keyword_detector("threats_harassment").evaluate("kaboom"), msp.ReferToLawEnforcement
    )
    citations = [s.citation for s in action.statutes]
    assert citations
    assert set(citations) <= set(statutes_named_in_v_2_6())


def test_statutes_are_listed_once_across_categories() -> None:
    """With threats, violence and an attack at once there is one referral, each statute once."""
    evaluator = with_keyword_detector("threats_harassment", "violence_or_unlawful")
    verdict = evaluator.evaluate(f"kaboom {SQL}")
    action = only(verdict, msp.ReferToLawEnforcement)
    citations = [s.citation for s in action.statutes]
    assert len(citations) == len(set(citations))
    assert set(citations) == set(statutes_named_in_v_2_6())


def test_categories_without_the_referral_in_the_ordinance_are_never_referred() -> None:
    """Every category whose actions lack the referral yields no referral when found alone."""
    codes = [
        c.code
        for c in kankakee().comment_policy.categories
        if msp.ActionKind.REFER_TO_LAW_ENFORCEMENT not in c.actions
    ]
    assert "personal_information" in codes
    verdicts = [with_keyword_detector(code).evaluate("kaboom") for code in codes]
    assert all(msp.ReferToLawEnforcement not in kinds(v) for v in verdicts)
    assert all(v.findings for v in verdicts)
