"""An ordinance as typed, immutable data.

The legal text lives once, in :attr:`Ordinance.clauses`: a flat tuple in document order. With
dotted numbering (the default) the ids carry the hierarchy (the parent of ``IV.1.2.4`` is
``IV.1.2``); with explicit numbering each clause names its ``parent``, for codes such as
"§ 39.52(A)" whose dots are not levels. The typed sections do not repeat the text; they point at
clauses by id and add what the evaluator needs (ceilings, statutes, platforms' terms, the
retention period). Where a policy is silent the field is empty: nothing forces a value the law
does not give. Construction validates every reference, so an ``Ordinance`` that exists is
consistent.
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import string
from collections.abc import Iterator

import attrs

from .exceptions import OrdinanceLoadError, UnknownClauseError
from .sections import (
    NOTICE_PLACEHOLDERS,
    CommenterNotice,
    Definitions,
    Disclaimer,
    Erratum,
    ErratumKind,
    GeneralPolicy,
    Jurisdiction,
    JurisdictionKind,
    LawEnforcementReferral,
    PersonnelRule,
    PlatformReferral,
    PrivacyPolicy,
    Purpose,
    RemovalProcedure,
    Retention,
    RetentionSchedule,
    RollCallEntry,
    Signatory,
    SignatoryRole,
    SitePolicy,
    Term,
    Vote,
    VoteCast,
    _non_empty,
)

__all__ = [
    "FIRST_AMENDMENT",
    "ActionKind",
    "Category",
    "Ceiling",
    "Clause",
    "CommentPolicy",
    "CommenterNotice",
    "Definitions",
    "DetectorConfig",
    "Disclaimer",
    "Erratum",
    "ErratumKind",
    "EvidenceCeiling",
    "GeneralPolicy",
    "Jurisdiction",
    "JurisdictionKind",
    "LawEnforcementReferral",
    "Numbering",
    "Ordinance",
    "PersonnelRule",
    "PlatformReferral",
    "PrivacyPolicy",
    "Purpose",
    "RemovalProcedure",
    "Retention",
    "RetentionSchedule",
    "RollCallEntry",
    "Signatory",
    "SignatoryRole",
    "SitePolicy",
    "Statute",
    "Term",
    "Vote",
    "VoteCast",
]


@attrs.frozen
class Clause:
    """One paragraph or bullet of an ordinance.

    ``id`` follows the ordinance's scheme (for Kankakee: ``V.2.5``); ``text`` is the official
    wording; ``citation`` is the human form (``Kankakee Ord. 2019-70 § V.2.5``) and
    ``short_citation`` the form used inside a notice (``§ V.2.5``). Left empty, both are filled
    in by the :class:`Ordinance` from its citation templates; a clause that sets only
    ``citation`` is cited by it in notices too. ``parent`` is the enclosing clause's id: filled in
    from the dots of the id under dotted numbering, given explicitly otherwise.
    """

    id: str = attrs.field(validator=_non_empty)
    text: str = ""
    heading: str = ""
    citation: str = ""
    short_citation: str = ""
    parent: str | None = None

    @property
    def parent_id(self) -> str | None:
        """The id of the enclosing clause, or ``None`` for a top-level clause.

        The same as ``parent``, which the :class:`Ordinance` fills in from dotted ids.
        """
        return self.parent

    @property
    def label(self) -> str:
        """The heading, else the text, shortened to one line for listings."""
        words = self.heading or self.text
        return words if len(words) <= 80 else words[:77].rstrip() + "..."


def _dotted_parent(clause_id: str) -> str | None:
    head, dot, _ = clause_id.rpartition(".")
    return head if dot else None


#: The built-in authority the protected-speech guard cites when a policy has no clause of its
#: own protecting speech (it binds every city, county and agency through the Fourteenth).
FIRST_AMENDMENT = Clause(
    id="US-Const-Amend-I",
    heading="First Amendment to the United States Constitution",
    text=(
        "Congress shall make no law respecting an establishment of religion, or prohibiting the"
        " free exercise thereof; or abridging the freedom of speech, or of the press; or the right"
        " of the people peaceably to assemble, and to petition the Government for a redress of"
        " grievances."
    ),
    citation="U.S. Const. amend. I",
    short_citation="U.S. Const. amend. I",
)


class Numbering(enum.Enum):
    """How clause ids carry the hierarchy."""

    #: A dot separates levels: the parent of ``IV.1.2`` is ``IV.1``.
    DOTTED = "dotted"
    #: Each clause names its ``parent``; dots are part of the number (``39.52(A)``).
    EXPLICIT = "explicit"


class Ceiling(enum.Enum):
    """How far automation may go on its own for a category."""

    #: Mechanical evidence may reach a removal recommendation.
    REMOVE = "remove"
    #: A person decides: the evaluator recommends review at most.
    REVIEW = "review"


class ActionKind(enum.Enum):
    """A follow-up the ordinance requires when a category is found."""

    NOTIFY_COMMUNICATIONS_OFFICE = "notify_communications_office"
    RETAIN_RECORD = "retain_record"
    NOTIFY_COMMENTER = "notify_commenter"
    REFER_TO_LAW_ENFORCEMENT = "refer_to_law_enforcement"
    REFER_TO_PLATFORM = "refer_to_platform"
    #: Block the author once their violations reach the ordinance's :class:`Ban` threshold.
    BLOCK_AUTHOR = "block_author"
    #: Remove, hide or reject the comment by the methods the ordinance names.
    REMOVE_COMMENT = "remove_comment"


@attrs.frozen
class Statute:
    """A statute a category names, carried on law-enforcement referrals."""

    citation: str
    name: str


@attrs.frozen
class DetectorConfig:
    """A detector a category runs, with the words a city adds or allows."""

    id: str = attrs.field(validator=_non_empty)
    words: tuple[str, ...] = ()
    allowed: tuple[str, ...] = ()


@attrs.frozen
class EvidenceCeiling:
    """A ceiling for one kind of evidence in a category: the signals of one detector.

    Marseilles § 39.52(B) joins "defamatory, threatening or profane language": listed profanity
    may reach removal while a threat in the same clause goes to a person.
    """

    detector: str = attrs.field(validator=_non_empty)
    ceiling: Ceiling


@attrs.frozen
class Category:
    """A prohibited kind of comment: its clauses, its ceiling, its detectors and follow-ups.

    ``ceiling`` applies to every kind of evidence that ``ceilings`` does not name.
    """

    code: str = attrs.field(validator=_non_empty)
    name: str
    clauses: tuple[str, ...]
    ceiling: Ceiling
    actions: tuple[ActionKind, ...]
    detectors: tuple[DetectorConfig, ...] = ()
    statutes: tuple[Statute, ...] = ()
    ceilings: tuple[EvidenceCeiling, ...] = ()

    @property
    def clause(self) -> str:
        """The id of the clause the category rests on first."""
        return self.clauses[0]

    def ceiling_for(self, detector: str) -> Ceiling:
        """The ceiling for the evidence of ``detector`` in this category."""
        for entry in self.ceilings:
            if entry.detector == detector:
                return entry.ceiling
        return self.ceiling


@attrs.frozen
class CommentPolicy:
    """The comment policy: the clause that lists the prohibited categories, and the categories."""

    clause: str
    categories: tuple[Category, ...]


@attrs.frozen(kw_only=True, repr=False)
class Ordinance:
    """A municipal social-media ordinance: metadata, the clauses, and the typed sections.

    Immutable and validated on construction: ids are unique, every parent precedes its
    children, and every id a section names exists. ``clause(id)`` looks a clause up;
    ``digest`` is a content hash stamped on every verdict.
    """

    name: str = attrs.field(validator=_non_empty)
    version: str = attrs.field(validator=_non_empty)
    number: str | None = None
    title: str = ""
    citation_prefix: str = attrs.field(validator=_non_empty)
    #: ``{prefix}`` and ``{id}``: the full citation of a clause that sets none of its own.
    citation_template: str = "{prefix} § {id}"
    #: The citation used inside notices, e.g. "§ V.2.5".
    short_citation_template: str = "§ {id}"
    numbering: Numbering = Numbering.DOTTED
    amends: str = ""
    adopted: dt.date | None = None
    approved: dt.date | None = None
    published: dt.date | None = None
    effective: dt.date | None = None
    counsel: str = ""
    jurisdiction: Jurisdiction
    signatories: tuple[Signatory, ...] = ()
    vote: Vote | None = None
    clauses: tuple[Clause, ...]
    errata: tuple[Erratum, ...] = ()
    purpose: Purpose | None = None
    general_policy: GeneralPolicy | None = None
    definitions: Definitions | None = None
    site_policy: SitePolicy | None = None
    comment_policy: CommentPolicy
    removal_procedure: RemovalProcedure = attrs.field(factory=RemovalProcedure)
    disclaimer: Disclaimer | None = None
    privacy_policy: PrivacyPolicy | None = None
    retention_schedule: RetentionSchedule | None = None

    _index: dict[str, Clause] = attrs.field(init=False, repr=False, eq=False, factory=dict)
    _digest: str = attrs.field(init=False, repr=False, eq=False, default="")

    def __attrs_post_init__(self) -> None:
        problems = tuple(_template_problems(self))
        if problems:
            raise OrdinanceLoadError(f"ordinance {self.name!r} is inconsistent", problems)
        cited = tuple(map(self._completed, self.clauses))
        object.__setattr__(self, "clauses", cited)
        self._index.update((clause.id, clause) for clause in cited)
        problems = tuple(_problems(self))
        if problems:
            raise OrdinanceLoadError(f"ordinance {self.name!r} is inconsistent", problems)
        from .serialization import content_digest  # serialization imports this module

        object.__setattr__(self, "_digest", content_digest(self))

    def _completed(self, clause: Clause) -> Clause:
        """``clause`` with its citations and parent filled in from the templates and numbering."""
        citation = clause.citation or self.citation_template.format(
            prefix=self.citation_prefix, id=clause.id
        )
        short = clause.short_citation or (
            clause.citation or self.short_citation_template.format(id=clause.id)
        )
        parent = clause.parent
        if parent is None and self.numbering is Numbering.DOTTED:
            parent = _dotted_parent(clause.id)
        if (citation, short, parent) == (clause.citation, clause.short_citation, clause.parent):
            return clause
        return attrs.evolve(clause, citation=citation, short_citation=short, parent=parent)

    def derived(self, clause: Clause) -> dict[str, str | None]:
        """What the ordinance fills in for ``clause`` by itself; writers leave these out."""
        full = self.citation_template.format(prefix=self.citation_prefix, id=clause.id)
        own = clause.citation != full
        dotted = self.numbering is Numbering.DOTTED
        return {
            "citation": full,
            "short_citation": clause.citation
            if own
            else self.short_citation_template.format(id=clause.id),
            "parent": _dotted_parent(clause.id) if dotted else None,
        }

    def __repr__(self) -> str:
        # The full text is tens of kilobytes: name what identifies the ordinance instead.
        return (
            f"<Ordinance {self.name!r} {self.number or '(no number)'} version {self.version}"
            f" ({len(self.clauses)} clauses, {self.digest[:19]})>"
        )

    def clause(self, clause_id: str) -> Clause:
        """The clause with id ``clause_id``.

        Raises :class:`UnknownClauseError` naming the nearest ids when there is none.
        """
        try:
            return self._index[clause_id]
        except KeyError:
            near = difflib.get_close_matches(clause_id, self._index, n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(map(repr, near))}?" if near else ""
            raise UnknownClauseError(
                f"ordinance {self.label} has no clause {clause_id!r}{hint}"
            ) from None

    @property
    def label(self) -> str:
        """How the ordinance is named in messages: its number, else its title."""
        return self.number or self.title or self.name

    def children(self, clause_id: str) -> tuple[Clause, ...]:
        """The clauses directly under ``clause_id``, in document order."""
        self.clause(clause_id)
        return tuple(clause for clause in self.clauses if clause.parent == clause_id)

    def depth(self, clause_id: str) -> int:
        """How many ancestors the clause ``clause_id`` has (0 for a top-level clause)."""
        depth, parent = 0, self.clause(clause_id).parent
        while parent is not None and depth < len(self.clauses):
            depth, parent = depth + 1, self._index[parent].parent
        return depth

    @property
    def protected_speech(self) -> Clause:
        """The clause the protected-speech guard cites: the policy's own, else the 1st Amendment."""
        purpose = self.purpose
        if purpose is None or purpose.protected_speech is None:
            return FIRST_AMENDMENT
        return self.clause(purpose.protected_speech)

    def category(self, code: str) -> Category:
        """The prohibited category with code ``code``."""
        for category in self.comment_policy.categories:
            if category.code == code:
                return category
        codes = [category.code for category in self.comment_policy.categories]
        raise LookupError(f"ordinance {self.label} has no category {code!r}; it has {codes}")

    def platform(self, name: str) -> PlatformReferral | None:
        """The referral for a platform named or aliased ``name``, or ``None`` if not named."""
        wanted = name.strip().casefold()
        for referral in self.removal_procedure.platforms:
            if wanted == referral.platform.casefold() or wanted in map(
                str.casefold, referral.aliases
            ):
                return referral
        return None

    @property
    def digest(self) -> str:
        """A stable SHA-256 of the ordinance's content (``sha256:`` and 64 hex digits)."""
        return self._digest


