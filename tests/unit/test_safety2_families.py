"""Families of disclosures that compromise public safety, and of announcements that do not,
under the public-safety clause of every bundled city that has one (issue 9, the twelfth
session, offtopic): Kankakee § V.2.11 and Marseilles § 39.52(F).

A person who told the police, pointed out by what they did and named ("the guy who talked to
the cops about the fight is Jayden Moss"), and an operation placed by "there is" ("there's a
stakeout outside the laundromat on 6th"), are disclosures; an operation the police published
themselves ("the sheriff announced checkpoints on Route 45") and one asked about or placed
nowhere are none. A code is read with up to eight words of its place between it and its value
("the code for the back entrance of the police station is 4471"); a public kind of code (a zip
code, a dress code) is none. No near-miss is ever removed.
"""

from __future__ import annotations

from kankakee_verdicts import KANKAKEE, MARSEILLES, CityFamily, family_tests

_SAFETY = {KANKAKEE: "V.2.11", MARSEILLES: "39.52(F)"}

FAMILIES: dict[str, CityFamily] = {
    "informant_described_and_named": (
        _SAFETY,
        [
            "the woman who called the cops on the Hendersons is Donna Price",
            "The guy who told police about the shooting is Marcus Bell",
            "the kid who talked to the police about the fight is Jayden Moss",
            "the one that went to the cops about the dealing was Carla Ruiz",
        ],
        [
            "I told police about the break-in and they never came",
            "the man who called 911 saved her life, thank you",
            "who talked to the police about the noise? nobody came",
        ],
    ),
    "operation_placed_by_there_is": (
        _SAFETY,
        [
            "there's a DUI checkpoint on Route 45 by the Casey's",
            "theres a stakeout outside the laundromat on 6th rn",
            "there is a roadblock near the Walmart on Court right now",
            "There's a sting at the motel on Rt 17 tonight, stay away",
        ],
        [
            "there's a checkpoint every year at the fair, why?",
            "there's a speed trap problem in this town",
            "is there a checkpoint planned for New Year's?",
        ],
    ),
    "code_with_a_long_place": (
        _SAFETY,
        [
            "Door code for the police station back entrance is 4471",
            "the code for the back entrance of the police station is 4471",
            "gate code to the county garage behind the courthouse is 8812",
            "the alarm code at the old fire station on Oak is 1991",
            "password for the dispatch computers in the back office is Kank2024",
        ],
        [
            "the zip code for the police station downtown is 60901",
            "the dress code for the council meeting was casual",
            "the code for the new parking system is buggy",
            "the fire code for the old theater was updated in 2019",
        ],
    ),
    "operations_the_police_published": (
        _SAFETY,
        [
            "heads up, sobriety checkpoint on Main by the library tonight",
        ],
        [
            "The sheriff announced checkpoints on Route 45 for the holiday weekend",
            "KPD published the checkpoint schedule for December on its page",
            "Police announced a DUI checkpoint this weekend, so be careful",
            "the department advertised a seat belt checkpoint on Route 17 Saturday",
        ],
    ),
}

(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)
