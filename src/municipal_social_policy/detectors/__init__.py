"""Detectors: small pure callables from a normalised comment to signals.

A detector is built once per :class:`~municipal_social_policy.Evaluator` by a factory that takes
the category's :class:`~municipal_social_policy.DetectorConfig`, and then called for every
comment. It must not read files, clocks or globals when called, and it reports spans in the
ORIGINAL text (use :meth:`NormalizedText.span`). A detector may carry a ``trigger``
(:class:`~.triggers.Trigger`): what a text must contain for it to signal, so the evaluator calls
it only for the texts that do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Protocol

import attrs

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..text import NormalizedText
from ..verdict import Strength
from .triggers import Trigger

__all__ = [
    "BUILTIN_DETECTORS",
    "GUARD",
    "MAX_MATCHES",
    "Detector",
    "DetectorFactory",
    "Signal",
    "Trigger",
]


#: A shape, a phrase pattern in a sentence and a word list each examine at most this many matches
#: in a text: a flood's first matches make the case, and the cost of a hostile comment stays
#: bounded whatever it repeats.
MAX_MATCHES = 200


@attrs.frozen
class Signal:
    """A detector's hit: the span ``[start, end)`` of the original text and its strength."""

    detector: str
    start: int
    end: int
    strength: Strength


class Detector(Protocol):
    """The protocol every detector follows.

    A detector may also have a ``trigger`` attribute, a :class:`Trigger` that holds for every
    text it could signal in; the evaluator then skips it for the other texts. One with
    ``roles``, a frozenset of :class:`~municipal_social_policy.Role`, is called only for authors
    of those roles; one with ``reads_display_name_only = True`` only for authors who give a
    display name (it reads that name, not the text).
    """

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        """The signals found in ``text`` (the normalised ``comment.text``)."""


#: Builds a detector from a category's configuration.
DetectorFactory = Callable[[DetectorConfig], Detector]


from .catalogue import BUILTIN_SPECS, GUARD  # noqa: E402 -- the detectors import this module

#: The detectors the library ships, by the id an ordinance file names them with; each a
#: :class:`~.registry.DetectorSpec` that says what it detects and which options it takes.
BUILTIN_DETECTORS: Mapping[str, DetectorFactory] = MappingProxyType(
    {key: spec for key, spec in BUILTIN_SPECS.items() if spec is not GUARD}
)
