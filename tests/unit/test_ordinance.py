"""Unit tests for the ordinance model: clauses, look-ups, consistency checks, digest, retention.

Expected values come from the law text (``examples/kankakee/source/ordinance-2019-70.txt``) and
from ``DESIGN.md``, not from running the implementation.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

import attrs
import pytest

import municipal_social_policy as msp

SOURCE = Path(__file__).parents[2] / "examples" / "kankakee" / "source" / "ordinance-2019-70.txt"
PREFIX = "Kankakee Ord. 2019-70"
T = TypeVar("T")


def present(value: T | None) -> T:
    """``value``, which Kankakee's ordinance is known to give (narrows the optional type)."""
    assert value is not None
    return value


@cache
def kankakee() -> msp.Ordinance:
    """The bundled Kankakee ordinance, loaded once (it is immutable)."""
    return msp.load("kankakee")


def collapse(text: str) -> str:
    """``text`` NFC-normalised with every run of whitespace (NBSP included) as one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def source_prohibited_list() -> list[str]:
    """The bullets of the prohibited list under Section V, second paragraph, from the law text."""
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if re.match(r"^\s*V\.\s+COMMENT POLICY", line))
    bullets = []
    for line in lines[start + 1 :]:
        if re.match(r"^\s*VI\.\s+REPORTING", line):
            break
        nested = re.match(r"^ {6}• (.*)$", line)
        if nested:
            bullets.append(collapse(nested.group(1)))
    return bullets


def replace_clauses(ordinance: msp.Ordinance, clauses: list[msp.Clause]) -> msp.Ordinance:
    """``ordinance`` with its clause list replaced (validation runs again)."""
    return attrs.evolve(ordinance, clauses=tuple(clauses))


def inconsistency(make: Callable[[], object]) -> msp.OrdinanceLoadError:
    """The error raised by calling ``make``; fails the test if nothing is raised."""
    with pytest.raises(msp.OrdinanceLoadError) as caught:
        make()
    return caught.value


# --- clause look-up -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("clause_id", "words"),
    [
        ("I.3", "Nothing in this policy shall be applied to prohibit or infringe"),
        ("V.2.5", "Profane, obscene, sexual or pornographic content"),
        ("V.2.10", "social security number"),
        ("V.2.14", "Cyber Attacks"),
        ("VI.4", "referred to the appropriate law enforcement agency"),
        ("retention", "kept for (3) calendar years"),
    ],
)
def test_clause_returns_the_clause_with_the_official_wording(clause_id: str, words: str) -> None:
    """``ordinance.clause(id)`` returns a Clause with that id whose text is in the law text."""
    clause = kankakee().clause(clause_id)
    assert isinstance(clause, msp.Clause)
    assert clause.id == clause_id
    assert words in clause.text
    assert collapse(clause.text) in collapse(SOURCE.read_text(encoding="utf-8"))


def test_unknown_clause_error_is_a_lookup_error() -> None:
    """An unknown id raises UnknownClauseError, which callers can catch as LookupError."""
    assert issubclass(msp.UnknownClauseError, LookupError)
    assert issubclass(msp.UnknownClauseError, msp.MunicipalSocialPolicyError)
    with pytest.raises(LookupError):
        kankakee().clause("V.2.99")


@pytest.mark.parametrize(
    ("wrong", "near"), [("V.2.55", "V.2.5"), ("VI.44", "VI.4"), ("I.33", "I.3")]
)
def test_unknown_clause_error_suggests_the_nearest_id(wrong: str, near: str) -> None:
    """The message of UnknownClauseError names the wrong id and suggests the nearest real one."""
    with pytest.raises(msp.UnknownClauseError) as caught:
        kankakee().clause(wrong)
    message = str(caught.value)
    assert repr(wrong) in message
    assert "did you mean" in message
    suggestions = message.split("did you mean", 1)[1]
    assert suggestions.lstrip().startswith(repr(near))


def test_unknown_clause_without_near_ids_gives_no_suggestion() -> None:
    """An id like nothing in the ordinance gets no made-up suggestion."""
    with pytest.raises(msp.UnknownClauseError) as caught:
        kankakee().clause("zzzzzzzzzzzz")
    assert "did you mean" not in str(caught.value)


def test_children_of_the_prohibited_list_are_its_fourteen_bullets_in_order() -> None:
    """``children("V.2")`` is V.2.1 ... V.2.14 in document order, with the law's wording."""
    children = kankakee().children("V.2")
    assert [child.id for child in children] == [f"V.2.{n}" for n in range(1, 15)]
    assert [collapse(child.text) for child in children] == source_prohibited_list()


