"""A verdict in plain text, for a clerk: the decision, why, the safeguards, and what to do."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from .procedure import Capture
from .verdict import (
    Action,
    BlockAuthor,
    Decision,
    NotifyCommenter,
    NotifyCommunicationsOffice,
    ReferToLawEnforcement,
    ReferToPlatform,
    RemoveComment,
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
        also = "".join(f"; {other.citation}" for other in finding.also)
        yield f"  • {finding.category}: {clause.citation}{also}"
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
        if action.per_schedule is not None:
            until = f"per {action.per_schedule}"
        elif action.retain_until is not None:
            until = f"until {action.retain_until.isoformat()}"
        else:
            until = "until the comment's date is established (the comment carries none)"
        cited = ", ".join(
            dict.fromkeys(c.citation for c in (action.clause, *action.also, action.schedule))
        )
        kept = f" ({', '.join(action.fields)})" if action.fields else ""
        how = "; else ".join(map(_capture, action.capture))
        how = f", captured by {how}" if how else ""
        return f"Retain the record{kept} {until}{how} ({cited})."
    if isinstance(action, NotifyCommenter):
        offer = ""
        if action.appeal is not None and action.appeal_clause is not None:
            appeal = action.appeal
            parts = [
                f"decided by {appeal.decided_by}" if appeal.decided_by else "",
                appeal.how,
                f"within {appeal.within_days} days" if appeal.within_days else "",
            ]
            terms = ", ".join(filter(None, parts)) or "as the policy says"
            offer = f" Offer an appeal: {terms} ({action.appeal_clause.citation})."
        message = _quote(action.message, 400)
        return f"Notify the commenter ({action.clause.citation}): {message}{offer}"
    if isinstance(action, RemoveComment):
        methods = " or ".join(_METHOD[method.value] for method in action.methods)
        return f"Take it down: {methods} ({action.clause.citation})."
    if isinstance(action, BlockAuthor):
        period = f" within {action.within_days} days" if action.within_days else ""
        return (
            f"Block the author: this is violation {action.violations}{period}, and the policy"
            f" blocks at {action.threshold} ({action.clause.citation})."
        )
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


_METHOD = {
    "remove": "remove it",
    "hide": "hide it",
    "reject": "reject it before it is posted",
}


def _capture(capture: Capture) -> str:
    name = capture.method.value.replace("_", " ")
    kept = f" with {', '.join(field.value for field in capture.fields)}" if capture.fields else ""
    return f"{name}{kept}"
