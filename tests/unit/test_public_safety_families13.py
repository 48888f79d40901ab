"""A gap in the watch of the police or of a public facility, told with an invitation to use it
or to evade the police (issue 9, the thirteenth session; Kankakee § V.2.11, Marseilles
§ 39.52(F)). Either half alone is no finding: a short-staffed station or a broken camera is a
civic complaint, "do whatever you want" everyday talk.
"""

from __future__ import annotations

from kankakee_verdicts import SAFETY_CLAUSES, CityFamily, family_tests

FAMILIES: dict[str, CityFamily] = {
    "watch_gap_with_an_invitation": (
        SAFETY_CLAUSES,
        [
            "the K9 unit is off this week. Do with that info what you will",
            "The camera at the Court St underpass has been broken since spring, do whatever "
            "you want there lol",
            "cops are running a sting at the Budget Inn tonight, if you got business there go "
            "somewhere else",
            "the detectives are waiting on the warrant till friday. he better leave town",
            "only 2 deputies on after midnight on the east end. nobody will stop you",
            "The lock on the evidence room door is broken. Do what you like.",
            "Since the cops are short staffed this weekend, take advantage of it.",
        ],
        [
            "The camera at the underpass has been broken for months, when will the city fix it?",
            "Station 3 only has two firefighters on at night, the council needs to fund more",
            "do whatever you want, I'm done arguing",
            "my phone camera is broken so do whatever you want with the photos",
            "the police were off on Sunday so we went to the park, take advantage of the weather",
            "the police were slow to come, do whatever you want, I'm done",
            "the camera at the park is broken, just saying",
        ],
    ),
}

(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)