@pytest.mark.parametrize("leaf", ["V.2.5", "retention", "VI.6"])
def test_children_of_a_leaf_clause_is_empty(leaf: str) -> None:
    """A clause with no nested bullets has no children."""
    assert kankakee().children(leaf) == ()


def test_children_of_an_unknown_clause_raises() -> None:
    """Asking for the children of a clause that does not exist is an error, not an empty tuple."""
    with pytest.raises(msp.UnknownClauseError) as caught:
        kankakee().children("V.9")
    assert "'V.9'" in str(caught.value)


def test_children_are_direct_children_only() -> None:
    """``children("IV.1.2")`` holds IV.1.2.5 but not its own children IV.1.2.5.1 and IV.1.2.5.2."""
    ids = [clause.id for clause in kankakee().children("IV.1.2")]
    assert ids == [f"IV.1.2.{n}" for n in range(1, 7)]


@pytest.mark.parametrize(
    ("clause_id", "parent"),
    [("IV.1.2.4", "IV.1.2"), ("V.2.5", "V.2"), ("V", None), ("retention", None)],
)
def test_parent_id_follows_the_dotted_id(clause_id: str, parent: str | None) -> None:
    """The parent of a clause is its id without the last dotted part (top level: None)."""
    assert kankakee().clause(clause_id).parent_id == parent


# --- citations ----------------------------------------------------------------------------------


@pytest.mark.parametrize("clause_id", ["V.2.5", "V.2.10", "VI.5.4", "IV.1.2.4", "I.3"])
def test_citation_is_the_prefix_section_sign_and_id(clause_id: str) -> None:
    """Every numbered clause is cited as ``Kankakee Ord. 2019-70 § <id>``."""
    assert kankakee().clause(clause_id).citation == f"{PREFIX} § {clause_id}"


def test_retention_clause_has_its_own_citation() -> None:
    """The unnumbered retention line is cited by its heading, not as ``§ retention``."""
    clause = kankakee().clause("retention")
    assert clause.citation != f"{PREFIX} § retention"
    assert clause.citation.startswith(PREFIX)
    assert "Social Media Retention" in clause.citation
    assert clause.heading == "Social Media Retention"


def test_an_explicit_citation_is_kept_and_an_empty_one_is_derived() -> None:
    """A clause built without a citation gets the derived one; a given citation is kept."""
    clauses = [*kankakee().clauses, msp.Clause(id="IX"), msp.Clause(id="X", citation="Annex X")]
    ordinance = replace_clauses(kankakee(), clauses)
    assert ordinance.clause("IX").citation == f"{PREFIX} § IX"
    assert ordinance.clause("X").citation == "Annex X"


# --- categories and platforms -------------------------------------------------------------------


def test_each_category_rests_on_its_bullet_of_the_prohibited_list() -> None:
    """The first fourteen categories map one to one, in order, onto V.2.1 ... V.2.14."""
    categories = kankakee().comment_policy.categories
    assert [c.clauses for c in categories[:14]] == [(f"V.2.{n}",) for n in range(1, 15)]


