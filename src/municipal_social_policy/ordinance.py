"""An ordinance as typed, immutable data.

The legal text lives once, in :attr:`Ordinance.clauses`: a flat tuple in document order whose ids
carry the hierarchy (the parent of ``IV.1.2.4`` is ``IV.1.2``). The typed sections do not repeat
the text; they point at clauses by id and add what the evaluator needs (ceilings, statutes,
platforms' terms, the retention period). Construction validates every reference, so an
``Ordinance`` that exists is consistent.
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import string
from collections.abc import Iterator, Mapping

import attrs

from .exceptions import OrdinanceLoadError, UnknownClauseError
from .requirements import SiteRequirement

__all__ = [
    "ActionKind",
    "Category",
    "Ceiling",
    "Clause",
    "CommentPolicy",
    "CommenterNotice",
    "Definitions",
    "DetectorConfig",
    "DetectorOptions",
    "Disclaimer",
    "Erratum",
    "ErratumKind",
    "GeneralPolicy",
    "Jurisdiction",
    "LawEnforcementReferral",
    "OptionValue",
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


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{attribute.name}: expected a non-empty string, got {value!r}")


@attrs.frozen
class Clause:
    """One paragraph or bullet of an ordinance.

    ``id`` follows the ordinance's scheme (for Kankakee: ``V.2.5``); ``text`` is the official
    wording; ``citation`` is the human form (``Kankakee Ord. 2019-70 § V.2.5``). Left empty, the
    citation is filled in by the :class:`Ordinance` from its ``citation_prefix``.
    """

    id: str = attrs.field(validator=_non_empty)
    text: str = ""
    heading: str = ""
    citation: str = ""

    @property
    def parent_id(self) -> str | None:
        """The id of the enclosing clause, or ``None`` for a top-level clause."""
        head, dot, _ = self.id.rpartition(".")
        return head if dot else None

    @property
    def label(self) -> str:
        """The heading, else the text, shortened to one line for listings."""
        words = self.heading or self.text
        return words if len(words) <= 80 else words[:77].rstrip() + "..."


@attrs.frozen
class Jurisdiction:
    """The government that adopted the ordinance."""

    name: str = attrs.field(validator=_non_empty)
    kind: str = "city"
    state: str = ""
    county: str = ""


class SignatoryRole(enum.Enum):
    """What a signatory did to the ordinance."""

    APPROVED = "approved"
    ATTESTED = "attested"


@attrs.frozen
class Signatory:
    """A person who signed the ordinance, with their office."""

    name: str
    office: str
    role: SignatoryRole


class VoteCast(enum.Enum):
    """A council member's vote on the roll call."""

    YES = "yes"
    NO = "no"
    ABSENT = "absent"
    PRESENT = "present"


@attrs.frozen
class RollCallEntry:
    """One line of the roll call."""

    member: str
    vote: VoteCast


@attrs.frozen
class Vote:
    """The adoption vote: the counts and, where published, the roll call."""

    yes: int
    no: int
    absent: int = 0
    present: int = 0
    roll_call: tuple[RollCallEntry, ...] = ()


class ErratumKind(enum.Enum):
    """Where a defect of the source text comes from."""

    #: Produced by extracting the text; removed from the clause text.
    ARTEFACT = "artefact"
    #: A slip in the published ordinance; the clause text keeps it verbatim.
    ORIGINAL = "original"


@attrs.frozen
class Erratum:
    """A known defect of the source text, recorded instead of silently corrected."""

    clause: str
    kind: ErratumKind
    found: str
    reading: str
    note: str = ""


@attrs.frozen
class Purpose:
    """The purpose section, with the clause that protects lawful speech (Kankakee § I.3)."""

    clause: str
    protected_speech: str


@attrs.frozen
class GeneralPolicy:
    """The general-policy section."""

    clause: str


@attrs.frozen
class Term:
    """A defined term and the clause that defines it."""

    term: str
    clause: str


@attrs.frozen
class Definitions:
    """The definitions section and its terms."""

    clause: str
    terms: tuple[Term, ...] = ()


@attrs.frozen
class PersonnelRule:
    """A rule for city personnel posting on the city's behalf (Kankakee § IV.2.3)."""

    code: str
    clause: str


