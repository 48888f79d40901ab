"""Families of phrasing of five Kankakee categories, and the same clauses of the other bundled
cities, read by the data files of the detectors their categories map (issue 9, the eleventh
session, probeb).

Each family is written several ways under the clause of every city whose policy prohibits it,
beside near-misses that must not be cited under that clause and are never removed: contraband
sold with a price, a delivery or a contact, guns without the check, calls to loot, shoplift,
pelt or forge (Kankakee § V.2.6, Marseilles § 39.52(H), Montgomery County's illegal activity);
police waiting for drivers pointed out, an officer's family placed, someone marked as a narc by
what they wear (Kankakee § V.2.11, Marseilles § 39.52(F), Montgomery County's confidential
information); a third person's workplace with their hours (Kankakee § V.2.10, Marseilles
§ 39.52(E), Montgomery County's confidential information); works leaked, ripped or put on a file
host (Kankakee § V.2.13, Marseilles § 39.52(I), Montgomery County's infringement); calls to
overload or break into a site, and bills said to be cut off beside a link (Kankakee § V.2.14,
Marseilles § 39.52(H), Montgomery County's spam and links).
"""

from __future__ import annotations

from kankakee_verdicts import (
    COPYRIGHT_CLAUSES,
    KANKAKEE,
    MARSEILLES,
    MONTGOMERY,
    SAFETY_CLAUSES,
    UNLAWFUL_CLAUSES,
    CityFamily,
    family_tests,
)

FAMILIES: dict[str, CityFamily] = {
    # Contraband offered with a price, a delivery or a contact.
    "contraband_for_sale": (
        UNLAWFUL_CLAUSES,
        [
            "oxys for sale, north side, text me",
            "selling xans 5 each, hit my line",
            "cheap heroin, quick drop off",
            "got bud and carts, i deliver",
            "plug in town has molly and percs",
            "hmu for carts, 40 a pop",
        ],
        [
            "Officers found heroin for sale in the car, the report says",
            "is it legal to sell edibles in Illinois?",
            "the pharmacy has cheap allergy pills",
            "selling my lawn mower, text me",
            "selling candy bars for the band, i deliver",
        ],
    ),
    # Guns sold without the check the law requires.
    "guns_without_checks": (
        UNLAWFUL_CLAUSES,
        [
            "shotgun for sale, no background check needed",
            "got a handgun, no papers, cash only",
            "I can get you a pistol without any paperwork",
        ],
        [
            "every gun sold in Illinois must go through a background check",
            "a rifle should never be sold without a background check",
            "bought a shotgun at the store, the background check was quick",
        ],
    ),
    # Calls to loot, shoplift, pelt, forge, or to hold a street race.
    "calls_to_break_the_law": (
        UNLAWFUL_CLAUSES,
        [
            "go loot the electronics store tonight",
            "shoplift from the pharmacy, nobody stops you",
            "let's all pelt the council members with tomatoes",
            "everyone throw bottles at the squad cars",
            "just forge the signature on the permit",
            "drag racing meetup on the east side, come out saturday",
        ],
        [
            "looters hit the electronics store, police say",
            "shoplifting is up at the pharmacy, the manager says",
            "we threw a great party for the council members",
            "the permit needs the owner's signature",
            "the drag racing movie was great",
        ],
    ),
    # Police waiting for drivers pointed out, placed or timed.
    "police_waiting_pointed_out": (
        SAFETY_CLAUSES,
        [
            "trooper hiding behind the Casey's on Route 17",
            "deputy lurking by the grain elevator on Main with a radar gun",
            "cop cars camped at the Shell on Court right now",
            "heads up, state trooper parked behind the Marathon on 45",
        ],
        [
            "the trooper sitting at the diner was friendly",
            "deputies should patrol Main more often",
            "the radar sign on Court is broken",
            "a cop was hiding in the movie we watched last night",
            "deputies should be sitting behind the school with radar every morning",
        ],
    ),
    # An officer's family placed, someone marked as police or an informant by their clothes.
    "officers_family_and_marked_people": (
        SAFETY_CLAUSES,
        [
            "Officer Kemp's kids go to Lincoln Elementary",
            "Sgt Ortiz's wife works at the CVS on Court",
            "the lady in the green coat is an undercover cop",
            "the dude with the tattoos is a snitch",
        ],
        [
            "Officer Kemp read to the kids at Lincoln Elementary",
            "the lady in the green coat is my aunt",
            "the dude with the tattoos is a great barber",
        ],
    ),
    # A third person's workplace told with their hours.
    "workplace_with_hours": (
        {KANKAKEE: "V.2.10", MARSEILLES: "39.52(E)", MONTGOMERY: "confidential"},
        [
            "Dana works at the Jewel on Court and gets off at 11",
            "he works at the lumber yard, Mondays and Wednesdays 7 to 3",
            "she works nights at the Sunoco and leaves around 6",
        ],
        [
            "I work at the Jewel and get off at 11",
            "she works at the hospital and loves her job",
            "the library is open Mondays and Wednesdays 9 to 5",
        ],
    ),
    # Works leaked, ripped, cracked or put on a file host for anyone.
    "works_on_file_hosts": (
        COPYRIGHT_CLAUSES,
        [
            "the new Olivia Rodrigo album leaked, mega link in comments",
            "every season of Seinfeld is on my google drive",
            "ripped all the Star Wars movies, mediafire folder",
            "torrent of the new Batman is up, 1080p",
            "stripped the DRM from my audiobooks, ask if you want one",
            "whole discography in a zip on dropbox",
        ],
        [
            "the leaked budget memo is on the Journal's site",
            "my own album is on my google drive for the band",
            "the library has every season of Seinfeld on DVD",
            "torrential rain flooded the underpass",
        ],
    ),
    # Calls to overload or break into a site, and bills said to be cut off beside a link.
    "site_attacks_and_bill_alarms": (
        {KANKAKEE: "V.2.14", MARSEILLES: "39.52(H)", MONTGOMERY: "spam-links"},
        [
            "let's ddos the park district site friday",
            "everyone hammer the county server at 8 until it crashes",
            "we should hack into the clerk's website and change the minutes",
            "your gas service will be shut off tonight, pay at https://nicor-billing.help now",
        ],
        [
            "the county server crashed during the storm",
            "the park district site is down again",
            "your gas service will be shut off for maintenance on Tuesday",
            "the clerk's website has the minutes",
        ],
    ),
}


(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)