def test_personnel_categories_rest_on_the_personnel_rules_and_stop_at_review() -> None:
    """After the prohibited list come the personnel rules of IV.2.3, each at most REVIEW."""
    rest = kankakee().comment_policy.categories[14:]
    assert [c.code for c in rest] == [
        "personnel_guilt_or_prosecutions",
        "personnel_political_activity",
        "personnel_private_business",
        "personnel_identification",
    ]
    assert [c.clauses for c in rest] == [("IV.2.3.3",), ("IV.2.3.4",), ("IV.2.3.4",), ("IV.2.3.2",)]
    assert all(c.ceiling is msp.Ceiling.REVIEW for c in rest)
    assert all(msp.ActionKind.NOTIFY_COMMENTER not in c.actions for c in rest)


@pytest.mark.parametrize(
    ("code", "clause_id"),
    [("profanity", "V.2.5"), ("personal_information", "V.2.10"), ("cyber_attack", "V.2.14")],
)
def test_category_by_code(code: str, clause_id: str) -> None:
    """``category(code)`` returns the category, whose first clause is its bullet of V.2."""
    category = kankakee().category(code)
    assert category.code == code
    assert category.clause == clause_id


@pytest.mark.parametrize(
    "code",
    [
        "off_topic",
        "defamation",
        "false_information",
        "threats_harassment",
        "impersonation",
        "campaign_advocacy",
        "copyright",
        "public_safety",
    ],
)
def test_judgment_categories_have_the_review_ceiling(code: str) -> None:
    """The design's judgment categories never let automation go beyond REVIEW."""
    assert kankakee().category(code).ceiling is msp.Ceiling.REVIEW


@pytest.mark.parametrize("code", ["profanity", "personal_information", "cyber_attack"])
def test_mechanical_categories_have_the_remove_ceiling(code: str) -> None:
    """Categories with mechanical evidence (profanity, SSN/card, injection) may reach REMOVE."""
    assert kankakee().category(code).ceiling is msp.Ceiling.REMOVE


def test_unknown_category_is_a_lookup_error_listing_the_codes() -> None:
    """An unknown category code raises LookupError naming the code and the codes that exist."""
    with pytest.raises(LookupError) as caught:
        kankakee().category("spam")
    message = str(caught.value)
    assert "'spam'" in message
    assert "'cyber_attack'" in message
    assert "'profanity'" in message


@pytest.mark.parametrize(
    ("name", "platform", "clause_id"),
    [
        ("twitter", "twitter", "VI.5.1"),
        ("Twitter", "twitter", "VI.5.1"),
        ("X", "twitter", "VI.5.1"),
        (" x ", "twitter", "VI.5.1"),
        ("instagram", "instagram", "VI.5.2"),
        ("LinkedIn", "linkedin", "VI.5.3"),
        ("ring", "ring", "VI.5.4"),
        ("neighbors", "ring", "VI.5.4"),
    ],
)
def test_platform_by_name_or_alias(name: str, platform: str, clause_id: str) -> None:
    """``platform(name)`` finds the § VI.5 referral by name or alias, ignoring case and spaces."""
    referral = kankakee().platform(name)
    assert referral is not None
    assert referral.platform == platform
    assert referral.clause == clause_id


@pytest.mark.parametrize("name", ["facebook", "tiktok", ""])
def test_platform_not_named_by_the_ordinance_is_none(name: str) -> None:
    """Platforms § VI.5 does not name (Facebook among them) have no referral of their own."""
    assert kankakee().platform(name) is None


@pytest.mark.parametrize(
    ("name", "url"),
    [("twitter", "https://twitter.com/tos"), ("ring", "https://shop.ring.com/pages/terms")],
)
def test_platform_terms_url_is_the_one_the_ordinance_gives(name: str, url: str) -> None:
    """The terms URL of a platform is the one quoted in its § VI.5 bullet."""
    referral = kankakee().platform(name)
    assert referral is not None
    assert referral.terms_url == url
    assert url in kankakee().clause(referral.clause).text


# --- consistency --------------------------------------------------------------------------------