@attrs.frozen
class SitePolicy:
    """How the city runs its pages (Kankakee § IV): forum strategy, procedure, uses, personnel."""

    clause: str
    public_forum_strategy: str
    procedure: str
    removal_and_retention: str
    permitted_uses: str
    time_sensitive_notifications: str
    personnel_conduct: str
    personnel_rules: tuple[PersonnelRule, ...] = ()
    #: What every page must show (Kankakee § IV.1), one element each; see ``check_site``.
    requirements: tuple[SiteRequirement, ...] = ()


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


@attrs.frozen
class Statute:
    """A statute a category names, carried on law-enforcement referrals."""

    citation: str
    name: str


#: The value of a detector option in an ordinance file: a word list, a text (such as the path
#: of a word file), a whole number or a switch.
OptionValue = tuple[str, ...] | str | int | bool


def _option_value(name: str, value: object) -> OptionValue:
    if isinstance(value, str | bool | int):
        return value
    if isinstance(value, list | tuple) and all(isinstance(item, str) for item in value):
        return tuple(value)
    raise ValueError(
        f"option {name!r}: expected a list of strings, a string, a whole number or true/false,"
        f" got {value!r}"
    )


@attrs.frozen
class DetectorOptions(Mapping[str, OptionValue]):
    """The options a city gives one detector, by name: an immutable, hashable mapping.

    Built from any mapping (lists become tuples). Which names a detector takes, and of which
    type, is the detector's declaration (see :class:`~municipal_social_policy.DetectorSpec`);
    the :class:`~municipal_social_policy.Evaluator` rejects any other when it is built.
    """

    pairs: tuple[tuple[str, OptionValue], ...] = ()

    @classmethod
    def of(cls, options: Mapping[str, object] | None = None) -> DetectorOptions:
        """Options from a mapping such as a TOML table; a bad value raises :class:`ValueError`."""
        if isinstance(options, DetectorOptions):
            return options
        if options is not None and not isinstance(options, Mapping):
            raise ValueError(f"options: expected a table (mapping), got {options!r}")
        pairs = ((str(k), _option_value(str(k), v)) for k, v in (options or {}).items())
        return cls(tuple(sorted(pairs)))

    def __getitem__(self, name: str) -> OptionValue:
        for key, value in self.pairs:
            if key == name:
                return value
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        return (key for key, _ in self.pairs)

    def __len__(self) -> int:
        return len(self.pairs)


def _detector_options(options: Mapping[str, object] | None) -> DetectorOptions:
    return DetectorOptions.of(options)


@attrs.frozen
class DetectorConfig:
    """A detector a category runs, with the words a city adds or allows and its other options.

    What ``words`` and ``allowed`` mean is the detector's to say (the detector reference lists
    it); a detector that declares no meaning of its own signals ``words`` as judgment evidence
    and drops a signal whose evidence holds an ``allowed`` word. ``options`` holds the rest, by
    name, checked against the options the detector declares when an Evaluator is built.
    """

    id: str = attrs.field(validator=_non_empty)
    words: tuple[str, ...] = ()
    allowed: tuple[str, ...] = ()
    options: DetectorOptions = attrs.field(factory=DetectorOptions, converter=_detector_options)


@attrs.frozen
class Category:
    """A prohibited kind of comment: its clauses, its ceiling, its detectors and follow-ups."""

    code: str = attrs.field(validator=_non_empty)
    name: str
    clauses: tuple[str, ...]
    ceiling: Ceiling
    actions: tuple[ActionKind, ...]
    detectors: tuple[DetectorConfig, ...] = ()
    statutes: tuple[Statute, ...] = ()

    @property
    def clause(self) -> str:
        """The id of the clause the category rests on first."""
        return self.clauses[0]


@attrs.frozen
class CommentPolicy:
    """The comment policy: the clause that lists the prohibited categories, and the categories."""

    clause: str
    categories: tuple[Category, ...]


@attrs.frozen
class Retention:
    """What must be kept of removed content (Kankakee §§ VI.2, IV.1.2.4)."""

    clauses: tuple[str, ...]
    fields: tuple[str, ...]


