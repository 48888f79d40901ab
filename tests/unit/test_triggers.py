"""Unit tests for detector triggers and the evaluator's index of them."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

import municipal_social_policy as msp
from municipal_social_policy.detectors.triggers import TriggerIndex, spaced_words


def test_a_trigger_must_name_something() -> None:
    """A trigger that could hold for no text is refused: a detector that reads all has none."""
    with pytest.raises(ValueError, match="holds for no text"):
        msp.Trigger()


@pytest.mark.parametrize(
    ("trigger", "text", "holds"),
    [
        (msp.Trigger(characters=frozenset("@")), "write to me@example.org", True),
        (msp.Trigger(characters=frozenset("@")), "write to me at example.org", False),
        (msp.Trigger(words=frozenset({"thief."})), "He is a thief.", True),
        (msp.Trigger(words=frozenset({"thief"})), "He is a thief.", False),
        (msp.Trigger(tokens=frozenset({"thief"})), "He is a thief.", True),
        (msp.Trigger(tokens=frozenset({"thief"})), "He is a chief.", False),
        # A disguised text may spell any word otherwise: every token trigger holds.
        (msp.Trigger(tokens=frozenset({"thief"})), "He is a ch1ef.", True),
        (msp.Trigger(words=frozenset({"thief"})), "He is a ch1ef.", False),
    ],
)
def test_holds(trigger: msp.Trigger, text: str, holds: bool) -> None:
    """Characters, white-space words and plain tokens are each tested in their own view."""
    assert trigger.holds(msp.normalize(text)) is holds


def test_union_holds_where_either_holds() -> None:
    """``a | b`` holds for the texts of ``a`` and for those of ``b``."""
    either = msp.Trigger(characters=frozenset("@")) | msp.Trigger(tokens=frozenset({"fee"}))
    assert either.holds(msp.normalize("a@b"))
    assert either.holds(msp.normalize("no fee"))
    assert not either.holds(msp.normalize("free"))


def test_spaced_words_keep_punctuation() -> None:
    """The words ``str.split`` gives, case-folded, punctuation attached."""
    assert spaced_words(msp.normalize("Thief! (Really)")) == {"thief!", "(really)"}


def called(index: TriggerIndex, text: str, count: int) -> list[int]:
    """The positions of the detectors ``index`` calls for ``text``."""
    mask = index.called(msp.normalize(text))
    return [i for i in range(count) if mask >> i & 1]


def test_index_calls_untriggered_detectors_and_those_whose_trigger_holds() -> None:
    """Each detector is one bit; a detector without a trigger is always called."""
    triggers: list[msp.Trigger | None] = [
        None,
        msp.Trigger(characters=frozenset("0123456789")),
        msp.Trigger(words=frozenset({"bribe", "bribe."})),
        msp.Trigger(tokens=frozenset({"fee", "fees"})),
        msp.Trigger(characters=frozenset("@"), tokens=frozenset({"email"})),
    ]
    index = TriggerIndex.of(triggers)
    assert called(index, "Fix the potholes", 5) == [0]
    assert called(index, "Call 555 now, no fees", 5) == [0, 1, 3]
    assert called(index, "he took a bribe.", 5) == [0, 2]
    assert called(index, "email me", 5) == [0, 4]
    assert called(index, "f3es", 5) == [0, 1, 3, 4]  # disguised: every token trigger holds


class _Shouting:
    """A custom detector with a trigger of the wrong type."""

    id = "shouting"
    trigger = "!!!"

    def __call__(self, text: msp.NormalizedText, comment: msp.Comment) -> Iterable[msp.Signal]:
        return ()


def test_evaluator_refuses_a_trigger_that_is_not_a_trigger(kankakee: msp.Ordinance) -> None:
    """A detector's ``trigger`` must be a Trigger or None, and the error names the detector."""
    with pytest.raises(TypeError, match="detector 'profanity': trigger must be"):
        msp.Evaluator(kankakee, detectors={"profanity": lambda config: _Shouting()})
