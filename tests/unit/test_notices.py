"""Tests for :mod:`municipal_social_policy.notices`: every sentence is the ordinance's own."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest

import municipal_social_policy as msp
from municipal_social_policy._document import Paragraph
from municipal_social_policy.notices import document

#: The ordinance as published (the seed of examples/kankakee; a test there proves them equal).
SOURCE = Path(__file__).parents[2] / "examples" / "kankakee" / "source" / "ordinance-2019-70.txt"


def collapse(text: str) -> str:
    """``text`` with every run of whitespace as one space."""
    return " ".join(text.split())


def paragraphs(ordinance: msp.Ordinance, kind: msp.notices.NoticeKind, **kw: object) -> list[str]:
    """The text of every paragraph of a notice."""
    blocks = document(ordinance, kind, **kw).blocks  # type: ignore[arg-type]
    return [block.text for block in blocks if isinstance(block, Paragraph)]


def under(ordinance: msp.Ordinance, clause_id: str) -> list[str]:
    """The text of every clause below ``clause_id``, in document order."""
    return [
        clause.text
        for clause in ordinance.clauses
        if clause.id.startswith(clause_id + ".") and clause.text
    ]


def test_disclaimer_is_section_seven_without_the_posting_order(kankakee: msp.Ordinance) -> None:
    """The disclaimer is § VII.1.1-VII.1.7 word for word; § VII.1 (the order to post) is cited."""
    texts = paragraphs(kankakee, "disclaimer")
    assert texts == [kankakee.clause(f"VII.1.{n}").text for n in range(1, 8)]
    notice = document(kankakee, "disclaimer")
    assert notice.title == kankakee.clause("VII").heading == "Disclaimer"
    assert "§ VII.1;" in notice.source


def test_disclaimer_matches_the_published_ordinance(kankakee: msp.Ordinance) -> None:
    """The disclaimer's paragraphs appear verbatim in the published text (seed 002)."""
    published = collapse(SOURCE.read_text(encoding="utf-8"))
    for text in paragraphs(kankakee, "disclaimer")[:4]:
        assert collapse(text) in published


def test_privacy_is_section_eight(kankakee: msp.Ordinance) -> None:
    """The privacy notice is every clause text under § VIII but the order to post (§ VIII.1)."""
    texts = paragraphs(kankakee, "privacy")
    assert texts == under(kankakee, "VIII")[1:]
    rendered = msp.render_notice(kankakee, "privacy", format="markdown")
    assert "## Cookies" in rendered
    assert "Corrections and Updates" not in rendered  # a heading with no text (§ VIII.11)


def test_privacy_public_records_paragraph_is_in_the_seed(kankakee: msp.Ordinance) -> None:
    """The public-records paragraph is the published § VIII.9.1."""
    published = collapse(SOURCE.read_text(encoding="utf-8"))
    (records,) = [text for text in paragraphs(kankakee, "privacy") if "Freedom of" in text]
    assert collapse(records) in published


def test_comment_policy_lists_categories_and_statements(kankakee: msp.Ordinance) -> None:
    """Section V with every category, then the statements § IV.1.2.6 requires, from their
    clauses (opinions § V.3, monitoring § V.4, disclosure § VIII.9.1)."""
    notice = document(kankakee, "comment_policy")
    texts = paragraphs(kankakee, "comment_policy")
    for clause_id in ("V.1", "V.2", "V.3", "V.4", "V.5", "VIII.9.1"):
        assert kankakee.clause(clause_id).text in texts
    listed = [item for block in notice.blocks if hasattr(block, "items") for item in block.items]
    assert listed == [(c.text, c.citation) for c in kankakee.children("V.2")]
    assert notice.title == "Comment Policy"


def test_every_notice_sentence_is_a_clause(kankakee: msp.Ordinance) -> None:
    """No paragraph of the posted notices is written by the code."""
    wording = {clause.text for clause in kankakee.clauses}
    for kind in ("disclaimer", "privacy", "comment_policy"):
        assert set(paragraphs(kankakee, kind)) <= wording


