"""Unlawful acts read as a verb phrase whose object is a typed slot (issue 9, the unlawful5
session): Kankakee § V.2.6, Marseilles § 39.52(H), Montgomery County's "promoting illegal
activity".

The comments were written before the rules, from the classes of act the clauses reach (a person
harmed, another's property or a public place damaged, taken or entered, a fee, a tax or a
ticket dodged, a controlled thing sold, an agency deceived for money) said beside a speech act
that promotes them (a call, a plan, a lesson, an offer), in the register of residents. Beside
them, near-misses: reports of crimes, lawful protest, criticism of officials, questions about
what is legal, civic errands that name the same places, idioms, negation.
"""

from __future__ import annotations

from kankakee_verdicts import UNLAWFUL_CLAUSES, CityFamily, family_tests

VIOLATIONS = [
    # Another's property damaged: the owner's possessive or a relation before the thing.
    "lets go let the air out of the neighbors tires tonight lol",
    "someone needs to pour sugar in his gas tank",
    "somebody should slash the tires on the city trucks",
    "I'm gonna knock down every one of their mailboxes with a bat",
    "we should break the windows at the water plant so they have to fix it",
    "lets bust out the streetlights on 4th so the cameras cant see",
    "yall should put nails in the driveway of the guy who called the cops",
    "we should flatten the tires on every car parked on our block",
    "lets all egg the police station on halloween",
    "somebody needs to smash the red light cameras on Court St",
    "lets go throw all the library books in the river",
    "I'm gonna cut his fence and let the dogs out",
    "somebody oughta glue the locks at city hall shut",
    # Taken without paying, or from another.
    "easiest way to get free gas is pump and drive off, the station on court st has no cameras",
    "you can walk right out of walmart with a full cart, the greeters wont stop you",
    "tonight we take the copper wire out of that empty school",
    "we should take the bikes from the rack at the train station, nobody locks them",
    "take the new bench from the park, its not even bolted down",
    "fill up your truck from the citys mulch pile at night, nobody watches it",
    "Im gonna hook my hose up to the hydrant on the corner and fill the pool",
    "lets go pick all the tomatoes in the community garden before the owners do lol",
    # A fee, a tax or a ticket dodged; an agency deceived for money.
    "how to get out of paying your parking tickets: just give them a fake address",
    "heres how you skip the toll on 57, tailgate a semi right through the gate",
    "just tell the unemployment office youre still looking for work, they never check",
    "tell FEMA your basement flooded too, they pay out without looking",
    # Dumping.
    "yall should dump your old couches in the park after dark, city hauls it away for free",
    "throw your trash over the fence into the county lot, saves the dump fee",
    "just drain your old oil down the storm drain, nobody checks",
    # Entering where not allowed.
    "lets all go fishing at the reservoir tonight, ignore the no trespassing signs",
    "we should sneak into the old hospital and take whatever copper is left",
    # A person harmed, or paid to be.
    "ill pay anyone 50 bucks to beat up my exs new boyfriend",
    "someone should cut the brake lines on his truck",
    "we ought to show up at his house with bats and run him out of town",
    # Controlled things.
    "sell your adderall at school, easy money",
]

NEAR_MISSES = [
    "someone stole my bike from the rack at the train station, please share",
    "kids smashed the windows at the water plant again, where are the police",
    "is it legal to dump grass clippings in the ditch behind my house?",
    "we should all pack the council meeting and demand answers",
    "lets march to city hall saturday and make our voices heard",
    "the mayor should be thrown out of office at the next election",
    "someone needs to fix the streetlights on 4th, its pitch dark",
    "I'm gonna call the city about the tires dumped in the park",
    "we should take the old couches to the dump on saturday, its free that day",
    "how do I get a permit to cut down the tree in my yard?",
    "never let the air out of someones tires, it can cause a wreck",
    "police should ticket the people parking in the handicapped spots",
    "somebody keyed my car at the mall last night",
    "lets all show up tuesday and fight the water bill increase",
    "we should stop paying for the mayors trips",
    "easiest way to pay your parking ticket is online at the city site",
    "I'm going to plant flowers in the park with the garden club",
    "who wants to help pick up trash in the park saturday?",
    "we should take the bikes to the repair clinic at the library",
    "the city trucks are destroying our roads, someone needs to do something",
    "lets break the record for most food donated this year!",
    "just tell the unemployment office the truth, they were helpful to me",
    "you can return stuff at walmart without a receipt, they give store credit",
    "my neighbor keeps dumping leaves in the street, is that allowed?",
    "hey KPD someone is stealing copper from the empty school on 5th right now",
    "we should cut down the dead tree in the park before it falls on someone, call public works",
    "lets sit in at the mayors office until he listens to us",
    "going to fill my truck with free mulch from the city pile, its open to residents",
    "I'm gonna pay my property taxes under protest this year",
    "the council is robbing us blind with these fees",
    "the county should take the bench out of the park, nobody uses it",
    "someone should tell the water plant their website is down",
    "we should flood the city council inbox with emails about the pool",
    "I'm going to smash my old tv with a hammer before recycling it",
    "you can fish at the reservoir with a state license, its open till dusk",
    "the guy who slashed the tires on the city trucks got 6 months, good",
]

