"""A verdict in plain text, for a clerk: the decision, why, the safeguards, and what to do."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from .verdict import (
    Action,
    Decision,
    NotifyCommenter,
    NotifyCommunicationsOffice,
    ReferToLawEnforcement,
    ReferToPlatform,
    RetainRecord,
    Verdict,
)

_HEADLINE = {
    Decision.ALLOW: "ALLOW: no clause is broken by anything the detectors can see.",
    Decision.REVIEW: "REVIEW: a person should decide; nothing is removed automatically.",
    Decision.REMOVE: "REMOVE: the evidence is mechanical and the clause allows removal.",
}


def explain(verdict: Verdict) -> str:
    """The verdict as lines of plain text."""
    return "\n".join(_lines(verdict)) + "\n"


def _quote(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return f"“{flat if len(flat) <= limit else flat[: limit - 3].rstrip() + '...'}”"


def _lines(verdict: Verdict) -> Iterator[str]:
    reference = verdict.ordinance
    yield _HEADLINE[verdict.decision]
    yield (
        f"Under {reference.citation_prefix} (encoding {reference.name} {reference.version},"
        f" {reference.digest[:19]})."
    )
    if verdict.findings:
        yield ""
        yield "Why:"
    for finding in verdict.findings:
        clause = finding.clause
        yield f"  • {finding.category}: {clause.citation}"
        yield from textwrap.wrap(
            _quote(clause.text, limit=10_000),
            width=96,
            initial_indent="    ",
            subsequent_indent="    ",
        )
        strength, action = finding.strength.value, finding.action.value
        yield f"    {strength} evidence; this finding alone calls for {action}."
        for item in finding.evidence:
            yield (
                f"    Evidence: {_quote(item.text, 60)} at characters {item.start}-{item.end}"
                f" (detector {item.detector})"
            )
    if verdict.guards:
        yield ""
        yield "Safeguards:"
    for guard in verdict.guards:
        yield f"  • {guard.code} ({guard.clause.citation}): {guard.note}"
    now = [a for a in verdict.actions if a.upon is Decision.REVIEW]
    later = [a for a in verdict.actions if a.upon is Decision.REMOVE]
    if now:
        yield ""
        yield "Required now:"
        yield from (f"  • {_action(action)}" for action in now)
    if later:
        yield ""
        yield (
            "Required if the comment is removed:"
            if verdict.decision is Decision.REVIEW
            else ("Required on removal:")
        )
        yield from (f"  • {_action(action)}" for action in later)
    if verdict.errors:
        yield ""
        yield "Errors (the comment was not fully checked):"
        yield from (f"  • {error}" for error in verdict.errors)
    if verdict.notes:
        yield ""
        yield "Notes:"
        yield from (f"  • {note}" for note in verdict.notes)


def _action(action: Action) -> str:
    if isinstance(action, NotifyCommunicationsOffice):
        return f"Notify the City Communications Office ({action.clause.citation})."
    if isinstance(action, RetainRecord):
        until = (
            f"until {action.retain_until.isoformat()}"
            if action.retain_until is not None
            else "until the comment's date is established (the comment carries none)"
        )
        cited = ", ".join(c.citation for c in (action.clause, *action.also, action.schedule))
        return f"Retain the record ({', '.join(action.fields)}) {until} ({cited})."
    if isinstance(action, NotifyCommenter):
        return f"Notify the commenter ({action.clause.citation}): {_quote(action.message, 400)}"
    if isinstance(action, ReferToPlatform):
        url = f" at {action.terms_url}" if action.terms_url else ""
        return (
            f"Report it to {action.platform} under {action.terms_name}{url}"
            f" ({action.clause.citation})."
        )
    if isinstance(action, ReferToLawEnforcement):
        statutes = "; ".join(f"{s.citation} ({s.name})" for s in action.statutes)
        named = f", citing {statutes}" if statutes else ""
        return f"Refer it to {action.agency}{named} ({action.clause.citation})."
    raise TypeError(f"unknown action {action!r}")  # pragma: no cover - the union is closed