def test_inconsistency_error_is_a_value_error() -> None:
    """OrdinanceLoadError is a ValueError (and a DataError) so callers can catch either."""
    assert issubclass(msp.OrdinanceLoadError, ValueError)
    assert issubclass(msp.OrdinanceLoadError, msp.DataError)


def test_duplicate_clause_id_is_rejected() -> None:
    """Two clauses with one id make the ordinance inconsistent; the problem names index and id."""
    clauses = list(kankakee().clauses)
    duplicate = kankakee().clause("V.2.5")
    error = inconsistency(lambda: replace_clauses(kankakee(), [*clauses, duplicate]))
    assert error.summary == "ordinance 'kankakee' is inconsistent"
    assert error.problems == (
        f"clauses[{len(clauses)}].id: 'V.2.5' appears twice; clause ids must be unique",
    )


def test_child_before_its_parent_is_rejected() -> None:
    """A clause listed before its parent makes the ordinance inconsistent."""
    clauses = list(kankakee().clauses)
    child = kankakee().clause("VIII.12.1")
    parent_index = [clause.id for clause in clauses].index("VIII.12")
    clauses.remove(child)
    clauses.insert(parent_index, child)
    error = inconsistency(lambda: replace_clauses(kankakee(), clauses))
    assert error.problems == (
        f"clauses[{parent_index}].id: the parent 'VIII.12' of 'VIII.12.1' must come before it"
        " in the clause list",
    )


def test_child_without_any_parent_is_rejected() -> None:
    """A clause whose parent does not exist at all is rejected as well."""
    clauses = [*kankakee().clauses, msp.Clause(id="IX.1", text="orphan")]
    error = inconsistency(lambda: replace_clauses(kankakee(), clauses))
    assert error.problems == (
        f"clauses[{len(clauses) - 1}].id: the parent 'IX' of 'IX.1' must come before it"
        " in the clause list",
    )


def test_section_naming_a_missing_clause_is_rejected() -> None:
    """A section that points at a clause id that does not exist is reported with its path."""
    ordinance = kankakee()
    purpose = attrs.evolve(present(ordinance.purpose), protected_speech="I.33")
    error = inconsistency(lambda: attrs.evolve(ordinance, purpose=purpose))
    assert len(error.problems) == 1
    assert error.problems[0].startswith(
        "purpose.protected_speech: no clause has the id 'I.33'; did you mean 'I.3'"
    )


def test_platform_naming_a_missing_clause_is_rejected() -> None:
    """A platform referral that points at a missing clause is reported with its index."""
    ordinance = kankakee()
    removal = ordinance.removal_procedure
    platforms = list(removal.platforms)
    ring = [p.platform for p in platforms].index("ring")
    platforms[ring] = attrs.evolve(platforms[ring], clause="VI.5.44")
    changed = attrs.evolve(removal, platforms=tuple(platforms))
    error = inconsistency(lambda: attrs.evolve(ordinance, removal_procedure=changed))
    assert len(error.problems) == 1
    assert error.problems[0].startswith(
        f"removal_procedure.platforms[{ring}].clause: no clause has the id 'VI.5.44';"
        " did you mean 'VI.5.4'"
    )


def test_category_naming_a_missing_clause_is_rejected() -> None:
    """A category resting on a missing clause is reported with the category's index."""
    ordinance = kankakee()
    categories = list(ordinance.comment_policy.categories)
    categories[4] = attrs.evolve(categories[4], clauses=("V.2.5", "V.2.55"))
    policy = attrs.evolve(ordinance.comment_policy, categories=tuple(categories))
    error = inconsistency(lambda: attrs.evolve(ordinance, comment_policy=policy))
    assert len(error.problems) == 1
    assert error.problems[0].startswith(
        "comment_policy.categories[4].clauses[1]: no clause has the id 'V.2.55'"
    )


