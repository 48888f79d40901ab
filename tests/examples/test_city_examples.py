"""Golden verdicts for the sample comments of Marseilles and Montgomery County (``examples/``).

The expectations are written from each policy's text, not from running the evaluator: each row
says what the policy and the design's mechanical-vs-judgment rule require, and why. Where a policy
is silent (Montgomery County says nothing about phone numbers) the expected verdict is allow.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Literal

import pytest

import municipal_social_policy as msp

EXAMPLES = Path(__file__).parents[2] / "examples"
SHARED = Path(__file__).parents[3] / "shared" / "cities"

#: city -> id -> (decision, clauses cited, why)
EXPECTED = {
    "marseilles": {
        "mar-01": ("allow", [], "thanks to a city crew: no subsection applies"),
        "mar-02": ("allow", [], "criticism of the council and mayor is protected speech"),
        "mar-03": ("remove", ["39.52(E)"], "an SSN is mechanical evidence of (E)"),
        "mar-04": ("review", ["39.52(B)"], "a threat is (B); whether it is true needs a person"),
        "mar-05": (
            "remove",
            ["39.52(B)", "39.52(D)"],
            "listed sexual profanity: (B)'s profanity may be removed; the offer of sexual videos"
            " is (D), and whether it is sexual content a person decides",
        ),
        "mar-06": ("review", ["39.52(B)"], "an expletive is profane (B), its use a judgment"),
        "mar-07": ("review", ["39.52(G)"], "promotion of a candidate's campaign is (G)"),
        "mar-08": ("review", ["39.52(E)"], "a phone number may be the commenter's own"),
        "mar-09": ("review", ["39.52(F)"], "placing an undercover car may compromise tactics"),
        "mar-10": ("review", ["39.52(C)"], "dehumanising a national-origin group is (C)"),
        "mar-11": ("allow", [], "posted before Ord. 1752 was passed: no rule to remove it under"),
        "mar-12": (
            "remove",
            ["39.52(D)"],
            "a link to a pornography site is a link to sexual content",
        ),
        "mar-13": (
            "allow",
            [],
            "cancer screening and sex education are civic business, not sexual content",
        ),
        "mar-14": (
            "review",
            ["39.52(D)"],
            "asking for nude pictures is sexual content; a person decides",
        ),
    },
    "montgomery-county-oh": {
        "mc-01": ("allow", [], "thanks to the department: nothing in the code applies"),
        "mc-02": ("allow", [], "criticism of commissioners is a viewpoint the code respects"),
        "mc-03": ("allow", [], "the code does not name phone numbers; it is silent"),
        "mc-04": ("review", ["promotions"], "promotion of products is listed; a person decides"),
        "mc-05": ("remove", ["spam-links"], "a phishing link is a link to another site, spam"),
        "mc-06": ("review", ["campaigns"], "advocating for a candidate is listed"),
        "mc-07": ("remove", ["confidential"], "a card number is non-public information"),
        "mc-08": ("review", ["profane"], "profane language; whether it is, a person decides"),
        "mc-09": ("review", ["threats"], "a threat is listed; a person decides"),
        "mc-10": ("remove", ["confidential"], "an SSN is non-public information"),
        "mc-11": ("remove", ["spam-links"], "a link to another site is listed; the text shows it"),
        "mc-12": ("allow", [], "a link to the county's own site, where the page is published"),
        "mc-13": ("review", ["spam-links"], "a bare domain may be a link; a person decides"),
        "mc-14": (
            "review",
            ["hate"],
            "ethnicity is a listed basis: dehumanising an ethnic group is hate speech; a person"
            " decides",
        ),
        "mc-15": (
            "allow",
            [],
            "the page lists no basis of public assistance (Kankakee's does): no clause applies",
        ),
    },
}


@cache
def evaluator(city: str) -> msp.Evaluator:
    """The city's evaluator, compiled once: compiling takes about a second, and it is immutable."""
    return msp.Evaluator(msp.load(city))


