"""Violence and unlawful acts read as an act and a speech act (issue 9, the sixteenth session,
unlawful3): Kankakee § V.2.6 ("contains or encourages violence or the violation of any federal,
state or local law", and the statutes it names), Marseilles § 39.52(H) and Montgomery County's
"promoting illegal activity".

The comments were written before the rules, from an enumeration of the offences a city page sees
(the articles of 720 ILCS 5, 720 ILCS 570, 510 ILCS 70, the Election Code and local ones) crossed
with the speech acts that encourage or contain them (a call or a dare, organising, a plan, a
lesson, an assurance that no one checks, a cheer, the statute's act said of oneself). Beside them,
near-misses: reports and pleas to the police, criticism of officials, lawful protest, questions of
law, history, idioms, negated or condemned acts, neighbours helped, safety advice, the law argued.
Before the rules main read 18 of the first 73 in each city; the first rules read 15 of a second
round of 40. What is still missed or flagged is listed at the end, as strict expected failures.
"""

from __future__ import annotations

import pytest

from kankakee_verdicts import (
    KANKAKEE,
    UNLAWFUL_CLAUSES,
    CityFamily,
    assert_family_cited,
    assert_near_miss,
    family_tests,
)

#: Kankakee's § V.2.6 alone: threats to officials (Threatening a Public Official, 720 ILCS
#: 5/12-9, named by the clause; the other cities cite their threat clauses).
KANKAKEE_ONLY = {KANKAKEE: UNLAWFUL_CLAUSES[KANKAKEE]}

