"""Cyber attacks carried by links and bulk posting (Kankakee § V.2.14).

MECHANICAL evidence, where the text alone proves the attack:

- ``malware_link``: a link to an executable or installer (``.exe``, ``.scr``, ``.bat``, ``.apk``,
  ...) on a host that is not a known vendor's or the city's (judgment for a server module given
  a query, ``amg.dll?p=1``: a page the server runs);
- ``phishing_link``, for the deceptions no honest link needs: a host that embeds a government or
  a protected domain inside another registered domain (``citykankakee-il.gov.verify-account.com``),
  a brand spelled with digits or look-alike letters (``paypa1.com``, ``раураl.com``,
  ``xn--pypal-4ve.com``), a brand joined to a login word (``paypal-secure-login.com``), and a
  known name hidden before an ``@`` (``http://paypal.com@evil.example/``).

JUDGMENT evidence, for a person to check:

- ``phishing_link`` also flags softer look-alikes (a brand in someone else's domain, a brand one
  letter off, any other punycode host, a bare IP address);
- ``url_shortener``: bit.ly and the like hide where a link leads;
- ``phishing_lure``: a prize or a credential request ("you won a free iPhone", "verify your
  account") in a comment that also carries a link or a call to click; the pitch of an
  investment, advance-fee, spell-caster or hacker-for-hire scam ("300% returns guaranteed",
  "she helped me earn $8,000 in a week trading bitcoin", "hack any account") in a comment that
  carries those or a contact off the page ("WhatsApp", "contact her on Telegram");
- ``spam_flood``: the same words repeated many times, or a run of many links;
- ``obfuscated_link``: a link written to slip past link filters (``example . com``,
  ``youtube. com``, "delete the spaces").

For policies that forbid links to other sites (Montgomery County's "Spam or posts that include
links to other sites"), ``external_link`` signals every link whose host is not one of the city's
``allowed`` sites: MECHANICAL for a link written as one (a scheme or ``www.``), JUDGMENT for a
bare or spaced domain, which may be a name that only looks like one, and for a platform's own
wrapper (``t.co``, ``lnkd.in``: every link on X is a ``t.co`` link, wherever it leads).

Links are found by :mod:`._urls`; a comment without ``http``, ``www`` or a dot before a known
top-level domain costs a few substring checks.
"""

from __future__ import annotations

import codecs
import operator
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import ClassVar

import attrs
import regex

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..reading import quick_forms
from ..text import CONFUSABLES, NormalizedText
from ..verdict import Strength
from ..words import PLAIN
from . import DetectorFactory, Signal
from ._urls import (
    IMPLICIT_LINK_TRIGGER,
    LINK_TRIGGER,
    PATH_LINK_TRIGGER,
    Link,
    links,
    registered_domain,
)
from .lexicon import read_word_list, read_words
from .phrases import PhraseDetector, merge_ranges, read_phrases
from .shapes import defined
from .triggers import Trigger, either, most_repeated

__all__ = ["FACTORIES"]

# File types that install or run code when opened. ".com" is left out: it is a domain too.
_EXECUTABLE = read_word_list("link_words.txt", "executable")
_SERVER_MODULES = read_word_list("link_words.txt", "server_modules")
# Words that, joined to a brand in a host name, make a login page of someone else's domain.
_LOGIN_WORDS = read_word_list("link_words.txt", "login_words")
# Digits and letter pairs that imitate letters in a brand: paypa1, g00gle, rnicrosoft.
_LEET = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"})
# Cues that a comment asks the reader to act on a lure even without a link.
_CLICK = read_word_list("link_words.txt", "click")
_WRAPPERS = read_word_list("link_words.txt", "platform_wrappers")
_IP_HOST = defined("ip_host")


@attrs.frozen
class _Brand:
    domains: frozenset[str]
    word: bool  # also an everyday word: needs stronger evidence than its mere presence