def _samples(city: str) -> list[msp.Comment]:
    lines = (EXAMPLES / city / "comments.jsonl").read_text(encoding="utf-8").splitlines()
    return [msp.loads(line, msp.Comment, format="json") for line in lines if line.strip()]


def _cases() -> list[tuple[str, msp.Comment]]:
    return [(city, comment) for city in EXPECTED for comment in _samples(city)]


@pytest.mark.parametrize("city", sorted(EXPECTED))
def test_every_sample_has_an_expectation(city: str) -> None:
    """The golden table covers exactly the sample file's comments."""
    assert sorted(comment.id for comment in _samples(city)) == sorted(EXPECTED[city])


@pytest.mark.parametrize(("city", "comment"), _cases(), ids=lambda value: getattr(value, "id", ""))
def test_sample_verdict(city: str, comment: msp.Comment) -> None:
    """Each sample gets the decision and the clauses its policy calls for."""
    decision, clauses, why = EXPECTED[city][comment.id]
    verdict = evaluator(city).evaluate(comment)
    assert verdict.decision.value == decision, why
    assert [finding.clause.id for finding in verdict.findings] == clauses, why


@pytest.mark.parametrize("city", sorted(EXPECTED))
def test_bundled_file_is_the_example_file(city: str) -> None:
    """The bundled ordinance is the documented example file, value for value."""
    assert msp.load(str(EXAMPLES / city / "ordinance.toml")) == msp.load(city)


@pytest.mark.parametrize(
    ("city", "source"),
    [("marseilles", "marseilles-il.md"), ("montgomery-county-oh", "montgomery-county-oh-es.md")],
)
def test_every_clause_text_is_verbatim(city: str, source: str) -> None:
    """Every clause's text occurs word for word in the published wording the folder keeps."""
    text = " ".join((EXAMPLES / city / "source" / source).read_text(encoding="utf-8").split())
    for clause in msp.load(city).clauses:
        assert " ".join(clause.text.split()) in text, clause.id


@pytest.mark.parametrize(
    ("city", "source"),
    [("marseilles", "marseilles-il.md"), ("montgomery-county-oh", "montgomery-county-oh-es.md")],
)
def test_source_copy_is_the_shared_text(city: str, source: str) -> None:
    """The source kept in examples/ is byte for byte the shared copy it was taken from."""
    shared = SHARED / source
    if not shared.exists():
        pytest.skip("the shared cities folder is not beside this checkout")
    assert (EXAMPLES / city / "source" / source).read_bytes() == shared.read_bytes()


# --- Marseilles ---------------------------------------------------------------------------------


def test_marseilles_states_only_what_the_policy_states() -> None:
    """No title, purpose, effective date, notice or referral: the texts read have none."""
    marseilles = msp.load("marseilles")
    removal = marseilles.removal_procedure
    assert (marseilles.number, marseilles.adopted) == ("1752", dt.date(2020, 5, 20))
    assert (marseilles.title, marseilles.purpose, marseilles.effective) == ("", None, None)
    assert (removal.office_notice, removal.commenter_notice, removal.law_enforcement) == (
        None,
        None,
        None,
    )


def test_marseilles_guard_cites_the_first_amendment() -> None:
    """With no protected-speech clause, the guard still applies and cites the First Amendment."""
    verdict = evaluator("marseilles").evaluate("The mayor should resign over this budget")
    (guard,) = verdict.guards
    assert guard.clause.citation == "U.S. Const. amend. I"


def test_marseilles_retains_per_the_schedule_by_archive_else_screen_capture() -> None:
    """Retention names the schedule (no invented date) and the two capture methods in order."""
    (comment,) = [c for c in _samples("marseilles") if c.id == "mar-03"]
    verdict = evaluator("marseilles").evaluate(comment)
    (retain,) = [a for a in verdict.actions if isinstance(a, msp.RetainRecord)]
    assert (retain.retain_until, retain.per_schedule) == (None, "the records retention schedule")
    assert [c.method for c in retain.capture] == [
        msp.CaptureMethod.ARCHIVE_SERVICE,
        msp.CaptureMethod.SCREEN_CAPTURE,
    ]
    assert "per the records retention schedule" in verdict.explain()


