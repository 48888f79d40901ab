"""The Town of Example's social-media policy, registered with municipal_social_policy.

A fictional town, to show how a package ships a city's policy: ``msp.load("example-town")``
then returns the version in force today, ``msp.load_history("example-town")`` every version.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["ordinance_file"]


def ordinance_file() -> Path:
    """The history file listing the policy's versions (the entry point's target)."""
    return Path(__file__).parent / "ordinances" / "history.toml"
