"""Profane, obscene and sexual language (Kankakee § V.2.5), from shipped word lists.

Explicitly sexual or pornographic terms are MECHANICAL evidence: obscenity is what the text says.
Expletives and insults (``expletives.txt``: fuck, shit, bitch, ...) are JUDGMENT evidence: their
meaning turns on context (a dog breeder's "bitch", a reclaimed word, counter-speech quoting an
insult, "these fucking sirens"), so a person decides; they are still cited under § V.2.5. So are
the terms of ``profanity_judgment.txt``: the clinical names of sexual acts and their verbs
("masturbation", "ejaculates"), sex toys, genres of adult media and adult companies a comment can
describe or report ("dildo", "hentai", "Pornhub"), figures of speech ("circlejerk"), words with a
common non-sexual sense ("boobs", "tits") and insults with no sexual sense ("tosser"). The
expletives the source lists lack are there too, judged like them: texting abbreviations ("wtf",
"fml"), "af" after an adjective ("dumb af"), minced forms and respellings ("effing", "fcuk"),
the oaths and idioms that make a mild word an expletive ("what the hell", "goddamn", "bull
crap", "a load of crap"; never "hell", "damn" or "crap" alone), "screw yourself" (never
"screw this up", "screw off the cap") and compounds ("shitpost"); vulgar
slang for sex and the body, with the words that have another sense ("dick", "cock", "pussy",
"butt") only in the runs that make them slang ("his dick", "no pussy", "butthurt"); and crude
retorts said without a listed word ("up yours", "kiss my butt", "shove it up your ...");
and obscene gestures written as one character (the ``[gestures]`` of ``profanity_judgment.txt``:
"🖕"), which are no word, as judgment evidence. Two families are read off a word rather than
listed: a word that an unambiguous profane stem (the ``[stems]`` of ``profanity_judgment.txt``:
"fuck", "shit") begins or ends as it is written, the rest one letter or more, is judgment
evidence ("fuckfest", "shitlibs", "jackshit", "fucky"; never a word of ``[not_stems]`` or
``allow.txt``: "shitake"), and so is a word that a stem of the ``[infixes]`` stands inside
("muthafuckas", "sumbitches": no harmless word holds "fuck" or "bitch"); and a listed word
with a contraction's ending (``contractions.tsv``: "'s", "'ll") counts as the word ("this
shit's broken", "the fucker'll"), with the word's strength. A word whose letters hyphens or
number signs hide ("f------g", "pu##y"; :func:`.words.hides_letters`), or whose first letter a
mask hides ("*lowjob"), is judgment evidence at most: the signs need not number the letters,
and the first letter is a guess, so the term it fits is a guess.

The clause names the commenter's own "language", so how a word is used counts too
(:mod:`._mentions`): a word mentioned rather than used ("the word 'x'", "he called her a x", a
quotation, "x means ...") is judgment evidence at most, however it is spelled; a word inside a
place's name ("St Dildo") is no evidence; a word in a run of capitalised words ("John Denver
Hore", "Dick Cheney", "Mr. X") is judgment evidence at most, since emphasis and mockery are
capitalised too ("Total Bullshit", "Mr Twat"). Use stays as it was: "suck my x" is removed.

The lists are derived from public word lists with attribution in ``NOTICE.md``; ``allow.txt``
holds words that never count. A city adds words with ``words`` (mechanical) and exempts words
with ``allowed`` in its ordinance file; an allowed word is no stem, nor read by one.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import attrs

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..reading import SUFFIXES
from ..text import NormalizedText
from ..verdict import Strength
from ..words import MASK
from . import MAX_MATCHES, DetectorFactory, Signal
from ._mentions import Frames, Use, frames
from .lexicon import LexiconDetector, normalize_terms, read_sections, read_word_list
from .triggers import Trigger, either, runs_into

__all__ = ["FACTORIES", "ProfanityDetector", "judgment_terms"]


@attrs.frozen
class ProfanityDetector:
    """Obscene terms as mechanical evidence, expletives and insults as judgment evidence.

    A word both lists read (a mask can make one fit both) is an expletive. ``frames`` decide
    whether a word is used, mentioned or part of a name (:mod:`._mentions`).
    """

    obscene: LexiconDetector
    expletives: LexiconDetector
    frames: Frames = attrs.field(factory=frames)
    #: Obscene gestures written as one character ("🖕"): judgment evidence wherever they stand.
    gestures: frozenset[str] = frozenset()
    #: Profane stems that make a longer word profane where they begin or end it ("fuckfest",
    #: "fucky"): judgment evidence, the rest of the word :data:`STEM_REST` letters or more.
    stems: frozenset[str] = frozenset()
    #: Profane stems that make a longer word profane wherever they stand in it, inside it too
    #: ("muthafuckas", "sumbitches"): judgment evidence.
    infixes: frozenset[str] = frozenset()
    #: Words the stems never read ("shitake", "bitchute"), as written.
    unstemmed: frozenset[str] = frozenset()
    trigger: Trigger | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        gestured = Trigger(characters=self.gestures) if self.gestures else None
        # A stem is read off a word as written, so the text holds it: a substring, which costs
        # a comment a few microseconds (a walk of every long token costs it several times that).
        read_off = self.stems | self.infixes
        stemmed = Trigger(substrings=read_off) if read_off else None
        parts = [self.obscene.trigger, self.expletives.trigger]
        extra = [part for part in (gestured, stemmed) if part is not None]
        object.__setattr__(self, "trigger", either(*parts, *extra))

    @property
    def _shortest(self) -> int:
        """How long a word a stem may begin or end must be."""
        return min(map(len, self.stems), default=0) + STEM_REST

    def _gestures(self, text: NormalizedText) -> Iterator[Signal]:
        if self.gestures.isdisjoint(text.characters):
            return
        id_ = self.expletives.id
        found = (i for i, char in enumerate(text.normalized) if char in self.gestures)
        for count, i in enumerate(found):
            if count >= MAX_MATCHES:
                return
            yield Signal(id_, *text.span(i, i + 1), Strength.JUDGMENT)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        # A mask can make one word fit an obscene term and an expletive at once ("motherfuc*a"):
        # it then reads as the expletive, judgment, because a removal must not rest on a guess.
        expletives = list(self.expletives(text, comment))
        spans = {(signal.start, signal.end) for signal in expletives}
        # A word list gives at most MAX_MATCHES signals: past the expletives' last one a word may
        # be an expletive too, so no obscene word past it is read (a flood's first matches make
        # the case; a removal must not rest on where a list stopped).
        limit = expletives[-1].end if len(expletives) >= MAX_MATCHES else len(text.original)
        found = [
            s if not _sign_masked(text.original[s.start : s.end]) else _judged(s)
            for s in self.obscene(text, comment)
            if (s.start, s.end) not in spans and s.start < limit
        ]
        found += expletives
        found += self._read_off(text, {(signal.start, signal.end) for signal in found})
        yield from self._gestures(text)
        if not found:
            return
        original = text.original
        uses = self.frames.uses(
            original,
            [(signal.start, signal.end) for signal in found],
            mentions=[signal.strength is Strength.MECHANICAL for signal in found],
        )
        # A capitalised word the comment uses in a name or a run of capitals reads so wherever
        # it is written so ("John Denver Hore ... John Hore released ...").
        names: dict[str, Use] = {}
        for signal, use in zip(found, uses, strict=True):
            if use in (Use.NAMED, Use.CAPITALISED):
                surface = original[signal.start : signal.end]
                names[surface] = Use.NAMED if Use.NAMED in (use, names.get(surface)) else use
        for signal, use in zip(found, uses, strict=True):
            if use is Use.USED:
                use = names.get(original[signal.start : signal.end], use)
            if use is Use.NAMED:
                continue
            if use is not Use.USED and signal.strength is Strength.MECHANICAL:
                signal = attrs.evolve(signal, strength=Strength.JUDGMENT)
            yield signal

    def _read_off(self, text: NormalizedText, taken: set[tuple[int, int]]) -> list[Signal]:
        """The words no list holds as written but read off one: a listed word with a
        contraction's ending ("shit's"), with the list's strength, and a word a stem begins or
        ends ("fuckfest"), as judgment. At most :data:`MAX_MATCHES`."""
        normalized = text.normalized
        contracted = "'" in normalized or "’" in normalized
        shortest = self._shortest
        stemmed = any(stem in normalized for stem in self.stems) or any(
            stem in normalized for stem in self.infixes
        )
        if not (contracted or stemmed):
            return []
        found: list[Signal] = []
        for word in text.words:
            if len(found) >= MAX_MATCHES:
                break
            strength = self._strength(word.forms, contracted, stemmed, shortest)
            if strength is None:
                continue
            span = text.span(word.start, word.end)
            if span not in taken:
                found.append(Signal(self.expletives.id, *span, strength))
        return found

    def _strength(
        self, forms: tuple[str, ...], contracted: bool, stemmed: bool, shortest: int
    ) -> Strength | None:
        """The strength of the evidence a word of ``forms`` gives when read off a listed word
        or a stem, or ``None``."""
        if contracted:
            for form in forms:
                head = _uncontracted(form)
                if head is None:
                    continue
                if head in self.expletives.terms:
                    return Strength.JUDGMENT
                if head in self.obscene.terms:
                    return Strength.MECHANICAL
        # A stem is read off the word as written only ("sh1tlibs" is not read: its text holds
        # no stem for the trigger to find).
        written = forms[0]
        if not stemmed or written in self.unstemmed or not written.isalpha():
            return None
        if len(written) >= shortest and runs_into(
            (written,), self.stems, longest=shortest, rest=STEM_REST
        ):
            return Strength.JUDGMENT
        if any(stem in written and stem != written for stem in self.infixes):
            return Strength.JUDGMENT
        return None


# The signs besides the mask that hide letters (:func:`.words.hides_letters`: "f--k", "f#ck"; one
# hyphen is a hyphen: "mother-fucker").
_SIGNS = ("--", "#")


def _sign_masked(written: str) -> bool:
    """Whether a word as written hides letters with hyphens or number signs, or hides its first
    letter: newspapers print "f------g" whatever the word's length, so the obscene term it fits
    ("felching") is a guess; so is the first letter of "*lowjob"."""
    return written.startswith(MASK) or any(sign in written for sign in _SIGNS)


def _judged(signal: Signal) -> Signal:
    """``signal`` as judgment evidence."""
    return attrs.evolve(signal, strength=Strength.JUDGMENT)


#: How many letters a word must have besides the profane stem that begins or ends it: one, so an
#: inflection the lists lack is read ("fucky", "shitz"); the stems are those no harmless word
#: begins or ends with (``profanity_judgment.txt``).
STEM_REST = 1
# The endings of contractions that may follow a word ("'s", "'ll"; not "n't"), straightened.
_ENDINGS = tuple(ending for ending, _ in SUFFIXES if ending.startswith("'"))


def _uncontracted(form: str) -> str | None:
    """``form`` without a contraction's ending ("shit's" -> "shit"), or ``None``."""
    form = form.replace("’", "'")
    if "'" not in form:
        return None
    for ending in _ENDINGS:
        if form.endswith(ending) and len(form) > len(ending):
            return form[: -len(ending)]
    return None


