"""A small document model (headings, paragraphs, lists) rendered as text, Markdown or HTML.

Notices and the review report build documents from the ordinance's wording; this module only
lays the words out. Every string is escaped for the format it is written in, so a comment or a
clause holding ``<script>`` or ``*emphasis*`` is shown as written, never interpreted.
"""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Iterator
from typing import Literal, TypeAlias

import attrs

__all__ = [
    "FORMATS",
    "Block",
    "Document",
    "Field",
    "Format",
    "Heading",
    "Items",
    "Paragraph",
    "html_blocks",
    "html_page",
    "markdown_escape",
    "render",
]

#: The formats a document is written in.
Format = Literal["text", "markdown", "html"]
FORMATS: tuple[Format, ...] = ("text", "markdown", "html")

_WIDTH = 88


@attrs.frozen
class Heading:
    """A heading; level 2 is a section of the document (level 1 is its title)."""

    text: str
    level: int = 2


@attrs.frozen
class Paragraph:
    """A paragraph, optionally quoted from a clause whose ``citation`` follows it."""

    text: str
    citation: str = ""
    quoted: bool = False


@attrs.frozen
class Items:
    """A bulleted list; each item may carry a citation."""

    items: tuple[tuple[str, str], ...]


@attrs.frozen
class Field:
    """A labelled value, such as a date or a link."""

    label: str
    value: str


Block: TypeAlias = Heading | Paragraph | Items | Field


@attrs.frozen
class Document:
    """A titled sequence of blocks, with a closing source line."""

    title: str
    blocks: tuple[Block, ...]
    source: str = ""
    lang: str = "en"


def render(document: Document, format: Format) -> str:
    """``document`` as plain text, Markdown, or a self-contained HTML page."""
    if format == "text":
        return "\n".join(_text(document)) + "\n"
    if format == "markdown":
        return "\n".join(_markdown(document)) + "\n"
    if format == "html":
        return html_page(document.title, html_blocks(document), lang=document.lang)
    raise ValueError(f"format: expected one of {', '.join(map(repr, FORMATS))}, got {format!r}")


# --- text ------------------------------------------------------------------------------------


def _wrap(text: str, indent: str = "", first: str | None = None) -> list[str]:
    lines = textwrap.wrap(
        " ".join(text.split()),
        width=_WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return lines or [indent.rstrip()]


def _text(document: Document) -> Iterator[str]:
    yield document.title
    yield "=" * min(len(document.title), _WIDTH)
    for block in document.blocks:
        yield ""
        if isinstance(block, Heading):
            yield block.text
            yield ("-" if block.level <= 2 else "~") * min(len(block.text), _WIDTH)
        elif isinstance(block, Paragraph):
            indent = "    " if block.quoted else ""
            yield from _wrap(block.text, indent)
            if block.citation:
                yield f"{indent}({block.citation})"
        elif isinstance(block, Items):
            for text, citation in block.items:
                cited = f"{text} ({citation})" if citation else text
                yield from _wrap(cited, "  ", "- ")
        else:
            yield from _wrap(f"{block.label}: {block.value}", "  ", "")
    if document.source:
        yield ""
        yield from _wrap(document.source)


# --- Markdown --------------------------------------------------------------------------------

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_MARKDOWN_LINE_START = re.compile(r"^(\s*)([-+]|\d+[.)])(\s)")


def markdown_escape(text: str) -> str:
    """``text`` with every character Markdown would interpret escaped, on one line."""
    flat = " ".join(text.split())
    return _MARKDOWN_LINE_START.sub(r"\1\\\2\3", _MARKDOWN_SPECIAL.sub(r"\\\1", flat))


def _markdown(document: Document) -> Iterator[str]:
    yield f"# {markdown_escape(document.title)}"
    for block in document.blocks:
        yield ""
        if isinstance(block, Heading):
            yield f"{'#' * min(block.level, 6)} {markdown_escape(block.text)}"
        elif isinstance(block, Paragraph):
            prefix = "> " if block.quoted else ""
            yield prefix + markdown_escape(block.text)
            if block.citation:
                yield prefix.rstrip()
                yield f"{prefix}— {markdown_escape(block.citation)}"
        elif isinstance(block, Items):
            for text, citation in block.items:
                cited = f" ({markdown_escape(citation)})" if citation else ""
                yield f"- {markdown_escape(text)}{cited}"
        else:
            yield f"**{markdown_escape(block.label)}:** {markdown_escape(block.value)}"
    if document.source:
        yield ""
        yield f"*{markdown_escape(document.source)}*"


# --- HTML ------------------------------------------------------------------------------------


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def html_blocks(document: Document, *, offset: int = 0) -> str:
    """The blocks of ``document`` as an HTML fragment; headings move down ``offset`` levels."""
    parts: list[str] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            level = min(block.level + offset, 6)
            parts.append(f"<h{level}>{_escape(block.text)}</h{level}>")
        elif isinstance(block, Paragraph):
            if block.quoted:
                cite = f"<footer><cite>{_escape(block.citation)}</cite></footer>"
                parts.append(
                    f"<blockquote><p>{_escape(block.text)}</p>"
                    f"{cite if block.citation else ''}</blockquote>"
                )
            else:
                cite = f' <cite class="citation">{_escape(block.citation)}</cite>'
                parts.append(f"<p>{_escape(block.text)}{cite if block.citation else ''}</p>")
        elif isinstance(block, Items):
            items = "".join(
                f"<li>{_escape(text)}"
                + (f' <cite class="citation">{_escape(citation)}</cite>' if citation else "")
                + "</li>"
                for text, citation in block.items
            )
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(
                f'<p class="field"><strong>{_escape(block.label)}:</strong>'
                f" {_escape(block.value)}</p>"
            )
    if document.source:
        parts.append(f'<p class="source"><small>{_escape(document.source)}</small></p>')
    return "\n".join(parts)


_STYLE = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;
background:#fff;margin:0}
main{max-width:48rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.05rem}
blockquote{margin:.75rem 0;padding:.25rem 1rem;border-left:4px solid #005ea2;background:#f0f6fb}
blockquote footer,cite.citation,.source{color:#454545;font-style:normal;font-size:.9rem}
a{color:#005ea2}:focus{outline:3px solid #ffbe2e;outline-offset:2px}
"""


def html_page(title: str, body: str, *, lang: str = "en", style: str = "", script: str = "") -> str:
    """A complete, self-contained HTML page: no external style, script, font or image."""
    scripted = f"<script>\n{script}\n</script>\n" if script else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_escape(title)}</title>\n<style>{_STYLE}{style}</style>\n</head>\n<body>\n"
        f"<main>\n<h1>{_escape(title)}</h1>\n{body}\n</main>\n{scripted}</body>\n</html>\n"
    )
