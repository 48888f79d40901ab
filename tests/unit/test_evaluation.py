"""Unit tests for ``msp.evaluate`` and ``msp.Evaluator``: inputs, decisions, guards and notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import municipal_social_policy as msp
from kankakee_verdicts import evaluator, kankakee
from municipal_social_policy.evaluation import READ_LIMIT


def phrase_detector(phrase: str, strength: msp.Strength) -> msp.DetectorFactory:
    """A detector factory that signals every occurrence of ``phrase`` (normalised) in a comment."""

    def factory(config: msp.DetectorConfig) -> msp.Detector:
        def detect(text: msp.NormalizedText, comment: msp.Comment) -> Iterator[msp.Signal]:
            start = text.normalized.find(phrase)
            while start >= 0:
                yield msp.Signal(config.id, *text.span(start, start + len(phrase)), strength)
                start = text.normalized.find(phrase, start + 1)

        return detect

    return factory


def timing_out(config: msp.DetectorConfig) -> msp.Detector:
    """A detector factory whose detector always runs out of time, as a regex timeout does."""

    def detect(text: msp.NormalizedText, comment: msp.Comment) -> Iterator[msp.Signal]:
        raise TimeoutError("regex timed out")
        yield  # pragma: no cover - makes this a generator like the built-in detectors

    return detect


def with_detector(code: str, detector_id: str) -> msp.Ordinance:
    """Kankakee with one more detector in the category ``code``."""
    ordinance = kankakee()
    categories = tuple(
        attrs.evolve(c, detectors=(*c.detectors, msp.DetectorConfig(detector_id)))
        if c.code == code
        else c
        for c in ordinance.comment_policy.categories
    )
    policy = attrs.evolve(ordinance.comment_policy, categories=categories)
    return attrs.evolve(ordinance, comment_policy=policy)


# --- the acceptance examples --------------------------------------------------------------------


def test_acceptance_ssn_is_removed_citing_v_2_10() -> None:
    """Acceptance: "My SSN is 356-21-4476" is REMOVE under § V.2.10, with the SSN's span."""
    text = "My SSN is 356-21-4476"
    verdict = msp.evaluate(kankakee(), text)
    assert verdict.decision is msp.Decision.REMOVE
    [finding] = verdict.findings
    assert finding.clause.id == "V.2.10"
    assert [(e.start, e.end, e.text) for e in finding.evidence] == [(10, 21, "356-21-4476")]


def test_acceptance_criticism_of_the_mayor_is_allowed() -> None:
    """Acceptance: "The mayor is doing a terrible job and should resign" is ALLOW."""
    verdict = msp.evaluate(kankakee(), "The mayor is doing a terrible job and should resign")
    assert verdict.decision is msp.Decision.ALLOW
    assert verdict.findings == ()
    assert verdict.actions == ()


def test_acceptance_sql_injection_is_removed_citing_v_2_14() -> None:
    """Acceptance: "'; DROP TABLE comments; --" is REMOVE under § V.2.14."""
    verdict = msp.evaluate(kankakee(), "'; DROP TABLE comments; --")
    assert verdict.decision is msp.Decision.REMOVE
    assert [finding.clause.id for finding in verdict.findings] == ["V.2.14"]


# --- inputs -------------------------------------------------------------------------------------


def test_str_and_comment_give_the_same_verdict() -> None:
    """A bare string is judged as a Comment with that text."""
    text = "Call me at 815-555-0143"
    assert msp.evaluate(kankakee(), text) == msp.evaluate(kankakee(), msp.Comment(text=text))


@pytest.mark.parametrize("bad", [b"My SSN is 356-21-4476", None, 42, ["text"]])
def test_non_text_is_a_type_error_with_a_clear_message(bad: object) -> None:
    """bytes, None, int and lists are refused with a TypeError saying what is accepted."""
    with pytest.raises(TypeError) as caught:
        evaluator().evaluate(bad)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "str" in message
    assert "Comment" in message
    assert type(bad).__name__ in message