def judgment_terms() -> frozenset[str]:
    """The shipped terms read as judgment evidence, ``expletives.txt`` and the lists of
    ``profanity_judgment.txt``: clinical names of sexual acts, things a comment can describe or
    report, figures of speech, other senses, insults the expletive rule misses.
    """
    sections = read_sections("profanity_judgment.txt")
    extra = (term for name, terms in sections.items() if name not in _NOT_TERMS for term in terms)
    return read_word_list("expletives.txt") | normalize_terms(extra)


# The lists of profanity_judgment.txt that hold no terms: the stems words are read off and the
# words they never read (the gestures are no words, so no term either).
_NOT_TERMS = frozenset({"", "stems", "infixes", "not_stems"})


def _profanity(config: DetectorConfig) -> ProfanityDetector:
    allowed = read_word_list("allow.txt") | normalize_terms(config.allowed)
    expletives = judgment_terms() - allowed
    listed = read_word_list("profanity.txt") - expletives | normalize_terms(config.words)
    obscene = listed - allowed
    single = frozenset(term for term in obscene | expletives if " " not in term)
    sections = read_sections("profanity_judgment.txt")
    gestures = frozenset(sections.get("gestures", ()))
    return ProfanityDetector(
        obscene=LexiconDetector(config.id, obscene, Strength.MECHANICAL),
        expletives=LexiconDetector(config.id, expletives, Strength.JUDGMENT),
        frames=frames(single),
        gestures=gestures - set(config.allowed),
        stems=normalize_terms(sections.get("stems", ())) - allowed,
        infixes=normalize_terms(sections.get("infixes", ())) - allowed,
        unstemmed=normalize_terms(sections.get("not_stems", ())) | allowed,
    )


FACTORIES: Mapping[str, DetectorFactory] = {"profanity": _profanity}
