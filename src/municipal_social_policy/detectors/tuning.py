"""The common meaning of a city's ``words`` and ``allowed`` for a detector.

A detector that does not read ``words`` and ``allowed`` itself is wrapped: each of ``words`` (a
word or a run of words, however disguised) is a signal of the detector's id, as JUDGMENT
evidence, since a person should read what a city asked to be shown; and a signal whose evidence
holds one of ``allowed`` (a word or a run of words, in any of its spellings) is dropped, so
``allowed = ["shoot"]`` on the threat detector lets "I will shoot you" through. A detector
given neither is returned as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..text import NormalizedText
from ..verdict import Strength
from . import Detector, Signal
from .lexicon import LexiconDetector, normalize_terms
from .triggers import Trigger, either

__all__ = ["TunedDetector", "tuned"]


@attrs.frozen
class TunedDetector:
    """``detector`` with the signals of ``added`` and without those whose evidence is allowed."""

    detector: Detector
    added: LexiconDetector | None
    allowed: tuple[tuple[str, ...], ...]
    trigger: Trigger | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        inner: Trigger | None = getattr(self.detector, "trigger", None)
        trigger = inner if self.added is None else either(inner, self.added.trigger)
        object.__setattr__(self, "trigger", trigger)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        for signal in self.detector(text, comment):
            if not (self.allowed and _holds(text, signal, self.allowed)):
                yield signal
        if self.added is not None:
            yield from self.added(text, comment)


def tuned(
    detector: Detector, config: DetectorConfig, *, words: Iterable[str], allowed: Iterable[str]
) -> Detector:
    """``detector`` wrapped to honour ``words`` and ``allowed``, or itself if both are empty."""
    added = normalize_terms(words)
    exempt = tuple(sorted(tuple(term.split(" ")) for term in normalize_terms(allowed)))
    if not added and not exempt:
        return detector
    lexicon = LexiconDetector(config.id, added, Strength.JUDGMENT) if added else None
    return TunedDetector(detector, lexicon, exempt)


def _holds(text: NormalizedText, signal: Signal, terms: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the evidence of ``signal`` holds one of ``terms``, in any spelling of its words."""
    inside = []
    for word in text.words:
        start, end = text.span(word.start, word.end)
        if start >= signal.start and end <= signal.end:
            inside.append(word.forms)
    for term in terms:
        for i in range(len(inside) - len(term) + 1):
            if all(part in inside[i + k] for k, part in enumerate(term)):
                return True
    return False
