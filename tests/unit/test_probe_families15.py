"""Personal attacks, crimes pinned on a person, impersonation and false information in
Kankakee's comments (issue 9, the eleventh session, probea).

Each family is written several ways under its clause, beside near-misses that must not be cited
under that clause and are never removed: insults by nouns and adjectives a person is called
("you slob", "a sneaky little weasel", "you are so dense"); crimes told with their objects
(records falsified, an innocent framed, stolen goods sold, a first name at a workplace); an office
claimed with "a", staff who vouch, a notice headed with a body's name, a body introducing itself
in a sentence of its own; a warning the city is said to keep back, water said poisoned, money
or goods said to be handed out or seized by everyone's authority, voting sites said closed,
ballots said thrown out for their ink, arrests at the polls.
"""

from __future__ import annotations

from kankakee_verdicts import KANKAKEE, CityFamily, family_tests

FAMILIES: dict[str, CityFamily] = {
    # Nouns and adjectives that insult a person: a slob, a weasel, an old bat, "dense" said of
    # a person. Not a sausage, a word of a set phrase, fog or a museum.
    "insult_words": (
        {KANKAKEE: "V.2.2"},
        [
            "get out of here you slob",
            "Ron Hayes is a sneaky little weasel",
            "that clerk is a mean old bat",
            "wow you are so dense",
            "Shut up, weasel.",
        ],
        [
            "brats and burgers at the block party Saturday",
            "the fog was dense on Route 17 this morning",
            "the museum has Neanderthal tools on display",
            "stop using weasel words in the ordinance",
            "the old bat house in the park needs repairs",
        ],
    ),
    # Crimes told with their objects, of a named or described person.
    "crimes_with_objects": (
        {KANKAKEE: "V.2.3"},
        [
            "Lou Grady falsified the safety inspection records",
            "Sergeant Voss framed an innocent kid",
            "Deputy Marsh sells seized guns",
            "the owner of Lucky Pawn fences stolen goods",
            "Walt Kramer cheats on his taxes",
            "the guy who runs the thrift store steals the donations",
            "teresa at the permit office steals from the cash drawer",
            "the realtor on Main is a con man",
        ],
        [
            "someone at the permit office steals our time with these forms",
            "the records were falsified, the audit found, but nobody knows by whom",
            "Sergeant Voss was framed, his lawyer says",
            "Did Walt Kramer cheat on his taxes?",
            "the owner of Lucky Pawn sells used guitars",
            "kids at the park stole my bike",
        ],
    ),
    # An office or the city's staff claimed in a comment's own voice, and a body's notice.
    "claims_and_headings": (
        {KANKAKEE: "V.2.7"},
        [
            "Speaking as an alderman, I can tell you the budget passed.",
            "As a city councilman I can confirm the pool stays closed.",
            "I work for the city and I can confirm the layoffs.",
            "As a city employee I can tell you nobody reads these complaints.",
            "Official City of Kankakee notice: all leaf pickup is cancelled.",
            "Kankakee Police update: roadblocks on Court Street tonight.",
            "This is the City of Kankakee. Your account is past due.",
            "Attention neighbors, this is the Kankakee Fire Department.",
            "I'm a Kankakee police officer and I can tell you it's handled.",
            "From the desk of the Mayor: the parade is moved to Sunday.",
            "Mayor Wells here, see you at the fair!",
        ],
        [
            "I used to work for the city and I loved it.",
            "My wife works for the city and she says the pool is fine.",
            "As a resident I can tell you the roads are bad.",
            "City of Kankakee, please fix the streetlight on Oak!",
            "The City of Kankakee posted a notice about leaf pickup.",
            "I'm a cop in Chicago and the traffic there is worse.",
            "If I were an alderman I would vote no.",
            "Oak Street update: the crews are still out.",
            "House fire update: everyone got out safe.",
        ],
    ),
    # A warning or a danger told falsely, or sweeping claims in the authorities' name.
    "false_alarms_and_voting": (
        {KANKAKEE: "V.2.8"},
        [
            "There's a boil order on the west side, the city hasn't announced it.",
            "the drinking water is poisoned, the plant was hacked",
            "The city is giving everyone $300 refunds, sign up at my link.",
            "The government is confiscating generators, hide them in the shed.",
            "All polling places are closed on Tuesday, vote at the courthouse.",
            "Ballots marked in red ink will be tossed.",
            "Voters with unpaid fines can't vote in April.",
            "If you didn't vote last time your registration is purged.",
            "ICE will be at the polling places checking papers.",
            "Mail ballots postmarked after the election still count.",
            "The levee broke and the river will flood downtown.",
            "The city adds fluoride to make us docile.",
        ],
        [
            "Is the water poisoned? It smells like bleach.",
            "The city will send everyone a survey about the parks.",
            "The police confiscated a gun at the fair.",
            "The polling place at the church moved to the school.",
            "Ballots must be marked with the pen they give you.",
            "The boil order on the west side was announced this morning.",
            "If the levee fails the park could flood.",
            "Fluoride makes teeth stronger, the dentist says.",
        ],
    ),
}

(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)
