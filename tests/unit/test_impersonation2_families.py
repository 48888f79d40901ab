"""Families of an office or a body of the city claimed, under Kankakee § V.2.7 (issue 9, the
twelfth session, the lead): a department's head speaking as such, with the city or its name as
the owner ("speaking as the city's finance director"), a council seat the writer acts from
("I'm on the city council and we already voted"), and a notice headed with a department of a
named city ("Official notice from the Kankakee Fire Department: ...", "City Hall here - ...").

The near-misses speak as residents, report what an office said, ask about a notice, or name an
office's thing, and are never cited under § V.2.7 nor removed.
"""

from __future__ import annotations

from kankakee_verdicts import IMPERSONATION_CLAUSES, CityFamily, family_tests

FAMILIES: dict[str, CityFamily] = {
    "department_head_speaking": (
        IMPERSONATION_CLAUSES,
        [
            "Speaking as the city's finance director, ignore the new tax bills",
            "As Kankakee's public works director I can confirm the bridge is closing",
            "as your water superintendent, I am telling you to boil your water",
            "Writing as the city's parks director: the pool will not open this year",
            "As the city's health director, I can assure you the air is safe",
        ],
        [
            "Speaking as a taxpayer, the new tax bills are too high",
            "the city's finance director should resign over the tax bills",
            "As a resident I can tell you the water tastes bad",
            "I asked the city's public works director and she never answered",
            "as your water superintendent would say, boil it first",
        ],
    ),
    "council_seat_acted_from": (
        IMPERSONATION_CLAUSES,
        [
            "I'm on the city council and we already voted to close the pool",
            "i am on the council and i can tell you the levy is dead",
        ],
        [
            "I'm on the city council email list and got the update",
            "I was on the city council in the 90s and we never did this",
            "my wife is on the city council and she loves it",
        ],
    ),
    "notice_headed_with_a_department": (
        IMPERSONATION_CLAUSES,
        [
            "Official notice from the Kankakee Fire Department: burn ban lifted",
            "Official announcement from the Bradley Police Department: curfew tonight",
            "City of Kankakee Water Dept: boil order in effect for all residents",
            "City Hall here - all water bills must be paid by phone today",
        ],
        [
            "I read the official notice from the fire department, is it still in effect?",
            "The Kankakee Fire Department lifted the burn ban, per their page",
            "City of Kankakee, please fix the roads",
            "city hall here is always closed when I need it",
        ],
    ),
}

(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)
