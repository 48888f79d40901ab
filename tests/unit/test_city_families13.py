"""Families of phrasing each bundled city's policy names, read by the data files of the
detectors their categories map (issue 9, the ninth session, second pass).

Each family is written several ways under the clause of every city whose policy prohibits it,
beside near-misses that must not be cited under that clause and are never removed: a witness's
or an officer's home pointed out in lower case (Kankakee § V.2.11, Marseilles § 39.52(F),
Montgomery County's confidential information); another body named after the county's own word
(Montgomery County's "agency other than Montgomery County"); a business in capitals given a
review's marks (its "endorsements"); an alarm split from its order by "!!" or a line break, and
a sweeping order told in an authority's voice (false information in Kankakee, § V.2.8; the
public's safety in Marseilles, § 39.52(F)).
"""

from __future__ import annotations

from kankakee_verdicts import (
    KANKAKEE,
    MARSEILLES,
    MONTGOMERY,
    CityFamily,
    family_tests,
    road_verdict,
)

FAMILIES: dict[str, CityFamily] = {
    # A witness, an informant or an officer placed by a description in lower case: the name
    # with the place they are found, or the home after "lives on" / "lives in the".
    "lower_case_homes": (
        {KANKAKEE: "V.2.11", MARSEILLES: "39.52(F)", MONTGOMERY: "confidential"},
        [
            "deputy marsh lives on sycamore, the house with the red fence",
            "the witness lives in the yellow duplex by the park",
            "the snitch is carla from the laundromat",
            "the guy who ratted is dave who works at the tire shop",
            "the informant is some dude rick down at the pool hall",
            "the girl who called the cops lives over on walnut",
        ],
        [
            "deputy marsh lives in the area and coaches little league",
            "the witness said she saw a gray van",
            "the snitch is gone from the neighborhood now",
            "the informant was from out of town, per the paper",
            "is the witness safe? hope they protect her",
            "our officer lives on our street and is a great neighbor",
            "that deputy lives on instagram, always posting",
            "the chief basically lives on coffee and overtime",
            "officer pratt lives in fear of the union rep lol",
        ],
    ),
    # A body named after a place's word, in lower case, by a comment that names no county word.
    "bodies_named_after_a_place": (
        {MONTGOMERY: "off-topic"},
        [
            "the xenia public library lost my books again",
            "springboro city schools need a new board",
            "the beavercreek fire dept took 20 minutes",
            "miamisburg township trustees never listen",
        ],
        [
            "the county fire dept was quick to respond",
            "it would hurt public schools to cut that",
            "save public schools, vote no",
            "the public library has free tax help",
            "our city council meets on tuesdays",
        ],
    ),
    # A business whose name is written in capitals, given a review's marks.
    "capital_business_reviews": (
        {MONTGOMERY: "promotions"},
        [
            "5 stars for BLUE SKY ROOFING",
            "10/10 recommend MIKE'S MOWING",
            "cant recommend TRI STATE GUTTERS enough",
            "10/10 would hire DAYTON DRAIN PROS again",
        ],
        [
            "5 stars for the COUNTY crews this week",
            "10/10 recommend the IRS website for refunds",
            "I DO NOT recommend leaving bins out overnight",
            "5 STARS FOR THE NEW PICKUP SCHEDULE",
        ],
    ),
    # A danger that ends its sentence, then an order to flee or not drink after "!!" or a line
    # break; and a sweeping order told in an authority's voice.
    "split_and_sweeping_alarms": (
        {KANKAKEE: "V.2.8", MARSEILLES: "39.52(F)"},
        [
            "CHEMICAL LEAK BY THE RAIL YARD!!! everybody stay indoors",
            "explosion at the refinery\nget out of the north end now",
            "the levee failed!!\nhead for high ground",
            "the county will cut off everybody's power tonight, stock up",
            "all bridges closed tonight by order of the governor",
            "the mayor ordered everyone to evacuate by midnight",
        ],
        [
            "CHEMICAL LEAK DRILL BY THE RAIL YARD!!! great job crews",
            "explosion at the refinery last year\nthe cleanup is done",
            "is the levee safe?? the river is high",
            "the county will cut off power on oak st tonight for pole work",
            "by order of the mayor, the fireworks show is canceled",
            "did the mayor order everyone to evacuate?",
            "Flood season!! Move your patio chairs off the riverbank",
            "wildfire safety week!!! run a hose check this weekend",
        ],
    ),
}


(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)


def test_a_sweeping_order_posted_by_the_city_itself_is_no_false_alarm() -> None:
    """An order in the city's voice is the city's own when its personnel post it."""
    text = "the mayor ordered everyone to evacuate by midnight"
    for city, clause in ((KANKAKEE, "V.2.8"), (MARSEILLES, "39.52(F)")):
        verdict = road_verdict(city, text, role="personnel")
        assert clause not in {finding.clause.id for finding in verdict.findings}, city
