"""Families of campaign advocacy, solicitation of commerce and off-topic small talk, under the
clause of every bundled city whose policy names them (issue 9, the eleventh session, campaign).

Each family is written several ways, beside near-misses that must not be cited under that clause
and are never removed: a campaign's events, money, petitions and tickets (Kankakee § V.2.12,
Marseilles § 39.52(G), Montgomery County's campaigns where a candidate is named; its page does not
prohibit sides taken on a measure); trading groups, services asked after, free first lessons,
web stores, orders taken, job adverts and trades on offer (Kankakee § V.2.9, Montgomery County's
promotions; Marseilles names no commerce); chain messages, holiday greetings, profiles pushed
and entertainment small talk that share nothing with the thread (Kankakee § V.2.1, Marseilles
§ 39.52(A), Montgomery County's off-topic).
"""

from __future__ import annotations

from kankakee_verdicts import (
    CANDIDATE_CLAUSES,
    MEASURE_CLAUSES,
    OFF_TOPIC_CLAUSES,
    PROMOTION_CLAUSES,
    CityFamily,
    family_tests,
)

FAMILIES: dict[str, CityFamily] = {
    # A candidate's events, money, helpers and tickets.
    "campaign_events_and_money": (
        CANDIDATE_CLAUSES,
        [
            "Please come to the kickoff for Alderman Voss this Sunday afternoon",
            "Join me at a fundraiser for Treasurer candidate Lila Grant",
            "Chip in to Ray Dorsey's reelection, any amount helps",
            "Our campaign needs folks to hand out flyers Saturday",
            "Back my candidacy for park board, I will listen to you",
            "Get your free Vote Ames for Council yard sign at the diner",
            "Cast a ballot against Sheriff Morrow this fall",
            "Get out the vote for Nadia Fields!",
            "Keep Judge Ortega - vote to retain",
            "Bring the kids to the Pruitt for Mayor rally at the park",
        ],
        [
            "the kickoff for the summer reading program is Sunday",
            "the rally for the mayor blocked Court Street for an hour",
            "who paid for the mayor's campaign ads?",
            "how many signatures does a candidate need?",
            "the council voted to retain the auditing firm",
            "the yard signs on my corner block the view of traffic",
            "I never donate to campaigns",
            "the sheriff's budget is a mess",
        ],
    ),
    # Measures and tickets: Montgomery County's page names candidates only.
    "measures_and_tickets": (
        MEASURE_CLAUSES,
        [
            "Help us defeat the road levy in March",
            "Help us pass the library referendum this spring",
            "Sign the petition to put the ward map question on the ballot this year",
            "Vote a straight ticket this fall, every race matters",
            "A vote for the bond is a vote for our kids",
        ],
        [
            "the petition to fix the alley got 200 signatures",
            "the referendum failed by 40 votes",
            "where do I vote on the levy?",
            "a vote by the council is expected Tuesday",
        ],
    ),
    # Pitches: trading groups, services asked after, free lessons, web stores, orders taken, jobs.
    "pitches_and_offers": (
        PROMOTION_CLAUSES,
        [
            "Inbox me to get started with forex, I made it my full time job",
            "Free stock signals every morning in my Discord server",
            "Want your windows washed? I do whole houses, text me",
            "Guitar lessons for beginners, first class free",
            "Selling your house? Call me for a free market analysis",
            "Browse my Poshmark store for name brand clothes",
            "Our bakery is taking orders for wedding cakes until June",
            "Hiring a part time stocker, apply at the front desk",
            "Landscaping available this spring, call or text for a quote",
            "Rummage sale on Birch Road this Sunday, 7 to noon",
        ],
        [
            "message me to get the minutes from last night",
            "is the city taking applications for lifeguards?",
            "I closed my shop downtown last year",
            "the library has free guitar lessons for kids",
            "hiring freezes at City Hall hurt services",
            "who does good landscaping around here?",
            "the rummage sales on our street last summer clogged parking",
            "Do you know a reliable window washer?",
        ],
    ),
    # Chain messages, holiday greetings, profiles pushed, entertainment small talk.
    "small_talk_and_chains": (
        OFF_TOPIC_CLAUSES,
        [
            "Repost this and Facebook will give you $5,000",
            "Send this to everyone you love tonight",
            "If you don't forward this, bad things will happen",
            "Merry Christmas and God bless!",
            "Happy Easter from our family to yours",
            "Visit my profile for free stuff",
            "Order wrapping paper from my granddaughter, it helps her class",
            "Just rescued a puppy, meet Biscuit!",
            "I binged the whole series in a day",
            "Loving this new song by Drake",
        ],
        [
            "Merry Christmas, will Main Street be open for the parade?",
            "share this with neighbors on Main Street so they know about the detours",
            "Happy Easter, is the resurfacing paused for the holiday?",
            "visit the city's page for the detour map",
            "my puppy hates the construction noise on Main",
            "I binged the council meetings on the resurfacing plan",
        ],
    ),
}

(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)
