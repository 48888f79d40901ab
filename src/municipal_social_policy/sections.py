"""The sections of an ordinance other than its comment policy, as typed, immutable data.

Metadata (the jurisdiction, signatories, the vote, errata) and the sections that point at clauses
by id: purpose, definitions, site policy, removal procedure and retention. Each is optional in an
:class:`~municipal_social_policy.Ordinance` where real policies are silent. Pure data: the
:class:`~municipal_social_policy.Ordinance` checks every reference when it is built.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from .procedure import Appeal, Ban, Capture, PlatformStandard, RecordField, Removal
from .requirements import SiteRequirement

__all__ = [
    "NOTICE_PLACEHOLDERS",
    "CommenterNotice",
    "Definitions",
    "Disclaimer",
    "Erratum",
    "ErratumKind",
    "GeneralPolicy",
    "GovernmentWords",
    "Jurisdiction",
    "JurisdictionKind",
    "LawEnforcementReferral",
    "Numbering",
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
    "Term",
    "Vote",
    "VoteCast",
]


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{attribute.name}: expected a non-empty string, got {value!r}")


class Numbering(enum.Enum):
    """How clause ids carry the hierarchy."""

    #: A dot separates levels: the parent of ``IV.1.2`` is ``IV.1``.
    DOTTED = "dotted"
    #: Each clause names its ``parent``; dots are part of the number (``39.52(A)``).
    EXPLICIT = "explicit"


class JurisdictionKind(enum.Enum):
    """What kind of government body issued the policy."""

    CITY = "city"
    VILLAGE = "village"
    TOWN = "town"
    TOWNSHIP = "township"
    COUNTY = "county"
    STATE = "state"
    #: A department of a government, e.g. a county's Environmental Services; names its office.
    DEPARTMENT = "department"
    #: An agency, board or authority; names its office.
    AGENCY = "agency"


@attrs.frozen
class Jurisdiction:
    """The government that adopted the policy; a department or agency names its owning office."""

    #: The government's name, e.g. ``City of Kankakee``.
    name: str = attrs.field(validator=_non_empty)
    #: What kind of body it is.
    kind: JurisdictionKind = JurisdictionKind.CITY
    #: The state, where it matters.
    state: str = ""
    #: The county, where it matters.
    county: str = ""
    #: The owning office of a department or agency, e.g. ``Environmental Services``.
    office: str = ""


class SignatoryRole(enum.Enum):
    """What a signatory did to the ordinance."""

    APPROVED = "approved"
    ATTESTED = "attested"


@attrs.frozen
class Signatory:
    """A person who signed the ordinance, with their office."""

    #: The person's name.
    name: str
    #: Their office, e.g. ``Mayor``.
    office: str
    #: What they did.
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

    #: The member's name.
    member: str
    #: Their vote.
    vote: VoteCast


@attrs.frozen
class Vote:
    """The adoption vote: the counts and, where published, the roll call."""

    #: Votes for.
    yes: int
    #: Votes against.
    no: int
    #: Members absent.
    absent: int = 0
    #: Members voting present.
    present: int = 0
    #: Each member's vote, where published.
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

    #: The clause the defect is in.
    clause: str
    #: Where the defect comes from.
    kind: ErratumKind
    #: The text as found.
    found: str
    #: The text as it should read.
    reading: str
    #: Why, where it helps.
    note: str = ""


@attrs.frozen
class GovernmentWords:
    """How a city tunes the words that make a comment speech about government.

    The protected-speech guard notes, on every verdict whose comment speaks of government, that
    the comment's view of it is protected (Kankakee § I.3); the shipped words are
    ``detectors/government.txt``. A city adds its own offices and bodies and removes shipped words
    that, for it, name no government.
    """

    #: Words (or runs of words) that also make a comment speech about government, such as
    #: ``township`` or ``road district``.
    add: tuple[str, ...] = ()
    #: Shipped government words that do not, for this city.
    remove: tuple[str, ...] = ()


@attrs.frozen
class Purpose:
    """The purpose section, with the clause that protects lawful speech (Kankakee § I.3).

    ``protected_speech`` is ``None`` where the policy has no such clause: the protected-speech
    guard still applies, citing :data:`FIRST_AMENDMENT`. ``clause`` is ``None`` where the policy
    has no purpose section but the city tunes the guard's ``government_words``.
    """

    #: The purpose section's clause; left out where the policy has none.
    clause: str | None = None
    #: The clause protecting lawful speech, cited by the protected-speech guard; left out, the
    #: guard cites the First Amendment.
    protected_speech: str | None = None
    #: The words that make a comment speech about government, as this city tunes them; left
    #: out, the shipped words.
    government_words: GovernmentWords | None = None


@attrs.frozen
class GeneralPolicy:
    """The general-policy section."""

    #: The section's clause.
    clause: str


@attrs.frozen
class Term:
    """A defined term and the clause that defines it."""

    #: The defined term.
    term: str
    #: The clause defining it.
    clause: str


@attrs.frozen
class Definitions:
    """The definitions section and its terms."""

    #: The section's clause.
    clause: str
    #: The defined terms.
    terms: tuple[Term, ...] = ()


@attrs.frozen
class PersonnelRule:
    """A rule for city personnel posting on the city's behalf (Kankakee § IV.2.3)."""

    #: The rule's code, e.g. ``no_political_activity``.
    code: str
    #: The clause stating it.
    clause: str


