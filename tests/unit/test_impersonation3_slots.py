"""Offices and bodies of the city read as noun phrases under Kankakee § V.2.7 (issue 9, the
fourteenth session, the lead): the slots ``<office>`` and ``<agency>`` of
``impersonation.phrases`` read a determiner and up to two modifiers before the office or the
body ("as the city's building inspector", "as your ward 4 alderman"), and a body's name written
with capitals needs no determiner ("Kankakee Public Works: ..."). Families: an office claimed
before the writer speaks, a rank and name introducing a message, a page said to be run by a
body, a body that signs, greets or heads the comment and then speaks in its own voice, and staff
who speak as "we at City Hall".

The near-misses are residents who address a body, report what it did, recall a past office,
promise one, or sign as themselves; none is cited under § V.2.7 nor removed.
"""

from __future__ import annotations

from kankakee_verdicts import IMPERSONATION_CLAUSES, CityFamily, family_tests

FAMILIES: dict[str, CityFamily] = {
    "office_claimed_before_speaking": (
        IMPERSONATION_CLAUSES,
        [
            "As the city's building inspector, I'm telling you your permit is void.",
            "as your ward 4 alderman i say the park closes at 6 now",
            "As the Kankakee city treasurer I need everyone to pay by Friday",
            "speaking as the acting city clerk, the forms are due Monday",
            "AS YOUR POLICE CHIEF, I AM ORDERING EVERYONE INSIDE BY 9",
        ],
        [
            "As a taxpayer I am sick of this.",
            "As your next alderman I will fix the potholes.",
            "as a former alderman i can tell you this is wrong",
            "As the mayor said last week, the budget is tight.",
            "as the alderman knows, we have complained for years",
        ],
    ),
    "rank_and_name_introduce_a_message": (
        IMPERSONATION_CLAUSES,
        [
            "hey all its chief dumas, we're pulling patrols off the north side starting monday",
            "It's Officer Reyes: stay off Route 17 tonight",
        ],
        [
            "it's chief dumas's fault, he should resign",
            "Its Chief Dumas who ordered this, not the mayor.",
        ],
    ),
    "page_run_by_a_body": (
        IMPERSONATION_CLAUSES,
        [
            "This page is now run by the Kankakee Police Department. All posts will be monitored.",
            "this account is managed by the City of Kankakee",
        ],
        [
            "This page should be run by the city, not by volunteers.",
            "this account is not run by the city, it's a fan page",
        ],
    ),
    "body_signs_greets_or_heads": (
        IMPERSONATION_CLAUSES,
        [
            "Sincerely, The City of Kankakee",
            "Regards, Kankakee Public Works",
            "From your friends at Kankakee Public Works: roads will be closed Friday.",
            "Kankakee Public Works: water will be shut off on Elm St tomorrow 8am-5pm.",
            "Kankakee Police Department - we are looking for a white truck, call us if seen",
            "City of Kankakee Water Department: boil order until further notice",
            "ATTENTION RESIDENTS - Kankakee Police Dept. will be doing door to door inspections.",
            "OFFICIAL CITY NOTICE: all residents must register their dogs by Friday",
            "Official: City of Kankakee announces free bus rides this weekend!!",
        ],
        [
            "Sincerely, a resident of Kankakee",
            "Sincerely, fed up with the City of Kankakee",
            "From what the Police Department said, the road is closed.",
            "From my conversation with the Kankakee Police Department: they will not help.",
            "Official: the Bears are terrible this year",
            "The Kankakee Police Department did nothing when I called.",
            "Kankakee Police Department, please patrol Oak St more.",
            "Kankakee Police Department: please do something about the speeders on Oak.",
            "Public Works: why is Oak St still closed?",
            "Kankakee Police Department: useless as always",
            "City of Kankakee: you will be closed down soon if you keep raising taxes lol",
            "Kankakee Public Works - will the leaf pickup be delayed this year?",
            "ATTENTION: the Kankakee Police Dept will not help you, call the sheriff instead",
            "Kankakee Public Works: thank you for fixing my street so fast!",
            "Greetings from a proud Kankakee resident: love this town!",
        ],
    ),
    "message_says_whose_it_is": (
        IMPERSONATION_CLAUSES,
        [
            "This message is from the Kankakee city clerk. Your license has expired.",
            "this notice comes from the City of Kankakee Water Department.",
        ],
        [
            "This message is from a resident who is tired of potholes.",
            "Is this message from the city clerk?",
            "this notice from the city was wrong",
        ],
    ),
    "staff_speaking_as_we": (
        IMPERSONATION_CLAUSES,
        [
            "We at City Hall have decided to cancel the farmers market.",
            "we here at the Kankakee Police Department are asking for your patience",
        ],
        [
            "We at the block club asked City Hall to fix the lights.",
            "we at home are tired of the noise",
        ],
    ),
}

(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)
