"""Copyright (Kankakee § V.2.13): pirated films, music and software, and pasted articles.

JUDGMENT evidence only (the clause's ceiling is review): whether the holder gave permission is for
a person to decide. Two detectors:

- ``piracy``: piracy phrases, tools and release tags (``copyright.phrases``, in the pattern
  language of :mod:`.phrases`, read with disguises undone: "torrent link", "keygen", "DVDRip",
  "pirated copy", "free IPTV", a piracy site named), offers of a work or a live event for free
  ("watch full movie online free", "watch the Bears game free, stream link", which a question
  only asks about: "is the library offering free movie streaming?"), links to known piracy sites
  (``piracy_hosts.txt``, on any top-level domain), ``magnet:`` links and ``.torrent`` files;
  and, broadest, a WORK named near a DISTRIBUTION cue, in either order, in one sentence or two
  adjacent ones (:class:`._judged.Within`, the signals of ``near.tsv``): a film, a show, an
  album, a book, software, a match, "season 3", a title in quotation marks (the groups
  ``copy_work`` and ``copy_tool``) with "dm me for the link", "on my drive", "free stream",
  "download it", "who wants it?", a link to a file host (``copy_cue``, ``copy_ask``,
  ``copyright_words.txt``); another's photo, video, article or art taken and put up
  (the signal ``taken``: the writer's own "stole", "reposting", "grabbed these off" with two of
  the work, another's source and its holder not asked or paid: "no credit", "won't pay for
  them"). Every piracy match whose sentences name a lawful source ("on Netflix", "the
  library", "the city's"; ``copy_lawful``) is dropped;
- ``pasted_article``: a long comment that carries a publisher's notice ("Copyright © 2024 ...
  All rights reserved", "may not be published, broadcast, rewritten or redistributed"): a whole
  article pasted in, not a quotation; or the writer's own word that they pasted one ("it's
  paywalled, so here's the whole article", "I copied the story below").

"A torrent of complaints" and "cracks in the sidewalk" are not piracy: the words count only in
a piracy phrase.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from itertools import islice

import attrs
import regex

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..reading import Token, read
from ..text import NormalizedText
from ..verdict import Strength
from . import DetectorFactory, Signal
from ._judged import Found, Span, Spans, Within, near_signals, sentence_index
from ._urls import LINK_TRIGGER, links
from .lexicon import read_word_list, read_words
from .phrases import PhraseDetector, read_phrases
from .triggers import Trigger, either

__all__ = ["FACTORIES"]

_FILE = "copyright.phrases"
_MAGNET = regex.compile(r"magnet:\?xt=urn:[a-z0-9]{2,10}:[a-z0-9]{20,64}")
# A link to a file of this ending is a torrent's, whatever its host.
_TORRENT = ".torrent"
# A pasted article is long (a wire story's first paragraphs with its notice: 250 characters and
# more); a short comment quoting a notice is not one.
_ARTICLE_CHARS = 250
# Hosts that keep any file for whoever has its link: a link to one is a cue as [copy_cue]'s are.
_FILE_HOSTS = read_word_list("copyright_words.txt", "file_hosts")
_NOTICES = read_words("copyright_words.txt", "notices")
# Each notice's last word: a comment holds it between spaces or before punctuation.
_NOTICE_WORDS = frozenset(notice.split()[-1].strip(",.") for notice in _NOTICES)
# The marks a title is quoted with (reading.py reads the same as quotation marks).
_QUOTES = frozenset("'\"‘’“”«»")
# A title in quotation marks is at most this many words ("'The Lord of the Rings'").
_TITLE_WORDS = 6
# Words of a title written in lower case are short: "of", "the", "and".
_SMALL_WORD = 3
# A lawful source is looked for among this many of its matches (a bound on a long comment's work).
_LAWFUL_READ = 64
_COPYRIGHT_LINE = regex.compile(r"(?:©|\(c\)|copyright)\s{0,3}(?:©\s{0,3})?(?:19|20)\d\d\b")


@attrs.frozen
class PiracyDetector:
    """Piracy phrases, a work named near a way to get a copy of it, links to piracy sites,
    magnet links and ``.torrent`` files; a phrase or a pair is dropped where its sentences name
    a lawful source (``lawful``: "on Netflix", "the library", "I bought it")."""

    id: str
    phrases: PhraseDetector
    offers: PhraseDetector
    near: tuple[Within, ...]
    lawful: PhraseDetector
    hosts: frozenset[str]
    trigger: Trigger | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        magnet = Trigger(characters=frozenset(":")) & Trigger(substrings=frozenset({"magnet:"}))
        phrases = self.phrases.trigger | self.offers.trigger
        for near in self.near:
            phrases = phrases | near.trigger
        # A link is signalled for its host's name or a ".torrent" path, each written in the
        # normalised text the link is read from: a link to any other site needs no call.
        named = frozenset(host for host in self.hosts if host) | {_TORRENT}
        hosted = LINK_TRIGGER & Trigger(substrings=named)
        object.__setattr__(self, "trigger", either(phrases, hosted, magnet))

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        spans = [*self.phrases.spans(text), *self.offers.spans(text)]
        for near in self.near:
            span = near.span(text)
            if span is not None:
                spans.append(span)
        merged: list[tuple[int, int]] = []
        for start, end in sorted(self._unlawful(text, spans)):
            if merged and start < merged[-1][1]:  # overlapping parts: one piece of evidence
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        for start, end in merged:
            yield Signal(self.id, *text.span(start, end), Strength.JUDGMENT)
        normalized = text.normalized
        if "magnet:" in normalized:
            for match in _MAGNET.finditer(normalized):
                yield Signal(self.id, *text.span(*match.span()), Strength.JUDGMENT)
        for link in links(text):
            name = link.domain.split(".", 1)[0]
            path = link.path.split("?", 1)[0]
            if name in self.hosts or path.endswith(_TORRENT):
                yield Signal(self.id, *text.span(link.start, link.end), Strength.JUDGMENT)

    def _unlawful(
        self, text: NormalizedText, spans: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """The spans whose sentences name no lawful source."""
        if not spans:
            return spans
        lawful = list(islice(self.lawful.spans(text), _LAWFUL_READ))
        if not lawful:
            return spans
        sentence = sentence_index(text)
        named = {sentence(start) for start, _ in lawful}
        return [
            (start, end)
            for start, end in spans
            if named.isdisjoint(range(sentence(start), sentence(end - 1) + 1))
        ]


@attrs.frozen
class PastedArticleDetector:
    """A long comment with a publisher's copyright notice, or a comment whose writer says they
    pasted an article (the group ``pasted`` of ``copyright.phrases``: "since it's paywalled,
    here's the whole text")."""

    id: str
    phrases: PhraseDetector
    trigger: Trigger = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        # Notices count in a long comment only, which holds a notice's last word or a
        # copyright sign.
        notices = Trigger.all_of(
            Trigger(length=_ARTICLE_CHARS),
            Trigger(tokens=_NOTICE_WORDS, substrings=frozenset({"©", "(c)", "copyright"})),
        )
        object.__setattr__(self, "trigger", either(self.phrases.trigger, notices))

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        yield from self.phrases(text, comment)
        normalized = text.normalized
        if len(normalized) < _ARTICLE_CHARS:
            return
        for notice in _NOTICES:
            position = normalized.find(notice)
            if position != -1:
                yield Signal(
                    self.id, *text.span(position, position + len(notice)), Strength.JUDGMENT
                )
        if "©" in normalized or "(c)" in normalized or "copyright" in normalized:
            for match in _COPYRIGHT_LINE.finditer(normalized):
                yield Signal(self.id, *text.span(*match.span()), Strength.JUDGMENT)


def _and(
    group: PhraseDetector, more: Callable[[NormalizedText], list[Span]]
) -> Callable[[NormalizedText], Iterator[Span]]:
    """The group's matches, then what ``more`` finds, read only as far as a signal asks."""

    def spans(text: NormalizedText) -> Iterator[Span]:
        yield from group.spans(text)
        yield from more(text)

    return spans


def _shared(text: NormalizedText) -> list[tuple[int, int]]:
    """The links to a host that keeps any file for whoever has its link: a cue, an ask."""
    return [
        (link.start, link.end)
        for link in links(text)
        if link.host in _FILE_HOSTS or link.domain in _FILE_HOSTS
    ]


def _quoted_titles(text: NormalizedText) -> list[tuple[int, int]]:
    """Words in quotation marks written as a title ("see 'Twisters'", "the whole \"Ted
    Lasso\""), not opening their sentence, in a comment that does not write every word with a
    capital: the spans in the normalised text, a work for the cues of ``copyright.phrases``."""
    sentences = read(text).sentences
    if all(token.capital for sentence in sentences for token in sentence):
        return []
    found: list[tuple[int, int]] = []
    for sentence in sentences:
        run: list[Token] = []
        for token in (*sentence, None):
            if token is not None and token.quoted:
                run.append(token)
                continue
            if run and run[0] is not sentence[0] and _title_case(run):
                found.append((run[0].start, run[-1].end))
            run = []
    return found


def _title_case(words: list[Token]) -> bool:
    """Whether quoted words are written as a title: two words to a few, the first and every long
    one with a capital ("Gladiator II", "The Lord of the Rings"; not "Thank you for being here",
    nor one word, which a program's buttons also are: select "Release")."""
    return (
        1 < len(words) <= _TITLE_WORDS
        and words[0].capital
        and all(token.capital for token in words if len(token.forms[0]) > _SMALL_WORD)
    )


def _piracy(config: DetectorConfig) -> PiracyDetector:
    file = read_phrases(_FILE)
    phrases = PhraseDetector.of(config.id, file, "piracy")
    offers = PhraseDetector.of(config.id, file, "piracy_offer")
    work = PhraseDetector.of(config.id, file, "copy_work")
    cue = PhraseDetector.of(config.id, file, "copy_cue")
    ask = PhraseDetector.of(config.id, file, "copy_ask")
    # What no pattern reads: a work or a title in quotation marks ("copy_titled" of near.tsv);
    # a cue or an ask, or a link to a file host.
    given: dict[str, Spans] = {
        "copy_titled": Found(
            work.trigger | Trigger(characters=_QUOTES), _and(work, _quoted_titles)
        ),
        "copy_cue": Found(cue.trigger | LINK_TRIGGER, _and(cue, _shared)),
        "copy_ask": Found(ask.trigger | LINK_TRIGGER, _and(ask, _shared)),
    }
    near = near_signals(config.id, _FILE, given)
    lawful = PhraseDetector.of(config.id, file, "copy_lawful")
    hosts = read_word_list("piracy_hosts.txt") | {w.casefold() for w in config.words}
    return PiracyDetector(
        config.id, phrases, offers, near, lawful, frozenset(hosts - set(config.allowed))
    )


def _pasted_article(config: DetectorConfig) -> PastedArticleDetector:
    phrases = PhraseDetector.of(config.id, read_phrases(_FILE), "pasted")
    return PastedArticleDetector(config.id, phrases)


FACTORIES: Mapping[str, DetectorFactory] = {
    "piracy": _piracy,
    "pasted_article": _pasted_article,
}
