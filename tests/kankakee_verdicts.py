"""The Kankakee verdicts the tests read: one evaluator for the bundled ordinance, and the parts
of its verdict on a comment that the tests ask about.

Import it by name (``from kankakee_verdicts import evaluator, evidence``): the tests run with
``--import-mode=importlib``, and pytest's ``pythonpath`` setting in pyproject.toml puts this
folder on ``sys.path`` for every test module, under xdist as well.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache

import pytest

import municipal_social_policy as msp
from municipal_social_policy import testing
from municipal_social_policy.testing import evidence_of


@cache
def kankakee() -> msp.Ordinance:
    """The bundled Kankakee ordinance, loaded once (it is immutable)."""
    return msp.load("kankakee")


@cache
def evaluator() -> msp.Evaluator:
    """One compiled evaluator for Kankakee: compiling takes about a second, judging a comment
    a millisecond, and it is immutable, so every test judges with it."""
    return msp.Evaluator(kankakee())


def evidence(comment: str | msp.Comment, *detectors: str) -> list[msp.Evidence]:
    """The evidence ``detectors`` gave in the Kankakee verdict on ``comment``, in order."""
    if not detectors:
        raise TypeError("evidence() needs the ids of the detectors to read, e.g. 'threat'")
    verdict = evaluator().evaluate(comment)
    return [item for item in evidence_of(verdict) if item.detector in detectors]


def evidence_under(comment: str | msp.Comment, clause: str) -> list[msp.Evidence]:
    """The evidence of the findings citing ``clause`` in the Kankakee verdict on ``comment``."""
    verdict = evaluator().evaluate(comment)
    cited = (finding for finding in verdict.findings if finding.clause.id == clause)
    return [item for finding in cited for item in finding.evidence]


def detectors(comment: str | msp.Comment) -> set[str]:
    """The detectors that gave evidence in the Kankakee verdict on ``comment``."""
    return {item.detector for item in evidence_of(evaluator().evaluate(comment))}


def clauses(comment: str | msp.Comment) -> set[str]:
    """The clauses cited in the Kankakee verdict on ``comment``."""
    return {finding.clause.id for finding in evaluator().evaluate(comment).findings}


def categories(comment: str | msp.Comment) -> set[str]:
    """The categories of the findings in the Kankakee verdict on ``comment``."""
    return {finding.category for finding in evaluator().evaluate(comment).findings}


def cited(comment: str | msp.Comment, detector: str) -> set[str]:
    """The clauses cited by the findings ``detector`` contributed to in the Kankakee verdict on
    ``comment``: ``cited("I will shoot you", "threat") == {"V.2.2"}``."""
    verdict = evaluator().evaluate(comment)
    return {
        finding.clause.id
        for finding in verdict.findings
        if any(item.detector == detector for item in finding.evidence)
    }


#: The detectors whose evidence makes a threat or a call to violence.
THREATS = ("threat", "incitement")


def assert_threat(text: str) -> None:
    """``text`` is a threat: found, and sent to review, never removed."""
    verdict = evaluator().evaluate(text)
    assert evidence(text, *THREATS), f"no threat found in {text!r}"
    assert verdict.decision is msp.Decision.REVIEW, (text, verdict.decision)


def assert_no_threat(text: str) -> None:
    """``text`` is no threat."""
    assert not evidence(text, *THREATS), f"{text!r}: {evidence(text, *THREATS)}"


def assert_hate(text: str) -> None:
    """``text`` is hate aimed at a protected group: group_hate evidence, sent to review."""
    assert evidence(text, "group_hate"), f"no hate found in {text!r}"
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW, text


def assert_free(text: str) -> None:
    """``text`` is no hate speech: no group_hate evidence, no V.2.4 finding."""
    assert not evidence(text, "group_hate"), f"{text!r}: {evidence(text, 'group_hate')}"
    verdict = evaluator().evaluate(text)
    assert "V.2.4" not in {finding.clause.id for finding in verdict.findings}, text


#: A post that Montgomery County's comments answer, as comments do (``other_agency`` reads it).
#: The bundled cities' names, as :func:`municipal_social_policy.load` takes them.
KANKAKEE = "kankakee"
MARSEILLES = "marseilles"
MONTGOMERY = "montgomery-county-oh"

MONTGOMERY_THREAD = msp.Thread(
    topic="Holiday schedule", text="Offices close on Thursday for the holiday."
)


@cache
def city_evaluator(city: str) -> msp.Evaluator:
    """One compiled evaluator per bundled city."""
    return msp.Evaluator(msp.load(city))


def city_verdict(city: str, text: str) -> msp.Verdict:
    """The verdict of a bundled city on ``text``; Montgomery County's answers its thread."""
    thread = MONTGOMERY_THREAD if city == "montgomery-county-oh" else None
    return city_evaluator(city).evaluate(msp.Comment(text=text, thread=thread))


