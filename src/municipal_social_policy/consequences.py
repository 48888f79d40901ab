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
    Finding,
    NotifyCommenter,
    NotifyCommunicationsOffice,
    ReferToLawEnforcement,
    ReferToPlatform,
    RetainRecord,
)

__all__ = ["Consequences"]


@attrs.frozen
class Consequences:
    """The follow-up rules of one ordinance, with their clauses resolved."""

    ordinance: Ordinance
    office_notice: Clause
    retention: tuple[Clause, ...]
    schedule: Clause
    commenter_notice: Clause
    law_enforcement: Clause
    other_platforms: Clause

    @classmethod
    def of(cls, ordinance: Ordinance) -> Consequences:
        """Resolve the clauses of ``ordinance``'s removal procedure once."""
        removal = ordinance.removal_procedure
        return cls(
            ordinance=ordinance,
            office_notice=ordinance.clause(removal.office_notice),
            retention=tuple(map(ordinance.clause, removal.retention.clauses)),
            schedule=ordinance.clause(ordinance.retention_schedule.clause),
            commenter_notice=ordinance.clause(removal.commenter_notice.clause),
            law_enforcement=ordinance.clause(removal.law_enforcement.clause),
            other_platforms=ordinance.clause(removal.other_platforms),
        )

    def actions(
        self, comment: Comment, findings: tuple[Finding, ...], categories: tuple[Category, ...]
    ) -> tuple[Action, ...]:
        """The actions the ``categories`` found in ``comment`` call for, in order."""
        if not findings:
            return ()
        kinds = {kind for category in categories for kind in category.actions}
        actions: list[Action] = []
        if ActionKind.NOTIFY_COMMUNICATIONS_OFFICE in kinds:  # Ord. 2019-70 § VI.1
            actions.append(NotifyCommunicationsOffice(self.office_notice))
        if ActionKind.RETAIN_RECORD in kinds:  # §§ VI.2, IV.1.2.4; retention schedule
            posted = comment.posted_at.date() if comment.posted_at is not None else None
            schedule = self.ordinance.retention_schedule
            actions.append(
                RetainRecord(
                    clause=self.retention[0],
                    also=self.retention[1:],
                    schedule=self.schedule,
                    fields=self.ordinance.removal_procedure.retention.fields,
                    retain_until=schedule.retain_until(posted) if posted is not None else None,
                )
            )
        if ActionKind.NOTIFY_COMMENTER in kinds:  # § VI.2
            actions.append(NotifyCommenter(self.commenter_notice, self._message(comment, findings)))
        if ActionKind.REFER_TO_PLATFORM in kinds:  # § VI.5, § VI.6
            actions.append(self._platform_referral(comment.platform))
        if ActionKind.REFER_TO_LAW_ENFORCEMENT in kinds:  # § VI.4
            statutes = tuple(
                dict.fromkeys(
                    statute
                    for category in categories
                    if ActionKind.REFER_TO_LAW_ENFORCEMENT in category.actions
                    for statute in category.statutes
                )
            )
            actions.append(self._law_enforcement(statutes))
        return tuple(actions)

    def _law_enforcement(self, statutes: tuple[Statute, ...]) -> ReferToLawEnforcement:
        agency = self.ordinance.removal_procedure.law_enforcement.agency
        return ReferToLawEnforcement(self.law_enforcement, agency, statutes)

    def _platform_referral(self, platform: str) -> ReferToPlatform:
        referral = self.ordinance.platform(platform) if platform else None
        if referral is not None:
            return ReferToPlatform(
                clause=self.ordinance.clause(referral.clause),
                platform=referral.platform,
                terms_name=referral.terms_name,
                terms_url=referral.terms_url,
            )
        return ReferToPlatform(
            clause=self.other_platforms,
            platform=platform.strip().casefold() or "unknown",
            terms_name="the platform's Terms of Service, Terms of Use or other User Agreement",
            terms_url="",
        )

    def _message(self, comment: Comment, findings: tuple[Finding, ...]) -> str:
        ordinance = self.ordinance
        names = {
            finding.category: ordinance.category(finding.category).name for finding in findings
        }
        return ordinance.removal_procedure.commenter_notice.message.format(
            jurisdiction=ordinance.jurisdiction.name,
            platform=comment.platform.strip().title() or "social media",
            categories="; ".join(names.values()),
            citations=", ".join(f"§ {finding.clause.id}" for finding in findings),
        )
