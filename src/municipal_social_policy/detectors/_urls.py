"""Links in a comment: URLs, ``www.`` addresses and bare domains, with their hosts.

Shared by the link detectors of § V.2.14 (phishing, malware, shorteners), § V.2.13 (piracy hosts)
and § V.2.9 (shop listings). :func:`find_links` reads the NORMALISED text (case-folded, Cyrillic
and Greek look-alikes folded to Latin), so ``ＷＷＷ.ＥＸＡＭＰＬＥ.ＣＯＭ`` and ``раураl.com`` are
found as ``www.example.com`` and ``paypal.com``; :attr:`Link.start` and :attr:`Link.end` index the
normalised text (map them with :meth:`NormalizedText.span`).

Every pattern starts with a definite character (``h``, ``w`` or the dot before a top-level
domain) and has bounded repeats, so finding links is linear in the text's length; texts without
``http``, ``www`` or a dot before a known top-level domain are skipped with substring checks.
"""

from __future__ import annotations

import itertools

import attrs
import regex

from ..text import NormalizedText
from .lexicon import read_word_list
from .triggers import APOSTROPHES, Trigger

__all__ = ["LINK_TRIGGER", "Link", "find_links", "links", "registered_domain"]


def _tlds() -> tuple[frozenset[str], frozenset[str]]:
    entries = read_word_list("tlds.txt")
    with_path = frozenset(entry.split()[0] for entry in entries if entry.endswith(" path"))
    return frozenset(entry.split()[0] for entry in entries) - with_path, with_path


#: Top-level domains a bare domain (no scheme, no ``www.``) may end with, and those that are also
#: English words and count only with a path after them (``youtu.be/abc``); from ``tlds.txt``.
TLDS, WORD_TLDS = _tlds()

# The characters a URL's host and path may hold. A path stops at white space, quotes, angle
# brackets and the HTML that surrounds links in exported comments.
_SCHEMED = regex.compile(
    r"h(?:tt|xx)ps?:/{1,3}(?P<rest>[^\s<>\"'`{}|\\^\[\]]{1,2000})", regex.IGNORECASE
)
_WWW = regex.compile(r"w(?<![\w/.@-]w)ww\d{0,3}\.(?P<rest>[^\s<>\"'`{}|\\^\[\]]{1,2000})")
# The dot before a known top-level domain, then the labels before it found by looking back. A
# label is 1-63 letters, digits or hyphens; "example . com" (spaces around the dot) is a
# spammer's way round link filters and counts too, for the common generic domains only.
_BARE = regex.compile(
    # The cheap lookahead for a top-level domain first: "a.a.a.a" fails before looking back.
    r"\.(?=[a-z]{2,13}(?![\w-]|\.[a-z0-9]))"
    r"(?<=(?<![\w@.-])(?P<host>[a-z0-9](?:[a-z0-9-]{0,62}\.){1,6})(?=[a-z]))"
    r"(?P<tld>[a-z]{2,13})(?![\w-]|\.[a-z0-9])(?P<rest>[/?#][^\s<>\"'`{}|\\^\[\]]{0,2000})?"
)
_SPACED = regex.compile(
    r"\.(?<=(?<![\w@.-])(?P<host>[a-z0-9][a-z0-9-]{1,62})\s{1,3}\.)\s{0,3}"
    r"(?P<tld>com|net|org|info|biz)(?![\w-])"
)
# "youtube. com": a space after the dot only; ".com" alone, as "it. Net income" is prose.
_SPACED_AFTER = regex.compile(
    r"\.(?<=(?<![\w@-])(?P<host>[a-z0-9][a-z0-9-]{1,62})\.)\s{1,3}(?P<tld>com)(?![\w-])"
    r"(?P<rest>/[^\s<>\"'`{}|\\^\[\]]{0,2000})?"
)
# "www" and up to three digits: the plain word (see :mod:`..words`) a "www." address starts with.
_WWW_WORDS = frozenset(
    "www" + "".join(digits)
    for n in range(4)
    for digits in itertools.product("0123456789", repeat=n)
)
#: Holds for every text with a link: the link detectors' trigger (see :mod:`.triggers`). A scheme
#: ends in "/"; a "www." address starts with one of ``_WWW_WORDS``; a bare or spaced domain's
#: top-level domain is a plain word after its dot, and one of :data:`WORD_TLDS` counts only with
#: a path, which starts with "/", "?" or "#". A plain word runs on over an apostrophe
#: ("x'www.example.com", "example.com's"), so an apostrophe holds it too.
LINK_TRIGGER = Trigger(characters=frozenset("/?#") | APOSTROPHES, tokens=TLDS | _WWW_WORDS)
_HOST = regex.compile(r"[a-z0-9\u00a0-\uffff-]{1,63}(?:\.[a-z0-9\u00a0-\uffff-]{1,63}){0,10}")
_TRAILING = ".,;:!?)]}'\"*"
# Registries that sell names one level below a public suffix of two labels (example.co.uk).
_SECOND_LEVEL = read_word_list("second_level.txt", "second_level")


@attrs.frozen
class Link:
    """A link in the normalised text: ``[start, end)``, its host, the rest, and how it was written.

    ``host`` is lower-case, without user information, port or trailing dot. ``path`` is what
    follows the host (path, query, fragment). ``userinfo`` is the part before an ``@`` in the
    authority (``http://paypal.com@evil.example/``), which hides the real host from a reader.
    ``explicit`` says the link has a scheme or starts with ``www.``; ``spaced`` that it was
    written with spaces round the dot (``example . com``).
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


def find_links(normalized: str) -> tuple[Link, ...]:
    """The links of a normalised text, in order; a link inside a longer one is not repeated."""
    candidates: list[Link] = []
    if "http" in normalized or "hxxp" in normalized:
        candidates.extend(_explicit(_SCHEMED, normalized, ""))
    if "www" in normalized:
        candidates.extend(_explicit(_WWW, normalized, "www."))
    if "." in normalized:
        for match in _BARE.finditer(normalized):
            tld = match.group("tld")
            rest = (match.group("rest") or "").rstrip(_TRAILING)
            if tld not in TLDS and not (tld in WORD_TLDS and rest):
                continue
            host = match.group("host") + tld
            candidates.append(
                Link(match.start("host"), match.end("tld") + len(rest), host, rest, explicit=False)
            )
        if " ." in normalized:
            for match in _SPACED.finditer(normalized):
                host = f"{match.group('host')}.{match.group('tld')}"
                candidates.append(
                    Link(match.start("host"), match.end(), host, explicit=False, spaced=True)
                )
        if ". com" in normalized or ".  com" in normalized:
            for match in _SPACED_AFTER.finditer(normalized):
                host = f"{match.group('host')}.{match.group('tld')}"
                rest = (match.group("rest") or "").rstrip(_TRAILING)
                candidates.append(
                    Link(
                        match.start("host"),
                        match.end("tld") + len(rest),
                        host,
                        rest,
                        explicit=False,
                        spaced=True,
                    )
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
    return find_links(text.normalized)


def _explicit(pattern: regex.Pattern[str], normalized: str, prefix: str) -> list[Link]:
    found = []
    for match in pattern.finditer(normalized):
        rest = match.group("rest")
        stripped = rest.rstrip(_TRAILING)
        parts = _split(prefix + stripped)
        if parts is not None:
            host, path, userinfo = parts
            found.append(
                Link(match.start(), match.end() - len(rest) + len(stripped), host, path, userinfo)
            )
    return found
