"""Notices and the review report for any ordinance and any comment: the ordinance's words only,
and comments always escaped."""

from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy import strategies as mst
from municipal_social_policy._document import FORMATS, Items, Paragraph
from municipal_social_policy.notices import document
from municipal_social_policy.report import Flagged, render_report


@given(ordinance=mst.ordinances())
def test_comment_policy_of_any_ordinance_is_its_own_wording(ordinance: msp.Ordinance) -> None:
    """Every paragraph and listed item of any ordinance's comment policy is one of its clauses,
    and every format renders it."""
    notice = document(ordinance, "comment_policy")
    wording = {clause.text for clause in ordinance.clauses}
    for block in notice.blocks:
        if isinstance(block, Paragraph):
            assert block.text in wording
        if isinstance(block, Items):
            assert {text for text, _ in block.items} <= wording
    for format in FORMATS:
        assert msp.render_notice(ordinance, "comment_policy", format=format)


@given(verdict=mst.verdicts())
def test_removal_notice_is_the_message_and_clauses(
    kankakee: msp.Ordinance, verdict: msp.Verdict
) -> None:
    """For any verdict, the removal notice says only the ordinance's message and clause texts."""
    notify = [a for a in verdict.actions if isinstance(a, msp.NotifyCommenter)]
    if not notify:
        return
    texts = {
        block.text
        for block in document(kankakee, "removal", verdict=verdict).blocks
        if isinstance(block, Paragraph)
    }
    assert texts <= {clause.text for clause in kankakee.clauses} | {notify[0].message}


@given(
    text=st.text(alphabet=st.characters(codec="utf-8"), min_size=1).map(
        lambda text: f"{text} 356-21-4476 <script>x</script>"
    )
)
def test_report_escapes_any_comment(
    kankakee: msp.Ordinance, evaluator: msp.Evaluator, text: str
) -> None:
    """Whatever a comment holds, the report shows exactly its text (marks aside) and runs only
    its own script."""
    comment = msp.Comment(text=text)
    page = render_report(kankakee, [Flagged(1, "c", evaluator.evaluate(comment), comment)])
    assert page.count("<script>") == 1
    (shown,) = re.findall(r'<blockquote class="original"><p>(.*?)</p></blockquote>', page, re.S)
    assert re.sub(r'<mark title="[^"<>]*">|</mark>', "", shown) == html.escape(text, quote=True)
