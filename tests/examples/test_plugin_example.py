"""The example plug-in package in ``examples/plugin``, installed beside the library.

CI installs it (``.ci/run``); locally: ``pip install --no-deps ./examples/plugin``.
"""

from __future__ import annotations

import datetime as dt

import municipal_social_policy as msp

OBSCENE = "Check out my blowjob videos"


def test_the_plugin_is_available_by_name() -> None:
    """The entry point adds "example-town" to the names msp.load accepts."""
    assert "example-town" in msp.available(), "pip install --no-deps ./examples/plugin"


def test_load_gives_the_version_in_force_today() -> None:
    """Today is after 1 September 2024: the amended version."""
    assert msp.load("example-town").number == "2024-09"


def test_each_comment_is_judged_under_its_own_version() -> None:
    """Listed obscene words: removed in 2022 under 2021-04, reviewed and hidden in 2025."""
    evaluator = msp.Evaluator(msp.load_history("example-town"))
    old = evaluator.evaluate(msp.Comment(text=OBSCENE, posted_at=dt.datetime(2022, 6, 1, 12)))
    new = evaluator.evaluate(msp.Comment(text=OBSCENE, posted_at=dt.datetime(2025, 6, 1, 12)))
    assert (old.decision, old.ordinance.number) == (msp.Decision.REMOVE, "2021-04")
    assert (new.decision, new.ordinance.number) == (msp.Decision.REVIEW, "2024-09")
    (hide,) = [a for a in new.actions if isinstance(a, msp.RemoveComment)]
    assert hide.methods == (msp.RemovalMethod.HIDE,)
    assert not [a for a in old.actions if isinstance(a, msp.RemoveComment)]
