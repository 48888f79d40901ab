"""Families of defamation, impersonation, campaigning, personal attacks and off-topic comments,
under the clause of every bundled city whose policy names them (issue 9, the twelfth session,
civic5).

Each family is written several ways, in words and orders of our own, beside near-misses that
must not be cited under that clause and are never removed; harsh criticism of officials and
offices is among the near-misses, and is never a finding:

- a crime pinned on someone named by whose relative, partner or staff they are ("Mayor Wells's
  assistant ...", "the chief's nephew ...": Kankakee § V.2.3, Marseilles § 39.52(B), Montgomery
  County's threats, harassment and defamation);
- a role or a body of the city that introduces itself and tells the reader what to do ("this is
  the police chief, do not ...": Kankakee § V.2.7; the other cities name no impersonation);
- a candidate's year slogan with a tail, a seat's holder voted out, a person kept on or put on a
  body (Kankakee § V.2.12, Marseilles § 39.52(G), Montgomery County's campaigns); a call to vote
  everyone out names no candidate and is none (docs/explanation.md);
- names called of a thing, of a tame animal, or of a role played or a job done, which insult no
  person (Kankakee § V.2.2, Montgomery County's threats; Marseilles names no personal attack);
- a crime or an accident reported with the police named, which is local news, not a comment
  about another agency (Montgomery County's off-topic).
"""

from __future__ import annotations

from kankakee_verdicts import (
    CANDIDATE_CLAUSES,
    DEFAMATION_CLAUSES,
    IMPERSONATION_CLAUSES,
    MONTGOMERY,
    PERSONAL_ATTACK_CLAUSES,
    CityFamily,
    family_tests,
)

_OTHER_AGENCY = {MONTGOMERY: "off-topic"}

FAMILIES: dict[str, CityFamily] = {
    # A crime pinned on a relative, a partner or a member of the staff of someone named or
    # described, written with a possessive.
    "possessive_before_the_accused": (
        DEFAMATION_CLAUSES,
        [
            "Commissioner Vance's nephew embezzles from the youth league",
            "the fire chief's son has been stealing from the pancake fund",
            "Alderwoman Price' husband takes bribes from the towing company",
            "Judge Moreno's clerk has been taking kickbacks for years",
            "our treasurer's brother-in-law launders money for a gang",
            "Sheriff Cobb's deputy plants drugs on people he pulls over",
            "Councilman Ortiz's wife is a convicted felon",
            "my landlord's boyfriend cooks meth in the garage on Elm",
            "the superintendent's secretary pockets the lunch money",
        ],
        [
            "Commissioner Vance's nephew coaches the youth league",
            "the fire chief's son was robbed outside the station",
            "Alderwoman Price' husband takes the bus to the plant",
            "Did the superintendent's secretary steal the lunch money?",
            "the chief's nephew never stole anything from anyone",
            "if the mayor's aide took bribes, the auditor would have said so",
            "my nephew steals my fries every time",
            "the mayor's wife stole the show at the gala",
            "the mayor's budget steals from our kids",
            "the treasurer's brother-in-law was charged with fraud, police said",
            "the sheriff's deputies are doing a lousy job with speeders",
            "Judge Moreno's rulings are a disgrace to this county",
        ],
    ),
    # A role or a body of the city that introduces itself, then tells the reader what to do.
    "role_introduced_with_an_order": (
        IMPERSONATION_CLAUSES,
        [
            "this is the police chief, do not go downtown tonight",
            "This is your fire chief: stay off Court Street until noon",
            "It's the fire marshal - evacuate the east side now",
            "Police chief speaking: avoid the river road tonight",
            "From the fire marshal: do not burn leaves this week",
            "Fire Department here, do not call 911 about the smoke",
            "Police Department here: we are looking for a white van",
            "The police here: lock your doors tonight",
            "this is the mayor, boil your water until Friday",
            "This is the water department - expect low pressure all day",
        ],
        [
            "the police chief said do not go downtown tonight",
            "this is the police chief's fault, do something",
            "the fire department here, do they even care?",
            "Police here, as usual, did nothing",
            "the mayor is speaking tonight, stay for the vote",
            "this is the mayor, can you believe him?",
            "From the mayor's speech: keep the parks clean",
            "the fire chief told us: evacuate the east side",
            "This is the fire chief. He saved my cat.",
            "the police chief is useless, do your job",
        ],
    ),
    # A candidate's year slogan with a tail; a seat's holder voted out; a person kept on or put
    # on a body.
    "campaign_slogans_and_seats": (
        CANDIDATE_CLAUSES,
        [
            "Okafor 2027 - a new direction",
            "Moreno 2026: jobs, safety, schools",
            "Pruitt 2028 — for the people",
            "Nakamura 2026 - real leadership",
            "vote the mayor out",
            "vote out our alderman this spring",
            "let's vote out the sheriff in November",
            "Keep Hartley on the council",
            "Put Nadia Fields on the county board!",
        ],
        [
            "vote them all out",
            "vote out every incumbent in November",
            "vote the council out",
            "the council voted the mayor's plan out",
            "they voted the mayor out in 2019",
            "Smith 2019: 45",
            "Jones 2004 - page 12 of the report",
            "Summer 2026 - a new pool schedule",
            "the 2027 budget - a new direction for parks",
            "keep the pressure on the council",
            "put your questions on the council agenda",
            "the mayor should be voted out of office for this budget",
        ],
    ),
    # Names called of people stay personal attacks; said of a thing, a tame animal, or of a role
    # played or a job done, they insult no one.
    "names_called_of_people_not_things": (
        PERSONAL_ATTACK_CLAUSES,
        [
            "the mayor is a clown at every meeting",
            "Carol on Oak Street is a lazy useless slug",
            "the clerk at the license office is a worthless tool",
            "he is a pig at the buffet and a slob everywhere",
            "my neighbor is a lazy worthless slug",
        ],
        [
            "the old truck is a lazy slug",
            "my phone is a worthless piece of garbage",
            "our goldfish is a lazy slob",
            "the new printer is a useless lazy slug",
            "this laptop is a lazy useless slug",
            "He's a clown at the circus",
            "She was a wicked witch in the school play",
            "my son was a little monster for Halloween",
            "he's a clown by trade",
            "He was a real clown at the rodeo last summer",
            "the mayor's budget is a joke",
            "the police chief is doing a terrible job",
        ],
    ),
    # A crime or an accident reported with the police named is local news; a comment about
    # another agency stays one.
    "crime_reports_naming_the_police": (
        _OTHER_AGENCY,
        [
            "Dayton police never came when I called",
            "Kettering PD should handle the speeders by my house",
            "the state patrol is useless on I-75",
            "Kettering Police should have arrested him by now",
            "Dayton police never arrested anyone for the break-ins",
        ],
        [
            "Dayton police arrested a man on Wayne Ave last night",
            "Kettering PD are investigating a break-in on Wilmington Pike",
            "A man was shot on Wayne Ave early Sunday, Dayton police said",
            "The state patrol closed I-75 after a crash this morning",
            "Riverside police found a stolen car behind the mall",
            "Huber Heights police have charged two teens with vandalism",
            "the kettering police responded to a fire on Stroop Rd",
        ],
    ),
}

(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)
