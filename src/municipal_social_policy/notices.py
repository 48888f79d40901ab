"""Notices in the ordinance's own words: the disclaimer, the privacy policy, the comment policy,
and the notice to a commenter whose comment is removed.

Every sentence of a notice is the text of a clause of the ordinance (or, for a removal, the
commenter-notice template the ordinance file gives); the code adds only structure: headings taken
from the clauses, a few labels, the citations, and the layout of each format. When the ordinance
lacks what a notice needs, :class:`~municipal_social_policy.NoticeError` says what is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from ._document import Block, Document, Field, Format, Heading, Items, Paragraph, render
from .comment import Comment
from .exceptions import NoticeError
from .ordinance import Clause, Ordinance
from .procedure import Appeal, PlatformStandard
from .requirements import SiteElement
from .verdict import (
    NotifyCommenter,
    ReferToLawEnforcement,
    ReferToPlatform,
    RetainRecord,
    Verdict,
)

__all__ = ["KINDS", "NoticeKind", "document", "render_notice"]

#: The notices :func:`render_notice` writes.
NoticeKind = Literal["disclaimer", "privacy", "comment_policy", "removal"]
KINDS: tuple[NoticeKind, ...] = ("disclaimer", "privacy", "comment_policy", "removal")

#: The statements a comment policy carries (Kankakee § IV.1.2.6 and its bullets).
_COMMENT_POLICY_STATEMENTS = (
    SiteElement.OPINIONS_NOT_CITY,
    SiteElement.COMMENTS_MONITORED,
    SiteElement.REMOVAL_RESERVED,
    SiteElement.PUBLIC_DISCLOSURE,
)


def render_notice(
    ordinance: Ordinance,
    kind: NoticeKind,
    *,
    format: Format = "markdown",
    verdict: Verdict | None = None,
    comment: Comment | str | None = None,
) -> str:
    """A notice in the ordinance's own words, as ``"text"``, ``"markdown"`` or ``"html"``.

    ``kind`` is ``"disclaimer"`` or ``"privacy"`` (the sections the ordinance says shall be
    posted), ``"comment_policy"`` (the comment policy and the statements the site policy requires
    pages to make), or ``"removal"``: the notice to the commenter for one ``verdict`` (what was
    removed, the clauses with their text, what happens next, and an appeal where the ordinance
    provides one). Give the ``comment`` too, and the notice quotes what was removed; without it
    the notice lists the evidence. HTML is a complete, self-contained page.

    Raises :class:`~municipal_social_policy.NoticeError` when the ordinance lacks what the notice
    needs, or the verdict calls for no notice to the commenter.
    """
    return render(document(ordinance, kind, verdict=verdict, comment=comment), format)


def document(
    ordinance: Ordinance,
    kind: NoticeKind,
    *,
    verdict: Verdict | None = None,
    comment: Comment | str | None = None,
) -> Document:
    """The notice as a format-free document (see :func:`render_notice`)."""
    if kind == "disclaimer":
        return _posted(ordinance, "disclaimer", ordinance.disclaimer)
    if kind == "privacy":
        return _posted(ordinance, "privacy_policy", ordinance.privacy_policy)
    if kind == "comment_policy":
        return _comment_policy(ordinance)
    if kind == "removal":
        if verdict is None:
            raise NoticeError(
                "kind 'removal': expected verdict=<the Verdict of the removed comment>, got None"
            )
        return _removal(ordinance, verdict, comment)
    raise NoticeError(f"kind: expected one of {', '.join(map(repr, KINDS))}, got {kind!r}")


# --- sections posted as they stand: the disclaimer and the privacy policy --------------------


def _source(ordinance: Ordinance, *clauses: Clause) -> str:
    cited = "; ".join(clause.citation for clause in clauses)
    return (
        f"Source: {cited} (encoding {ordinance.name} {ordinance.version}, {ordinance.digest[:19]})"
    )


def _has_text(ordinance: Ordinance, clause: Clause) -> bool:
    return bool(clause.text.strip()) or any(
        _has_text(ordinance, child) for child in ordinance.children(clause.id)
    )


def _tree(
    ordinance: Ordinance, clause: Clause, level: int, *, cite: bool, skip: str = ""
) -> Iterator[Block]:
    """The text under ``clause`` in document order; sub-headings from the clauses' headings."""
    for child in ordinance.children(clause.id):
        if not _has_text(ordinance, child):
            continue  # a heading with nothing under it (Kankakee § VIII.11)
        if child.heading:
            yield Heading(child.heading, level)
        if child.text.strip() and child.id != skip:
            yield Paragraph(child.text, citation=child.citation if cite else "")
        yield from _tree(ordinance, child, min(level + 1, 4), cite=cite)


