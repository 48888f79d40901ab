"""Families of phrasing of three categories an independent probe found weakest (issue 9, the
twelfth session, unlawful), under the clause of every bundled city whose policy has it.

Violence and unlawful acts urged (Kankakee § V.2.6, Marseilles § 39.52(H), Montgomery County's
illegal activity): assault urged at a person with a plain verb, property wrecked, and law broken
without harm to a body (drunk driving, a bill or a tax left unpaid in defiance, trespass, theft at
a self-checkout, fares evaded, a warrant dodged). Copies distributed without permission
(Kankakee § V.2.13, Marseilles § 39.52(I), Montgomery County's infringement): a pirated copy
offered with no link, a watermark or DRM stripped, copies made and sold, an article or a photo
reposted whole. Confidential information (Montgomery County's confidential information; the
disclosures that endanger people are also Kankakee § V.2.11 and Marseilles § 39.52(F)): a leak
before release, the person who complained or informed named, an undercover officer outed, the
routines of staff, door codes and passwords.

The phrasings here were written apart from the probes the patterns were written from: other
words, targets and orders. Beside them, near-misses that must not be cited under the clause and
are never removed: idioms ("beat the deadline", "smash that like button"), reports, criticism of
a policy, a petition or a lawful protest, one's own habits, a line quoted with credit, a library's
free e-books, one's own photos, public records, a decision already announced, a person naming
themselves.
"""

from __future__ import annotations

from kankakee_verdicts import (
    COPYRIGHT_CLAUSES,
    MONTGOMERY,
    SAFETY_CLAUSES,
    UNLAWFUL_CLAUSES,
    CityFamily,
    family_tests,
)

_CONFIDENTIAL = {MONTGOMERY: "confidential"}

FAMILIES: dict[str, CityFamily] = {
    # Assault urged at a person, by an order or a call to others, with a plain verb.
    "assault_urged": (
        UNLAWFUL_CLAUSES,
        [
            "somebody punch the bartender at Slim's",
            "let's stomp the paperboy when he comes by",
            "everybody should jump that landlord after the hearing",
            "just knock the umpire out",
            "drag the clerk out of her office and rough her up",
            "grab a crowbar and go after the tow guy",
            "smack the cashier with a bottle",
            "when the deputy knocks, pelt him with eggs",
        ],
        [
            "we have to beat the filing deadline on Friday",
            "the Cubs beat the Cardinals again",
            "punch in your pin at the kiosk",
            "the bartender was punched in a fight, police said",
            "drag the old couch to the curb on Tuesday",
            "hit the mayor up with your questions at the town hall",
        ],
    ),
    # Property wrecked or sabotaged, called for.
    "property_damage_urged": (
        UNLAWFUL_CLAUSES,
        [
            "let's smash the new traffic cameras on Fifth",
            "somebody torch the parking meters downtown",
            "snip the wires on the speed cameras",
            "y'all should knock over the construction signs on Oak",
            "pour sugar in the tank of the county truck",
            "go wreck the toll booths on the bypass",
        ],
        [
            "smash that like button and share",
            "the old water tower will be demolished in June",
            "the speed cameras should be removed by the council",
            "someone smashed the parking meters last night, police say",
            "the county truck needs a new gas tank",
        ],
    ),
    # Law broken that hurts no one's body, urged or taught.
    "nonviolent_lawbreaking_urged": (
        UNLAWFUL_CLAUSES,
        [
            "just drive home hammered, nobody's watching",
            "don't pay the sewer fee, let them come after you",
            "never pay the city's parking tickets, they can't do anything",
            "hop the no trespassing fence at the quarry",
            "jump the turnstiles at the station",
            "the trick to dodging a bench warrant is using your cousin's address",
            "go fishing without a license, the wardens never check",
            "everyone should stop paying the wheel tax",
        ],
        [
            "civil disobedience should be debated at the forum",
            "sign the petition against the wheel tax",
            "the march to city hall has a permit for Saturday",
            "I keep forgetting to pay my parking tickets, lol",
            "the fine for jumping the turnstile went up",
            "a man was charged with trespassing at the quarry",
        ],
    ),
    # A pirated copy offered with no link or host.
    "piracy_without_a_link": (
        COPYRIGHT_CLAUSES,
        [
            "I'll send you the new Grisham audiobook",
            "happy to email the new Stephen King ebook to anyone",
            "I can copy the movie onto a flash drive for whoever wants it",
            "got the complete Seinfeld series, dm me and I'll send it",
            "anyone who wants the new Olivia Rodrigo album, I can send it",
        ],
        [
            "the library lends free ebooks through Libby",
            "I'll send you my notes from the meeting",
            "I can send you the schedule for the movie night",
            "where can I buy the new Grisham audiobook?",
        ],
    ),
    # A watermark or DRM stripped.
    "watermark_or_drm_stripped": (
        COPYRIGHT_CLAUSES,
        [
            "I cropped the Getty watermark out of the photo",
            "strip the DRM from your Kindle books with this",
            "got rid of the Shutterstock watermark for the flyer",
            "best watermark remover for news photos",
        ],
        [
            "please do not remove the watermark from my photos",
            "is it legal to remove DRM from ebooks I bought?",
            "I put a watermark on my own pictures",
        ],
    ),
    # Copies made and sold.
    "copies_sold": (
        COPYRIGHT_CLAUSES,
        [
            "I burn copies of any movie you want, 4 bucks",
            "selling burned DVDs of the new Pixar movie",
            "I copy video games onto SD cards, 20 each",
            "selling copies of the new Avengers movie on DVD",
        ],
        [
            "selling my old DVDs, all originals",
            "selling copies of my own cookbook",
            "I made copies of the agenda for everyone",
        ],
    ),
    # An article or a photo reposted whole or taken without asking.
    "reposted_whole": (
        COPYRIGHT_CLAUSES,
        [
            "pasted the entire Herald article below since it's paywalled",
            "here's the full Tribune column, copied word for word",
            "swiped this photo from the Gazette's Facebook",
            "reposting the photographer's picture of the fire without asking",
        ],
        [
            "as the Herald put it, 'the vote was rushed'",
            "here's the link to the Tribune column",
            "I took this photo of the fire myself",
            "copyright law protects news photos",
        ],
    ),
    # A leak before release, in Montgomery County (no clause of the other two names it).
    "leak_before_release": (
        _CONFIDENTIAL,
        [
            "leaked memo: the county is closing the branch library",
            "you didn't hear it from me but the county engineer is getting fired",
            "between you and me, the board is raising water rates",
            "the contract winner isn't announced until Monday but it's Apex Paving",
            "here's a screenshot of the commissioner's private messages",
        ],
        [
            "the agenda for Tuesday is posted on the county website",
            "the county announced the branch library will close",
            "I requested the memo through a public records request",
            "I'm Ann Cole and I filed the complaint about the landfill",
        ],
    ),
    # A complainant or an informant named, an undercover officer outed, staff's routines, codes.
    "disclosures_that_endanger": (
        SAFETY_CLAUSES,
        [
            "the lady who complained about our chickens is Joan Fisk",
            "it was Gary Holt who called code enforcement on us",
            "the guy by the pool table is a narc",
            "the judge walks his dog every night at 10 on Oak Street",
            "the keypad at the jail's side door opens with 4471",
        ],
        [
            "I complained about the chickens, and I'd do it again",
            "undercover officers made two arrests, the sheriff said",
            "the judge will hear the case on Monday at 9",
            "the county's zip code is 45402",
        ],
    ),
}


(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)
