"""Versions by date: ``History``, the evaluator's choice of version, and ``load_history``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import municipal_social_policy as msp

KANKAKEE_TOML = Path(__file__).parents[2] / "examples" / "kankakee" / "ordinance.toml"
SSN = "My SSN is 356-21-4476"


def at(year: int, month: int, day: int) -> msp.Comment:
    """The SSN comment, posted at noon on the given day."""
    return msp.Comment(text=SSN, posted_at=dt.datetime(year, month, day, 12, 0))


@pytest.fixture(scope="module")
def amended(amended_kankakee: tuple[msp.Ordinance, msp.Ordinance]) -> msp.Evaluator:
    """An evaluator for both versions of Kankakee's policy, compiled once for the module
    (compiling takes about a second per version; the evaluator is immutable)."""
    return msp.Evaluator(msp.History(versions=amended_kankakee))


def test_each_comment_is_judged_by_the_version_in_force_when_posted(
    amended: msp.Evaluator,
) -> None:
    """Before 1 February 2025 an SSN is removed under 2019-70; from then on, reviewed."""
    evaluator = amended
    before, after = evaluator.evaluate(at(2025, 1, 31)), evaluator.evaluate(at(2025, 2, 1))
    assert (before.decision, before.ordinance.number) == (msp.Decision.REMOVE, "2019-70")
    assert (after.decision, after.ordinance.number) == (msp.Decision.REVIEW, "2025-01")
    assert after.findings[0].clause.citation == "Kankakee Ord. 2025-01 § V.2.10"


def test_the_verdict_names_the_version_by_its_effective_date_and_digest(
    amended_kankakee: tuple[msp.Ordinance, msp.Ordinance], amended: msp.Evaluator
) -> None:
    """The verdict's reference carries the version's effective date, encoding version and digest."""
    new = amended_kankakee[1]
    verdict = amended.evaluate(at(2025, 3, 1))
    assert verdict.ordinance.effective == dt.date(2025, 2, 1)
    assert (verdict.ordinance.version, verdict.ordinance.digest) == ("2.0.0", new.digest)


def test_a_comment_without_a_date_is_judged_by_the_newest_version(amended: msp.Evaluator) -> None:
    """No posted_at: the newest version applies."""
    verdict = amended.evaluate(SSN)
    assert verdict.ordinance.number == "2025-01"


def test_a_comment_before_any_version_is_allowed_with_a_note(amended: msp.Evaluator) -> None:
    """Posted before the first version: allow, no findings or actions, and a note saying why."""
    verdict = amended.evaluate(at(2019, 1, 1))
    assert verdict.decision is msp.Decision.ALLOW
    assert (verdict.findings, verdict.actions) == ((), ())
    assert "no version of this policy was in force" in verdict.notes[0]
    assert verdict.ordinance.number == "2019-70"


def test_a_version_without_an_effective_date_starts_on_its_adoption() -> None:
    """Marseilles states no effective date: Ord. 1752 is in force from its passage, 2020-05-20."""
    marseilles = msp.load("marseilles")
    history = msp.History(versions=(marseilles,))
    assert history.in_force(dt.date(2020, 5, 19)) is None
    assert history.in_force(dt.date(2020, 5, 20)) is marseilles
    assert "was adopted on 2020-05-20" in msp.evaluate(marseilles, at(2020, 1, 1)).notes[0]


def test_a_policy_with_no_dates_is_always_in_force() -> None:
    """Montgomery County's page has no dates: every comment is judged under it."""
    county = msp.load("montgomery-county-oh")
    assert msp.History(versions=(county,)).in_force(dt.date(1900, 1, 1)) is county


def test_versions_out_of_order_are_rejected(
    amended_kankakee: tuple[msp.Ordinance, msp.Ordinance],
) -> None:
    """Versions must be listed oldest first; the message names the index and both dates."""
    old, new = amended_kankakee
    with pytest.raises(ValueError, match=r"versions\[1\]\.effective: 2019-12-02 is not after"):
        msp.History(versions=(new, old))


def test_an_undated_version_in_a_history_of_several_is_rejected() -> None:
    """Several versions need dates to be told apart."""
    county = msp.load("montgomery-county-oh")
    with pytest.raises(ValueError, match="states no effective or adoption date"):
        msp.History(versions=(county, msp.load("kankakee")))


def test_a_bare_ordinance_is_not_a_versions_tuple() -> None:
    """``History(versions=ordinance)`` is a type error that shows the right call."""
    with pytest.raises(TypeError, match=r"History\(versions=\(v1, v2\)\)"):
        msp.History(versions=msp.load("kankakee"))


def test_evaluator_rejects_what_is_neither_ordinance_nor_history() -> None:
    """A string is not an ordinance: the error says how to get one."""
    with pytest.raises(TypeError, match="load"):
        msp.Evaluator("kankakee")  # type: ignore[arg-type]


def _write_history(folder: Path, versions: tuple[msp.Ordinance, msp.Ordinance]) -> Path:
    old, new = versions
    msp.dump(old, folder / "2019-70.toml")
    msp.dump(new, folder / "2025-01.toml")
    path = folder / "history.toml"
    path.write_text('versions = ["2019-70.toml", "2025-01.toml"]\n', encoding="utf-8")
    return path


def test_load_history_reads_every_version_from_a_history_file(
    tmp_path: Path, amended_kankakee: tuple[msp.Ordinance, msp.Ordinance]
) -> None:
    """A history file lists version files relative to itself; load_history returns them all."""
    history = msp.load_history(_write_history(tmp_path, amended_kankakee))
    assert [version.number for version in history.versions] == ["2019-70", "2025-01"]
    assert history.versions == amended_kankakee


def test_load_returns_the_version_in_force_today(
    tmp_path: Path, amended_kankakee: tuple[msp.Ordinance, msp.Ordinance]
) -> None:
    """``load`` on a history gives the version in force today (the 2025 one, after Feb 2025)."""
    assert msp.load(_write_history(tmp_path, amended_kankakee)).number == "2025-01"


def test_load_history_of_a_single_file_is_one_version() -> None:
    """An ordinance file is a history of one version."""
    assert msp.load_history(KANKAKEE_TOML).versions == (msp.load("kankakee"),)


def test_a_history_naming_a_missing_file_names_it(tmp_path: Path) -> None:
    """A version file that is not there is reported with its name."""
    path = tmp_path / "history.toml"
    path.write_text('versions = ["gone.toml"]\n', encoding="utf-8")
    with pytest.raises(msp.OrdinanceNotFoundError, match=r"gone\.toml"):
        msp.load_history(path)
