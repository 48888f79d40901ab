"""Tests for :mod:`municipal_social_policy.requirements` as part of the ordinance file."""

from __future__ import annotations

import pytest

import municipal_social_policy as msp


def test_kankakee_lists_the_page_requirements_of_section_iv_1(kankakee: msp.Ordinance) -> None:
    """Every Kankakee requirement cites a clause of § IV.1, and § IV.1.1.2's four documents are
    all there."""
    assert kankakee.site_policy is not None
    requirements = kankakee.site_policy.requirements
    assert all(r.clause.startswith("IV.1.") for r in requirements)
    documents = {r.shows for r in requirements if r.clause == "IV.1.1.2"}
    assert documents == {
        msp.SiteElement.PRIVACY_POLICY,
        msp.SiteElement.DISCLAIMER,
        msp.SiteElement.COMMENT_POLICY,
        msp.SiteElement.REMOVAL_PROCEDURE,
    }


def test_unknown_clause_in_a_requirement_is_a_load_error(kankakee: msp.Ordinance) -> None:
    """A requirement naming a clause the ordinance lacks fails to load, with its path."""
    data = msp.serialization.unstructure(kankakee)
    data["site_policy"]["requirements"][0]["wording"] = ["V.33"]
    with pytest.raises(
        msp.OrdinanceLoadError,
        match=r"site_policy.requirements\[0\].wording\[0\]: no clause has the id"
        r" 'V.33'; did you mean 'V.3'",
    ):
        msp.serialization.structure(data, msp.Ordinance)


def test_unknown_element_is_a_load_error(kankakee: msp.Ordinance) -> None:
    """An element outside the vocabulary is reported with the allowed values."""
    data = msp.serialization.unstructure(kankakee)
    data["site_policy"]["requirements"][1]["shows"] = "banner"
    with pytest.raises(
        msp.OrdinanceLoadError,
        match=r"site_policy.requirements\[1\].shows: expected one of"
        r" 'maintained_by_city'.* got 'banner'",
    ):
        msp.serialization.structure(data, msp.Ordinance)
