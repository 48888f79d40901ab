"""The consistency checks an :class:`~municipal_social_policy.Ordinance` runs when it is built.

Each check yields problems as ``path: what is wrong``, with the nearest id where one is close, so
that a city's file reports every mistake at once. Pure: the ordinance is the only input.
"""

from __future__ import annotations

import difflib
import string
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .sections import NOTICE_PLACEHOLDERS, JurisdictionKind, Numbering, RemovalProcedure

if TYPE_CHECKING:
    from .ordinance import Ordinance

__all__ = ["ordinance_problems", "template_problems"]


def template_problems(ordinance: Ordinance) -> Iterator[str]:
    """Problems of the citation templates, found before they are used."""
    for name, allowed in (
        ("citation_template", {"prefix", "id"}),
        ("short_citation_template", {"prefix", "id"}),
    ):
        template = getattr(ordinance, name)
        try:
            fields = {field for _, field, _, _ in string.Formatter().parse(template) if field}
        except ValueError as error:
            yield f"{name}: not a valid template ({error}); got {template!r}"
            continue
        if fields - allowed:
            yield (
                f"{name}: unknown placeholder(s) {sorted(fields - allowed)} in {template!r};"
                f" use only {sorted(allowed)}"
            )


def _references(ordinance: Ordinance) -> Iterator[tuple[str, str]]:
    """Every (path, clause id) that a section names."""
    purpose = ordinance.purpose
    if purpose is not None:
        if purpose.clause is not None:
            yield "purpose.clause", purpose.clause
        if purpose.protected_speech is not None:
            yield "purpose.protected_speech", purpose.protected_speech
    for name in ("general_policy", "disclaimer", "privacy_policy"):
        section = getattr(ordinance, name)
        if section is not None:
            yield f"{name}.clause", section.clause
    if ordinance.definitions is not None:
        yield "definitions.clause", ordinance.definitions.clause
        for i, term in enumerate(ordinance.definitions.terms):
            yield f"definitions.terms[{i}].clause", term.clause
    site = ordinance.site_policy
    if site is not None:
        for name in (
            "clause",
            "public_forum_strategy",
            "procedure",
            "removal_and_retention",
            "permitted_uses",
            "time_sensitive_notifications",
            "personnel_conduct",
        ):
            yield f"site_policy.{name}", getattr(site, name)
        for i, rule in enumerate(site.personnel_rules):
            yield f"site_policy.personnel_rules[{i}].clause", rule.clause
        for i, requirement in enumerate(site.requirements):
            yield f"site_policy.requirements[{i}].clause", requirement.clause
            for j, clause_id in enumerate(requirement.wording):
                yield f"site_policy.requirements[{i}].wording[{j}]", clause_id
    yield "comment_policy.clause", ordinance.comment_policy.clause
    for i, category in enumerate(ordinance.comment_policy.categories):
        for j, clause_id in enumerate(category.clauses):
            yield f"comment_policy.categories[{i}].clauses[{j}]", clause_id
    yield from _removal_references(ordinance.removal_procedure)
    if ordinance.retention_schedule is not None:
        yield "retention_schedule.clause", ordinance.retention_schedule.clause
    for i, erratum in enumerate(ordinance.errata):
        yield f"errata[{i}].clause", erratum.clause
    for i, clause in enumerate(ordinance.clauses):
        if ordinance.numbering is Numbering.EXPLICIT and clause.parent is not None:
            yield f"clauses[{i}].parent", clause.parent


def _removal_references(removal: RemovalProcedure) -> Iterator[tuple[str, str]]:
    for name in ("office_notice", "repeat_violators", "platform_referral", "other_platforms"):
        clause_id = getattr(removal, name)
        if clause_id is not None:
            yield f"removal_procedure.{name}", clause_id
    if removal.retention is not None:
        for j, clause_id in enumerate(removal.retention.clauses):
            yield f"removal_procedure.retention.clauses[{j}]", clause_id
    notice = removal.commenter_notice
    if notice is not None:
        yield "removal_procedure.commenter_notice.clause", notice.clause
        if notice.appeal is not None:
            yield "removal_procedure.commenter_notice.appeal.clause", notice.appeal.clause
    for name in ("law_enforcement", "removal", "ban"):
        step = getattr(removal, name)
        if step is not None:
            yield f"removal_procedure.{name}.clause", step.clause
    for i, platform in enumerate(removal.platforms):
        yield f"removal_procedure.platforms[{i}].clause", platform.clause
    for i, standard in enumerate(removal.platform_standards):
        yield f"removal_procedure.platform_standards[{i}].clause", standard.clause


def _near(clause_id: str, ordinance: Ordinance) -> str:
    near = difflib.get_close_matches(clause_id, ordinance._index, n=3, cutoff=0.5)
    return f"; did you mean {', '.join(map(repr, near))}?" if near else ""


