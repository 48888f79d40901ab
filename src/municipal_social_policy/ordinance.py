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
from collections.abc import Iterator, Mapping

import attrs

from ._consistency import ordinance_problems, template_problems
from .exceptions import OrdinanceLoadError, UnknownClauseError
from .sections import (
    CommenterNotice,
    Definitions,
    Disclaimer,
    Erratum,
    ErratumKind,
    GeneralPolicy,
    GovernmentWords,
    Jurisdiction,
    JurisdictionKind,
    LawEnforcementReferral,
    Numbering,
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
    "DetectorOptions",
    "Disclaimer",
    "Erratum",
    "ErratumKind",
    "EvidenceCeiling",
    "GeneralPolicy",
    "GovernmentWords",
    "Jurisdiction",
    "JurisdictionKind",
    "LawEnforcementReferral",
    "Numbering",
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

    #: The clause's id, unique in the ordinance: the law's own number (``V.2.5``, ``39.52(A)``) or
    #: a name where it has none.
    id: str = attrs.field(validator=_non_empty)
    #: The official wording, verbatim.
    text: str = ""
    #: The heading the text gives the clause, if any.
    heading: str = ""
    #: The full citation; left out, it is made from ``citation_template``.
    citation: str = ""
    #: The citation inside notices; left out, it is made from ``short_citation_template`` (or is
    #: ``citation`` where that is set).
    short_citation: str = ""
    #: The enclosing clause's id; left out, it is read from the dots of ``id`` under dotted
    #: numbering.
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


#: The id of the protected-speech guard: listed among a category's detectors, the deprecated
#: spelling of ``[purpose.government_words]``.
GUARD_ID = "protected_speech"


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
    #: Block the author once their violations reach the threshold of the ordinance's
    #: :class:`~municipal_social_policy.procedure.Ban`.
    BLOCK_AUTHOR = "block_author"
    #: Remove, hide or reject the comment by the methods the ordinance names.
    REMOVE_COMMENT = "remove_comment"


@attrs.frozen
class Statute:
    """A statute a category names, carried on law-enforcement referrals."""

    #: The statute's citation, e.g. ``720 ILCS 5/12-7.3``.
    citation: str
    #: The statute's name, e.g. ``Stalking``.
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
class EvidenceCeiling:
    """A ceiling for one kind of evidence in a category: the signals of one detector.

    Marseilles § 39.52(B) joins "defamatory, threatening or profane language": listed profanity
    may reach removal while a threat in the same clause goes to a person.
    """

    #: The id of one of the category's detectors.
    detector: str = attrs.field(validator=_non_empty)
    #: How far automation may go on that detector's evidence.
    ceiling: Ceiling


@attrs.frozen
class Category:
    """A prohibited kind of comment: its clauses, its ceiling, its detectors and follow-ups.

    ``ceiling`` applies to every kind of evidence that ``ceilings`` does not name.
    """

    #: A stable code for the category, e.g. ``profanity``; unique in the ordinance.
    code: str = attrs.field(validator=_non_empty)
    #: The category's name, in the policy's words; used in notices.
    name: str
    #: The ids of the clauses the category rests on, the first cited first.
    clauses: tuple[str, ...]
    #: How far automation may go: ``remove`` for mechanical evidence, else ``review``.
    ceiling: Ceiling
    #: The follow-up the policy requires when the category is found.
    actions: tuple[ActionKind, ...]
    #: The detectors that find the category, with the words a city adds or allows.
    detectors: tuple[DetectorConfig, ...] = ()
    #: Statutes named on law-enforcement referrals.
    statutes: tuple[Statute, ...] = ()
    #: Ceilings for single kinds of evidence, where they differ from ``ceiling``.
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

    #: The clause that lists the prohibited content.
    clause: str
    #: The prohibited kinds of comment.
    categories: tuple[Category, ...]


@attrs.frozen(kw_only=True, repr=False)
class Ordinance:
    """A municipal social-media ordinance: metadata, the clauses, and the typed sections.

    Immutable and validated on construction: ids are unique, every parent precedes its
    children, and every id a section names exists. ``clause(id)`` looks a clause up;
    ``digest`` is a content hash stamped on every verdict.
    """

    #: The name ``msp.load()`` and ``--ordinance`` accept, e.g. ``kankakee``.
    name: str = attrs.field(validator=_non_empty)
    #: The version of this encoding; change it whenever the file changes.
    version: str = attrs.field(validator=_non_empty)
    #: The ordinance's number, where it has one.
    number: str | None = None
    #: The ordinance's title, where one was seen.
    title: str = ""
    #: How the law is cited before a clause id, e.g. ``Kankakee Ord. 2019-70``.
    citation_prefix: str = attrs.field(validator=_non_empty)
    #: ``{prefix}`` and ``{id}``: the full citation of a clause that sets none of its own.
    citation_template: str = "{prefix} § {id}"
    #: The citation used inside notices, e.g. "§ V.2.5".
    short_citation_template: str = "§ {id}"
    #: ``dotted`` (a dot separates levels) or ``explicit`` (each clause names its parent).
    numbering: Numbering = Numbering.DOTTED
    #: The number of the ordinance this one amends, if any.
    amends: str = ""
    #: The day it was adopted or passed; the start of a version with no effective date.
    adopted: dt.date | None = None
    #: The day it was approved, where stated.
    approved: dt.date | None = None
    #: The day it was published, where stated.
    published: dt.date | None = None
    #: The day it took effect, where stated.
    effective: dt.date | None = None
    #: Who drafted it, where stated.
    counsel: str = ""
    #: The government that issued it.
    jurisdiction: Jurisdiction
    #: Who signed it.
    signatories: tuple[Signatory, ...] = ()
    #: The adoption vote, where published.
    vote: Vote | None = None
    #: The text, once, in document order: every paragraph and bullet as a clause.
    clauses: tuple[Clause, ...]
    #: Known defects of the source text, recorded rather than silently corrected.
    errata: tuple[Erratum, ...] = ()
    #: The purpose section and the clause protecting lawful speech.
    purpose: Purpose | None = None
    #: The general-policy section.
    general_policy: GeneralPolicy | None = None
    #: The definitions section.
    definitions: Definitions | None = None
    #: How the city runs its pages.
    site_policy: SitePolicy | None = None
    #: The prohibited categories of comment.
    comment_policy: CommentPolicy
    #: The follow-up: notices, retention, referrals, removal, bans.
    removal_procedure: RemovalProcedure = attrs.field(factory=RemovalProcedure)
    #: The disclaimer the city must post.
    disclaimer: Disclaimer | None = None
    #: The privacy policy the city must post.
    privacy_policy: PrivacyPolicy | None = None
    #: How long removed content is kept: years, or a named schedule.
    retention_schedule: RetentionSchedule | None = None

    _index: dict[str, Clause] = attrs.field(init=False, repr=False, eq=False, factory=dict)
    _digest: str = attrs.field(init=False, repr=False, eq=False, default="")

    def __attrs_post_init__(self) -> None:
        problems = tuple(template_problems(self))
        if problems:
            raise OrdinanceLoadError(f"ordinance {self.name!r} is inconsistent", problems)
        cited = tuple(map(self._completed, self.clauses))
        object.__setattr__(self, "clauses", cited)
        self._index.update((clause.id, clause) for clause in cited)
        problems = tuple(ordinance_problems(self))
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

    @property
    def guard_words(self) -> DetectorConfig:
        """The city's tuning of the protected-speech guard's words, ``[purpose.government_words]``.

        As the configuration of the guard (id ``protected_speech``): ``words`` are the words the
        city adds, ``allowed`` the shipped words it removes. Empty where the file tunes nothing.
        """
        tuning = self.purpose.government_words if self.purpose is not None else None
        if tuning is None:
            return DetectorConfig(GUARD_ID)
        return DetectorConfig(GUARD_ID, words=tuning.add, allowed=tuning.remove)

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
