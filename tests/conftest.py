"""Test configuration: Hypothesis profiles (``HYPOTHESIS_PROFILE=ci`` in CI) and shared fixtures."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, settings

import kankakee_verdicts
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
    return kankakee_verdicts.kankakee()


@pytest.fixture(scope="session")
def evaluator() -> msp.Evaluator:
    """An evaluator for the Kankakee ordinance, compiled once for the session."""
    return kankakee_verdicts.evaluator()


@pytest.fixture(scope="session")
def cited() -> Callable[[str, str], set[str]]:
    """The ids of the clauses cited by the findings a detector contributed to the Kankakee
    verdict on a text: ``cited(text, "threat") == {"V.2.2"}``."""
    return kankakee_verdicts.cited


@pytest.fixture(scope="session")
def amended_kankakee() -> tuple[msp.Ordinance, msp.Ordinance]:
    """Two versions of Kankakee's policy: the real 2019-70, and a 2025 amendment that stops
    profanity from being removed (its ceiling is review) and renumbers nothing."""
    old = msp.load("kankakee")
    categories = tuple(
        attrs.evolve(category, ceiling=msp.Ceiling.REVIEW)
        if category.code == "personal_information"
        else category
        for category in old.comment_policy.categories
    )
    # Citations the ordinance derived are dropped, so the new prefix derives them again.
    clauses = tuple(
        attrs.evolve(clause, citation="", short_citation="")
        if clause.citation == old.derived(clause)["citation"]
        else clause
        for clause in old.clauses
    )
    new = attrs.evolve(
        old,
        clauses=clauses,
        number="2025-01",
        version="2.0.0",
        citation_prefix="Kankakee Ord. 2025-01",
        amends="2019-70",
        adopted=dt.date(2025, 1, 6),
        effective=dt.date(2025, 2, 1),
        comment_policy=attrs.evolve(old.comment_policy, categories=categories),
    )
    return old, new


# --- retention ledger backends -------------------------------------------------------------------
# The same ledger tests run on SQLite and on a real PostgreSQL server: .ci/postgres starts one
# and exports MSP_TEST_POSTGRES_URL. Without it the PostgreSQL cases skip, except in CI, where
# they fail: a server test that does not run there is a test that does not exist.


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL for a new, empty retention ledger on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'records.db'}"
        return
    yield from _postgres_schema()


def _postgres_schema() -> Iterator[str]:
    base = os.environ.get("MSP_TEST_POSTGRES_URL")
    if not base:
        message = 'MSP_TEST_POSTGRES_URL is not set; start a server: eval "$(.ci/postgres start)"'
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL tests must run in CI: {message}")
        pytest.skip(message)
    import psycopg

    schema = f"ledger_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(base, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA {schema} CASCADE")


class RawSQL:
    """Raw SQL on a ledger's database, bypassing the ledger: what someone tampering would do."""

    def __init__(self, url: str) -> None:
        self.url = url

    def __call__(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        """Run ``sql`` (``?`` placeholders) in its own committed transaction; its rows."""
        if self.url.startswith("sqlite:///"):
            path = self.url.removeprefix("sqlite:///")
            with contextlib.closing(sqlite3.connect(path)) as connection:
                rows = connection.execute(sql, params).fetchall()
                connection.commit()
                return rows
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as connection:
            cursor = connection.execute(sql.replace("?", "%s"), params)
            return list(cursor.fetchall()) if cursor.description is not None else []


@pytest.fixture
def raw_sql(ledger_url: str) -> RawSQL:
    """Raw SQL on the test's ledger database."""
    return RawSQL(ledger_url)