NEAR_MISSES = [
    "someone broke into my car last night on Elm, please call the police if you saw anything",
    "please arrest whoever is dumping tires by the river road",
    "the chief should be fired for how he handled this",
    "arrest the mayor! investigate the contracts!",
    "pack the council meeting tuesday, let them hear us",
    "march to city hall saturday at noon, bring signs",
    "is it legal to burn leaves in town?",
    "in 1968 rioters burned half of the west side",
    "I'd kill for a coffee right now",
    "don't steal, it's not worth it",
    "whoever stole my bike is scum, I hope they get caught",
    "the police arrested two men for stealing catalytic converters",
    "my ring camera caught someone following the mail carrier, reported it",
    "the judge sentenced him for stalking his ex",
    "how do I report someone who keeps following me home?",
    "the mayor is a liar and should resign",
    "we need more cops watching the park at night",
    "somebody should fix the potholes on Elm",
    "the fireworks on the 4th were amazing",
    "lets all go to the game tonight",
    "good, the old mill is finally being torn down",
    "my kid stole the show at the school play",
    "they are robbing us blind with these property taxes",
    "that bill is highway robbery",
    "i will vote them all out in november",
    "we should all call our alderman about the speed cameras",
    "the new speed cameras should be taken down by the council",
    "I follow the council on facebook for updates",
    "we should burn the old brush pile on burn day, permit's in",
    "crack down on the drug dealers on 5th",
    "the swat team was at the house on Maple today",
    "voting twice is a felony, don't fall for that post",
    "who's in for a poker night at my place, penny stakes",
    "I watched the council meeting online last night",
    "lets hit the farmers market saturday morning",
    "the dogs at the shelter need homes, come meet them saturday",
    "someone is posting people's addresses on the buy sell page, mods please remove",
    "tonight we hit the road for vacation, see y'all in a week",
    "I'm going to kill it at the 5K this weekend",
    "we should shoot some hoops at the park tonight",
    "if the council votes yes I'm moving out of this town",
    "the mayor better watch his budget, it's running out",
    "the judge should be removed from the bench",
    "lets blow up the mayor's phone line asking for a stop sign",
    "someone should report whoever is dumping tires in the river",
    "you should lock your car, people are stealing packages and tvs on the north side",
    "we need cameras downtown to catch whoever is breaking into cars",
    "they should arrest people who break into cars",
    "my plan is to report the people who vandalize the park",
    "let's clean up the graffiti on the bridge saturday",
    "Let's smash the fundraising goal this year!",
    "let's break the record for most people at the pool",
    "We should all storm the council meeting with questions",
    "Everybody bring your dogs to the park on Saturday",
    "Bring your guns to the range on Saturday for the safety class",
    "Let's take back city hall in November!",
    "I'll be at your house at 6 for the party",
    "I will follow the council's lead on this",
    "gonna post my address for the yard sale, come by saturday",
    "post the address of the polling place please",
    "share your location with family when you go hiking",
    "in case of fire pull the fire alarm and leave the building",
    "call 911 if you see someone breaking into cars",
    "who wants to go egg hunting at the park sunday",
    "Let's key in the code and open the gate for the delivery",
    "the fire department will burn the old house down for training",
    "somebody tag city hall in this post so they see it",
    "who's down to hit the houses on Maple for trick or treating tonight",
    "We should take the packages off the porch for our neighbors while they're away",
    "Someone should put a tracker on the garbage trucks so we know when they come",
    "let's track the snowplows on the city map tonight",
    "gonna blast music at the block party till midnight",
    "we should let teachers carry guns in schools",
    "you can use someone else's library card at the branch",
    "we should sell the benefits of the levy to voters",
    "you can vote twice this year, in the primary and in november",
    "I'll leave the old couch by the alley for bulk pickup",
    "I'm going to post the mayor's office number so people can call",
    "I'd vote twice for her if I could lol",
    "we should burn the mortgage papers when its paid off",
    "the police should follow the money on this contract",
    "tonight I'm going to watch the council meeting",
    "somebody needs to steal the show at the talent contest",
    "let's crash the council meeting and make them listen",
    "who's trying to get some wings before the game",
    "I'm gonna kill it at trivia tonight",
    "stop stealing our tax money!",
    "the council is robbing us blind, vote them out",
    "Shoplifting at the Walmart on Route 50 is out of control, they need more security.",
    "The police never patrol Kennedy Drive after 10pm and people speed like crazy.",
    "Someone climbed the fence at the pool last night, the city should fix it.",
    "The red light camera at 5th and Court doesn't even work.",
    "How do I secure my wifi so my neighbor can't use it?",
    "Do I need a building permit for a deck under 30 inches?",
    "The burn ban is in effect this weekend, please don't burn anything.",
    "Our church runs a bingo night every Friday, license from the state, everyone welcome.",
    "Here's how to appeal your property tax assessment: file with the board of review by June.",
    "The easiest way to get rid of old paint is to take it to the hazardous waste day.",
    "I've been parking outside the library every night because the lot is closer to my job.",
    "Everyone call your alderman before the meeting and tell them to vote no.",
    "People show up drunk to the parade every year and start fights, the cops need to step in.",
    "Don't make fake 911 calls, it ties up the line for real emergencies.",
    "Feel free to fish at the county pond, licenses are sold at the bait shop.",
    "Mail ballots need a signature that matches, the clerk verifies every one.",
    "You can claim your kids as dependents even if they're in college.",
    "Park in the free lot at the fair, the handicap spots are for people who need them.",
    "Go ahead and watch the fireworks from the park at 9, it's the best view.",
    "If you get pulled over, be polite and give them your license and insurance.",
    "The foreclosed houses on Elm have been stripped of copper, someone call the bank.",
    "Take your old prescription painkillers to the drug take-back box at the police station.",
    "Who wants to help me clean out the old factory lot this weekend for the park project?",
    "We should pay the teachers more, they deserve it.",
]