#: The placeholders a commenter-notice message may use.
NOTICE_PLACEHOLDERS = frozenset({"categories", "citations", "platform", "jurisdiction"})


@attrs.frozen
class CommenterNotice:
    """The notice to a commenter whose comment is removed; ``message`` is a template."""

    clause: str
    message: str


@attrs.frozen
class LawEnforcementReferral:
    """Referral of unlawful comments to law enforcement (Kankakee § VI.4)."""

    clause: str
    agency: str = "the appropriate law enforcement agency"


@attrs.frozen
class PlatformReferral:
    """Referral of a comment to the platform whose terms it breaks (Kankakee § VI.5)."""

    platform: str
    clause: str
    terms_name: str = "Terms"
    terms_url: str = ""
    aliases: tuple[str, ...] = ()


@attrs.frozen
class RemovalProcedure:
    """Reporting and removal of comments (Kankakee § VI)."""

    office_notice: str
    retention: Retention
    commenter_notice: CommenterNotice
    repeat_violators: str
    law_enforcement: LawEnforcementReferral
    platform_referral: str
    platforms: tuple[PlatformReferral, ...]
    #: The clause for platforms the ordinance does not name (Kankakee § VI.6; Facebook falls here).
    other_platforms: str


@attrs.frozen
class Disclaimer:
    """The disclaimer the city must post (Kankakee § VII)."""

    clause: str


@attrs.frozen
class PrivacyPolicy:
    """The privacy policy the city must post (Kankakee § VIII)."""

    clause: str


@attrs.frozen
class RetentionSchedule:
    """How long retained records are kept.

    With ``calendar_years`` true, a record is kept to the end of the calendar year ``years``
    after the year of the comment: "kept for (3) calendar years" keeps a comment of
    2024-05-10 until 2027-12-31. That reading never keeps a record for less than ``years``.
    """

    clause: str
    years: int
    calendar_years: bool = True

    def retain_until(self, posted: dt.date) -> dt.date:
        """The last day a record of a comment posted on ``posted`` must be kept."""
        if self.calendar_years:
            return dt.date(posted.year + self.years, 12, 31)
        try:
            return posted.replace(year=posted.year + self.years)
        except ValueError:  # 29 February
            return posted.replace(year=posted.year + self.years, day=28)


@attrs.frozen(kw_only=True, repr=False)
class Ordinance:
    """A municipal social-media ordinance: metadata, the clauses, and the typed sections.

    Immutable and validated on construction: ids are unique, every parent precedes its
    children, and every id a section names exists. ``clause(id)`` looks a clause up;
    ``digest`` is a content hash stamped on every verdict.
    """

    name: str = attrs.field(validator=_non_empty)
    version: str = attrs.field(validator=_non_empty)
    number: str = attrs.field(validator=_non_empty)
    title: str
    citation_prefix: str = attrs.field(validator=_non_empty)
    amends: str = ""
    adopted: dt.date
    approved: dt.date | None = None
    published: dt.date | None = None
    effective: dt.date
    counsel: str = ""
    jurisdiction: Jurisdiction
    signatories: tuple[Signatory, ...] = ()
    vote: Vote | None = None
    clauses: tuple[Clause, ...]
    errata: tuple[Erratum, ...] = ()
    purpose: Purpose
    general_policy: GeneralPolicy | None = None
    definitions: Definitions | None = None
    site_policy: SitePolicy | None = None
    comment_policy: CommentPolicy
    removal_procedure: RemovalProcedure
    disclaimer: Disclaimer | None = None
    privacy_policy: PrivacyPolicy | None = None
    retention_schedule: RetentionSchedule

    _index: dict[str, Clause] = attrs.field(init=False, repr=False, eq=False, factory=dict)
    _digest: str = attrs.field(init=False, repr=False, eq=False, default="")

    def __attrs_post_init__(self) -> None:
        cited = tuple(
            clause
            if clause.citation
            else attrs.evolve(clause, citation=f"{self.citation_prefix} § {clause.id}")
            for clause in self.clauses
        )
        object.__setattr__(self, "clauses", cited)
        self._index.update((clause.id, clause) for clause in cited)
        problems = tuple(_problems(self))
        if problems:
            raise OrdinanceLoadError(f"ordinance {self.name!r} is inconsistent", problems)
        from .serialization import content_digest  # serialization imports this module

        object.__setattr__(self, "_digest", content_digest(self))

    def __repr__(self) -> str:
        # The full text is tens of kilobytes: name what identifies the ordinance instead.
        return (
            f"<Ordinance {self.name!r} {self.number} version {self.version}"
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
                f"ordinance {self.number} has no clause {clause_id!r}{hint}"
            ) from None

    def children(self, clause_id: str) -> tuple[Clause, ...]:
        """The clauses directly under ``clause_id``, in document order."""
        self.clause(clause_id)
        return tuple(clause for clause in self.clauses if clause.parent_id == clause_id)

    def category(self, code: str) -> Category:
        """The prohibited category with code ``code``."""
        for category in self.comment_policy.categories:
            if category.code == code:
                return category
        codes = [category.code for category in self.comment_policy.categories]
        raise LookupError(f"ordinance {self.number} has no category {code!r}; it has {codes}")

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