@cache
def _brands() -> Mapping[str, _Brand]:
    brands: dict[str, _Brand] = {}
    for entry in read_word_list("brands.tsv"):
        name, *rest = entry.split()
        domains = frozenset(item for item in rest if "." in item)
        brands[name] = _Brand(domains, "word" in rest)
    return brands


def _fold(label: str) -> str:
    """A host label with look-alike letters folded to Latin (for decoded punycode)."""
    folded = unicodedata.normalize("NFKC", label).casefold()
    return "".join(CONFUSABLES.get(char, char) for char in folded)


def _decoded(host: str) -> str | None:
    """``host`` with its punycode labels decoded and folded, or ``None`` if it has none."""
    if "xn--" not in host:
        return None
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            try:
                label = _fold(codecs.decode(label[4:].encode("ascii"), "punycode"))
            except (UnicodeError, ValueError):
                return ""
        labels.append(label)
    return ".".join(labels)


def _one_edit(word: str, brand: str) -> bool:
    """Whether ``word`` is ``brand`` with one letter replaced, two swapped, or one added or
    dropped inside it ("gooogle", "paypak"); a letter added at the end ("apples", "discovery")
    makes another word, not a typo."""
    if word == brand or abs(len(word) - len(brand)) > 1 or word[-1] != brand[-1]:
        return False
    if len(word) == len(brand):
        diff = [i for i in range(len(word)) if word[i] != brand[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and word[diff[0]] == brand[diff[1]]
            and word[diff[1]] == brand[diff[0]]
        )
    short, long = (word, brand) if len(word) < len(brand) else (brand, word)
    return any(long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1))


@attrs.frozen
class _Protected:
    """The names a phishing link imitates: brands, and the city's own domains."""

    brands: Mapping[str, _Brand]
    official: frozenset[str]  # registered domains of the city (from the ordinance file)
    trusted: frozenset[str]  # registered domains never flagged

    def owner(self, domain: str) -> bool:
        """Whether ``domain`` is the city's, trusted, or a protected brand's own."""
        return (
            domain in self.trusted
            or domain in self.official
            or any(domain in brand.domains for brand in self.brands.values())
        )


def _phishing(link: Link, original_host: str, protected: _Protected) -> Strength | None:
    """How strongly ``link`` looks like phishing, or ``None``."""
    host, domain = link.host, link.domain
    owner = protected.owner(domain)
    if owner and not link.userinfo:
        # Written with a look-alike letter (раураl.com), the city's or a brand's own domain is
        # someone else's; written plainly, it is the real one.
        return None if original_host.isascii() else Strength.MECHANICAL
    # A known name before "@": http://paypal.com@evil.example/ opens evil.example.
    if link.userinfo and "." in link.userinfo:
        return Strength.MECHANICAL
    labels = host.split(".")
    inner = labels[: -len(domain.split("."))]  # the labels the owner of `domain` chose freely
    # A government or protected domain's name inside another domain: city.gov.verify-account.com
    if any(label in ("gov", "mil") for label in inner):
        return Strength.MECHANICAL
    for official in protected.official:
        name = official.rsplit(".", 1)[0]
        if len(name) >= 6 and name in host and not host.endswith(official):
            return Strength.MECHANICAL
    decoded = _decoded(host)
    strength: Strength | None = None
    words = [word for label in labels[:-1] for word in label.split("-") if word]
    for name, brand in protected.brands.items():
        if domain in brand.domains:
            continue
        for word in words:
            if word == name:
                # paypal-secure-login.com is a login page; paypal-fans.com may be a fan site.
                if _LOGIN_WORDS.intersection(words) or not original_host.isascii():
                    return Strength.MECHANICAL
                if not brand.word:
                    strength = Strength.JUDGMENT
            elif name in word and _joined_to_login(word, name):
                return Strength.MECHANICAL  # paypalverify.com, securepaypal.net: a login page
            elif len(name) >= 5:
                if word.translate(_LEET) == name:
                    return Strength.MECHANICAL  # paypa1, g00gle
                if not brand.word and _one_edit(word, name):
                    strength = Strength.JUDGMENT  # paypak, wellsfarqo: maybe a typo
    if decoded is not None:
        if decoded and decoded != host:
            decoded_domain = registered_domain(decoded)
            if protected.owner(decoded_domain) or any(
                name in decoded_domain.split(".")[0] for name in protected.brands if len(name) >= 5
            ):
                return Strength.MECHANICAL  # punycode that reads as a protected name
        return strength or Strength.JUDGMENT
    if link.explicit and _IP_HOST.fullmatch(host):
        return strength or Strength.JUDGMENT
    return strength