def test_unknown_placeholder_in_the_commenter_notice_is_rejected() -> None:
    """The commenter-notice template may use only its documented placeholders."""
    ordinance = kankakee()
    removal = ordinance.removal_procedure
    message = "Removed under {clause} by {mayor}."
    notice = attrs.evolve(present(removal.commenter_notice), message=message)
    changed = attrs.evolve(removal, commenter_notice=notice)
    error = inconsistency(lambda: attrs.evolve(ordinance, removal_procedure=changed))
    assert error.problems == (
        "removal_procedure.commenter_notice.message: unknown placeholder(s) ['clause', 'mayor'];"
        " use only ['categories', 'citations', 'jurisdiction', 'platform']",
    )


def test_every_inconsistency_is_reported_at_once() -> None:
    """Several problems in one ordinance are all listed, not just the first."""
    ordinance = kankakee()
    clauses = [*ordinance.clauses, ordinance.clause("V.2.5")]
    purpose = attrs.evolve(present(ordinance.purpose), protected_speech="I.33")
    schedule = attrs.evolve(present(ordinance.retention_schedule), years=0)
    error = inconsistency(
        lambda: attrs.evolve(
            ordinance, clauses=tuple(clauses), purpose=purpose, retention_schedule=schedule
        )
    )
    paths = [problem.split(":", 1)[0] for problem in error.problems]
    assert paths == [
        f"clauses[{len(clauses) - 1}].id",
        "purpose.protected_speech",
        "retention_schedule.years",
    ]


# --- digest -------------------------------------------------------------------------------------


def test_digest_is_a_sha256() -> None:
    """The digest is ``sha256:`` and 64 lower-case hex digits."""
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", kankakee().digest)


def test_digest_is_stable_across_loads_and_copies() -> None:
    """Loading the same ordinance again, or copying it, gives the same digest."""
    assert msp.load("kankakee").digest == kankakee().digest
    assert attrs.evolve(kankakee()).digest == kankakee().digest


def test_digest_is_stable_across_processes() -> None:
    """A fresh interpreter with another hash seed computes the same digest (no set/dict order)."""
    code = "import municipal_social_policy as m; print(m.load('kankakee').digest)"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.strip() == kankakee().digest


def _with_clause_text(ordinance: msp.Ordinance) -> msp.Ordinance:
    clauses = list(ordinance.clauses)
    index = [clause.id for clause in clauses].index("V.2.5")
    clauses[index] = attrs.evolve(clauses[index], text=clauses[index].text + " ")
    return replace_clauses(ordinance, clauses)


def _with_clause_heading(ordinance: msp.Ordinance) -> msp.Ordinance:
    clauses = list(ordinance.clauses)
    clauses[0] = attrs.evolve(clauses[0], heading=clauses[0].heading.upper())
    return replace_clauses(ordinance, clauses)


def _with_category_name(ordinance: msp.Ordinance) -> msp.Ordinance:
    categories = list(ordinance.comment_policy.categories)
    categories[0] = attrs.evolve(categories[0], name=categories[0].name + ".")
    policy = attrs.evolve(ordinance.comment_policy, categories=tuple(categories))
    return attrs.evolve(ordinance, comment_policy=policy)


def _with_notice_message(ordinance: msp.Ordinance) -> msp.Ordinance:
    removal = ordinance.removal_procedure
    notice = attrs.evolve(present(removal.commenter_notice), message="Removed: {categories}.")
    return attrs.evolve(ordinance, removal_procedure=attrs.evolve(removal, commenter_notice=notice))


def _with_title(ordinance: msp.Ordinance) -> msp.Ordinance:
    return attrs.evolve(ordinance, title=ordinance.title + " (as amended)")


def _with_jurisdiction(ordinance: msp.Ordinance) -> msp.Ordinance:
    return attrs.evolve(
        ordinance, jurisdiction=attrs.evolve(ordinance.jurisdiction, name="City of Springfield")
    )


