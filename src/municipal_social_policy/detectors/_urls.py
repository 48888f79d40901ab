"""Links in a comment: URLs, ``www.`` addresses and bare domains, with their hosts.

Shared by the link detectors of § V.2.14 (phishing, malware, shorteners), § V.2.13 (piracy hosts)
and § V.2.9 (shop listings). :func:`find_links` reads the NORMALISED text (case-folded, Cyrillic
and Greek look-alikes folded to Latin), so ``ＷＷＷ.ＥＸＡＭＰＬＥ.ＣＯＭ`` and ``раураl.com`` are
found as ``www.example.com`` and ``paypal.com``; :attr:`Link.start` and :attr:`Link.end` index the
normalised text (map them with :meth:`NormalizedText.span`).

The links' shapes are declared in ``shapes.txt`` and found by :mod:`.shapes`: every pattern
starts with a definite character (``h``, ``w`` or the dot before a top-level domain) and has
bounded repeats, so finding links is linear in the text's length, and each declares the anchors
(``http``, ``www``, a top-level domain as a word...) a text must hold for it to run.
"""

from __future__ import annotations

import attrs
import regex

from ..text import NormalizedText
from .lexicon import read_word_list
from .shapes import Plain, Reading, defined, find, load_shapes, trigger_of
from .triggers import Trigger

__all__ = [
    "IMPLICIT_LINK_TRIGGER",
    "LINK_TRIGGER",
    "PATH_LINK_TRIGGER",
    "Link",
    "find_links",
    "links",
    "links_trigger",
    "registered_domain",
]


def _tlds() -> tuple[frozenset[str], frozenset[str]]:
    entries = read_word_list("tlds.txt")
    with_path = frozenset(entry.split()[0] for entry in entries if entry.endswith(" path"))
    return frozenset(entry.split()[0] for entry in entries) - with_path, with_path


#: Top-level domains a bare domain (no scheme, no ``www.``) may end with, and those that are also
#: English words and count only with a path after them (``youtu.be/abc``); from ``tlds.txt``.
TLDS, WORD_TLDS = _tlds()


def _known_tld(match: regex.Match[str], context: regex.Match[str] | None) -> bool:
    """A bare domain's top-level domain is known, or a word one with a path after it, or one of
    three letters or more after a name joined by a hyphen, as no sentence is ("refund-il.top",
    not "here.Live" nor "up-to-date.It": two letters are too often a sentence's first word)."""
    tld = match.group("tld")
    if tld in TLDS:
        return True
    if tld not in WORD_TLDS:
        return False
    host = match.groupdict().get("host") or ""
    if (match.group("rest") or "").rstrip(_TRAILING):
        return True
    return len(tld) > 2 and _HYPHENED.search(host) is not None


# A name joined by a hyphen between letters or digits: "refund-il", "tax-help".
_HYPHENED = regex.compile(r"[a-z0-9]-[a-z0-9]")


_TRAILING = ".,;:!?)]}'\"*"
# The links' shapes (scheme, "www.", bare and spaced domains) are declared in shapes.txt.
_SHAPES = load_shapes("links", {"known_tld": _known_tld})


def links_trigger(*kinds: str) -> Trigger:
    """The trigger of a detector that reads only the links of the shapes ``kinds`` (names in
    shapes.txt, such as ``link.bare``), or of every link shape: derived from their anchors."""
    chosen = [shape for shape in _SHAPES if not kinds or shape.name in kinds]
    trigger = trigger_of(chosen)
    if trigger is None:
        raise ValueError(f"shapes.txt declares no link shape {', '.join(kinds) or 'at all'}")
    return trigger


#: Holds for every text with a link: the link detectors' trigger (see :mod:`.triggers`), derived
#: from the anchors the link shapes declare.
LINK_TRIGGER = links_trigger()
#: Holds for every text with a link whose path has a "/": :data:`LINK_TRIGGER` and a "/".
PATH_LINK_TRIGGER = LINK_TRIGGER & Trigger(characters=frozenset("/"))
#: Holds for every text with a link written without a scheme or ``www.``.
IMPLICIT_LINK_TRIGGER = links_trigger(
    "link.bare",
    "link.spaced",
    "link.spaced_after",
    "link.defanged",
    "link.spelled",
    "link.spelled_hyphened",
)
_HOST = defined("host")
# A dot written defanged inside a host: "[.]", "(.)", "{.}", "[dot]".
_DEFANGED = regex.compile(r"[\[({](?:\.|dot)[\])}]")
# Registries that sell names one level below a public suffix of two labels (example.co.uk).
_SECOND_LEVEL = read_word_list("second_level.txt", "second_level")


