"""Tests for :mod:`municipal_social_policy.site`: profiles and the § IV.1 check."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

import municipal_social_policy as msp
from municipal_social_policy.requirements import STATEMENTS

#: A profile showing everything Kankakee § IV.1 asks for.
COMPLETE = (Path(__file__).parents[2] / "examples" / "kankakee" / "site-profile.toml").read_text(
    encoding="utf-8"
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    """A file ``name`` in ``tmp_path`` holding ``text``."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bare_profile_has_a_gap_per_requirement(kankakee: msp.Ordinance) -> None:
    """A page that shows nothing misses every requirement, each citing its own clause."""
    assert kankakee.site_policy is not None
    requirements = kankakee.site_policy.requirements
    gaps = msp.check_site(kankakee, msp.SiteProfile(url="https://x.test", platform="facebook"))
    assert [(g.clause.id, g.missing) for g in gaps] == [(r.clause, r.shows) for r in requirements]
    assert all(gap.clause == kankakee.clause(gap.clause.id) for gap in gaps)


def test_gap_text_is_the_ordinance_wording(kankakee: msp.Ordinance) -> None:
    """The text to add is the clauses the ordinance names, with their official wording."""
    gaps = msp.check_site(kankakee, msp.SiteProfile(url="u", platform="facebook"))
    by_element = {gap.missing: gap for gap in gaps}
    opinions = by_element[msp.SiteElement.OPINIONS_NOT_CITY]
    assert opinions.clause.id == "IV.1.2.6"
    assert opinions.text == (kankakee.clause("V.3"),)
    assert opinions.text[0].text.startswith("A comment posted by a member of the public")
    assert by_element[msp.SiteElement.PRIVACY_POLICY].notice == "privacy"
    assert by_element[msp.SiteElement.APPROVAL].text == ()


def test_complete_profile_has_no_gaps(kankakee: msp.Ordinance, tmp_path: Path) -> None:
    """A page showing everything § IV.1 asks for has no gap."""
    profile = msp.SiteProfile.load(write(tmp_path, "page.toml", COMPLETE))
    assert msp.check_site(kankakee, profile) == ()


def test_one_missing_link_is_one_gap(kankakee: msp.Ordinance, tmp_path: Path) -> None:
    """Dropping the disclaimer link leaves exactly the § IV.1.1.2 disclaimer gap."""
    profile = msp.SiteProfile.load(write(tmp_path, "page.toml", COMPLETE))
    profile = attrs.evolve(profile, links=attrs.evolve(profile.links, disclaimer=""))
    (gap,) = msp.check_site(kankakee, profile)
    assert (gap.clause.id, gap.missing, gap.notice) == (
        "IV.1.1.2",
        msp.SiteElement.DISCLAIMER,
        "disclaimer",
    )


def test_json_and_toml_load_the_same_profile(tmp_path: Path) -> None:
    """A JSON profile loads to the same value as the equivalent TOML."""
    data = {
        "url": "https://x.test",
        "platform": "x",
        "statements": ["opinions_not_city"],
        "links": {"official_website": "https://city.test"},
        "approved_on": "2024-01-15",
    }
    from_json = msp.SiteProfile.load(write(tmp_path, "page.json", json.dumps(data)))
    from_toml = msp.SiteProfile.load(
        write(
            tmp_path,
            "page.toml",
            """\
url = "https://x.test"
platform = "x"
statements = ["opinions_not_city"]
approved_on = 2024-01-15
[links]
official_website = "https://city.test"
""",
        )
    )
    assert from_json == from_toml
    assert from_json.statements == (msp.SiteElement.OPINIONS_NOT_CITY,)


def test_errors_are_path_addressed(tmp_path: Path) -> None:
    """Every problem of a profile is reported with its path and the file's name."""
    path = write(
        tmp_path,
        "bad.toml",
        """\
platform = "facebook"
statements = ["maintained_by_city", "monitored"]
approved_on = "yesterday"
[links]
privacy = "https://x.test"
""",
    )
    with pytest.raises(msp.DataError) as raised:
        msp.SiteProfile.load(path)
    assert raised.value.summary == f"{path}: invalid site profile"
    problems = raised.value.problems
    assert "url: required, but missing" in problems
    assert any(
        p.startswith("statements[1]: expected one of ") and p.endswith("got 'monitored'")
        for p in problems
    )
    assert "approved_on: expected a date (YYYY-MM-DD), got 'yesterday'" in problems
    assert (
        "links: unknown key(s) privacy (did you mean 'privacy_policy' for 'privacy'?); check the"
        " spelling against the documented fields" in problems
    )


def test_documents_are_not_statements(tmp_path: Path) -> None:
    """A document listed as a statement is an error pointing at [links]."""
    path = write(tmp_path, "p.toml", 'url = "u"\nplatform = "x"\nstatements = ["disclaimer"]\n')
    with pytest.raises(
        msp.DataError,
        match=r"statements: expected statements .*got 'disclaimer';"
        r" documents and links go under \[links\]",
    ):
        msp.SiteProfile.load(path)


def test_required_fields_must_not_be_blank() -> None:
    """``url`` and ``platform`` are required and must say something."""
    with pytest.raises(ValueError, match="url: expected a non-empty string, got ' '"):
        msp.SiteProfile(url=" ", platform="facebook")


def test_shows_covers_every_element() -> None:
    """Every element of the vocabulary can be checked on a profile (none raises)."""
    profile = msp.SiteProfile(url="u", platform="p", statements=tuple(STATEMENTS))
    shown = {element for element in msp.SiteElement if profile.shows(element)}
    assert shown == set(STATEMENTS)


def test_ordinance_without_site_policy_has_no_gaps(kankakee: msp.Ordinance) -> None:
    """Where a policy has no site requirements, a page has nothing to meet."""
    bare = attrs.evolve(kankakee, site_policy=None)
    assert msp.check_site(bare, msp.SiteProfile(url="u", platform="p")) == ()