def _posted(ordinance: Ordinance, field: str, section: object) -> Document:
    clause_id = getattr(section, "clause", None)
    if not isinstance(clause_id, str):
        raise NoticeError(
            f"ordinance {ordinance.name!r} has no {field} section: its file needs a [{field}]"
            ' table naming the clause that holds the text, e.g. clause = "VII"'
        )
    root = ordinance.clause(clause_id)
    children = ordinance.children(root.id)
    # A first clause ending in a colon introduces the language to post ("Disclaimer Language
    # shall be posted on City of Kankakee Social Media Sites:", § VII.1): it is an order to the
    # city, cited as the source rather than posted.
    lead = children[0] if children and children[0].text.rstrip().endswith(":") else None
    blocks = tuple(_tree(ordinance, root, 2, cite=False, skip=lead.id if lead else ""))
    if not any(isinstance(block, Paragraph) for block in blocks):
        raise NoticeError(
            f"{field}.clause: clause {root.id!r} of ordinance {ordinance.name!r} has no text"
            " under it; point it at the clause whose sub-clauses hold the text to post"
        )
    cited = (lead, root) if lead is not None else (root,)
    return Document(root.heading or root.citation, blocks, _source(ordinance, *cited))


# --- the comment policy ----------------------------------------------------------------------


def _heading_of(ordinance: Ordinance, clause: Clause) -> str:
    """The clause's heading, else the nearest enclosing clause's."""
    while not clause.heading and clause.parent_id is not None:
        clause = ordinance.clause(clause.parent_id)
    return clause.heading or clause.citation


def _comment_policy(ordinance: Ordinance) -> Document:
    listing = ordinance.clause(ordinance.comment_policy.clause)
    root = ordinance.clause(listing.parent_id) if listing.parent_id else listing
    blocks: list[Block] = []
    shown: set[str] = set()
    for clause in (root, *_descendants(ordinance, root)):
        shown.add(clause.id)
        if clause.parent_id == listing.id:
            continue  # the prohibited categories, listed under their clause below
        if clause.heading and clause.id != root.id:
            blocks.append(Heading(clause.heading, 2))
        if clause.text.strip():
            blocks.append(Paragraph(clause.text, citation=clause.citation))
        listed = ordinance.children(listing.id) if clause.id == listing.id else ()
        if listed:
            blocks.append(Items(tuple((item.text, item.citation) for item in listed)))
    if not any(isinstance(block, Paragraph) for block in blocks):
        raise NoticeError(
            f"comment_policy.clause: clause {listing.id!r} of ordinance {ordinance.name!r} has"
            " no text; point it at the clause that lists the prohibited comments"
        )
    cited = [root]
    site = ordinance.site_policy
    for i, requirement in enumerate(site.requirements if site is not None else ()):
        if requirement.shows not in _COMMENT_POLICY_STATEMENTS:
            continue
        if not requirement.wording:
            raise NoticeError(
                f"site_policy.requirements[{i}].wording: clause {requirement.clause!r} requires"
                f" the statement {requirement.shows.value!r} but the ordinance file gives no"
                ' wording for it; name the clauses that say it, e.g. wording = ["V.3"]'
            )
        for clause in map(ordinance.clause, requirement.wording):
            if clause.id in shown:
                continue
            cited.append(clause)
            blocks.append(Heading(_heading_of(ordinance, clause), 2))
            for part in (clause, *_descendants(ordinance, clause)):
                shown.add(part.id)
                if part.text.strip():
                    blocks.append(Paragraph(part.text, citation=part.citation))
    return Document(root.heading or root.citation, tuple(blocks), _source(ordinance, *cited))


def _descendants(ordinance: Ordinance, clause: Clause) -> Iterator[Clause]:
    for child in ordinance.children(clause.id):
        yield child
        yield from _descendants(ordinance, child)


# --- the notice to a commenter ---------------------------------------------------------------


