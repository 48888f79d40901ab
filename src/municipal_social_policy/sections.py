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

__all__ = [
    "NOTICE_PLACEHOLDERS",
    "CommenterNotice",
    "Definitions",
    "Disclaimer",
    "Erratum",
    "ErratumKind",
    "GeneralPolicy",
    "Jurisdiction",
    "JurisdictionKind",
    "LawEnforcementReferral",
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

    name: str = attrs.field(validator=_non_empty)
    kind: JurisdictionKind = JurisdictionKind.CITY
    state: str = ""
    county: str = ""
    office: str = ""


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
    """The purpose section, with the clause that protects lawful speech (Kankakee § I.3).

    ``protected_speech`` is ``None`` where the policy has no such clause: the protected-speech
    guard still applies, citing :data:`FIRST_AMENDMENT`.
    """

    clause: str
    protected_speech: str | None = None


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


@attrs.frozen
class Retention:
    """What must be kept of removed content (Kankakee §§ VI.2, IV.1.2.4), and how it is captured.

    ``capture`` lists the ways of capturing a record in order of preference, each used when the
    ones before it are unavailable (Marseilles: an archive service, else a screen capture with
    the reason recorded).
    """

    clauses: tuple[str, ...]
    fields: tuple[RecordField, ...] = ()
    capture: tuple[Capture, ...] = ()


#: The placeholders a commenter-notice message may use.
NOTICE_PLACEHOLDERS = frozenset({"categories", "citations", "platform", "jurisdiction"})


@attrs.frozen
class CommenterNotice:
    """The notice to a commenter whose comment is removed; ``message`` is a template.

    ``appeal`` is the appeal procedure the notice offers, where the policy names one.
    """

    clause: str
    message: str
    appeal: Appeal | None = None


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
    """Reporting and removal of comments (Kankakee § VI). Every step is optional.

    A category may only call for a follow-up whose step is given here (or, for retention, in
    :class:`RetentionSchedule`); the ordinance checks this when it is built.
    """

    office_notice: str | None = None
    retention: Retention | None = None
    commenter_notice: CommenterNotice | None = None
    #: The clause on removing the comments of repeat violators (documentary; see ``ban``).
    repeat_violators: str | None = None
    law_enforcement: LawEnforcementReferral | None = None
    platform_referral: str | None = None
    platforms: tuple[PlatformReferral, ...] = ()
    #: The clause for platforms the ordinance does not name (Kankakee § VI.6; Facebook falls here).
    other_platforms: str | None = None
    removal: Removal | None = None
    ban: Ban | None = None
    platform_standards: tuple[PlatformStandard, ...] = ()


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
    """How long retained records are kept: a number of ``years``, or a named ``schedule``.

    With ``calendar_years`` true, a record is kept to the end of the calendar year ``years``
    after the year of the comment: "kept for (3) calendar years" keeps a comment of
    2024-05-10 until 2027-12-31. That reading never keeps a record for less than ``years``.
    A policy that retains "pursuant to the records retention schedule" names the schedule
    instead; no date is computed, and verdicts say "per" the schedule.
    """

    clause: str
    years: int | None = None
    calendar_years: bool = True
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