FAMILIES: dict[str, CityFamily] = {
    # Stalking (720 ILCS 5/12-7.3): a person followed, tracked, waited for at home or work.
    "stalking": (
        UNLAWFUL_CLAUSES,
        [
            "I know where she parks every morning, gonna be waiting by her car",
            "I followed that inspector home yesterday, nice little house on Elm. I'll be back",
            "someone should follow the alderman around and see where he goes after work",
            "gonna put a tracker on her car so I know where she is at all times",
            "I'll be at your job tomorrow when you get off, Karen",
            "we know what time the mayor's wife drops the kids at school",
            "let's all show up at the judge's house this weekend",
        ],
        [],
    ),
    # Cyberstalking (12-7.5): a person's whereabouts given out, a person found out.
    "cyberstalking": (
        UNLAWFUL_CLAUSES,
        [
            "here's the councilwoman's home address, 412 Oak St, y'all know what to do",
            "posting where this guy works so everyone can go let him know how we feel",
            "made 5 fake accounts so I can keep messaging her after she blocked me",
            "everyone go find out where that cop lives and post it",
        ],
        [],
    ),
    # Disorderly conduct (26-1): false alarms, false reports, 911 jammed, swatting, noise.
    "disorderly": (
        UNLAWFUL_CLAUSES,
        [
            "let's all call 911 at once and jam the lines lol",
            "somebody pull the fire alarm at the council meeting so they have to cancel",
            "call in a bomb threat to the school tomorrow and we get the day off",
            "lets swat that streamer, I got his address",
            "file a fake police report on your neighbor, they have to come check",
            "gonna blast my speakers at 3am every night till the neighbors move",
        ],
        [],
    ),
    # Theft, robbery and burglary (Art. 16, 18, 19), urged, planned or organised.
    "theft": (
        UNLAWFUL_CLAUSES,
        [
            "catalytic converters off the trucks at the city garage, who's in",
            "the dollar general on court st has no cameras in the back, easy pickings",
            "y'all should just take the packages off porches on the north side, nobody's home",
            "tonight we hit the houses on Maple while everybody's at the game",
            "grab what you can from the target, the cops aren't coming",
            "lets go get some free tvs from walmart tonight",
            "my plan is to rob the gas station on Route 17 this weekend",
            "five finger discount at the mall tomorrow, who wants in",
        ],
        [],
    ),
    # Criminal damage and arson (Art. 20, 21), urged or cheered when done.
    "damage_arson": (
        UNLAWFUL_CLAUSES,
        [
            "good, burn it down, they deserved it",
            "wish more people would torch those speed cameras",
            "about time someone smashed the windows at that office, do it again",
            "whoever spray painted city hall deserves a medal, more of this please",
            "egg the mayor's house tonight",
            "they should light the police station on fire",
            "let's tag every wall on the east side this weekend",
        ],
        [],
    ),
    # Trespass and squatting (21-3).
    "trespass_squat": (
        UNLAWFUL_CLAUSES,
        [
            "that abandoned house on 4th is empty, just move in, the bank will never know",
            "sneak into the water park after close, the fence is easy to climb",
            "we should go squat in the old hotel, nobody owns it anymore",
        ],
        [],
    ),
    # Mob action and arms at a gathering (25-1; 430 ILCS 66/65).
    "mob": (
        UNLAWFUL_CLAUSES,
        [
            "everybody bring bats to the rally tomorrow, we're gonna crack some heads",
            "time to riot, meet downtown at 8",
            "storm city hall and drag them out of their offices",
        ],
        [],
    ),
    # Weapons at a meeting, sold without a check or to a minor (Art. 24).
    "weapons": (
        UNLAWFUL_CLAUSES,
        [
            "bring your guns to the school board meeting and let them see we're armed",
            "selling a pistol to anyone, no FOID no questions",
            "my cousin is 15 and needs a gun, anybody selling?",
        ],
        [],
    ),
    # Gambling (Art. 28) and cruelty to animals (510 ILCS 70).
    "gambling_animals": (
        UNLAWFUL_CLAUSES,
        [
            "running a football pool for cash, 50 a square, dm me",
            "got two pits ready to fight saturday, bring cash",
            "those geese in the park are a nuisance, put out poison bread",
            "just shoot the neighbor's dog if it comes in your yard again",
        ],
        [],
    ),
    # Fraud and identity theft (Art. 17, 16-30).
    "fraud_identity": (
        UNLAWFUL_CLAUSES,
        [
            "use your dead grandma's social, they never check",
            "write a check for more than you have, the bank won't notice for days",
            "just say the package never showed up and they send you another one",
            "I've got someone's credit card number, lets order stuff",
        ],
        [],
    ),
    # Tax, benefit and voting fraud.
    "tax_benefits_vote": (
        UNLAWFUL_CLAUSES,
        [
            "get paid in cash so you don't have to report it to the IRS",
            "sell your food stamps for half, plenty of people buying",
            "vote twice, once in person and once by mail, they can't catch it",
            "fill out your dead uncle's ballot, who's gonna know",
            "everyone should vote in both counties since we own property in both",
        ],
        [],
    ),
    # Local and traffic offences: fireworks, racing, a school bus passed, the police fled.
    "local": (
        UNLAWFUL_CLAUSES,
        [
            "dump your old tires by the river road, nobody patrols there",
            "set off the M80s tonight, who cares what the ordinance says",
            "race you down Route 50 at midnight, loser pays",
            "lets do a takeover at the Meijer lot saturday night",
            "drive around the school bus when its stopped, they take forever",
            "if the cops try to pull you over just don't stop, they won't chase",
        ],
        [],
    ),
    # Any act urged beside a promise that no one checks or will know (the signal evaded), written
    # after the first rules in a plainer register.
    "urged_with_a_promise_nobody_checks": (
        UNLAWFUL_CLAUSES,
        [
            "Drive as fast as you want on Kennedy Drive after 10pm, the police never patrol there.",
            "Best place to buy pills without a prescription is the lot behind the Kroger.",
            (
                "You can get into the closed pool at night by climbing the back fence, nobody "
                "watches it."
            ),
            "Just run the red light at 5th and Court, the camera doesn't even work.",
            "If you want free internet, just hack your neighbor's wifi, it's easy.",
            "Everyone should ignore the burn ban this weekend, they can't ticket all of us.",
            "I run a card game in my garage every Friday, $100 buy-in, message me for the address.",
            (
                "Here's how to avoid paying sales tax on your car: put a fake lower price on the "
                "title."
            ),
            "I've been parking outside Alderman Jones's house every night to see who visits him.",
            (
                "I'm posting the police chief's home address and his kids' school so "
                "people can pay "
                "him a visit."
            ),
            "Let's all show up drunk to the parade and start fights with the cops.",
            (
                "We should make fake 911 calls about a gas leak at city hall so the meeting gets "
                "cancelled."
            ),
            (
                "I'm going to keep calling her work until they fire her, she can block "
                "my number all "
                "she wants."
            ),
            "Somebody should slash the tires on every squad car in the lot tonight.",
            (
                "Feel free to hunt on the county forest preserve, nobody checks for licenses out "
                "there."
            ),
            "Use the dead voters still on the rolls, nobody verifies signatures on mail ballots.",
            (
                "You can claim your girlfriend's kids as dependents, the IRS won't know the "
                "difference."
            ),
            "Get your tags from an expired plate and swap them, cops never look closely.",
            "Park in the handicap spots at the fair, they never ticket anyone.",
            "Go ahead and set off fireworks in the park at midnight, the cops won't do anything.",
            "If you get pulled over, just give them your brother's name and license.",
            (
                "You can take copper pipes out of the foreclosed houses on Elm, nobody's watching "
                "them."
            ),
            "Sell your prescription painkillers to the kids at the high school, easy money.",
            "Throw rocks at the trains when they go by, it's hilarious.",
            "Who wants to help me break into the old factory this weekend and strip the wiring?",
            "Just pay your workers in cash and don't report it, everybody does it.",
            (
                "Cut the lock on the community garden shed and take the tools, the city won't miss "
                "them."
            ),
            "Bring your guns to the next council meeting, let them see we mean business.",
            "Let's flood the county's online portal with fake applications so it crashes.",
            "Pour sugar in the gas tanks of the county trucks, that'll teach them.",
            "Drop your dead grandma's social in the application, nobody will check it.",
            "Spray paint over the speed camera lens so it can't read plates.",
            "Just siphon gas from the cars at the park and ride, nobody is there at night.",
        ],
        [],
    ),
    # The statutes § V.2.6 names and disorder, a second round written after the first rules.
    "statutes_and_disorder_second_round": (
        UNLAWFUL_CLAUSES,
        [
            (
                "I know where Councilwoman Patel lives and I've been driving past her house every "
                "night. She should be worried."
            ),
            (
                "Someone needs to follow the building commissioner home and find out "
                "where he really "
                "lives."
            ),
            (
                "Here is Officer Daniels' personal cell number and home address. Make his life "
                "miserable."
            ),
            (
                "Let's all flood the mayor's personal phone and email with messages "
                "every hour until "
                "he resigns."
            ),
            "Pull the fire alarm at the high school during finals, it's a free day off.",
            (
                "We should get a big group together and fight the other side's "
                "supporters after the "
                "rally."
            ),
            (
                "Everyone should bring baseball bats to the protest Saturday in case things get "
                "heated."
            ),
            "The best way to deal with a bad landlord is to trash the apartment on your way out.",
            (
                "I followed the new code enforcement officer home last night. Nice "
                "house. Tell her I "
                "said hi."
            ),
            (
                "Just so everyone knows, I sit outside Alderman Ruiz's house most nights and write "
                "down who visits."
            ),
            "I put an AirTag on my ex's car so I always know where she is.",
            (
                "Everybody message the clerk's personal Facebook and tell her she's "
                "going to regret "
                "this."
            ),
            "Bring air horns and drown out every speaker at the next meeting until they give up.",
            "Someone needs to go down to city hall and start breaking windows.",
            "This town needs a good riot to wake people up.",
        ],
        [],
    ),
    # Threats whose sentence names an official (Kankakee only: § V.2.6 names 720 ILCS 5/12-9).
    "threats_to_officials": (
        KANKAKEE_ONLY,
        [
            "the mayor better watch his back, I'm serious",
            "if the council votes yes I'm bringing my rifle to the next meeting",
            "somebody needs to put a bullet in that judge",
            "Alderman Ruiz is going to get what's coming to him, count on it",
            "i will burn city hall to the ground with them inside",
            "Somebody should put the judge in the hospital for that ruling.",
            "If you see Officer Grant off duty, let him know we know where his kids go to school.",
            "The sheriff is going to find out what happens to people who cross us.",
        ],
        [],
    ),
    # Near-misses of every family, in every city.
    "near_misses": (UNLAWFUL_CLAUSES, [], NEAR_MISSES),
}