def test_evaluator_refuses_what_is_not_an_ordinance() -> None:
    """``Evaluator("kankakee")`` is a TypeError that says how to get an Ordinance."""
    with pytest.raises(TypeError) as caught:
        msp.Evaluator("kankakee")  # type: ignore[arg-type]
    assert "'kankakee'" in str(caught.value)
    assert "load(" in str(caught.value)


@pytest.mark.parametrize(
    "text", ["", " ", "\x00\x01", "\ud800", "a\udfffb", "\u200b" * 50, "\U0001f600" * 10, "\r\n\t"]
)
def test_any_string_yields_a_verdict(text: str) -> None:
    """Empty, control, lone-surrogate and invisible-only texts give an ALLOW verdict, no error."""
    verdict = evaluator().evaluate(text)
    assert isinstance(verdict, msp.Verdict)
    assert verdict.decision is msp.Decision.ALLOW


def test_a_megabyte_of_text_goes_to_review_saying_how_much_was_read() -> None:
    """Past the read limit a comment is not let through unread: it goes to review, and the
    verdict says how much of it the detectors read; evidence inside that part is still cited."""
    filler = "Lovely parade on Court Street this year, thanks to everyone! "
    body = (filler * (1_000_000 // len(filler) + 1))[:1_000_000]
    at_end = evaluator().evaluate(body + " My SSN is 356-21-4476")
    assert at_end.decision is msp.Decision.REVIEW
    [error] = at_end.errors
    assert f"{len(body) + 22:,} characters long" in error
    assert "a person should read the rest" in error
    at_start = evaluator().evaluate("My SSN is 356-21-4476 " + body)
    assert at_start.decision is msp.Decision.REMOVE
    [evidence] = [e for f in at_start.findings for e in f.evidence if e.detector == "ssn"]
    assert evidence.start == len("My SSN is ")


def test_the_read_limit_cuts_between_words() -> None:
    """The cut falls on white space, so no word is cut into another word at the edge: with
    "assassin" straddling the limit, the part read does not end in "ass"."""
    filler = "The parade on Court Street was lovely. "
    head = (filler * (READ_LIMIT // len(filler) + 1))[: READ_LIMIT - 4] + " "
    text = head + "assassin" + " and more" * 10
    assert text[READ_LIMIT - 3 : READ_LIMIT] == "ass"
    verdict = evaluator().evaluate(text)
    assert verdict.decision is msp.Decision.REVIEW
    assert "profanity" not in {finding.category for finding in verdict.findings}


def test_a_comment_at_the_read_limit_is_read_whole() -> None:
    """A comment of exactly the read limit is judged like any other, with no error."""
    text = "a" * READ_LIMIT
    verdict = evaluator().evaluate(text)
    assert verdict.errors == ()
    assert verdict.decision is msp.Decision.ALLOW


@given(st.text(st.characters(exclude_categories=())))
@example("My SSN is 356-21-4476 '; DROP TABLE x; -- (815) 555-0143")
def test_every_text_gets_a_consistent_verdict(text: str) -> None:
    """For any text the decision is the highest finding action and evidence indexes the text."""
    verdict = evaluator().evaluate(text)
    actions = [finding.action for finding in verdict.findings]
    assert verdict.decision == max(actions, default=msp.Decision.ALLOW)
    for finding in verdict.findings:
        for item in finding.evidence:
            assert text[item.start : item.end] == item.text
    assert (verdict.actions == ()) == (verdict.findings == ())


# --- decisions ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "decision", "actions"),
    [
        ("Call 815-555-0143 or jane@example.com", msp.Decision.REVIEW, {msp.Decision.REVIEW}),
        (
            "Call 815-555-0143, SSN 356-21-4476",
            msp.Decision.REMOVE,
            {msp.Decision.REMOVE},  # one category: its evidence is mechanical
        ),
        (
            "'; DROP TABLE comments; -- call 815-555-0143",
            msp.Decision.REMOVE,
            {msp.Decision.REVIEW, msp.Decision.REMOVE},
        ),
        ("What a lovely sunset over the river", msp.Decision.ALLOW, set()),
    ],
)
def test_decision_is_the_highest_finding_action(
    text: str, decision: msp.Decision, actions: set[msp.Decision]
) -> None:
    """REMOVE > REVIEW > ALLOW: the verdict takes the highest action any finding calls for."""
    verdict = evaluator().evaluate(text)
    assert {finding.action for finding in verdict.findings} == actions
    assert verdict.decision is decision


def test_decisions_are_ordered() -> None:
    """ALLOW < REVIEW < REMOVE, with the string values the design names."""
    assert msp.Decision.ALLOW < msp.Decision.REVIEW < msp.Decision.REMOVE
    assert max(msp.Decision) is msp.Decision.REMOVE
    assert [d.value for d in (msp.Decision.ALLOW, msp.Decision.REVIEW, msp.Decision.REMOVE)] == [
        "allow",
        "review",
        "remove",
    ]


def test_judgment_evidence_in_a_remove_category_is_only_review() -> None:
    """Judgment evidence never reaches REMOVE, even where the ceiling would allow it."""
    verdict = evaluator().evaluate("Email me: jane@example.com")
    [finding] = verdict.findings
    assert kankakee().category(finding.category).ceiling is msp.Ceiling.REMOVE
    assert finding.strength is msp.Strength.JUDGMENT
    assert finding.action is msp.Decision.REVIEW
    assert verdict.decision is msp.Decision.REVIEW


def test_mechanical_evidence_under_a_review_ceiling_is_only_review() -> None:
    """A REVIEW ceiling caps even mechanical evidence: a person decides (e.g. off-topic)."""
    ordinance = with_detector("off_topic", "crypto")
    evaluator = msp.Evaluator(
        ordinance, detectors={"crypto": phrase_detector("bitcoin", msp.Strength.MECHANICAL)}
    )
    verdict = evaluator.evaluate("Buy Bitcoin now")
    [finding] = verdict.findings
    assert (finding.category, finding.clause.id) == ("off_topic", "V.2.1")
    assert finding.strength is msp.Strength.MECHANICAL
    assert finding.action is msp.Decision.REVIEW
    assert verdict.decision is msp.Decision.REVIEW


def test_a_detector_that_times_out_sends_the_comment_to_review() -> None:
    """A comment the evaluator could not fully read is never ALLOW: a person must read it."""
    evaluator = msp.Evaluator(kankakee(), detectors={"sql_injection": timing_out})
    verdict = evaluator.evaluate("harmless-looking text")
    assert any("did not finish" in error for error in verdict.errors)
    assert verdict.findings == ()
    assert verdict.decision is msp.Decision.REVIEW


# --- the protected-speech guard -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The mayor is doing a terrible job and should resign",
        "The city council's budget is a disgrace",
        "Police Chief, your policy is wrong",
    ],
)
def test_protected_speech_guard_applies_to_criticism_of_government(text: str) -> None:
    """Criticism of officials or policies is ALLOW, and the verdict says § I.3 applied."""
    verdict = evaluator().evaluate(text)
    assert verdict.decision is msp.Decision.ALLOW
    assert [(g.code, g.clause.id) for g in verdict.guards] == [("protected_speech", "I.3")]
    assert "Nothing in this policy shall be applied to prohibit" in verdict.guards[0].clause.text


def test_guard_is_absent_when_government_is_not_mentioned() -> None:
    """A comment about something else carries no guard."""
    assert evaluator().evaluate("What a lovely sunset over the river").guards == ()


@pytest.mark.parametrize(
    ("praise", "criticism"),
    [
        ("The mayor is doing a great job", "The mayor is doing a terrible job"),
        ("Thank you, council, for the budget", "Shame on you, council, for the budget"),
        ("The mayor is doing a terrible job", "My neighbour is doing a terrible job"),
        (
            "Great idea, mayor, email me at jane@example.com",
            "Awful idea, mayor, email me at jane@example.com",
        ),
    ],
)
def test_viewpoint_never_changes_the_decision(praise: str, criticism: str) -> None:
    """Swapping praise for criticism, or the mayor for a resident, leaves the decision alone."""
    first = evaluator().evaluate(praise)
    second = evaluator().evaluate(criticism)
    assert first.decision is second.decision
    assert [f.category for f in first.findings] == [f.category for f in second.findings]


# --- notes --------------------------------------------------------------------------------------


def test_comment_older_than_the_ordinance_is_allowed_with_a_note() -> None:
    """A comment posted before 2 December 2019 is allowed: no rule of 2019-70 existed yet.

    Even an SSN is not removed under a clause that was not in force; the note says so and
    points at 2018-36, which the encoding does not hold.
    """
    comment = msp.Comment(text="My SSN is 356-21-4476", posted_at=dt.datetime(2019, 12, 1, 23, 59))
    verdict = evaluator().evaluate(comment)
    assert verdict.decision is msp.Decision.ALLOW
    assert verdict.findings == ()
    assert verdict.notes == (
        "posted on 2019-12-01, before Kankakee Ord. 2019-70 took effect on 2019-12-02: no version"
        " of this policy was in force, so nothing may be removed under it; it amends 2018-36,"
        " which this encoding does not hold: judge the comment under the policy then in force",
    )


@pytest.mark.parametrize(
    "posted", [dt.datetime(2019, 12, 2, 0, 0), dt.datetime(2024, 5, 10, 12, 0), None]
)
def test_comment_from_the_effective_date_on_gets_no_note(posted: dt.datetime | None) -> None:
    """From the effective date on (or with no date) there is nothing to note."""
    verdict = evaluator().evaluate(msp.Comment(text="Nice park", posted_at=posted))
    assert verdict.notes == ()


# --- custom detectors ---------------------------------------------------------------------------


def test_custom_detector_adds_findings() -> None:
    """``Evaluator(..., detectors={...})`` runs a city's own detector for the category naming it."""
    ordinance = with_detector("commercial_solicitation", "promo")
    evaluator = msp.Evaluator(
        ordinance, detectors={"promo": phrase_detector("promo code", msp.Strength.JUDGMENT)}
    )
    text = "Use PROMO CODE save10 at my shop"
    verdict = evaluator.evaluate(text)
    assert verdict.decision is msp.Decision.REVIEW
    [finding] = verdict.findings
    assert (finding.category, finding.clause.id) == ("commercial_solicitation", "V.2.9")
    # The built-in § V.2.9 detectors may add their own evidence; the city's detector must be there.
    assert ("PROMO CODE", "promo") in [(e.text, e.detector) for e in finding.evidence]


def test_custom_detector_replaces_a_builtin() -> None:
    """A detector given under a built-in id replaces the built-in one."""
    silent = phrase_detector("\x00never\x00", msp.Strength.MECHANICAL)
    evaluator = msp.Evaluator(kankakee(), detectors={"ssn": silent})
    assert evaluator.evaluate("My SSN is 356-21-4476").decision is msp.Decision.ALLOW


def test_unknown_detector_names_its_path() -> None:
    """An ordinance naming a detector nobody provides fails at compile time, naming the path."""
    assert issubclass(msp.UnknownDetectorError, LookupError)
    ordinance = with_detector("profanity", "sentiment")
    index = [c.code for c in ordinance.comment_policy.categories].index("profanity")
    position = len(ordinance.category("profanity").detectors) - 1
    with pytest.raises(msp.UnknownDetectorError) as caught:
        msp.Evaluator(ordinance)
    message = str(caught.value)
    assert message.startswith(
        f"comment_policy.categories[{index}].detectors[{position}].id: no detector 'sentiment'"
    )
    assert "detectors=" in message  # says how to provide one


# --- many comments ------------------------------------------------------------------------------


def test_evaluate_many_is_lazy_and_in_order() -> None:
    """``evaluate_many`` reads one comment per verdict asked for, and keeps the input order."""
    texts = ["hello", "My SSN is 356-21-4476", "Call 815-555-0143", "'; DROP TABLE x; --"]
    consumed: list[str] = []

    def comments() -> Iterator[str]:
        for text in texts:
            consumed.append(text)
            yield text

    verdicts = msp.Evaluator(kankakee()).evaluate_many(comments())
    assert consumed == []
    first = next(verdicts)
    assert consumed == texts[:1]
    assert first.decision is msp.Decision.ALLOW
    rest = list(verdicts)
    assert consumed == texts
    assert [v.decision for v in rest] == [
        msp.Decision.REMOVE,
        msp.Decision.REVIEW,
        msp.Decision.REMOVE,
    ]


def test_evaluation_is_pure() -> None:
    """The same comment gives equal verdicts from one evaluator, a new one, and ``evaluate``."""
    comment = msp.Comment(
        text="SSN 356-21-4476 mayor", platform="x", posted_at=dt.datetime(2024, 5, 10, 9, 0)
    )
    first = evaluator().evaluate(comment)
    assert evaluator().evaluate(comment) == first
    assert msp.Evaluator(kankakee()).evaluate(comment) == first
    assert msp.evaluate(kankakee(), comment) == first


# --- the ordinance reference --------------------------------------------------------------------


def test_verdict_names_the_ordinance_and_its_digest() -> None:
    """Each verdict carries the ordinance's number, version, name and content digest."""
    verdict = msp.evaluate(kankakee(), "hello")
    reference = verdict.ordinance
    assert reference.number == "2019-70"
    assert reference.digest == kankakee().digest
    assert reference.name == "kankakee"
    assert reference.version == kankakee().version
    assert reference.citation_prefix == "Kankakee Ord. 2019-70"


def test_verdict_digest_follows_the_ordinance() -> None:
    """A changed ordinance stamps its own, different digest on verdicts."""
    changed = attrs.evolve(kankakee(), version="1.0.1")
    assert msp.evaluate(changed, "hello").ordinance.digest == changed.digest != kankakee().digest


def test_verdict_clauses_lists_each_clause_once() -> None:
    """``verdict.clauses`` lists the clauses the findings rest on, in finding order."""
    verdict = evaluator().evaluate("'; DROP TABLE x; -- SSN 356-21-4476 and 815-555-0143")
    assert [clause.id for clause in verdict.clauses] == ["V.2.10", "V.2.14"]


def test_a_detector_of_display_names_is_called_only_for_authors_with_one() -> None:
    """A detector with ``reads_display_name_only`` is skipped for an author without a display
    name, and called, and heard, for one with it."""
    calls: list[str] = []

    class NameReader:
        reads_display_name_only = True

        def __call__(self, text: msp.NormalizedText, comment: msp.Comment) -> list[msp.Signal]:
            calls.append(comment.author.display_name)
            return [msp.Signal("name_reader", 0, 0, msp.Strength.JUDGMENT)]

    ordinance = msp.load("kankakee")
    category = ordinance.comment_policy.categories[0]
    config = attrs.evolve(category.detectors[0], id="name_reader")
    changed = attrs.evolve(category, detectors=(config,))
    city = attrs.evolve(
        ordinance,
        comment_policy=attrs.evolve(
            ordinance.comment_policy,
            categories=(changed, *ordinance.comment_policy.categories[1:]),
        ),
    )
    evaluator = msp.Evaluator(city, detectors={"name_reader": lambda config: NameReader()})
    assert evaluator.evaluate("Fix the potholes").decision is msp.Decision.ALLOW
    assert calls == []
    named = msp.Comment(text="Fix the potholes", author=msp.Author(display_name="Jo"))
    assert evaluator.evaluate(named).findings
    assert calls == ["Jo"]


def test_building_an_evaluator_pauses_the_collector_and_leaves_it_as_it_was() -> None:
    """The cyclic garbage collector is paused while detectors are built (they make many objects
    that all stay) and left after as it was found: running, or stopped by the caller, also when
    a detector's factory fails."""
    import gc

    seen: list[bool] = []

    def recording(config: msp.DetectorConfig) -> msp.Detector:
        seen.append(gc.isenabled())
        return timing_out(config)

    def failing(config: msp.DetectorConfig) -> msp.Detector:
        raise RuntimeError("cannot build")

    ordinance = with_detector("off_topic", "probe")
    was = gc.isenabled()
    try:
        for running in (True, False):
            gc.enable() if running else gc.disable()
            msp.Evaluator(ordinance, detectors={"probe": recording})
            assert seen.pop() is False
            assert gc.isenabled() is running
            with pytest.raises(RuntimeError, match="cannot build"):
                msp.Evaluator(ordinance, detectors={"probe": failing})
            assert gc.isenabled() is running
    finally:
        gc.enable() if was else gc.disable()
