"""Test configuration: Hypothesis profiles (``HYPOTHESIS_PROFILE=ci`` in CI) and shared fixtures."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

import municipal_social_policy as msp

settings.register_profile("dev", max_examples=50, deadline=None)
# Thorough but bounded: more examples than a developer's run, no per-example deadline on shared
# machines, and derandomised so a CI failure reproduces.
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def kankakee() -> msp.Ordinance:
    """The bundled Kankakee ordinance."""
    return msp.load("kankakee")


@pytest.fixture(scope="session")
def evaluator(kankakee: msp.Ordinance) -> msp.Evaluator:
    """An evaluator for the Kankakee ordinance, compiled once for the session."""
    return msp.Evaluator(kankakee)