def test_marseilles_rejects_or_removes_citing_the_section() -> None:
    """ "reject or remove (if possible)": the removal action offers both, citing § 39.52."""
    verdict = evaluator("marseilles").evaluate("My SSN is 356-21-4476")
    (remove,) = [a for a in verdict.actions if isinstance(a, msp.RemoveComment)]
    assert remove.methods == (msp.RemovalMethod.REJECT, msp.RemovalMethod.REMOVE)
    assert remove.clause.citation == "Code of Marseilles § 39.52"


def test_marseilles_citations_follow_the_code_numbering() -> None:
    """ "§ 39.52(A)" is a child of § 39.52, with no invented § 39."""
    marseilles = msp.load("marseilles")
    assert marseilles.clause("39.52(A)").parent_id == "39.52"
    assert marseilles.clause("39.52").parent_id is None
    assert marseilles.clause("39.52(B)").short_citation == "§ 39.52(B)"


# --- Montgomery County --------------------------------------------------------------------------


def test_montgomery_is_a_department_with_no_number_or_dates() -> None:
    """A department's web page: its office is named; number and dates are absent, not invented."""
    county = msp.load("montgomery-county-oh")
    assert county.jurisdiction.kind is msp.JurisdictionKind.DEPARTMENT
    assert county.jurisdiction.office == "Environmental Services"
    assert (county.number, county.adopted, county.effective) == (None, None, None)
    assert county.retention_schedule is None


def test_montgomery_second_violation_blocks_the_author() -> None:
    """A second violation adds BlockAuthor citing the page's sentence; a first does not."""
    county = evaluator("montgomery-county-oh")
    first = county.evaluate(msp.Comment(text="My SSN is 356-21-4476"))
    second = county.evaluate(msp.Comment(text="My SSN is 356-21-4476", prior_violations=1))
    assert not [a for a in first.actions if isinstance(a, msp.BlockAuthor)]
    (block,) = [a for a in second.actions if isinstance(a, msp.BlockAuthor)]
    assert (block.violations, block.threshold, block.clause.id) == (2, 2, "second-violation")


def test_montgomery_notice_cites_the_page_by_its_words() -> None:
    """The notice cites the bullet's own words, never an id the page does not have."""
    verdict = evaluator("montgomery-county-oh").evaluate("My card is 4111 1111 1111 1111")
    (notice,) = [a for a in verdict.actions if isinstance(a, msp.NotifyCommenter)]
    assert "“Posts that contain confidential or non-public information”" in notice.message
    assert "second violation" in notice.message
    assert "confidential" not in notice.message.split("“")[0]


@pytest.mark.parametrize("city", sorted(EXPECTED))
@pytest.mark.parametrize("format", ["toml", "json"])
def test_the_city_round_trips(city: str, format: Literal["toml", "json"]) -> None:
    """Written and read back, each city's ordinance is equal to itself (no value lost or added)."""
    ordinance = msp.load(city)
    assert msp.loads(msp.dumps(ordinance, format=format), format=format) == ordinance


@pytest.mark.parametrize("city", sorted(EXPECTED))
def test_the_new_actions_round_trip_in_verdicts(city: str) -> None:
    """Verdicts with RemoveComment, BlockAuthor and per-schedule retention survive JSON."""
    comment = msp.Comment(text="My SSN is 356-21-4476", prior_violations=1)
    verdict = evaluator(city).evaluate(comment)
    assert any(isinstance(action, msp.RemoveComment) for action in verdict.actions)
    assert msp.loads(msp.dumps(verdict), msp.Verdict, format="json") == verdict
