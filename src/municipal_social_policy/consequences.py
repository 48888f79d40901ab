"""What the ordinance requires once a comment is flagged or removed, as data.

Built once per evaluator from the ordinance's removal procedure (Kankakee § VI) and retention
schedule; applied to the findings of each comment. Nothing here acts: the actions are
recommendations a person or a downstream system carries out.
"""

from __future__ import annotations

import attrs

from .comment import Comment
from .ordinance import ActionKind, Category, Clause, Ordinance, Statute
from .verdict import (
    Action,
    BlockAuthor,
    Finding,
    NotifyCommenter,
    NotifyCommunicationsOffice,
    ReferToLawEnforcement,
    ReferToPlatform,
    RemoveComment,
    RetainRecord,
)

__all__ = ["Consequences"]


@attrs.frozen
class Consequences:
    """The follow-up rules of one ordinance, with their clauses resolved.

    A step the ordinance does not give is ``None``; the ordinance's own checks guarantee that no
    category calls for a step that is missing.
    """

    ordinance: Ordinance
    office_notice: Clause | None
    retention: tuple[Clause, ...]
    schedule: Clause | None
    commenter_notice: Clause | None
    law_enforcement: Clause | None
    other_platforms: Clause | None
    #: The fields of a comment the retention procedure keeps, by their values (read once: an
    #: enum member's ``value`` is a Python-level property).
    retained_fields: tuple[str, ...] = ()

    @classmethod
    def of(cls, ordinance: Ordinance) -> Consequences:
        """Resolve the clauses of ``ordinance``'s removal procedure once."""
        removal = ordinance.removal_procedure

        def clause(clause_id: str | None) -> Clause | None:
            return None if clause_id is None else ordinance.clause(clause_id)

        schedule = ordinance.retention_schedule
        notice, police = removal.commenter_notice, removal.law_enforcement
        return cls(
            ordinance=ordinance,
            office_notice=clause(removal.office_notice),
            retention=tuple(
                map(ordinance.clause, removal.retention.clauses if removal.retention else ())
            ),
            schedule=clause(schedule.clause if schedule is not None else None),
            commenter_notice=clause(notice.clause if notice is not None else None),
            law_enforcement=clause(police.clause if police is not None else None),
            other_platforms=clause(removal.other_platforms),
            retained_fields=tuple(
                field.value for field in (removal.retention.fields if removal.retention else ())
            ),
        )

    def actions(
        self, comment: Comment, findings: tuple[Finding, ...], categories: tuple[Category, ...]
    ) -> tuple[Action, ...]:
        """The actions the ``categories`` found in ``comment`` call for, in order."""
        if not findings:
            return ()
        # A list, not a set: a test of an enum member in it compares identities, where a set
        # hashes each member in Python (Enum.__hash__), a dozen times a verdict.
        kinds = [kind for category in categories for kind in category.actions]
        actions: list[Action] = []
        if ActionKind.NOTIFY_COMMUNICATIONS_OFFICE in kinds and self.office_notice:  # § VI.1
            actions.append(NotifyCommunicationsOffice(self.office_notice))
        if ActionKind.RETAIN_RECORD in kinds:  # §§ VI.2, IV.1.2.4; retention schedule
            actions.extend(self._retain(comment))
        if ActionKind.NOTIFY_COMMENTER in kinds and self.commenter_notice:  # § VI.2
            notice = self.ordinance.removal_procedure.commenter_notice
            appeal = notice.appeal if notice is not None else None
            actions.append(
                NotifyCommenter(
                    self.commenter_notice,
                    self._message(comment, findings),
                    appeal=appeal,
                    appeal_clause=self.ordinance.clause(appeal.clause) if appeal else None,
                )
            )
        if ActionKind.REMOVE_COMMENT in kinds:
            actions.extend(self._remove())
        if ActionKind.REFER_TO_PLATFORM in kinds:  # § VI.5, § VI.6
            actions.extend(self._platform_referral(comment.platform))
        if ActionKind.REFER_TO_LAW_ENFORCEMENT in kinds:  # § VI.4
            statutes = tuple(
                dict.fromkeys(
                    statute
                    for category in categories
                    if ActionKind.REFER_TO_LAW_ENFORCEMENT in category.actions
                    for statute in category.statutes
                )
            )
            actions.extend(self._law_enforcement(statutes))
        if ActionKind.BLOCK_AUTHOR in kinds:
            actions.extend(self._block(comment))
        return tuple(actions)

    def _retain(self, comment: Comment) -> tuple[RetainRecord, ...]:
        schedule = self.ordinance.retention_schedule
        retention = self.ordinance.removal_procedure.retention
        if schedule is None or retention is None or self.schedule is None:
            return ()
        posted = comment.posted_at.date() if comment.posted_at is not None else None
        return (
            RetainRecord(
                clause=self.retention[0],
                also=self.retention[1:],
                schedule=self.schedule,
                fields=self.retained_fields,
                retain_until=schedule.retain_until(posted) if posted is not None else None,
                per_schedule=schedule.schedule,
                capture=retention.capture,
            ),
        )

    def _remove(self) -> tuple[RemoveComment, ...]:
        removal = self.ordinance.removal_procedure.removal
        if removal is None:
            return ()
        return (RemoveComment(self.ordinance.clause(removal.clause), removal.methods),)

    def _block(self, comment: Comment) -> tuple[BlockAuthor, ...]:
        ban = self.ordinance.removal_procedure.ban
        violations = comment.prior_violations + 1
        if ban is None or violations < ban.violations:
            return ()
        clause = self.ordinance.clause(ban.clause)
        return (BlockAuthor(clause, violations, ban.violations, ban.within_days),)

    def _law_enforcement(self, statutes: tuple[Statute, ...]) -> tuple[ReferToLawEnforcement, ...]:
        referral = self.ordinance.removal_procedure.law_enforcement
        if referral is None or self.law_enforcement is None:
            return ()
        return (ReferToLawEnforcement(self.law_enforcement, referral.agency, statutes),)

    def _platform_referral(self, platform: str) -> tuple[ReferToPlatform, ...]:
        referral = self.ordinance.platform(platform) if platform else None
        if referral is not None:
            return (
                ReferToPlatform(
                    clause=self.ordinance.clause(referral.clause),
                    platform=referral.platform,
                    terms_name=referral.terms_name,
                    terms_url=referral.terms_url,
                ),
            )
        if self.other_platforms is None:
            return ()
        return (
            ReferToPlatform(
                clause=self.other_platforms,
                platform=platform.strip().casefold() or "unknown",
                terms_name="the platform's Terms of Service, Terms of Use or other User Agreement",
                terms_url="",
            ),
        )

    def _message(self, comment: Comment, findings: tuple[Finding, ...]) -> str:
        ordinance = self.ordinance
        notice = ordinance.removal_procedure.commenter_notice
        if notice is None:
            return ""
        names = {
            finding.category: finding.category_name or ordinance.category(finding.category).name
            for finding in findings
        }
        return notice.message.format(
            jurisdiction=ordinance.jurisdiction.name,
            platform=comment.platform.strip().title() or "social media",
            categories="; ".join(names.values()),
            citations=", ".join(
                dict.fromkeys(
                    clause.short_citation
                    for finding in findings
                    for clause in (finding.clause, *finding.also)
                )
            ),
        )