def test_removal_notice_quotes_message_clauses_and_next_steps(
    kankakee: msp.Ordinance, evaluator: msp.Evaluator
) -> None:
    """The removal notice is the ordinance's message, the comment, the broken clause and the
    clauses on what happens next (retention, platform referral, repeat violators)."""
    comment = msp.Comment(text="My SSN is 356-21-4476", platform="twitter")
    verdict = evaluator.evaluate(comment)
    texts = paragraphs(kankakee, "removal", verdict=verdict, comment=comment)
    (notify,) = [a for a in verdict.actions if isinstance(a, msp.NotifyCommenter)]
    assert texts[0] == notify.message
    assert texts[1] == comment.text
    assert kankakee.clause("V.2.10").text in texts
    for clause_id in ("retention", "VI.5.1", "VI.3"):
        assert kankakee.clause(clause_id).text in texts
    wording = {clause.text for clause in kankakee.clauses} | {notify.message, comment.text}
    assert set(texts) <= wording


def test_removal_notice_offers_the_appeal_the_policy_names(
    kankakee: msp.Ordinance, evaluator: msp.Evaluator
) -> None:
    """Where the commenter's notice names an appeal, the removal notice offers it: the clause
    that grants it, who decides, how and by when; without one, no appeal section."""
    verdict = evaluator.evaluate("My SSN is 356-21-4476")
    assert "Appeal" not in msp.render_notice(kankakee, "removal", verdict=verdict, format="text")
    notice = kankakee.removal_procedure.commenter_notice
    assert notice is not None
    appeal = msp.Appeal(
        clause="VI.2", decided_by="the City Administrator", how="by reply", within_days=10
    )
    procedure = attrs.evolve(
        kankakee.removal_procedure, commenter_notice=attrs.evolve(notice, appeal=appeal)
    )
    appealable = attrs.evolve(kankakee, removal_procedure=procedure)
    verdict = msp.evaluate(appealable, "My SSN is 356-21-4476")
    text = msp.render_notice(appealable, "removal", verdict=verdict, format="text")
    appeal_part = text[text.index("Appeal") :]
    assert kankakee.clause("VI.2").text.split()[0] in appeal_part
    for value in ("the City Administrator", "by reply", "10 days"):
        assert value in appeal_part


def test_removal_notice_names_the_platform_standards_the_policy_names() -> None:
    """Montgomery County makes its users subject to the host site's Terms of Service: the notice
    quotes that sentence and names the standard; Kankakee names none, so no such section."""
    county = msp.load("montgomery-county-oh")
    comment = msp.Comment("My SSN is 356-21-4476", platform="facebook")
    verdict = msp.evaluate(county, comment)
    text = msp.render_notice(county, "removal", verdict=verdict, comment=comment, format="text")
    part = text[text.index("Community standards") :]
    assert collapse(county.clause("host-terms").text) in collapse(part)
    assert "the Terms of Service (TOS) of the host site" in part
    kankakee = msp.load("kankakee")
    verdict = msp.evaluate(kankakee, comment)
    assert "Community standards" not in msp.render_notice(
        kankakee, "removal", verdict=verdict, format="text"
    )


def test_removal_notice_shows_only_the_standards_of_the_comment_platform() -> None:
    """A standard of one platform is shown, with its address, for a comment posted there or on an
    unknown platform, and not for one posted elsewhere."""
    county = msp.load("montgomery-county-oh")
    procedure = county.removal_procedure
    (host,) = procedure.platform_standards
    facebook = msp.PlatformStandard(
        "Facebook Community Standards",
        clause="host-terms",
        platform="facebook",
        url="https://transparency.meta.com/policies/",
    )
    county = attrs.evolve(
        county, removal_procedure=attrs.evolve(procedure, platform_standards=(facebook,))
    )
    shown = {}
    for platform in ("Facebook", "", "x"):
        comment = msp.Comment("My SSN is 356-21-4476", platform=platform)
        verdict = msp.evaluate(county, comment)
        shown[platform] = msp.render_notice(
            county, "removal", verdict=verdict, comment=comment, format="html"
        )
    for platform in ("Facebook", ""):
        assert "Facebook Community Standards (facebook)" in shown[platform]
        assert "https://transparency.meta.com/policies/" in shown[platform]
    assert "Community standards" not in shown["x"]
    assert host.name not in shown["x"]