def _removal(ordinance: Ordinance, verdict: Verdict, comment: Comment | str | None) -> Document:
    if verdict.ordinance.digest != ordinance.digest:
        raise NoticeError(
            f"verdict: reached under {verdict.ordinance.name} {verdict.ordinance.version}"
            f" ({verdict.ordinance.digest[:19]}), but the ordinance given is {ordinance.name}"
            f" {ordinance.version} ({ordinance.digest[:19]}); pass the ordinance the verdict"
            " names, so that the notice cites the clauses it rests on"
        )
    notices = [action for action in verdict.actions if isinstance(action, NotifyCommenter)]
    if not notices:
        raise NoticeError(
            f"verdict: decision {verdict.decision.value!r} with no notify_commenter action, so"
            " there is nothing to tell the commenter; only a verdict whose categories list"
            " notify_commenter in the ordinance has a removal notice"
        )
    notice = notices[0]
    section = notice.clause
    while section.parent_id is not None:
        section = ordinance.clause(section.parent_id)
    blocks: list[Block] = [Paragraph(notice.message, citation=notice.clause.citation)]
    blocks.append(Heading("What was removed", 2))
    text = comment.text if isinstance(comment, Comment) else comment
    if text is not None:
        blocks.append(Paragraph(text, quoted=True))
        if isinstance(comment, Comment) and comment.posted_at is not None:
            blocks.append(Field("Posted", comment.posted_at.isoformat(sep=" ")))
    else:
        evidence = dict.fromkeys(item.text for f in verdict.findings for item in f.evidence)
        blocks.append(Items(tuple((item, "") for item in evidence)))
    blocks.append(Heading("The clauses it breaks", 2))
    for clause in verdict.clauses:
        blocks.append(Paragraph(ordinance.clause(clause.id).text, clause.citation, quoted=True))
    blocks.append(Heading("What happens next", 2))
    blocks.extend(_next_steps(ordinance, verdict))
    appeal = _appeal(ordinance)
    if appeal is not None:
        clause = ordinance.clause(appeal.clause)
        blocks.append(Heading("Appeal", 2))
        blocks.append(Paragraph(clause.text, clause.citation, quoted=True))
        if appeal.decided_by:
            blocks.append(Field("Decided by", appeal.decided_by))
        if appeal.how:
            blocks.append(Field("How to appeal", appeal.how))
        if appeal.within_days is not None:
            blocks.append(Field("Within", f"{appeal.within_days} days"))
    blocks.extend(_standards(ordinance, comment))
    title = section.heading or section.citation
    return Document(title, tuple(blocks), _source(ordinance, notice.clause))


def _next_steps(ordinance: Ordinance, verdict: Verdict) -> Iterator[Block]:
    for action in verdict.actions:
        if isinstance(action, RetainRecord):
            yield Paragraph(action.schedule.text, action.schedule.citation, quoted=True)
            if action.retain_until is not None:
                yield Field("Kept until", action.retain_until.isoformat())
        elif isinstance(action, ReferToPlatform):
            yield Paragraph(action.clause.text, action.clause.citation, quoted=True)
            if action.terms_url:
                yield Field(action.terms_name, action.terms_url)
        elif isinstance(action, ReferToLawEnforcement):
            yield Paragraph(action.clause.text, action.clause.citation, quoted=True)
            if action.statutes:
                yield Items(tuple((f"{s.name} ({s.citation})", "") for s in action.statutes))
    repeat = ordinance.removal_procedure.repeat_violators
    if repeat:
        clause = ordinance.clause(repeat)
        yield Paragraph(clause.text, clause.citation, quoted=True)


def _standards(ordinance: Ordinance, comment: Comment | str | None) -> Iterator[Block]:
    """The platform's community standards the policy names, each with the clause naming them.

    A standard of another platform than the comment's is left out; one of the host site (no
    platform named), or any when the platform is not known, is shown.
    """
    platform = comment.platform.casefold() if isinstance(comment, Comment) else ""
    shown = [
        standard
        for standard in ordinance.removal_procedure.platform_standards
        if not (platform and standard.platform and standard.platform.casefold() != platform)
    ]
    if not shown:
        return
    yield Heading("Community standards", 2)
    quoted: set[str] = set()
    for standard in shown:
        if standard.clause not in quoted:
            quoted.add(standard.clause)
            clause = ordinance.clause(standard.clause)
            yield Paragraph(clause.text, clause.citation, quoted=True)
        yield _standard(standard)


def _standard(standard: PlatformStandard) -> Block:
    """One standard: its name, with the platform and where it is published when known."""
    name = f"{standard.name} ({standard.platform})" if standard.platform else standard.name
    if standard.url:
        return Field(name, standard.url)
    return Items(((name, ""),))


def _appeal(ordinance: Ordinance) -> Appeal | None:
    """The appeal the commenter's notice offers, where the policy names one."""
    notice = ordinance.removal_procedure.commenter_notice
    return notice.appeal if notice is not None else None