@attrs.frozen
class Link:
    """A link in the normalised text: ``[start, end)``, its host, the rest, and how it was written.

    ``host`` is lower-case, without user information, port or trailing dot. ``path`` is what
    follows the host (path, query, fragment). ``userinfo`` is the part before an ``@`` in the
    authority (``http://paypal.com@evil.example/``), which hides the real host from a reader.
    ``explicit`` says the link has a scheme or starts with ``www.``; ``spaced`` that its dot was
    disguised: spaces round it (``example . com``), bracketed (``example[.]com``) or spelt out
    (``example dot com/page``).
    """

    start: int
    end: int
    host: str
    path: str = ""
    userinfo: str = ""
    explicit: bool = True
    spaced: bool = False

    @property
    def domain(self) -> str:
        """The registered domain: ``verify-account.com`` for ``a.gov.verify-account.com``."""
        return registered_domain(self.host)


def registered_domain(host: str) -> str:
    """The part of ``host`` a registrant controls: its last two labels, or three under ``co.uk``.

    An approximation of the public-suffix rule that needs no list: two-letter country domains
    with a generic second level (``co``, ``com``, ``gov``, ...) keep three labels.
    """
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _split(rest: str) -> tuple[str, str, str] | None:
    """Host, path and user information of a URL's text after the scheme."""
    cut = len(rest)
    for char in "/?#":
        position = rest.find(char)
        if position != -1:
            cut = min(cut, position)
    authority, path = rest[:cut], rest[cut:]
    userinfo, _, hostport = authority.rpartition("@")
    host = hostport.split(":", 1)[0].strip(".")
    if "." not in host or _HOST.fullmatch(host) is None:
        return None
    return host, path, userinfo


def find_links(normalized: str | Reading | NormalizedText) -> tuple[Link, ...]:
    """The links of a normalised text, in order; a link inside a longer one is not repeated."""
    reading = Plain(normalized) if isinstance(normalized, str) else normalized
    candidates: list[Link] = []
    for found in find(_SHAPES, reading):
        match, kind = found.match, found.shape.name
        if kind in ("link.schemed", "link.www"):
            rest = match.group("rest")
            stripped = rest.rstrip(_TRAILING)
            parts = _split(("" if kind == "link.schemed" else "www.") + stripped)
            if parts is not None:
                host, path, userinfo = parts
                end = match.end() - len(rest) + len(stripped)
                candidates.append(Link(match.start(), end, host, path, userinfo))
        elif kind == "link.bare":
            tld = match.group("tld")
            rest = (match.group("rest") or "").rstrip(_TRAILING)
            host = match.group("host") + tld
            candidates.append(
                Link(match.start("host"), match.end("tld") + len(rest), host, rest, explicit=False)
            )
        else:  # link.spaced, link.spaced_after, link.defanged, link.spelled(_hyphened)
            host = f"{_DEFANGED.sub('.', match.group('host'))}.{match.group('tld')}"
            rest = (match.groupdict().get("rest") or "").rstrip(_TRAILING)
            end = match.end() if kind == "link.spaced" else match.end("tld") + len(rest)
            candidates.append(
                Link(match.start("host"), end, host, rest, explicit=False, spaced=True)
            )
    # The longest link first at each start, then drop any link inside one already kept.
    candidates.sort(key=lambda link: (link.start, -link.end))
    kept: list[Link] = []
    for link in candidates:
        if not kept or link.start >= kept[-1].end:
            kept.append(link)
    return tuple(kept)


def links(text: NormalizedText) -> tuple[Link, ...]:
    """:func:`find_links` of ``text.normalized``, found once per text however many ask."""
    return text.view(_links)


def _links(text: NormalizedText) -> tuple[Link, ...]:
    return find_links(text)
