"""Profane, obscene and sexual language (Kankakee § V.2.5), from shipped word lists.

Explicitly sexual or pornographic terms are MECHANICAL evidence: obscenity is what the text says.
Expletives and insults (``expletives.txt``: fuck, shit, bitch, ...) are JUDGMENT evidence: their
meaning turns on context (a dog breeder's "bitch", a reclaimed word, counter-speech quoting an
insult, "these fucking sirens"), so a person decides; they are still cited under § V.2.5. The
lists are derived from public word lists with attribution in ``NOTICE.md``; ``allow.txt`` holds
words that never count. A city adds words with ``words`` (mechanical) and exempts words with
``allowed`` in its ordinance file.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import attrs

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..text import NormalizedText
from ..verdict import Strength
from . import DetectorFactory, Signal
from .lexicon import LexiconDetector, normalize_terms, read_word_list
from .triggers import Trigger, either

__all__ = ["FACTORIES", "ProfanityDetector"]


@attrs.frozen
class ProfanityDetector:
    """Obscene terms as mechanical evidence, expletives and insults as judgment evidence.

    A word both lists read (a mask can make one fit both) is an expletive.
    """

    obscene: LexiconDetector
    expletives: LexiconDetector
    trigger: Trigger | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "trigger", either(self.obscene.trigger, self.expletives.trigger))

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        # A mask can make one word fit an obscene term and an expletive at once ("motherfuc*a"):
        # it then reads as the expletive, judgment, because a removal must not rest on a guess.
        expletives = list(self.expletives(text, comment))
        spans = {(signal.start, signal.end) for signal in expletives}
        for signal in self.obscene(text, comment):
            if (signal.start, signal.end) not in spans:
                yield signal
        yield from expletives


def _profanity(config: DetectorConfig) -> ProfanityDetector:
    allowed = read_word_list("allow.txt") | normalize_terms(config.allowed)
    expletives = read_word_list("expletives.txt") - allowed
    listed = read_word_list("profanity.txt") - expletives | normalize_terms(config.words)
    obscene = listed - allowed
    return ProfanityDetector(
        obscene=LexiconDetector(config.id, obscene, Strength.MECHANICAL),
        expletives=LexiconDetector(config.id, expletives, Strength.JUDGMENT),
    )


FACTORIES: Mapping[str, DetectorFactory] = {"profanity": _profanity}