@attrs.frozen
class SitePolicy:
    """How the city runs its pages (Kankakee § IV): forum strategy, procedure, uses, personnel."""

    #: The section's clause.
    clause: str
    #: The public-forum strategy clause.
    public_forum_strategy: str
    #: The procedure clause.
    procedure: str
    #: The clause on removal and retention.
    removal_and_retention: str
    #: The permitted-uses clause.
    permitted_uses: str
    #: The clause on time-sensitive notifications.
    time_sensitive_notifications: str
    #: The personnel-conduct clause.
    personnel_conduct: str
    #: The rules for personnel posting on the city's behalf.
    personnel_rules: tuple[PersonnelRule, ...] = ()
    #: What every page must show (Kankakee § IV.1), one element each; see ``check_site``.
    requirements: tuple[SiteRequirement, ...] = ()


@attrs.frozen
class Retention:
    """What must be kept of removed content (Kankakee §§ VI.2, IV.1.2.4), and how it is captured.

    ``capture`` lists the ways of capturing a record in order of preference, each used when the
    ones before it are unavailable (Marseilles: an archive service, else a screen capture with
    the reason recorded).
    """

    #: The clauses requiring retention, the first cited first.
    clauses: tuple[str, ...]
    #: What each record keeps (a closed vocabulary).
    fields: tuple[RecordField, ...] = ()
    #: How records are captured, in order of preference.
    capture: tuple[Capture, ...] = ()


#: The placeholders a commenter-notice message may use.
NOTICE_PLACEHOLDERS = frozenset({"categories", "citations", "platform", "jurisdiction"})


@attrs.frozen
class CommenterNotice:
    """The notice to a commenter whose comment is removed; ``message`` is a template.

    ``appeal`` is the appeal procedure the notice offers, where the policy names one.
    """

    #: The clause requiring the notice.
    clause: str
    #: The notice's template: ``{jurisdiction}``, ``{platform}``, ``{categories}``,
    #: ``{citations}``.
    message: str
    #: The appeal the notice offers, where the policy names one.
    appeal: Appeal | None = None


@attrs.frozen
class LawEnforcementReferral:
    """Referral of unlawful comments to law enforcement (Kankakee § VI.4)."""

    #: The clause requiring referral.
    clause: str
    #: Who comments are referred to.
    agency: str = "the appropriate law enforcement agency"


@attrs.frozen
class PlatformReferral:
    """Referral of a comment to the platform whose terms it breaks (Kankakee § VI.5)."""

    #: The platform's name, e.g. ``twitter``.
    platform: str
    #: The clause requiring the referral.
    clause: str
    #: The name of the platform's terms.
    terms_name: str = "Terms"
    #: Where the terms are published.
    terms_url: str = ""
    #: Other names of the platform, e.g. ``x``.
    aliases: tuple[str, ...] = ()


@attrs.frozen
class RemovalProcedure:
    """Reporting and removal of comments (Kankakee § VI). Every step is optional.

    A category may only call for a follow-up whose step is given here (or, for retention, in
    :class:`RetentionSchedule`); the ordinance checks this when it is built.
    """

    #: The clause requiring the communications office to be told.
    office_notice: str | None = None
    #: What is kept of removed content.
    retention: Retention | None = None
    #: The notice to the commenter.
    commenter_notice: CommenterNotice | None = None
    #: The clause on removing the comments of repeat violators (documentary; see ``ban``).
    repeat_violators: str | None = None
    #: Referral to law enforcement.
    law_enforcement: LawEnforcementReferral | None = None
    #: The clause on referrals to platforms.
    platform_referral: str | None = None
    #: The platforms the policy names, with their terms.
    platforms: tuple[PlatformReferral, ...] = ()
    #: The clause for platforms the ordinance does not name (Kankakee § VI.6; Facebook falls here).
    other_platforms: str | None = None
    #: How content is taken down.
    removal: Removal | None = None
    #: Blocking an author after repeated violations.
    ban: Ban | None = None
    #: Platforms' rules the policy adopts or makes users subject to.
    platform_standards: tuple[PlatformStandard, ...] = ()


@attrs.frozen
class Disclaimer:
    """The disclaimer the city must post (Kankakee § VII)."""

    #: The section's clause.
    clause: str


@attrs.frozen
class PrivacyPolicy:
    """The privacy policy the city must post (Kankakee § VIII)."""

    #: The section's clause.
    clause: str


@attrs.frozen
class RetentionSchedule:
    """How long retained records are kept: a number of ``years``, or a named ``schedule``.

    With ``calendar_years`` true, a record is kept to the end of the calendar year ``years``
    after the year of the comment: "kept for (3) calendar years" keeps a comment of
    2024-05-10 until 2027-12-31. That reading never keeps a record for less than ``years``.
    A policy that retains "pursuant to the records retention schedule" names the schedule
    instead; no date is computed, and verdicts say "per" the schedule.
    """

    #: The clause stating the period.
    clause: str
    #: How many years records are kept.
    years: int | None = None
    #: Whether the years end on 31 December (``true``) or on the anniversary.
    calendar_years: bool = True
    #: The named schedule records are kept under, instead of ``years``.
    schedule: str | None = None

    def retain_until(self, posted: dt.date) -> dt.date | None:
        """The last day a record of a comment posted on ``posted`` must be kept.

        ``None`` when the policy names a schedule rather than a number of years.
        """
        if self.years is None:
            return None
        if self.calendar_years:
            return dt.date(posted.year + self.years, 12, 31)
        try:
            return posted.replace(year=posted.year + self.years)
        except ValueError:  # 29 February
            return posted.replace(year=posted.year + self.years, day=28)