def threat_family_cases(
    threats: Mapping[str, Sequence[str]], near_misses: Mapping[str, Sequence[str]]
) -> list[tuple[str, str, bool]]:
    """Every phrasing of a module's threat families with its family and whether it threatens:
    the threats, then their near-misses."""
    return [
        (family, text, threatens)
        for table, threatens in ((threats, True), (near_misses, False))
        for family, texts in table.items()
        for text in texts
    ]


def assert_threat_in_every_city(text: str) -> None:
    """``text`` is a threat sent to review by Kankakee, and reviewed by the other bundled
    cities."""
    assert_threat(text)
    for city in ("marseilles", "montgomery-county-oh"):
        assert city_verdict(city, text).decision is msp.Decision.REVIEW, (city, text)


def assert_threat_case(text: str, threatens: bool) -> None:
    """A case of :func:`threat_family_cases`: a threat in every bundled city, or a near-miss
    that is no threat in Kankakee and that the other bundled cities allow."""
    if threatens:
        assert_threat_in_every_city(text)
        return
    assert_no_threat(text)
    for city in ("marseilles", "montgomery-county-oh"):
        assert city_verdict(city, text).decision is msp.Decision.ALLOW, (city, text)


def city_cited(city: str, text: str) -> set[str]:
    """The ids of the clauses a bundled city's verdict on ``text`` cites."""
    return {finding.clause.id for finding in city_verdict(city, text).findings}


def never_removed(city: str, text: str) -> None:
    """Assert that a bundled city's verdict on ``text`` is no removal."""
    assert city_verdict(city, text).decision is not msp.Decision.REMOVE


#: The hate clause of each bundled city.
HATE_CLAUSES = {KANKAKEE: "V.2.4", MARSEILLES: "39.52(C)", MONTGOMERY: "hate"}
#: The clause of each bundled city on calls to violence or to break the law.
UNLAWFUL_CLAUSES = {KANKAKEE: "V.2.6", MARSEILLES: "39.52(H)", MONTGOMERY: "illegal"}
#: The clause of each bundled city on disclosures that endanger public safety staff or the public.
SAFETY_CLAUSES = {KANKAKEE: "V.2.11", MARSEILLES: "39.52(F)", MONTGOMERY: "confidential"}
#: The clause of each bundled city on copies distributed without permission.
COPYRIGHT_CLAUSES = {KANKAKEE: "V.2.13", MARSEILLES: "39.52(I)", MONTGOMERY: "illegal"}
#: The impersonation clause of each bundled city that has one.
IMPERSONATION_CLAUSES = {KANKAKEE: "V.2.7"}
#: The clause of each bundled city on personal attacks.
PERSONAL_ATTACK_CLAUSES = {KANKAKEE: "V.2.2", MONTGOMERY: "threats"}
#: The clause of each bundled city on campaigning for a named candidate.
CANDIDATE_CLAUSES = {KANKAKEE: "V.2.12", MARSEILLES: "39.52(G)", MONTGOMERY: "campaigns"}
#: The off-topic clause of each bundled city.
OFF_TOPIC_CLAUSES = {KANKAKEE: "V.2.1", MARSEILLES: "39.52(A)", MONTGOMERY: "off-topic"}
#: The clause of each bundled city on a side taken on a ballot measure (Montgomery County's page
#: names candidates only).
MEASURE_CLAUSES = {KANKAKEE: "V.2.12", MARSEILLES: "39.52(G)"}
#: The clause of each bundled city on threats.
THREAT_CLAUSES = {KANKAKEE: "V.2.2", MARSEILLES: "39.52(B)", MONTGOMERY: "threats"}
#: The clause of each bundled city on defamation.
DEFAMATION_CLAUSES = {KANKAKEE: "V.2.3", MARSEILLES: "39.52(B)", MONTGOMERY: "threats"}
#: The clause of each bundled city on harassment (Marseilles names none).
HARASSMENT_CLAUSES = {KANKAKEE: "V.2.2", MONTGOMERY: "threats"}
#: The clause of each bundled city on commerce (Marseilles names none).
PROMOTION_CLAUSES = {KANKAKEE: "V.2.9", MONTGOMERY: "promotions"}
#: The clause of each bundled city on a person's private information.
PERSONAL_CLAUSES = {KANKAKEE: "V.2.10", MARSEILLES: "39.52(E)", MONTGOMERY: "confidential"}
#: The clause of each bundled city on sexual content.
SEXUAL_CLAUSES = {KANKAKEE: "V.2.5", MARSEILLES: "39.52(D)", MONTGOMERY: "profane"}


