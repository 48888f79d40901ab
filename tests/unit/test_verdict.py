"""Unit tests for the verdict's types: ``Decision`` as a string enum ordered by severity."""

from __future__ import annotations

import json

import pytest

import municipal_social_policy as msp

Decision = msp.Decision


@pytest.mark.parametrize("decision", list(Decision))
def test_a_decision_equals_its_string_value(decision: msp.Decision) -> None:
    """``Decision.REMOVE == "remove"``: a decision compares with what a CSV or JSON file holds."""
    assert decision == decision.value
    assert str(decision) == decision.value
    assert f"{decision}" == decision.value
    assert isinstance(decision, str)
    by_value: dict[str, int] = {decision.value: 1}
    assert by_value[decision] == 1


def test_decisions_order_by_severity_not_spelling() -> None:
    """``sorted``, ``max`` and every comparison follow allow < review < remove, though
    alphabetically "remove" comes before "review"."""
    assert sorted([Decision.REMOVE, Decision.ALLOW, Decision.REVIEW]) == [
        Decision.ALLOW,
        Decision.REVIEW,
        Decision.REMOVE,
    ]
    assert max(Decision.REMOVE, Decision.REVIEW) is Decision.REMOVE
    assert Decision.REMOVE > Decision.REVIEW >= Decision.REVIEW > Decision.ALLOW
    assert Decision.ALLOW <= Decision.ALLOW < Decision.REMOVE


def test_a_decision_orders_against_a_decision_string_by_severity() -> None:
    """A string naming a decision is ordered as that decision, from either side."""
    assert Decision.REVIEW < "remove"
    assert "remove" > Decision.REVIEW  # noqa: SIM300 - the reflected side is the point
    assert Decision.REMOVE >= "review"
    assert not Decision.REMOVE < "review"


def test_ordering_against_any_other_string_is_an_error() -> None:
    """``Decision.ALLOW < "delete"`` raises instead of answering by alphabetical order."""
    with pytest.raises(TypeError, match=r"'delete'.*'allow', 'review' or 'remove'"):
        Decision.ALLOW < "delete"  # noqa: B015
    with pytest.raises(TypeError):
        Decision.ALLOW < 1  # noqa: B015


def test_a_decision_writes_to_json_as_its_value() -> None:
    """``json.dumps`` writes a decision as its value without a converter."""
    assert json.dumps({"decision": Decision.REVIEW}) == '{"decision": "review"}'