def _template_problems(ordinance: Ordinance) -> Iterator[str]:
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
    ActionKind.NOTIFY_COMMUNICATIONS_OFFICE: ("removal_procedure.office_notice", "office_notice"),
    ActionKind.RETAIN_RECORD: ("removal_procedure.retention", "retention"),
    ActionKind.NOTIFY_COMMENTER: ("removal_procedure.commenter_notice", "commenter_notice"),
    ActionKind.REFER_TO_LAW_ENFORCEMENT: ("removal_procedure.law_enforcement", "law_enforcement"),
    ActionKind.REFER_TO_PLATFORM: ("removal_procedure.other_platforms", "other_platforms"),
    ActionKind.BLOCK_AUTHOR: ("removal_procedure.ban", "ban"),
    ActionKind.REMOVE_COMMENT: ("removal_procedure.removal", "removal"),
}


def _problems(ordinance: Ordinance) -> Iterator[str]:
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
            where, name = _NEEDS[kind]
            present = (
                ordinance.retention_schedule is not None and removal.retention is not None
                if kind is ActionKind.RETAIN_RECORD
                else getattr(removal, name) is not None
            )
            if not present:
                yield (
                    f"{path}.actions[{j}]: {kind.value!r} needs {where}"
                    + (" and retention_schedule" if kind is ActionKind.RETAIN_RECORD else "")
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
        yield (
            "removal_procedure.ban.within_days: expected a number of days >= 1,"
            f" got {days!r}"
        )
    if removal.removal is not None and not removal.removal.methods:
        yield "removal_procedure.removal.methods: expected at least one of remove, hide, reject"
    jurisdiction = ordinance.jurisdiction
    owned = jurisdiction.kind in (JurisdictionKind.DEPARTMENT, JurisdictionKind.AGENCY)
    if owned and not jurisdiction.office.strip():
        yield (
            f"jurisdiction.office: a {jurisdiction.kind.value} names its owning office"
            ' (e.g. "Environmental Services"); got none'
        )