def assert_hate_in_city(city: str, text: str, hateful: bool) -> None:
    """A bundled city's verdict on ``text`` cites its hate clause exactly when ``hateful``, and
    is no removal (every hate finding is JUDGMENT)."""
    assert (HATE_CLAUSES[city] in city_cited(city, text)) is hateful, (city, text)
    never_removed(city, text)


def trigger_holds(detector: str, text: str) -> bool:
    """Whether the trigger of the built-in ``detector`` holds for ``text`` (a detector without
    one is called for every text)."""
    trigger = getattr(testing.build(detector), "trigger", None)
    return trigger is None or bool(trigger.holds(msp.normalize(text)))


#: The thread the city-family tests' comments answer (the off-topic rules read it): road work.
ROAD_THREAD = msp.Thread(
    topic="Road resurfacing on Main Street",
    text="Main Street will be resurfaced from Monday; expect detours.",
)

#: A family of phrasing: (clause per city, comments it names, near-misses it must not cite).
CityFamily = tuple[Mapping[str, str], Sequence[str], Sequence[str]]


def family_cases(families: Mapping[str, CityFamily], which: int) -> list[object]:
    """The ``(city, clause, text)`` parameters of every family's comments (``which`` 0) or
    near-misses (``which`` 1), one per city whose clause the family names."""
    return [
        pytest.param(city, clause, text, id=f"{family}-{city}-{number}")
        for family, (clauses, *texts) in families.items()
        for city, clause in clauses.items()
        for number, text in enumerate(texts[which])
    ]


def road_verdict(city: str, text: str, role: str = "public") -> msp.Verdict:
    """The verdict of a bundled city on ``text`` posted under :data:`ROAD_THREAD` by an author
    of ``role``."""
    comment = msp.Comment(text=text, thread=ROAD_THREAD, author=msp.Author(role=role))
    return city_evaluator(city).evaluate(comment)


def assert_family_cited(city: str, clause: str, text: str) -> msp.Verdict:
    """Assert that a bundled city cites ``clause`` for ``text`` and does not allow it; the
    verdict, for stricter checks."""
    verdict = road_verdict(city, text)
    assert clause in {finding.clause.id for finding in verdict.findings}, (city, text)
    assert verdict.decision is not msp.Decision.ALLOW, (city, text)
    return verdict


def assert_near_miss(city: str, clause: str, text: str) -> None:
    """Assert that a bundled city neither cites ``clause`` for ``text`` nor removes it."""
    verdict = road_verdict(city, text)
    assert clause not in {finding.clause.id for finding in verdict.findings}, (city, text)
    assert verdict.decision is not msp.Decision.REMOVE, (city, text)


def family_tests(
    families: Mapping[str, CityFamily], decision: msp.Decision | None = None
) -> tuple[Callable[[str, str, str], None], Callable[[str, str, str], None]]:
    """The two tests of a module of city families: each city cites the family under its clause
    (with ``decision``, if given, else any but allow), and no near-miss is cited or removed."""

    @pytest.mark.parametrize(("city", "clause", "text"), family_cases(families, 0))
    def test_each_city_cites_the_family_under_its_clause(city: str, clause: str, text: str) -> None:
        verdict = assert_family_cited(city, clause, text)
        assert decision is None or verdict.decision is decision, (city, text, verdict.decision)

    @pytest.mark.parametrize(("city", "clause", "text"), family_cases(families, 1))
    def test_near_misses_are_not_cited_and_never_removed(city: str, clause: str, text: str) -> None:
        assert_near_miss(city, clause, text)

    return (
        test_each_city_cites_the_family_under_its_clause,
        test_near_misses_are_not_cited_and_never_removed,
    )
