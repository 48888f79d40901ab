"""What a detector author needs to test a detector, the way the project tests its own.

Build a detector as the :class:`~municipal_social_policy.Evaluator` does (:func:`build`), call it
on a comment and read its evidence in the original text (:func:`signals`, :func:`evidence`),
read a verdict's evidence by detector (:func:`evidence_of`), and check that its ``trigger`` is
sound: a necessary condition, never letting a comment through that the detector would flag
(:func:`assert_trigger_sound`, and :func:`trigger_soundness_comments` to draw comments with
Hypothesis).

>>> from municipal_social_policy import testing
>>> threat = testing.build("threat")
>>> testing.evidence(threat, "I will shoot you")
['I will shoot you']
>>> testing.assert_trigger_sound(threat, "Thanks for fixing the road")
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from .comment import Comment
from .detectors import BUILTIN_DETECTORS, Detector, DetectorFactory, Signal
from .detectors.registry import option_problems
from .exceptions import DetectorOptionError
from .ordinance import DetectorConfig
from .text import normalize
from .verdict import Evidence, Verdict

if TYPE_CHECKING:
    from hypothesis import strategies as st

__all__ = [
    "assert_trigger_sound",
    "build",
    "evidence",
    "evidence_of",
    "signals",
    "trigger_soundness_comments",
]


def build(
    detector: str | DetectorFactory,
    *,
    words: Iterable[str] = (),
    allowed: Iterable[str] = (),
    options: Mapping[str, object] | None = None,
) -> Detector:
    """The detector a factory (or a built-in id) builds for the given configuration.

    The options are checked as the Evaluator checks them: raises
    :class:`~municipal_social_policy.DetectorOptionError` on one the factory does not take.
    """
    factory = BUILTIN_DETECTORS[detector] if isinstance(detector, str) else detector
    name = detector if isinstance(detector, str) else str(getattr(factory, "id", "custom"))
    config = DetectorConfig(name, words=tuple(words), allowed=tuple(allowed), options=options)
    problems = option_problems(config, factory, "detector")
    if problems:
        raise DetectorOptionError(f"detector {name!r} cannot take these options", problems)
    return factory(config)


def signals(detector: Detector, comment: str | Comment) -> tuple[Signal, ...]:
    """What ``detector`` signals in ``comment``, called directly, whatever its trigger says.

    Raises :class:`AssertionError` if a signal's span is not inside the original text.
    """
    comment = comment if isinstance(comment, Comment) else Comment(text=comment)
    found = tuple(detector(normalize(comment.text), comment))
    for signal in found:
        assert 0 <= signal.start <= signal.end <= len(comment.text), (
            f"{signal!r} is not a span of the original text {comment.text!r}"
        )
    return found


def evidence(detector: Detector, comment: str | Comment) -> list[str]:
    """The original text of each of ``detector``'s signals in ``comment``, in order."""
    text = comment.text if isinstance(comment, Comment) else comment
    return [text[s.start : s.end] for s in sorted(signals(detector, comment), key=_position)]


def evidence_of(verdict: Verdict, detector: str | None = None) -> list[Evidence]:
    """The evidence of every finding of ``verdict``, only ``detector``'s if given."""
    return [
        item
        for finding in verdict.findings
        for item in finding.evidence
        if detector is None or item.detector == detector
    ]


def assert_trigger_sound(detector: Detector, comment: str | Comment) -> None:
    """Raise :class:`AssertionError` if ``detector`` signals in ``comment`` while its trigger fails.

    The Evaluator skips a detector whose trigger does not hold for a comment, so such a signal
    would be lost: a trigger must hold for every text the detector signals in.
    """
    comment = comment if isinstance(comment, Comment) else Comment(text=comment)
    trigger = getattr(detector, "trigger", None)
    if trigger is None or trigger.holds(normalize(comment.text)):
        return
    found = signals(detector, comment)
    assert not found, (
        f"the trigger of {detector!r} does not hold for {comment.text!r}, yet it signals"
        f" {found!r}: widen the trigger to every word or character the detector needs"
    )


def trigger_soundness_comments() -> st.SearchStrategy[Comment]:
    """Comments to check triggers on: violations, their disguises, civic comments, any text.

    The strategy the project's own trigger-soundness test draws from; needs Hypothesis
    (``pip install municipal_social_policy[hypothesis]``).
    """
    from hypothesis import strategies as st

    from . import strategies

    @st.composite
    def comments(draw: st.DrawFn) -> Comment:
        kind = draw(st.sampled_from(("violation", "disguised", "civic", "any")))
        if kind in ("violation", "disguised"):
            comment = draw(strategies.violating_comments()).comment
            if kind == "disguised":
                comment = Comment(text=draw(strategies.obfuscations(comment.text)))
            return comment
        if kind == "civic":
            return draw(strategies.comments())
        return Comment(text=draw(st.text(max_size=200)))

    return comments()


def _position(signal: Signal) -> tuple[int, int]:
    return signal.start, signal.end