def test_removal_without_comment_lists_the_evidence(
    kankakee: msp.Ordinance, evaluator: msp.Evaluator
) -> None:
    """Without the comment, the notice names the evidence the verdict points at."""
    verdict = evaluator.evaluate("My SSN is 356-21-4476")
    text = msp.render_notice(kankakee, "removal", verdict=verdict, format="text")
    assert "- 356-21-4476" in text


def test_html_is_a_self_contained_accessible_page(kankakee: msp.Ordinance) -> None:
    """HTML notices declare their language, have one h1, and load nothing."""
    page = msp.render_notice(kankakee, "comment_policy", format="html")
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert page.count("<h1>") == 1
    assert not re.search(r"<(link|img|script|iframe)\b|\bsrc=", page)


def test_comment_text_is_escaped_in_every_format(
    kankakee: msp.Ordinance, evaluator: msp.Evaluator
) -> None:
    """A removed comment holding markup is shown as text, never as markup."""
    comment = msp.Comment(text="<script>alert(1)</script> 356-21-4476 *x*", platform="ring")
    verdict = evaluator.evaluate(comment)
    page = msp.render_notice(kankakee, "removal", verdict=verdict, comment=comment, format="html")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    markdown = msp.render_notice(kankakee, "removal", verdict=verdict, comment=comment)
    assert r"\<script\>alert(1)\</script\> 356-21-4476 \*x\*" in markdown


def test_missing_section_is_named(kankakee: msp.Ordinance) -> None:
    """An ordinance without a disclaimer section says what its file needs."""
    bare = attrs.evolve(kankakee, disclaimer=None)
    with pytest.raises(msp.NoticeError, match=r"no disclaimer section: .*\[disclaimer\] table"):
        msp.render_notice(bare, "disclaimer")


def test_statement_without_wording_is_named(kankakee: msp.Ordinance) -> None:
    """A required statement the file gives no wording for is reported with its path."""
    assert kankakee.site_policy is not None
    requirements = tuple(
        attrs.evolve(r, wording=()) if r.shows is msp.SiteElement.OPINIONS_NOT_CITY else r
        for r in kankakee.site_policy.requirements
    )
    site = attrs.evolve(kankakee.site_policy, requirements=requirements)
    with pytest.raises(
        msp.NoticeError,
        match=r"site_policy.requirements\[12\].wording: .*"
        r"'opinions_not_city'",
    ):
        msp.render_notice(attrs.evolve(kankakee, site_policy=site), "comment_policy")


def test_removal_needs_a_verdict_that_calls_for_a_notice(
    kankakee: msp.Ordinance, evaluator: msp.Evaluator
) -> None:
    """No verdict, an allowed comment, or another ordinance's verdict: a clear error each."""
    with pytest.raises(msp.NoticeError, match="expected verdict="):
        msp.render_notice(kankakee, "removal")
    allowed = evaluator.evaluate("Thank you for clearing the snow")
    with pytest.raises(msp.NoticeError, match="decision 'allow' with no notify_commenter"):
        msp.render_notice(kankakee, "removal", verdict=allowed)
    other = attrs.evolve(kankakee, version="2.0.0")
    flagged = evaluator.evaluate("My SSN is 356-21-4476")
    with pytest.raises(msp.NoticeError, match="pass the ordinance the verdict names"):
        msp.render_notice(other, "removal", verdict=flagged)


def test_unknown_kind_and_format(kankakee: msp.Ordinance) -> None:
    """A kind or format the library does not write is an error listing the ones it does."""
    with pytest.raises(msp.NoticeError, match="expected one of 'disclaimer'"):
        msp.render_notice(kankakee, "banner")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="expected one of 'text', 'markdown', 'html'"):
        msp.render_notice(kankakee, "privacy", format="pdf")  # type: ignore[arg-type]