(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)


#: What the frames still miss (each a test that fails until it is fixed): acts whose words the
#: lexicon lacks ("the good stuff", "30 plants"), an honest-sounding claim ("tell the insurance
#: the car was stolen"), threats the threat patterns do not read, a report word inside the act
#: ("the officer who arrested my son").
GAPS_MISSED = [
    "been sitting outside the clerk's house every night this week watching who comes and goes",
    (
        "found his new number and his girlfriend's instagram, sharing so people can message them "
        "nonstop"
    ),
    "pulling up at the park tonight with the good stuff, hit my line",
    "who's trying to get some pills before the weekend",
    "growing 30 plants in the basement this year, come get some",
    "tell the insurance the car was stolen and collect",
    "Don't bother getting a building permit for your deck, the inspectors never come out.",
    "The easiest way to get rid of old paint is to pour it down the storm drain at night.",
    "Everybody call 911 at the same time during the meeting so they have to shut it down.",
    "I'm going to burn down the house of the next inspector who writes me up.",
    "Take the stop sign at the corner, it makes a great wall decoration.",
    "We need to teach the zoning board a lesson they won't forget, meet at their houses tonight.",
    (
        "I've been keeping a log of when the city clerk leaves work each day and which "
        "way she walks "
        "to her car."
    ),
    "If Alderman Brooks votes for the tax increase, he won't make it to the next election.",
    "The police chief better start his car carefully from now on.",
    (
        "Let's go down to the council meeting Tuesday and make so much noise they can't hold it. "
        "Bring air horns."
    ),
    "Call the non-emergency line a hundred times tonight so they can't answer real calls.",
    "Burn the county's warning notices if they tape one to your door, they can't prove you got it.",
    "I'm going to make a fake Facebook account in the mayor's name and post embarrassing stuff.",
    "Keep sending anonymous letters to the zoning administrator's house until he quits.",
    "Posting the home address of the officer who arrested my son so people can go talk to him.",
    "Mayor Jones, you should be careful walking to your car after meetings. Just saying.",
    "If the council passes this ordinance, somebody is going to get hurt.",
    "Let's all call 911 tonight and report fake emergencies to show them how it feels.",
]
GAPS_OFFICIAL = [
    "that building inspector won't make it home if he red tags my house",
    "the whole zoning board should be dragged out and hung",
]
#: Near-misses still cited (the families of an earlier session read them).
GAPS_FLAGGED = [
    "just tell amazon the package never arrived and they'll refund you",
    "Is it legal to buy pills from Canada without a prescription?",
]


@pytest.mark.xfail(strict=True, reason="a known gap of the frames (issue 9)")
@pytest.mark.parametrize("text", GAPS_MISSED)
def test_known_gaps_missed(text: str) -> None:
    """Each city cites its clause on an unlawful act the frames do not read yet."""
    for city, clause in UNLAWFUL_CLAUSES.items():
        assert_family_cited(city, clause, text)


@pytest.mark.xfail(strict=True, reason="a threat the threat patterns do not read (issue 9)")
@pytest.mark.parametrize("text", GAPS_OFFICIAL)
def test_known_gaps_official(text: str) -> None:
    """Kankakee cites § V.2.6 on a threat to an official that no pattern reads yet."""
    assert_family_cited(KANKAKEE, UNLAWFUL_CLAUSES[KANKAKEE], text)


@pytest.mark.xfail(strict=True, reason="a known false flag (issue 9)")
@pytest.mark.parametrize("text", GAPS_FLAGGED)
def test_known_gaps_flagged(text: str) -> None:
    """No city cites its clause on a near-miss the families still read."""
    for city, clause in UNLAWFUL_CLAUSES.items():
        assert_near_miss(city, clause, text)
