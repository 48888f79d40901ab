"""Work, service or a home refused to a group for who its people are, urged (issue 9, the
thirteenth session; Kankakee § V.2.4, Marseilles § 39.52(C), Montgomery County's hate speech):
"never hire Muslims", "employers need to stop hiring women", "Muslims should not be hired".
Every group alike, whichever side it is on (viewpoint neutrality); age is left out, as the law
itself draws lines of age ("don't serve minors"), and so is a refusal with no group.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kankakee_verdicts import (
    HATE_CLAUSES,
    KANKAKEE,
    MARSEILLES,
    CityFamily,
    city_cited,
    family_tests,
)

# Groups of every class the three cities share, on both sides of each line.
_GROUPS = (
    "Muslims",
    "Christians",
    "Jews",
    "Catholics",
    "women",
    "men",
    "gays",
    "straight people",
    "Black people",
    "white people",
    "Mexicans",
    "Asians",
)

_FRAMES = (
    "never hire {}",
    "NEVER HIRE {} LOL",
    "employers need to stop hiring {}",
    "landlords should refuse to rent {}",
    "{} should not be hired by the city",
    "we should stop hiring {} at the plant",
)


@settings(max_examples=40, deadline=None)
@given(
    group=st.sampled_from(_GROUPS),
    frame=st.sampled_from(_FRAMES),
    city=st.sampled_from(list(HATE_CLAUSES)),
)
def test_refusing_work_or_a_home_to_any_group_is_cited_alike(
    group: str, frame: str, city: str
) -> None:
    text = frame.format(group)
    assert HATE_CLAUSES[city] in city_cited(city, text), (city, text)


FAMILIES: dict[str, CityFamily] = {
    "access_refused_to_a_group": (
        HATE_CLAUSES,
        [
            "never hire Muslims, trust me",
            "never serve gays at your shop",
            "Jews should not be let in",
        ],
        [
            "stop refusing to hire women",
            "don't hire a contractor who isn't licensed",
            "don't serve minors at the fest",
            "never hire teenagers for this job",
            "businesses should stop serving alcohol after 2",
            "the city should hire more women firefighters",
            "telling people to never hire Muslims is illegal and wrong",
            "never hire a lawyer who won't call you back",
        ],
    ),
}

(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)


@pytest.mark.parametrize("city", [KANKAKEE, MARSEILLES])
def test_a_group_of_public_assistance_is_one_where_the_city_lists_it(city: str) -> None:
    # Kankakee § V.2.4 and Marseilles § 39.52(C) name "status with regard to public assistance".
    assert HATE_CLAUSES[city] in city_cited(city, "Section 8 people should never be rented to")