def _joined_to_login(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` run together with login words and nothing else:
    "paypalverify", "securechaselogin" (as "paypal-verify" is with a hyphen); "paypalfans" is
    not."""
    before, _, after = word.partition(name)
    return bool(before or after) and _login_words_only(before) and _login_words_only(after)


def _login_words_only(text: str) -> bool:
    """Whether ``text`` is empty or login words run together ("securelogin")."""
    return not text or any(
        text.startswith(word) and _login_words_only(text[len(word) :]) for word in _LOGIN_WORDS
    )


@attrs.frozen
class PhishingLinkDetector:
    """Look-alike and disguised hosts (see the module docstring)."""

    id: str
    protected: _Protected
    trigger: ClassVar[Trigger] = LINK_TRIGGER

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        normalized = text.normalized
        for link in links(text):
            at = normalized.find(link.host, link.start, link.end)
            host_start, host_end = text.span(at, at + len(link.host)) if at >= 0 else (0, 0)
            strength = _phishing(link, text.original[host_start:host_end], self.protected)
            if strength is not None:
                yield Signal(self.id, *text.span(link.start, link.end), strength)


@attrs.frozen
class MalwareLinkDetector:
    """A link whose path ends in an executable file type, on a host not trusted."""

    id: str
    trusted: frozenset[str]
    # The file's name is the last part of a path: after a "/".
    trigger: ClassVar[Trigger] = PATH_LINK_TRIGGER

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        for link in links(text):
            if not link.path or link.domain in self.trusted:
                continue
            path, query, _ = link.path.partition("?")
            name = path.split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
            kind = name.rsplit(".", 1)[1] if "." in name else ""
            if kind in _EXECUTABLE:
                # A server module given a query ("amg.dll?p=amg") is a page the server runs,
                # not proof of a file to download: a person checks it.
                served = bool(query) and kind in _SERVER_MODULES
                strength = Strength.JUDGMENT if served else Strength.MECHANICAL
                yield Signal(self.id, *text.span(link.start, link.end), strength)


@attrs.frozen
class ShortenerDetector:
    """A link through a URL shortener: where it leads is hidden."""

    id: str
    hosts: frozenset[str]
    trigger: ClassVar[Trigger] = LINK_TRIGGER

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        for link in links(text):
            if link.domain in self.hosts or link.host in self.hosts:
                yield Signal(self.id, *text.span(link.start, link.end), Strength.JUDGMENT)


@attrs.frozen
class LureDetector:
    """A lure, read with what makes it one (see ``phishing.phrases``).

    ``alone`` stands by itself (a secret asked for, malware bait, crypto doubling). The others
    need a partner in the comment: a link, a call to click, or a match of ``alone``; besides,
    ``credential`` (a credential request) is read with an ``alarm``, ``pitches`` (a prize, a
    scam's pitch) with a contact off the page (``contact``), and ``alarm`` (an account or a
    payment in danger) with either."""

    id: str
    alone: PhraseDetector
    credential: PhraseDetector
    alarm: PhraseDetector
    pitches: tuple[PhraseDetector, ...]
    contact: PhraseDetector
    trigger: Trigger | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        # Only a phrase's match is evidence.
        groups = (self.alone, self.credential, self.alarm, *self.pitches)
        object.__setattr__(self, "trigger", either(*(group.trigger for group in groups)))

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        alone = list(self.alone.spans(text))
        credential = list(self.credential.spans(text)) if self.credential.admits(text) else []
        alarm = list(self.alarm.spans(text)) if self.alarm.admits(text) else []
        pitches = [span for group in self.pitches for span in group.spans(text)]
        if not (alone or credential or alarm or pitches):
            return
        clicked = bool(alone) or not _CLICK.isdisjoint(quick_forms(text)) or bool(links(text))
        contact = not clicked and (alarm or pitches) and any(self.contact.spans(text))
        # A credential request and an alarm are partners when they are different words: "your
        # account will be closed" is both, and only one lure.
        apart = _apart(credential, alarm)
        found = list(alone)
        if clicked or apart:
            found += credential
        if clicked or contact or apart:
            found += alarm
        if clicked or contact:
            found += pitches
        for start, end in merge_ranges((start, end - 1) for start, end in found):
            yield Signal(self.id, *text.span(start, end + 1), Strength.JUDGMENT)


def _apart(spans: Sequence[tuple[int, int]], others: Sequence[tuple[int, int]]) -> bool:
    """Whether a span of ``spans`` and one of ``others`` do not overlap."""
    return any(end <= start2 or end2 <= start for start, end in spans for start2, end2 in others)


_UNSPACE = read_words("link_words.txt", "unspace")


@attrs.frozen
class ObfuscatedLinkDetector:
    """A link with its dot disguised (spaces round it, bracketed, spelt out), or an instruction
    to remove the spaces."""

    id: str
    # Either way a link without a scheme or "www.": the anchors of those link shapes.
    trigger: ClassVar[Trigger] = IMPLICIT_LINK_TRIGGER

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        normalized = text.normalized
        told = any(phrase in normalized for phrase in _UNSPACE)
        for link in links(text):
            if link.spaced or (told and not link.explicit):
                yield Signal(self.id, *text.span(link.start, link.end), Strength.JUDGMENT)


@attrs.frozen
class ExternalLinkDetector:
    """A link to another site: any link whose host is not one of ``allowed``.

    ``allowed`` holds hosts or domains (``mcohio.org`` allows ``www.mcohio.org`` too) and host
    and path prefixes (``facebook.com/mcohio`` allows that page and what is under it).
    """

    id: str
    allowed: tuple[tuple[str, str], ...]  # (host, path prefix without its leading "/")
    trigger: ClassVar[Trigger] = LINK_TRIGGER

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        for link in links(text):
            if any(_within(link, host, path) for host, path in self.allowed):
                continue
            # A platform's wrapper (every link on X is a t.co link) hides where it leads.
            explicit = link.explicit and not link.spaced and link.host not in _WRAPPERS
            strength = Strength.MECHANICAL if explicit else Strength.JUDGMENT
            yield Signal(self.id, *text.span(link.start, link.end), strength)


def _within(link: Link, host: str, path: str) -> bool:
    """Whether ``link`` is on ``host`` (or a host under it) and under the path ``path``."""
    if link.host != host and not link.host.endswith("." + host):
        return False
    if not path:
        return True
    rest = link.path.lstrip("/").casefold()
    return rest == path or rest.startswith((path + "/", path + "?", path + "#"))


def _sites(entries: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Allowed sites as (host, path): ``https://www.example.org/page/`` is ``example.org``,
    ``page``; a leading ``www.`` and a scheme are dropped."""
    sites = []
    for entry in entries:
        site = entry.strip().casefold()
        for scheme in ("https://", "http://"):
            site = site.removeprefix(scheme)
        site = site.removeprefix("www.")
        host, _, path = site.partition("/")
        if host:
            sites.append((host.rstrip("."), path.strip("/")))
    return tuple(sites)


# A flood: at least this many repetitions of a run of words, covering at least this many chars;
# a run of at least _FLOOD_LONG_RUN words (a sentence pasted again and again) needs one fewer.
_FLOOD_REPEATS = 4
_FLOOD_LONG_RUN = 4
_FLOOD_LONG_REPEATS = 3
_FLOOD_CHARS = 60
_FLOOD_LINKS = 5
_FLOOD_MAX_RUN = 12
_FLOOD_MAX_WORDS = 3000  # enough to see a flood; keeps a megabyte of text fast


@attrs.frozen
class FloodDetector:
    """The same words over and over, or a run of links: bulk posting that buries a thread."""

    id: str
    #: A flood is at least :data:`_FLOOD_CHARS` long, and repeats a word
    #: :data:`_FLOOD_LONG_REPEATS` times or holds links: other comments are not read.
    trigger: ClassVar[Trigger] = Trigger.all_of(
        Trigger(length=_FLOOD_CHARS),
        Trigger(repeats=_FLOOD_LONG_REPEATS) | Trigger(substrings=frozenset({"http", "www."})),
    )

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        normalized = text.normalized
        if len(normalized) < _FLOOD_CHARS:
            return
        if normalized.count("http") + normalized.count("www.") >= _FLOOD_LINKS:
            found = links(text)
            if len(found) >= _FLOOD_LINKS:
                yield Signal(self.id, *text.span(found[0].start, found[-1].end), Strength.JUDGMENT)
                return
        if most_repeated(text) < _FLOOD_LONG_REPEATS:  # no word comes often enough for a run
            return
        # Mentions (@user @user ...) address people; they are not content repeated.
        content = _MENTION.sub(" ", normalized) if "@" in normalized else None
        if content is None and _varied(text):
            return
        if content is None:
            words = text.tokens[:_FLOOD_MAX_WORDS]
            if "’" in normalized:
                words = tuple(w.replace("’", "'") for w in words)
        else:
            words = tuple(PLAIN.findall(content.replace("’", "'"))[:_FLOOD_MAX_WORDS])
        # A number that counts the copies ("great video 1", "great video 2") is one word.
        words = tuple("0" if word.isdigit() else word for word in words)
        # Cheap gate: repetition makes few distinct words among many.
        if len(words) < 2 * _FLOOD_LONG_REPEATS or len(set(words)) * 3 > len(words):
            return
        run = _repeated_run(words)
        if run is not None:
            offsets = (
                text.token_spans
                if content is None
                else [match.span() for match in PLAIN.finditer(content)]
            )
            start, end = offsets[run[0]][0], offsets[run[1]][1]
            if end - start >= _FLOOD_CHARS:
                yield Signal(self.id, *text.span(start, end), Strength.JUDGMENT)


_MENTION = regex.compile(r"@\w{1,64}")


def _varied(text: NormalizedText) -> bool:
    """Whether the plain words of ``text`` are too varied for a flood, as the detector's cheap
    gate on its words (each number read "0") says, told from the token set without building
    those words: the same answer, for a text whose words the detector takes as they are (no
    curly apostrophe, no more than :data:`_FLOOD_MAX_WORDS`). ``False`` where it cannot tell."""
    count = len(text.tokens)
    if count > _FLOOD_MAX_WORDS or "’" in text.normalized:
        return False
    distinct = text.token_set
    numbers = sum(map(str.isdigit, distinct))  # read as one word, "0"
    kept = len(distinct) - numbers + (numbers > 0)
    return count < 2 * _FLOOD_LONG_REPEATS or kept * 3 > count


@cache
def _equal_runs(pairs: int) -> re.Pattern[bytes]:
    """A run of at least ``pairs`` equal pairs, each written as the byte 1 (see
    :func:`_repeated_run`)."""
    return re.compile(b"\x01{%d,}" % pairs)


def _repeated_run(words: Sequence[str]) -> tuple[int, int] | None:
    """The first and last word of the longest run of one word group repeated back to back:
    :data:`_FLOOD_REPEATS` times, or :data:`_FLOOD_LONG_REPEATS` times for a group of
    :data:`_FLOOD_LONG_RUN` words or more.

    For each size of group, the groups are read from the first word on: where the group that
    starts at a word repeats often enough, the run is taken and reading goes on past it, else
    from the next word. A group of ``size`` words repeats ``r`` times from ``start`` when each
    word from ``start`` for ``(r - 1) * size`` words equals the word ``size`` after it, so the
    runs are found as runs of equal pairs (one byte a pair, searched in C), in time linear in
    the number of words for each size."""
    best: tuple[int, int] | None = None
    count = len(words)
    for size in range(1, _FLOOD_MAX_RUN + 1):
        needed = _FLOOD_LONG_REPEATS if size >= _FLOOD_LONG_RUN else _FLOOD_REPEATS
        if size * needed > count:
            continue
        pairs = (needed - 1) * size  # equal pairs from a run's first word
        equal = bytes(map(operator.eq, words, words[size:]))
        start = 0
        for found in _equal_runs(pairs).finditer(equal):
            first, after = max(found.start(), start), found.end()
            if after - first < pairs:
                continue  # the part of it past the last run taken is too short
            repeats = 1 + (after - first) // size
            # A run of numbers or single letters ("27 27 27", "a a a") is not words repeated.
            if any(len(w) > 1 and w.isalpha() for w in words[first : first + size]):
                end = first + repeats * size - 1
                if best is None or end - first > best[1] - best[0]:
                    best = (first, end)
            start = first + repeats * size  # past the run, whether it counted or not
    return best


def _domains(entries: tuple[str, ...]) -> frozenset[str]:
    return frozenset(entry.strip().casefold() for entry in entries if "." in entry)


def _phishing_link(config: DetectorConfig) -> PhishingLinkDetector:
    # A city names its own domains (and more brands) in the detector's "words", and domains that
    # must never be flagged in its "allowed".
    brands = dict(_brands())
    for word in config.words:
        name = word.strip().casefold()
        if name and "." not in name:
            brands[name] = _Brand(frozenset(), word=True)  # local businesses use the city's name
    return PhishingLinkDetector(
        config.id, _Protected(brands, _domains(config.words), _domains(config.allowed))
    )


def _malware_link(config: DetectorConfig) -> MalwareLinkDetector:
    trusted = read_word_list("trusted_hosts.txt") | _domains(config.allowed)
    return MalwareLinkDetector(config.id, trusted)


def _url_shortener(config: DetectorConfig) -> ShortenerDetector:
    hosts = (read_word_list("shorteners.txt") | _domains(config.words)) - _domains(config.allowed)
    return ShortenerDetector(config.id, hosts)


def _phishing_lure(config: DetectorConfig) -> LureDetector:
    file = read_phrases("phishing.phrases")

    def group(name: str) -> PhraseDetector:
        return PhraseDetector.of(config.id, file, name)

    return LureDetector(
        config.id,
        group("stands_alone"),
        group("credential_request"),
        group("alarm"),
        (group("prize_lure"), group("fraud_lure")),
        group("fraud_contact"),
    )


def _spam_flood(config: DetectorConfig) -> FloodDetector:
    return FloodDetector(config.id)


def _obfuscated_link(config: DetectorConfig) -> ObfuscatedLinkDetector:
    return ObfuscatedLinkDetector(config.id)


def _external_link(config: DetectorConfig) -> ExternalLinkDetector:
    # ``allowed``: the city's own sites and pages, never "other sites".
    return ExternalLinkDetector(config.id, _sites(config.allowed))


FACTORIES: Mapping[str, DetectorFactory] = {
    "external_link": _external_link,
    "obfuscated_link": _obfuscated_link,
    "phishing_link": _phishing_link,
    "malware_link": _malware_link,
    "url_shortener": _url_shortener,
    "phishing_lure": _phishing_lure,
    "spam_flood": _spam_flood,
}