def _references(ordinance: Ordinance) -> Iterator[tuple[str, str]]:
    """Every (path, clause id) that a section names."""
    yield "purpose.clause", ordinance.purpose.clause
    yield "purpose.protected_speech", ordinance.purpose.protected_speech
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
    removal = ordinance.removal_procedure
    for name in ("office_notice", "repeat_violators", "platform_referral", "other_platforms"):
        yield f"removal_procedure.{name}", getattr(removal, name)
    for j, clause_id in enumerate(removal.retention.clauses):
        yield f"removal_procedure.retention.clauses[{j}]", clause_id
    yield "removal_procedure.commenter_notice.clause", removal.commenter_notice.clause
    yield "removal_procedure.law_enforcement.clause", removal.law_enforcement.clause
    for i, platform in enumerate(removal.platforms):
        yield f"removal_procedure.platforms[{i}].clause", platform.clause
    yield "retention_schedule.clause", ordinance.retention_schedule.clause
    for i, erratum in enumerate(ordinance.errata):
        yield f"errata[{i}].clause", erratum.clause


def _problems(ordinance: Ordinance) -> Iterator[str]:
    """Every inconsistency of an ordinance, each as ``path: what is wrong``."""
    seen: set[str] = set()
    for i, clause in enumerate(ordinance.clauses):
        if clause.id in seen:
            yield f"clauses[{i}].id: {clause.id!r} appears twice; clause ids must be unique"
        parent = clause.parent_id
        if parent is not None and parent not in seen:
            yield (
                f"clauses[{i}].id: the parent {parent!r} of {clause.id!r} must come before it"
                " in the clause list"
            )
        seen.add(clause.id)
    for path, clause_id in _references(ordinance):
        if clause_id not in ordinance._index:
            near = difflib.get_close_matches(clause_id, ordinance._index, n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(map(repr, near))}?" if near else ""
            yield f"{path}: no clause has the id {clause_id!r}{hint}"
    categories = ordinance.comment_policy.categories
    if not categories:
        yield "comment_policy.categories: expected at least one category, got none"
    codes: set[str] = set()
    for i, category in enumerate(categories):
        if category.code in codes:
            yield f"comment_policy.categories[{i}].code: {category.code!r} appears twice"
        codes.add(category.code)
        if not category.clauses:
            yield f"comment_policy.categories[{i}].clauses: expected at least one clause id"
    message = ordinance.removal_procedure.commenter_notice.message
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(message) if name is not None}
    except ValueError as error:
        fields, bad = set(), str(error)
        yield f"removal_procedure.commenter_notice.message: not a valid template ({bad})"
    unknown = sorted(fields - NOTICE_PLACEHOLDERS)
    if unknown:
        yield (
            f"removal_procedure.commenter_notice.message: unknown placeholder(s) {unknown};"
            f" use only {sorted(NOTICE_PLACEHOLDERS)}"
        )
    if ordinance.retention_schedule.years < 1:
        yield (
            "retention_schedule.years: expected a whole number of years >= 1,"
            f" got {ordinance.retention_schedule.years!r}"
        )
