"""A verdict in plain text, for a clerk: the decision in one line, why, and what to do.

Written for the person who acts on the verdict, not for the person who wrote the detectors: the
ordinance's category names instead of codes, "the platform" when the comment's platform is not
known, no internal words, and every line wrapped to :data:`WIDTH` characters.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Iterator

from .ordinance import Clause
from .procedure import Capture
from .verdict import (
    Action,
    BlockAuthor,
    Decision,
    Finding,
    NotifyCommenter,
    NotifyCommunicationsOffice,
    ReferToLawEnforcement,
    ReferToPlatform,
    RemoveComment,
    RetainRecord,
    Strength,
    Verdict,
)

#: The longest line :func:`explain` writes, URLs and other unbreakable words aside.
WIDTH = 88

#: How the record fields of a retention action read in a sentence.
_FIELDS = {"poster_identity": "the poster's identity"}

#: Platform values that say the comment's platform is not known.
_NO_PLATFORM = frozenset({"", "unknown"})


def explain(verdict: Verdict) -> str:
    """The verdict as lines of plain text, none longer than :data:`WIDTH` where it can break."""
    return "\n".join(_lines(verdict)) + "\n"


#: Joins the words of a citation so that no line ends inside one; a space again once wrapped.
_JOIN = "\ue000"


def _whole(citation: str) -> str:
    return citation.replace(" ", _JOIN)


def _wrap(text: str, indent: str = "", first: str | None = None) -> list[str]:
    lines = textwrap.wrap(
        text,
        width=WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [line.replace(_JOIN, " ") for line in lines]


def _bullet(text: str) -> list[str]:
    return _wrap(text, indent="    ", first="  • ")


def _quote(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return f"“{flat if len(flat) <= limit else flat[: limit - 3].rstrip() + '...'}”"


def _short(clause: Clause, prefix: str) -> str:
    """``§ V.2.10`` for ``Kankakee Ord. 2019-70 § V.2.10``: the ordinance is named once above."""
    return _whole(clause.citation.removeprefix(prefix).lstrip(" ,") or clause.citation)


def _cite(clause: Clause) -> str:
    return _whole(clause.citation)


def _name(finding: Finding) -> str:
    return finding.category_name or finding.category.replace("_", " ").capitalize()


def _listed(items: Iterable[str]) -> str:
    words = list(items)
    return ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else "".join(words)


def _summary(verdict: Verdict) -> str:
    prefix = verdict.ordinance.citation_prefix

    def clauses(decision: Decision) -> str:
        cited = (_short(f.clause, prefix) for f in verdict.findings if f.action is decision)
        return _listed(dict.fromkeys(cited))

    if verdict.decision is Decision.REMOVE:
        removable = [f for f in verdict.findings if f.action is Decision.REMOVE]
        allows = "allows" if len({f.clause.id for f in removable}) == 1 else "allow"
        return (
            f"REMOVE: the text itself shows that the comment breaks {clauses(Decision.REMOVE)},"
            f" which {allows} removal."
        )
    if verdict.findings:
        cited = clauses(Decision.REVIEW)
        return f"REVIEW: a person should decide whether the comment breaks {cited}."
    if verdict.decision is Decision.REVIEW:
        return "REVIEW: the comment could not be fully checked; a person should read it."
    return "ALLOW: no clause is broken by anything the checks can see."


def _strength(finding: Finding) -> str:
    if finding.strength is Strength.JUDGMENT:
        return "Whether it breaks the clause takes a person's judgment (context, intent or truth)."
    if finding.action is Decision.REMOVE:
        return "The text itself shows this, and the clause allows removal."
    return "The text itself shows this, but the ordinance leaves the decision to a person."


def _lines(verdict: Verdict) -> Iterator[str]:
    reference = verdict.ordinance
    prefix = reference.citation_prefix
    yield from _wrap(_summary(verdict), indent="  ", first="")
    yield from _wrap(
        f"Judged under {_whole(prefix)}, as encoded in {reference.name} version"
        f" {reference.version} ({reference.digest[:19]}...)."
    )
    if verdict.findings:
        yield ""
        yield "Why:"
    for finding in verdict.findings:
        also = "".join(f"; {_cite(other)}" for other in finding.also)
        yield from _bullet(f"{_name(finding)} ({_cite(finding.clause)}{also}), which says:")
        yield from _wrap(_quote(finding.clause.text, limit=10_000), indent="      ")
        yield from _wrap(_strength(finding), indent="    ")
        for item in finding.evidence:
            yield from _wrap(
                f"Found {_quote(item.text, 60)} at characters {item.start}-{item.end}.",
                indent="    ",
            )
    if verdict.guards:
        yield ""
        yield "Safeguards:"
    for guard in verdict.guards:
        title = guard.code.replace("_", " ").capitalize()
        yield from _bullet(f"{title} ({_cite(guard.clause)}): {guard.note}")
    now = [a for a in verdict.actions if a.upon is Decision.REVIEW]
    later = [a for a in verdict.actions if a.upon is Decision.REMOVE]
    if now:
        yield ""
        yield "To do now:"
        for action in now:
            yield from _bullet(_action(action))
    if later:
        yield ""
        removed = verdict.decision is Decision.REVIEW
        yield "To do if the comment is removed:" if removed else "To do on removal:"
        for action in later:
            yield from _bullet(_action(action))
    if verdict.errors:
        yield ""
        yield "Not fully checked:"
        for error in verdict.errors:
            yield from _bullet(_sentence(error))
    if verdict.notes:
        yield ""
        yield "Notes:"
        for note in verdict.notes:
            yield from _bullet(_sentence(note))


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


def _action(action: Action) -> str:
    if isinstance(action, NotifyCommunicationsOffice):
        return f"Notify the City Communications Office ({_cite(action.clause)})."
    if isinstance(action, RetainRecord):
        if action.per_schedule is not None:
            until = f"per {action.per_schedule}"
        elif action.retain_until is not None:
            until = f"until {action.retain_until.isoformat()}"
        else:
            until = "until the comment's date is established (the comment carries none)"
        fields = _listed(_FIELDS.get(field, field.replace("_", " ")) for field in action.fields)
        others = [_short(c, _prefix(action.clause)) for c in (*action.also, action.schedule)]
        cited = _listed(dict.fromkeys([_cite(action.clause), *others]))
        kept = f" of the comment's {fields}" if fields else ""
        how = "; else ".join(map(_capture, action.capture))
        how = f", captured by {how}" if how else ""
        return f"Keep a record{kept} {until}{how} ({cited})."
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
            offer = f" Offer an appeal: {terms} ({_cite(action.appeal_clause)})."
        message = _quote(action.message, 400)
        return f"Notify the commenter ({_cite(action.clause)}): {message}{offer}"
    if isinstance(action, RemoveComment):
        methods = " or ".join(_METHOD[method.value] for method in action.methods)
        return f"Take it down: {methods} ({_cite(action.clause)})."
    if isinstance(action, BlockAuthor):
        period = f" within {action.within_days} days" if action.within_days else ""
        return (
            f"Block the author: this is violation {action.violations}{period}, and the policy"
            f" blocks at {action.threshold} ({_cite(action.clause)})."
        )
    if isinstance(action, ReferToPlatform):
        platform = action.platform.strip()
        named = platform.casefold() not in _NO_PLATFORM and not action.terms_url
        # A platform with its own bullet is named by its terms ("Twitter's Terms of Service").
        to = platform.capitalize() if named else "the platform"
        url = f" ({action.terms_url})" if action.terms_url else ""
        return f"Report it to {to} under {action.terms_name}{url} ({_cite(action.clause)})."
    if isinstance(action, ReferToLawEnforcement):
        statutes = "; ".join(f"{_whole(s.citation)} ({s.name})" for s in action.statutes)
        citing = f", citing {statutes}" if statutes else ""
        return f"Refer it to {action.agency}{citing} ({_cite(action.clause)})."
    raise TypeError(f"unknown action {action!r}")  # pragma: no cover - the union is closed


def _prefix(clause: Clause) -> str:
    """The ordinance part of a citation: ``Kankakee Ord. 2019-70`` of ``... § VI.2``."""
    head, separator, _ = clause.citation.partition(" § ")
    return head if separator else ""


_METHOD = {
    "remove": "remove it",
    "hide": "hide it",
    "reject": "reject it before it is posted",
}


def _capture(capture: Capture) -> str:
    name = capture.method.value.replace("_", " ")
    fields = (_FIELDS.get(field.value, field.value.replace("_", " ")) for field in capture.fields)
    kept = f" with {_listed(fields)}" if capture.fields else ""
    return f"{name}{kept}"