#: What each follow-up needs the removal procedure (or the retention schedule) to give.
_NEEDS = {
    "notify_communications_office": ("removal_procedure.office_notice", "office_notice"),
    "retain_record": ("removal_procedure.retention", "retention"),
    "notify_commenter": ("removal_procedure.commenter_notice", "commenter_notice"),
    "refer_to_law_enforcement": ("removal_procedure.law_enforcement", "law_enforcement"),
    "refer_to_platform": ("removal_procedure.other_platforms", "other_platforms"),
    "block_author": ("removal_procedure.ban", "ban"),
    "remove_comment": ("removal_procedure.removal", "removal"),
}


def ordinance_problems(ordinance: Ordinance) -> Iterator[str]:
    """Every inconsistency of an ordinance, each as ``path: what is wrong``."""
    seen: set[str] = set()
    for i, clause in enumerate(ordinance.clauses):
        if clause.id in seen:
            yield f"clauses[{i}].id: {clause.id!r} appears twice; clause ids must be unique"
        parent = clause.parent
        dotted = ordinance.numbering is Numbering.DOTTED
        if parent is not None and parent not in seen and (dotted or parent in ordinance._index):
            yield (
                f"clauses[{i}].id: the parent {parent!r} of {clause.id!r} must come before it"
                " in the clause list"
            )
        seen.add(clause.id)
    for path, clause_id in _references(ordinance):
        if clause_id not in ordinance._index:
            yield f"{path}: no clause has the id {clause_id!r}{_near(clause_id, ordinance)}"
    yield from _category_problems(ordinance)
    yield from _notice_problems(ordinance)
    yield from _follow_up_problems(ordinance)


def _category_problems(ordinance: Ordinance) -> Iterator[str]:
    categories = ordinance.comment_policy.categories
    if not categories:
        yield "comment_policy.categories: expected at least one category, got none"
    codes: set[str] = set()
    removal = ordinance.removal_procedure
    for i, category in enumerate(categories):
        path = f"comment_policy.categories[{i}]"
        if category.code in codes:
            yield f"{path}.code: {category.code!r} appears twice"
        codes.add(category.code)
        if not category.clauses:
            yield f"{path}.clauses: expected at least one clause id"
        detectors = [config.id for config in category.detectors]
        for j, entry in enumerate(category.ceilings):
            if entry.detector not in detectors:
                near = difflib.get_close_matches(entry.detector, detectors, n=1, cutoff=0.5)
                hint = f"; did you mean {near[0]!r}?" if near else ""
                yield (
                    f"{path}.ceilings[{j}].detector: {entry.detector!r} is not one of the"
                    f" category's detectors {detectors}{hint}"
                )
        for j, kind in enumerate(category.actions):
            where, name = _NEEDS[kind.value]
            present = (
                ordinance.retention_schedule is not None and removal.retention is not None
                if kind.value == "retain_record"
                else getattr(removal, name) is not None
            )
            if not present:
                yield (
                    f"{path}.actions[{j}]: {kind.value!r} needs {where}"
                    + (" and retention_schedule" if kind.value == "retain_record" else "")
                    + "; add it, or drop the action where the policy is silent"
                )


def _notice_problems(ordinance: Ordinance) -> Iterator[str]:
    notice = ordinance.removal_procedure.commenter_notice
    if notice is None:
        return
    try:
        fields = {
            name for _, name, _, _ in string.Formatter().parse(notice.message) if name is not None
        }
    except ValueError as error:
        yield f"removal_procedure.commenter_notice.message: not a valid template ({error})"
        return
    unknown = sorted(fields - NOTICE_PLACEHOLDERS)
    if unknown:
        yield (
            f"removal_procedure.commenter_notice.message: unknown placeholder(s) {unknown};"
            f" use only {sorted(NOTICE_PLACEHOLDERS)}"
        )


def _follow_up_problems(ordinance: Ordinance) -> Iterator[str]:
    schedule = ordinance.retention_schedule
    if schedule is not None:
        if (schedule.years is None) == (schedule.schedule is None):
            yield (
                "retention_schedule: give either years (a whole number) or schedule (the name"
                f" of a records retention schedule), not {'both' if schedule.years else 'neither'}"
            )
        elif schedule.years is not None and schedule.years < 1:
            yield (
                "retention_schedule.years: expected a whole number of years >= 1,"
                f" got {schedule.years!r}"
            )
        elif schedule.schedule is not None and not schedule.schedule.strip():
            yield "retention_schedule.schedule: expected the schedule's name, got an empty string"
    removal = ordinance.removal_procedure
    if removal.ban is not None and removal.ban.violations < 1:
        yield f"removal_procedure.ban.violations: expected >= 1, got {removal.ban.violations!r}"
    days = removal.ban.within_days if removal.ban is not None else None
    if days is not None and days < 1:
        yield (f"removal_procedure.ban.within_days: expected a number of days >= 1, got {days!r}")
    if removal.removal is not None and not removal.removal.methods:
        yield "removal_procedure.removal.methods: expected at least one of remove, hide, reject"
    jurisdiction = ordinance.jurisdiction
    owned = jurisdiction.kind in (JurisdictionKind.DEPARTMENT, JurisdictionKind.AGENCY)
    if owned and not jurisdiction.office.strip():
        yield (
            f"jurisdiction.office: a {jurisdiction.kind.value} names its owning office"
            ' (e.g. "Environmental Services"); got none'
        )
