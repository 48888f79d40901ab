"""Tests for :mod:`municipal_social_policy.report`, in code and in a real headless Chromium."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

import municipal_social_policy as msp
from municipal_social_policy.report import Allowed, Flagged, parse_row, render_report
from municipal_social_policy.serialization import unstructure

HOSTILE = "<script>document.title='pwned'</script> my SSN is 356-21-4476"


def flagged(kankakee: msp.Ordinance, text: str, line: int = 1, **comment: object) -> Flagged:
    """A comment judged under Kankakee, as the report takes it."""
    judged = msp.Comment(text=text, **comment)  # type: ignore[arg-type]
    return Flagged(line, f"c{line}", msp.evaluate(kankakee, judged), judged)


def test_hostile_comment_is_escaped(kankakee: msp.Ordinance) -> None:
    """A comment holding a script is written as text: the page's only script is its own."""
    page = render_report(kankakee, [flagged(kankakee, HOSTILE)])
    assert page.count("<script>") == 1
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page


def test_evidence_is_highlighted_in_the_original_text(kankakee: msp.Ordinance) -> None:
    """The evidence span is marked exactly where it is in the comment."""
    page = render_report(kankakee, [flagged(kankakee, "Call me: my SSN is 356-21-4476 ok")])
    assert re.search(
        r"<p>Call me: my SSN is <mark title=\"[^\"]*V\.2\.10\)\">356-21-4476</mark>"
        r" ok</p>",
        page,
    )


def test_clause_wording_actions_and_notice_are_shown(kankakee: msp.Ordinance) -> None:
    """Each comment shows its clause's full wording, the actions and the notice to send."""
    page = render_report(kankakee, [flagged(kankakee, "My SSN is 356-21-4476", platform="x")])
    assert kankakee.clause("V.2.10").text.replace("'", "&#x27;") in page
    assert "Retain the record" in page
    assert "Notice to send" in page
    assert "Twitter&#x27;s Terms of Service" in page  # "x" is Twitter (§ VI.5.1)


def test_allowed_comments_are_counted_not_shown(kankakee: msp.Ordinance) -> None:
    """An allowed comment counts in the summary and gets no article."""
    page = render_report(
        kankakee,
        [flagged(kankakee, "Thanks for the snow plowing", 1), flagged(kankakee, HOSTILE, 2)],
    )
    assert "1 flagged of 2 comments (1 remove, 0 review)" in page
    assert page.count('<article class="comment"') == 1


def test_text_that_does_not_match_the_evidence_is_not_used(kankakee: msp.Ordinance) -> None:
    """A comment that is not the one judged shows the evidence alone, with a note."""
    item = flagged(kankakee, "My SSN is 356-21-4476")
    wrong = Flagged(1, "c1", item.verdict, msp.Comment(text="something else entirely"))
    page = render_report(kankakee, [wrong])
    assert "Original text not the text the verdict was reached on" in page
    assert "<li><mark>356-21-4476</mark></li>" in page


def test_parse_row_reads_evaluate_output(kankakee: msp.Ordinance, evaluator: msp.Evaluator) -> None:
    """A verdict row reads back (with its text when it carries one); an error row and a blank
    line are skipped; an allowed row is only counted; a row without a verdict is an error."""
    verdict = evaluator.evaluate("My SSN is 356-21-4476")
    row = {"line": 3, "id": "fb-3", "verdict": unstructure(verdict)}
    item = parse_row(json.dumps(row))
    assert isinstance(item, Flagged)
    assert (item.line, item.id, item.verdict, item.comment) == (3, "fb-3", verdict, None)
    with_text = parse_row(json.dumps({**row, "text": "My SSN is 356-21-4476"}))
    assert isinstance(with_text, Flagged)
    assert with_text.comment == msp.Comment(text="My SSN is 356-21-4476")
    allowed = evaluator.evaluate("Thanks for plowing")
    row = {"line": 6, "id": "fb-6", "verdict": unstructure(allowed)}
    assert parse_row(json.dumps(row)) == Allowed(6, "fb-6")
    assert parse_row('{"line": 4, "id": "", "error": "bad"}') is None
    assert parse_row("  \n") is None
    with pytest.raises(msp.DataError, match="verdict: required, but missing"):
        parse_row('{"line": 5}')


def chromium() -> str:
    """The Chromium binary; in CI (``CI`` set) its absence is a failure, not a skip."""
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs it")
        pytest.skip("chromium is not installed (Debian: apt-get install chromium)")
    return binary


def dump_dom(url: str) -> str:
    """The DOM of ``url`` after its scripts ran, from a real headless Chromium."""
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [
                chromium(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                f"--user-data-dir={profile}",
                "--dump-dom",
                url,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    return result.stdout


def test_in_chromium_the_script_is_inert_and_the_filter_works(
    kankakee: msp.Ordinance, tmp_path: Path
) -> None:
    """In a real browser the hostile comment runs nothing, and ``#clause=`` filters the page."""
    items = [
        flagged(kankakee, HOSTILE, 1),
        flagged(kankakee, "'; DROP TABLE comments; --", 2),
    ]
    page = tmp_path / "report.html"
    page.write_text(render_report(kankakee, items), encoding="utf-8")
    dom = dump_dom(page.as_uri() + "#clause=V.2.14")
    assert "<title>Review report: Kankakee Ord. 2019-70</title>" in dom  # not 'pwned'
    assert len(re.findall(r"<script\b", dom)) == 1
    assert re.search(r'<article class="comment" id="c1" data-clauses="V.2.10 V.2.14"', dom)
    assert re.search(r'<article class="comment" id="c2" data-clauses="V.2.14"[^>]*>', dom)
    assert "Showing 2 of 2" in dom
    dom = dump_dom(page.as_uri() + "#clause=V.2.10")
    assert re.search(r'id="c2" data-clauses="V.2.14" aria-labelledby="c2-title" hidden', dom)
    assert "Showing 1 of 2" in dom
