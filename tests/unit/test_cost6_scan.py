"""The scan tests the rests of a first part only where the parts all of them hold were found,
and admits exactly where each trigger holds."""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from municipal_social_policy.detectors.triggers import Trigger
from municipal_social_policy.scan import Scan


def _tokens(*words: str) -> Trigger:
    return Trigger(tokens=frozenset(words))


# Both alternatives open with "sell" (the rarest part first) and need "drugs"; then "cash" or
# "dm". Another detector opens with "firewood" and needs "sell".
TRIGGERS = [
    Trigger.any_of(
        Trigger.all_of(_tokens("sell"), _tokens("drugs"), _tokens("cash")),
        Trigger.all_of(_tokens("sell"), _tokens("drugs"), _tokens("dm")),
    ),
    Trigger.all_of(_tokens("firewood"), _tokens("sell")),
]


def test_rests_of_a_first_part_share_what_they_all_hold() -> None:
    """The rests of the first detector's first part ("sell") hold the part of "drugs" in
    common."""
    scan = Scan.of(TRIGGERS)
    shared = [common for common, rests in scan._by_first.values() if len(rests) > 1]
    assert shared
    assert all(common for common in shared)


@pytest.mark.parametrize(
    ("text", "admitted"),
    [
        ("sell drugs for cash", 0b01),
        ("sell drugs dm me", 0b01),
        ("sell for cash, dm me", 0b00),  # no "drugs": no rest of "sell" but the firewood's
        ("sell firewood for cash", 0b10),
        ("sell firewood and drugs, cash", 0b11),
        ("drugs for cash", 0b00),
    ],
)
def test_the_scan_admits_where_each_trigger_holds(text: str, admitted: int) -> None:
    """The detectors admitted are those whose trigger holds, shared parts found or not."""
    normalized = msp.normalize(text)
    scan = Scan.of(TRIGGERS)
    assert scan.admitted(scan.found(normalized)) == admitted
    assert [trigger.holds(normalized) for trigger in TRIGGERS] == [
        bool(admitted & 1),
        bool(admitted & 2),
    ]
