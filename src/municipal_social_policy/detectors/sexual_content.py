"""Sexual content, and links to it (Marseilles Code § 39.52(D)), apart from profanity.

"Sexual content or links to sexual content" is its own subsection in Marseilles' code, beside
"profane language" in (B); profanity's lists mix sexual terms with expletives, so a city that
cites (D) needs a detector of its own. ``sexual_content.txt`` holds the vocabulary:

- terms that offer, show or describe pornographic material ("nude pics", "sex tape", "xxx"),
  however disguised: JUDGMENT evidence, because a metaphor, a quotation or a report of another's
  post is not sexual content, and a person decides;
- links to sites whose business is pornography (any top-level domain) or under a top-level
  domain reserved for adult material: MECHANICAL when written as a link (a scheme, ``www.`` or a
  path), since the link itself is what the clause forbids; JUDGMENT when only the site's bare name
  is mentioned ("pornhub.com was blocked in Texas"), which may be news;
- links to sites that host adult material among other work (subscription pages): JUDGMENT;
- phrases of ``sexual_content.phrases`` (the pattern language of :mod:`.phrases`): sexual remarks
  about a person's body and sexual acts aimed at a person ("nice rack", "I'd tap that"), offers
  and requests of sex or sexting ("looking for a hookup", "wanna sext?", "sugar daddy wanted"),
  and pointers to the writer's own adult material ("check my OF", "nudes in bio", "18+ content
  at my page"): JUDGMENT, and no match in a quotation, a report of another's words or a
  negation; sexual words aimed at a person (the group ``aimed``: "I want to have sex with you",
  "spank me", "a pic of you naked"), and the broadest signal, a wish aimed at a person near a
  word that is sexual in a remark to one (``desire_aimed`` and ``sex_cue``, read together by
  :class:`._judged.Within`, the signal ``desire`` of ``near.tsv``: "I wanna take u home and rip
  ur clothes off").

Clinical, legal and educational words are never listed ("breast cancer screening", "sex education
program", "sexual assault awareness"), and a group's sex or orientation is never sexual content.
A city adds terms with ``words`` (a word with a dot is a site's domain, whose links count as links
to an adult site) and exempts terms or sites with ``allowed``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import attrs

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..text import NormalizedText
from ..verdict import Strength
from ..words import PLAIN
from . import DetectorFactory, Signal
from ._judged import Within, near_signals, outermost
from ._urls import LINK_TRIGGER, Link, links
from .checks import Match
from .lexicon import LexiconDetector, normalize_terms, read_word_list
from .phrases import PhraseDetector, read_phrases
from .triggers import Trigger

__all__ = ["FACTORIES", "SexualContentDetector"]

_DATA = "sexual_content.txt"
_PHRASES = "sexual_content.phrases"


@attrs.frozen
class SexualContentDetector:
    """Sexual terms as judgment evidence; links to adult sites, mechanical where written as links.

    ``adult`` and ``mixed`` are sites by the name of their registered domain without its
    top-level domain (``pornhub``); ``tlds`` the top-level domains reserved for adult material;
    ``phrases`` the groups of ``sexual_content.phrases``.
    """

    id: str
    terms: LexiconDetector
    adult: frozenset[str]
    mixed: frozenset[str]
    tlds: frozenset[str]
    phrases: tuple[PhraseDetector | Within, ...] = ()
    trigger: Trigger | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        # A link signals only to a listed site or under a listed top-level domain: the text
        # then holds a link (the link trigger) and, among its plain words, the domain or the
        # site's name, whose first word is whole there ("pornhub" of "es.pornhub.com/x"; "bad"
        # of "bad-site.net"). The terms are the lexicon's own trigger.
        names = {next(iter(PLAIN.findall(name)), "") for name in self.adult | self.mixed}
        sites = frozenset(names - {""}) | self.tlds
        parts = [Trigger(tokens=sites) & LINK_TRIGGER] if sites else []
        if self.terms.trigger is not None:
            parts.append(self.terms.trigger)
        parts.extend(phrases.trigger for phrases in self.phrases)
        object.__setattr__(self, "trigger", Trigger.any_of(*parts) if parts else None)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        words = [
            signal
            for signal in self.terms(text, comment)
            if not _mostly_hidden(text.original[signal.start : signal.end])
        ]
        for phrases in self.phrases:
            words.extend(phrases(text, comment))
        yield from outermost(words) if len(words) > 1 else words
        for link in links(text):
            strength = self._strength(link)
            if strength is not None:
                yield Signal(self.id, *text.span(link.start, link.end), strength)

    def _strength(self, link: Link) -> Strength | None:
        """How strong a link is as evidence of a link to sexual content, or ``None``."""
        name = link.domain.split(".", 1)[0]
        tld = link.host.rsplit(".", 1)[-1]
        if name in self.adult or tld in self.tlds:
            written = link.explicit or bool(link.path.strip("/"))
            return Strength.MECHANICAL if written else Strength.JUDGMENT
        if name in self.mixed:
            return Strength.JUDGMENT
        return None


def _mostly_hidden(written: str) -> bool:
    """Whether more than half of a word's characters are masks: ``b*******`` fits too many words.

    A mask fits any listed term of its length and first letter; with most letters hidden that
    guess reads a censored expletive as a sexual term, while ``bl*wjob`` still says what it is.
    """
    hidden = sum(1 for char in written if not (char.isalnum() or char.isspace()))
    return hidden * 2 > len(written)


def _adults_only(match: Match) -> bool:
    """Whether the match's "18" is written "18+" or "18 plus": "18 photos on my page" counts
    pictures, "18+ photos on my page" labels them."""
    token = match.tokens[match.first]
    after = match.text.normalized[token.end : token.end + 1]
    return after == "+" or match.words[match.first + 1] == "plus"


def _site(term: str) -> str:
    """A domain a city writes (``www.example.com``) as the name the lists hold (``example``)."""
    host = term.strip().casefold().removeprefix("www.")
    return host.split(".", 1)[0]


def _sexual_content(config: DetectorConfig) -> SexualContentDetector:
    added_sites = {_site(w) for w in config.words if "." in w}
    allowed_sites = {_site(w) for w in config.allowed if "." in w}
    added_terms = normalize_terms(w for w in config.words if "." not in w)
    allowed_terms = normalize_terms(w for w in config.allowed if "." not in w)
    terms = (read_word_list(_DATA, "terms") | added_terms) - allowed_terms
    adult = (read_word_list(_DATA, "adult_hosts") | added_sites) - allowed_sites
    mixed = read_word_list(_DATA, "mixed_hosts") - allowed_sites
    return SexualContentDetector(
        config.id,
        LexiconDetector(config.id, frozenset(terms), Strength.JUDGMENT),
        frozenset(adult),
        frozenset(mixed),
        read_word_list(_DATA, "adult_tlds"),
        (
            PhraseDetector.of(config.id, read_phrases(_PHRASES), "sexual"),
            PhraseDetector.of(config.id, read_phrases(_PHRASES), "aimed"),
            *near_signals(config.id, _PHRASES),
            PhraseDetector.of(config.id, read_phrases(_PHRASES), "adults_only", judge=_adults_only),
        ),
    )


FACTORIES: Mapping[str, DetectorFactory] = {"sexual_content": _sexual_content}
