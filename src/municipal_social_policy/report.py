"""A review packet for people: one self-contained HTML page of the flagged comments.

Each comment is shown with its evidence highlighted in the original text, the full wording of
the clauses it breaks, the actions the ordinance requires, and the notice to send the commenter.
A small inline script filters the page by clause (``report.html#clause=V.2.10`` opens it
filtered); without it every comment is shown. The page
loads nothing from the network. Everything taken from a comment or a clause is escaped, so a
comment holding ``<script>`` is shown, never run.

This module is pure (data in, a string out); ``msp report`` reads the files.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping

import attrs

from . import notices
from ._document import html_blocks, html_page
from .comment import Comment
from .exceptions import DataError, MunicipalSocialPolicyError
from .ordinance import Ordinance
from .serialization import structure
from .verdict import (
    Action,
    Decision,
    Evidence,
    NotifyCommenter,
    NotifyCommunicationsOffice,
    ReferToLawEnforcement,
    ReferToPlatform,
    RetainRecord,
    Verdict,
)

__all__ = ["Allowed", "Flagged", "parse_row", "render_report"]


@attrs.frozen
class Flagged:
    """One judged comment: its input ``line`` and ``id``, the verdict, and the comment if known."""

    line: int
    id: str
    verdict: Verdict
    comment: Comment | None = None


@attrs.frozen
class Allowed:
    """A judged comment that was allowed: counted in a report, not shown."""

    line: int
    id: str


def parse_row(text: str) -> Flagged | Allowed | None:
    """One line of ``msp evaluate`` JSONL output: :class:`Flagged` for a flagged comment,
    :class:`Allowed` for an allowed one (its verdict is not read further), ``None`` for an error
    row (``{"line", "id", "error"}``) or a blank line.

    The comment comes from the row's own ``comment`` object or ``text`` when it has one. Raises
    :class:`~municipal_social_policy.DataError` for a row that is not a verdict.
    """
    if not text.strip():
        return None
    try:
        row = json.loads(text)
    except json.JSONDecodeError as error:
        raise DataError("not a JSON line", (str(error),)) from None
    if not isinstance(row, dict):
        raise DataError("expected a JSON object per line", (f"got {text[:60]!r}",))
    if "verdict" not in row and "error" in row:
        return None
    if "verdict" not in row:
        raise DataError("invalid row", ("verdict: required, but missing",))
    line = row.get("line")
    line = line if isinstance(line, int) and not isinstance(line, bool) else 0
    identifier = str(row.get("id") or "")
    data = row["verdict"]
    if isinstance(data, dict) and data.get("decision") == Decision.ALLOW.value:
        return Allowed(line, identifier)  # most rows: not worth structuring in full
    verdict = structure(data, Verdict)
    comment: Comment | None = None
    if isinstance(row.get("comment"), dict):
        comment = structure(row["comment"], Comment)
    elif isinstance(row.get("text"), str):
        comment = Comment(text=row["text"])
    return Flagged(line=line, id=identifier, verdict=verdict, comment=comment)


# --- rendering -------------------------------------------------------------------------------


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _highlight(text: str, evidence: Iterable[tuple[Evidence, str]]) -> str | None:
    """``text`` escaped, with every evidence span in a ``<mark>``; ``None`` if a span does not
    match the text (the comment is not the one the verdict was reached on)."""
    spans: list[tuple[int, int, str]] = []
    for item, label in evidence:
        if not 0 <= item.start < item.end <= len(text) or text[item.start : item.end] != item.text:
            return None
        spans.append((item.start, item.end, label))
    spans.sort()
    merged: list[tuple[int, int, list[str]]] = []
    for start, end, label in spans:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), [*last[2], label])
        else:
            merged.append((start, end, [label]))
    out: list[str] = []
    position = 0
    for start, end, labels in merged:
        out.append(_escape(text[position:start]))
        title = _escape("; ".join(dict.fromkeys(labels)))
        out.append(f'<mark title="{title}">{_escape(text[start:end])}</mark>')
        position = end
    out.append(_escape(text[position:]))
    return "".join(out)


_ACTION_LABELS: Mapping[type, str] = {
    NotifyCommunicationsOffice: "Notify the communications office",
    RetainRecord: "Retain the record",
    NotifyCommenter: "Notify the commenter",
    ReferToPlatform: "Refer to the platform",
    ReferToLawEnforcement: "Refer to law enforcement",
}


def _action(action: Action) -> str:
    details: list[str] = []
    if isinstance(action, RetainRecord):
        details.append(", ".join(action.fields))
        if action.retain_until is not None:
            details.append(f"until {action.retain_until.isoformat()}")
        cited = [action.clause, *action.also, action.schedule]
    else:
        cited = [action.clause]
    if isinstance(action, ReferToPlatform):
        details.append(" ".join(filter(None, (action.platform, action.terms_name))))
        if action.terms_url:
            details.append(action.terms_url)
    if isinstance(action, ReferToLawEnforcement):
        details.append(action.agency)
        details.extend(f"{s.name} ({s.citation})" for s in action.statutes)
    when = "when flagged" if action.upon is Decision.REVIEW else "on removal"
    detail = f": {_escape('; '.join(details))}" if details else ""
    citations = _escape("; ".join(clause.citation for clause in cited))
    return (
        f"<li><strong>{_escape(_ACTION_LABELS[type(action)])}</strong> ({when}){detail}"
        f' <cite class="citation">{citations}</cite></li>'
    )


def _category_name(ordinance: Ordinance, code: str) -> str:
    try:
        return ordinance.category(code).name
    except LookupError:
        return code


def _article(ordinance: Ordinance, item: Flagged, number: int) -> str:
    verdict = item.verdict
    clauses = " ".join(clause.id for clause in verdict.clauses)
    decision = verdict.decision.value
    name = item.id or f"line {item.line}"
    heading = f"c{number}-title"
    parts = [
        f'<article class="comment" id="c{number}" data-clauses="{_escape(clauses)}"'
        f' aria-labelledby="{heading}">',
        f'<h2 id="{heading}">{_escape(name)} <span class="decision {decision}">{decision}</span>'
        "</h2>",
    ]
    meta = [f"line {item.line}"] if item.line else []
    comment = item.comment
    if comment is not None:
        meta += [comment.platform, comment.author.display_name]
        if comment.posted_at is not None:
            meta.append(comment.posted_at.isoformat(sep=" "))
    parts.append(f'<p class="meta">{_escape(" · ".join(filter(None, meta)))}</p>')
    evidence = [
        (e, f"{_category_name(ordinance, f.category)} ({f.clause.citation})")
        for f in verdict.findings
        for e in f.evidence
    ]
    parts.append("<h3>Comment</h3>")
    marked = _highlight(comment.text, evidence) if comment is not None else None
    if marked is not None:
        parts.append(f'<blockquote class="original"><p>{marked}</p></blockquote>')
    else:
        why = "not given" if comment is None else "not the text the verdict was reached on"
        parts.append(f'<p class="note">Original text {why}; the evidence:</p>')
        parts.append(
            "<ul>"
            + "".join(f"<li><mark>{_escape(e.text)}</mark></li>" for e, _ in evidence)
            + "</ul>"
        )
    parts.append("<h3>Findings</h3>")
    for finding in verdict.findings:
        clause = finding.clause
        found = ", ".join(dict.fromkeys(e.text for e in finding.evidence))
        parts.append(
            f'<section class="finding"><h4>{_escape(_category_name(ordinance, finding.category))}'
            f"</h4><p>{finding.strength.value} evidence, calls for {finding.action.value}:"
            f" <mark>{_escape(found)}</mark></p>"
            f"<blockquote><p>{_escape(clause.text)}</p><footer><cite>"
            f"{_escape(clause.citation)}</cite></footer></blockquote></section>"
        )
    if verdict.actions:
        parts.append("<h3>Actions</h3>")
        parts.append("<ul>" + "".join(_action(action) for action in verdict.actions) + "</ul>")
    parts.append(_notice(ordinance, item))
    if verdict.errors or verdict.notes:
        parts.append("<h3>Notes</h3>")
        lines = [*verdict.errors, *verdict.notes]
        parts.append("<ul>" + "".join(f"<li>{_escape(line)}</li>" for line in lines) + "</ul>")
    parts.append("</article>")
    return "\n".join(parts)


def _notice(ordinance: Ordinance, item: Flagged) -> str:
    if not any(isinstance(action, NotifyCommenter) for action in item.verdict.actions):
        return ""
    try:
        document = notices.document(
            ordinance, "removal", verdict=item.verdict, comment=item.comment
        )
    except MunicipalSocialPolicyError as error:
        return f'<h3>Notice to send</h3><p class="note">{_escape(str(error))}</p>'
    # A review verdict's notice is due only if a person removes the comment (upon=REMOVE).
    when = " if removed" if item.verdict.decision is Decision.REVIEW else ""
    return (
        f'<details class="notice"><summary><h3>Notice to send{when}</h3></summary>'
        f"<h4>{_escape(document.title)}</h4>\n{html_blocks(document, offset=2)}</details>"
    )


def _filter(flagged: list[Flagged]) -> str:
    counts: Counter[str] = Counter()
    wording: dict[str, str] = {}
    for item in flagged:
        for clause in item.verdict.clauses:
            counts[clause.id] += 1
            wording[clause.id] = clause.citation
    options = "".join(
        f'<option value="{_escape(clause_id)}">{_escape(wording[clause_id])}'
        f" ({counts[clause_id]})</option>"
        for clause_id in sorted(counts, key=lambda c: wording[c])
    )
    return (
        '<form id="filter" class="filter" role="search" hidden>'
        '<label for="clause">Show comments citing</label> <select id="clause">'
        f'<option value="">every clause ({len(flagged)})</option>{options}</select>'
        ' <output id="shown" aria-live="polite"></output></form>'
    )


_SCRIPT = """(function () {
  var form = document.getElementById("filter"), select = document.getElementById("clause"),
      shown = document.getElementById("shown"),
      items = document.querySelectorAll("article.comment");
  function apply() {
    var wanted = select.value, count = 0;
    items.forEach(function (item) {
      var on = !wanted || item.dataset.clauses.split(" ").indexOf(wanted) >= 0;
      item.hidden = !on;
      if (on) { count += 1; }
    });
    shown.textContent = "Showing " + count + " of " + items.length;
  }
  var linked = decodeURIComponent(location.hash.replace(/^#clause=/, ""));
  if (linked !== location.hash && select.querySelector('option[value="' + linked + '"]')) {
    select.value = linked;
  }
  form.hidden = false;
  select.addEventListener("change", function () {
    history.replaceState(null, "", select.value ? "#clause=" + select.value : "#");
    apply();
  });
  apply();
})();"""

_STYLE = """
main{max-width:64rem}
.summary{color:#454545}
.filter{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #dfe1e2}
select{font:inherit;padding:.2rem}
article.comment{border:1px solid #dfe1e2;border-radius:6px;padding:0 1rem 1rem;margin:1.25rem 0}
.decision{font-size:.8rem;text-transform:uppercase;padding:.1rem .45rem;border-radius:3px;
vertical-align:middle;color:#fff;background:#71767a}
.decision.remove{background:#b50909}.decision.review{background:#8a5300}
.meta{color:#454545;margin-top:-.5rem}
blockquote.original{background:#f7f7f7;border-left-color:#71767a;white-space:pre-wrap}
mark{background:#ffe396;outline:1px solid #c48a00;padding:0 .1rem}
.finding h4{margin-bottom:.25rem}
details.notice summary h3{display:inline}
.note{color:#8a5300}
"""


def render_report(
    ordinance: Ordinance, items: Iterable[Flagged], *, title: str = "", judged: int | None = None
) -> str:
    """One self-contained HTML page for the flagged comments among ``items``.

    Comments whose verdict is ``allow`` are counted, not shown; ``judged``, when given, is the
    number of comments judged in all (for a caller that passes only the flagged ones). Category
    names and the notice to send come from ``ordinance``; a verdict reached under another
    ordinance still shows its own clauses, with a note instead of the notice.
    """
    flagged: list[Flagged] = []
    count = 0
    for item in items:
        count += 1
        if item.verdict.decision is not Decision.ALLOW:
            flagged.append(item)
    decisions = Counter(item.verdict.decision.value for item in flagged)
    title = title or f"Review report: {ordinance.citation_prefix}"
    summary = (
        f'<p class="summary">{len(flagged)} flagged of {count if judged is None else judged}'
        " comments"
        f" ({decisions['remove']} remove, {decisions['review']} review), judged under"
        f" {_escape(ordinance.citation_prefix)} (encoding {_escape(ordinance.name)}"
        f" {_escape(ordinance.version)}, {_escape(ordinance.digest[:19])}).</p>"
    )
    body = "\n".join([summary, _filter(flagged), *_articles(ordinance, flagged)])
    return html_page(title, body, style=_STYLE, script=_SCRIPT)


def _articles(ordinance: Ordinance, flagged: list[Flagged]) -> Iterator[str]:
    for number, item in enumerate(flagged, 1):
        yield _article(ordinance, item, number)
