"""The ``hypothesis`` entry point: registers strategies for the library's types, lazily."""

from __future__ import annotations

import importlib
import sys

_STRATEGIES = "municipal_social_policy.strategies"


def _hypothesis_setup_hook() -> None:
    # Importing the strategies module registers them. When that module is the one being
    # imported (it imports Hypothesis, which runs this hook), it registers at the end of its own
    # import, so there is nothing to do here.
    if _STRATEGIES not in sys.modules:
        importlib.import_module(_STRATEGIES)
