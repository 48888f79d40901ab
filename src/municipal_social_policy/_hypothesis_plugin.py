"""The ``hypothesis`` entry point: registers strategies for the library's types, lazily."""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    # Imported here, not at module level: Hypothesis loads this module whenever it is imported.
    from .strategies import register_type_strategies

    register_type_strategies()
