"""Adverts that open with the customer's need, and sellers' kin and buyers asked to come forward,
under the commercial-solicitation clause of each city that has one (issue 9, the fourteenth
session, the lead): "Need a plumber? ... call 815-555-0199", "my daughter is selling girl scout
cookies, let me know if u want some". The near-misses ask for a recommendation, offer a ride or
a volunteer's help, or tell of kin's lemonade stand with no contact, and are never cited."""

from __future__ import annotations

from kankakee_verdicts import PROMOTION_CLAUSES, CityFamily, family_tests

FAMILIES: dict[str, CityFamily] = {
    "a_need_before_the_contact": (
        PROMOTION_CLAUSES,
        [
            "Need a plumber? Rodriguez Plumbing, 24/7, call 815-555-0199",
            "looking for a photographer? text me at 815-555-0142 for rates",
            "NEED AN ELECTRICIAN?? licensed, fair prices, message me",
        ],
        [
            "need a plumber, anyone know a good one?",
            "Call me if you need a ride to the council meeting.",
            "Looking for a babysitter for Saturday, any recommendations?",
        ],
    ),
    "kin_selling_and_buyers_asked": (
        PROMOTION_CLAUSES,
        [
            "my daughter is selling girl scout cookies, let me know if u want some",
            "Our son is selling wreaths for his troop, $20 each, let us know if you want one",
        ],
        [
            "let me know if you want to join the neighborhood cleanup",
            "My kids are selling lemonade on the corner, so cute",
        ],
    ),
}

(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)