#: A second round, written after the first rules and measured before any change they suggested.
SECOND_VIOLATIONS = [
    "somebody go slash the tires on that cop car parked on 3rd",
    "we oughta spray paint the new mural downtown, its ugly anyway",
    "lets TP the aldermans house this weekend",
    "gonna pop every tire in the Kroger lot tonight",
    "yall should dump your leaves in the creek, way easier than bagging",
    "throw your old paint cans in the river, nobodys gonna know",
    "I'm gonna sneak into the water plant and go swimming in the tank lol",
    "lets steal the flags off the graves at the cemetery and sell them",
    "easiest way to get copper is pull it out of the empty houses on the east side",
    "somebody should knock over all the speed cameras on route 50",
    "we should smash the windshields of every car with a bumper sticker we dont like",
    "I'm gonna ram his truck next time I see it",
    "lets go egg the mayors car after the meeting",
    "just cut the lock on the gate at the quarry and go swimming",
    "go ahead and pour bleach on the neighbors flowers, she'll never know it was you",
    "I will give anybody 20 bucks to key that guys car",
    "yall should pump gas at caseys and just drive off, they never chase",
    "dump your grass clippings in the ditch by the school, the city never checks",
    "how to get free water: just hook up to the hydrant behind the church",
    "we should rip down the signs the city put up on Main",
]

SECOND_NEAR_MISSES = [
    "someone slashed the tires on a cop car on 3rd last night, thats messed up",
    "we should paint the mural at the library together, volunteers needed",
    "lets clean up the graves at the cemetery for memorial day",
    "I'm gonna pop by the park tonight for the concert",
    "can I dump leaves in the creek or is that a fine?",
    "drop off old paint cans at the hazardous waste day saturday",
    "who broke the windows at the library? call KPD with tips",
    "the city should take down the speed cameras on route 50",
    "we should all egg on the council to fix the roads",
    "lets knock out the pothole repairs before winter",
    "I'm gonna cut the grass at the park since the city wont",
    "never throw your trash in the river, it ends up in the lake",
    "if you see someone pumping gas and driving off at caseys, report it",
    "we should take down the old posters and put up new ones for the fair",
    "my son and I are gonna pick apples at the orchard this weekend",
]

#: The families a development set's read half showed missed, in this session's own words (written
#: after the rules for them: they prove the families read, not that they generalise), and a person
#: assaulted as the object of a call.
THIRD_VIOLATIONS = [
    "water bill too much? just bypass the meter with a jumper, 5 minute job",
    "somebody pull the gas meter on that landlords building, see how he likes it",
    "spotlight them from the road after 10, the does just stand there",
    "we got two bucks before season last year, come out with us saturday",
    "old mattress? roll it over the bluff past the boat ramp, everybody does",
    "burn your garbage out back, the township never checks",
    "call 911 and say theres a shooter at the school so the test gets cancelled",
    "keep collecting your unemployment even after you get hired, they take months to notice",
    "verdict drops tomorrow, we hit every store downtown and grab whatever, spread the word",
    "theres a ton of copper wire inside that empty factory on river st, go get it",
    "y'all should go rough up the landlord on 5th until he fixes the heat",
    "somebody needs to punch the alderman in the mouth",
    "just run that guy over next time he blocks your driveway",
    # A gap of the sixteenth session read once a stop denied is no veto.
    "Shoplifting from the Walmart on Route 50 is easy, they never stop you at the door.",
    # A gap of the fifteenth session read by wild animals killed at a public place.
    "shooting geese at the park pond for dinner, anyone want some",
]

THIRD_NEAR_MISSES = [
    "the water department pulled our meter to replace it, took an hour",
    "deer season opens saturday, get your tags at the county clerk",
    "somebody rolled a mattress over the bluff again, public works please come get it",
    "is burning garbage legal in the township? asking before I buy a barrel",
    "if you see a fire call 911 and say where it is, dont wait",
    "the store on court st was hit by thieves last night, police are looking for two men",
    "the city is replacing the copper pipes at the water plant this summer",
    "we should slap the landlord with a lawsuit",
    "I'm gonna beat the traffic and get to the parade early",
    "they will vote you out, we will beat you at the ballot box",
]

FAMILIES: dict[str, CityFamily] = {
    "a third round": (UNLAWFUL_CLAUSES, THIRD_VIOLATIONS, THIRD_NEAR_MISSES),
    "typed objects and broad acts": (UNLAWFUL_CLAUSES, VIOLATIONS, NEAR_MISSES),
    "a second round": (UNLAWFUL_CLAUSES, SECOND_VIOLATIONS, SECOND_NEAR_MISSES),
}

(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)