def _with_erratum_note(ordinance: msp.Ordinance) -> msp.Ordinance:
    errata = list(ordinance.errata)
    errata[0] = attrs.evolve(errata[0], note=errata[0].note + "!")
    return attrs.evolve(ordinance, errata=tuple(errata))


def _with_terms_url(ordinance: msp.Ordinance) -> msp.Ordinance:
    removal = ordinance.removal_procedure
    platforms = list(removal.platforms)
    platforms[0] = attrs.evolve(platforms[0], terms_url="https://x.com/tos")
    return attrs.evolve(
        ordinance, removal_procedure=attrs.evolve(removal, platforms=tuple(platforms))
    )


@pytest.mark.parametrize(
    "change",
    [
        _with_clause_text,
        _with_clause_heading,
        _with_category_name,
        _with_notice_message,
        _with_title,
        _with_jurisdiction,
        _with_erratum_note,
        _with_terms_url,
    ],
)
def test_digest_changes_when_any_text_changes(
    change: Callable[[msp.Ordinance], msp.Ordinance],
) -> None:
    """Changing any text of the ordinance, even by one character, changes its digest."""
    changed = change(kankakee())
    assert changed != kankakee()
    assert changed.digest != kankakee().digest


# --- retention schedule -------------------------------------------------------------------------


def test_kankakee_keeps_records_for_three_calendar_years() -> None:
    """The schedule encodes "kept for (3) calendar years" and cites the retention line."""
    schedule = present(kankakee().retention_schedule)
    assert (schedule.years, schedule.calendar_years) == (3, True)
    assert "(3) calendar years" in kankakee().clause(schedule.clause).text


@pytest.mark.parametrize(
    ("posted", "until"),
    [
        (dt.date(2024, 5, 10), dt.date(2027, 12, 31)),
        (dt.date(2024, 1, 1), dt.date(2027, 12, 31)),
        (dt.date(2024, 12, 31), dt.date(2027, 12, 31)),
        (dt.date(2020, 2, 29), dt.date(2023, 12, 31)),
    ],
)
def test_calendar_year_rule_keeps_to_the_end_of_the_third_year(
    posted: dt.date, until: dt.date
) -> None:
    """Calendar years: a record is kept to 31 December of the year ``years`` after the comment's."""
    schedule = msp.RetentionSchedule(clause="retention", years=3)
    assert schedule.retain_until(posted) == until


@pytest.mark.parametrize(
    "posted", [dt.date(2024, 1, 1), dt.date(2024, 5, 10), dt.date(2024, 12, 31)]
)
def test_calendar_year_rule_never_keeps_less_than_the_years(posted: dt.date) -> None:
    """The calendar-year reading never keeps a record for less than three full years."""
    until = present(msp.RetentionSchedule(clause="retention", years=3).retain_until(posted))
    assert until >= posted.replace(year=posted.year + 3)


@pytest.mark.parametrize(
    ("posted", "years", "until"),
    [
        (dt.date(2024, 5, 10), 3, dt.date(2027, 5, 10)),
        (dt.date(2020, 2, 29), 3, dt.date(2023, 2, 28)),
        (dt.date(2020, 2, 29), 4, dt.date(2024, 2, 29)),
    ],
)
def test_anniversary_rule(posted: dt.date, years: int, until: dt.date) -> None:
    """Without calendar years a record is kept to the anniversary; 29 Feb falls back to 28 Feb."""
    schedule = msp.RetentionSchedule(clause="retention", years=years, calendar_years=False)
    assert schedule.retain_until(posted) == until


def test_retention_of_less_than_a_year_is_rejected() -> None:
    """A retention period under one year makes the ordinance inconsistent."""
    schedule = attrs.evolve(present(kankakee().retention_schedule), years=0)
    error = inconsistency(lambda: attrs.evolve(kankakee(), retention_schedule=schedule))
    assert error.problems == (
        "retention_schedule.years: expected a whole number of years >= 1, got 0",
    )
