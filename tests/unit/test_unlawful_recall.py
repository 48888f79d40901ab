"""Recall on unlawful acts by families, in every bundled city (issue 9, the fifteenth session,
unlawful): Kankakee § V.2.6 ("contains or encourages violence or the violation of any federal,
state or local law"), Marseilles § 39.52(H) ("conduct or encouragement of illegal activity") and
Montgomery County's "comments promoting illegal activity or posting of any material that
violates copyrights or trademarks of others".

The comments were written before any rule, in the register of residents (typos, slang, all
caps), one family at a time: illegal goods and services offered or sought (drugs by street
names, pills without a prescription, guns without papers, stolen goods, fake papers, untaxed
cigarettes, a utility hooked up, work without a permit), counterfeit goods, unlawful acts
organised, crimes urged against property or people, game poached, waste dumped, the police
evaded to break the law, fraud schemes, pirated copies offered. Beside them, near-misses that
must never be cited under the clause nor removed: news and reports of crimes, victims asking for
help, debates about legalisation, lawful sales, questions about the law, jokes between friends,
criticism of the police, harm reduction from health services, history, and lawful acts that
share the words ("meet at the park at midnight for the meteor shower", "who's down to clean up
the graffiti").

Before any rule the first round read 22, 25 and 30 of its 83 comments in Kankakee, Marseilles and
Montgomery County (the pirated copies counted under each city's copyright clause) and cited two
near-misses; after the families, 73, 73 and 78, and one pun. The second round, written after the
first rules, read 18 of 30. What is still missed or flagged is listed at the end, as strict
expected failures.
"""

from __future__ import annotations

import pytest

from kankakee_verdicts import (
    COPYRIGHT_CLAUSES,
    UNLAWFUL_CLAUSES,
    CityFamily,
    assert_family_cited,
    assert_near_miss,
    family_tests,
)

FAMILIES: dict[str, CityFamily] = {
    # Illegal goods and services offered or sought: drugs by their street names, pills without a
    # prescription, guns without papers, stolen goods, fake papers, untaxed cigarettes, a utility
    # or cable hooked up, work done without the permit.
    "illicit_goods_offered_or_sought": (
        UNLAWFUL_CLAUSES,
        [
            "got that gas, 35 an eighth, pull up",
            "who got the za?? need some loud asap",
            "anybody got blues? paying cash",
            "selling carts 2 for 50, hmu",
            "shrooms for sale, dm me",
            "who tryna buy some addys before finals",
            "need a plug in kankakee for percs",
            "GOT ZIPS OF LOUD $120 TEXT ME",
            "i got molly for the concert if anyone needs, 20 a cap",
            "I have extra adderall if anyone needs it, $5 a pill",
            "can get u xanax without a script",
            "selling my leftover oxy from my surgery, msg me",
            "anyone have some suboxone they can spare? will pay",
            "got a bottle of norcos, make an offer",
            "got a 9 for sale, no paperwork, cash only",
            "anyone need a strap? no background check needed",
            "i can make you a ghost gun, completely untraceable",
            "AR lower for sale, no serial, dont ask",
            "selling a glock switch, turns it full auto",
            "brand new dewalt drills still in the box, fell off a truck lol $50 each",
            "got a bunch of catalytic converters for sale, dont ask where they came from",
            "iphone 14 cheap, no box no charger, dont ask questions",
            "buying catalytic converters cash, no title no questions",
            "selling a trailer, no title, got it from a buddy, 300 takes it",
            "making fake ids $100 each, they scan",
            "who needs a fake for the bar? my guy does scannable ones",
            "I can get you a doctors note for work, looks legit, $20",
            "need a fake paystub for an apartment? i make them",
            "selling cartons of newports from indiana, no tax stamp, half the price of casey's",
            "untaxed smokes cheaper than casey's, hmu",
            "loosies 50 cents at my porch on 5th",
            "I can hook up your cable for free, $50 one time",
            "I'll jump your electric meter so you dont have to pay comed",
            "I can get you free netflix and free cable, all channels, one time fee",
            "no permit needed, I do roofs cash, the city never knows",
            "we do electrical work without permits, way cheaper than the licensed guys",
            "skip the permit, I'll build your deck this weekend, inspectors never come out",
        ],
        [
            "selling my deer rifle, FFL transfer only, must have a valid FOID",
            "Selling firewood $80 a cord, call 815-555-0111",
            "garage sale saturday, tools furniture and kids clothes",
            "selling authentic nike dunks, receipt included, $120",
            "the dispensary on court st has a sale on edibles this weekend",
            "selling my old cable box, works great, $20",
            "fresh venison jerky made from my legal buck, tagged and checked in, giving some away",
            "licensed electrician, permits pulled for every job, free estimates",
            "free narcan and fentanyl test strips at the health department, no questions asked",
            "the syringe exchange is open tuesdays, no ID needed",
            "if you use, never use alone, call the never use alone hotline",
            "drug take back day saturday, drop off unused prescriptions, no questions asked",
            "anonymous testing for STDs, no insurance needed, walk ins welcome",
        ],
    ),
    # Counterfeit goods offered (a federal crime; Montgomery County's trademarks too).
    "counterfeit_offered": (
        UNLAWFUL_CLAUSES,
        [
            "selling replica jordans 1:1 quality, cant tell the difference",
            "fake yeezys 60 bucks, message me",
            "knockoff louis bags for sale, look just like the real ones",
            "counterfeit 20s look real lol, 5 for 1",
            "rep gucci belts in stock, cheap",
        ],
        [],
    ),
    # Unlawful acts organised: a place and a time, the tools, the invitation.
    "unlawful_acts_organised": (
        UNLAWFUL_CLAUSES,
        [
            "who's down to tag the overpass",
            "meet at the park at midnight, bring bolt cutters",
            "anyone wanna hit the construction site tonight for copper",
            "lets egg the mayors house saturday",
            "lets all go swimming in the quarry after dark, hop the fence",
            "bring ski masks and crowbars, we hit the storage units at 2am",
            "takeover at the kmart lot saturday 11pm, bring ur whips",
            "who's racing on river road tonight",
            "roll race on 57 after midnight, $500 pot",
        ],
        [
            "we need a permit for the block party on elm, who do I call?",
            "the fireworks show is at the park at 9, bring blankets",
            "meet at the park at midnight for the meteor shower, bring blankets",
            "who's down to clean up the graffiti on the overpass saturday",
            "lets hit the farmers market saturday, the peaches are in",
            "the drag races at the kankakee speedway are saturday night",
            "my cable went out again, comcast is the worst",
            "new tires at discount tire, great deal, no complaints",
            "I'll hook you up with my guy, he does great roofs, fully licensed",
            "the kids tagged along to the meeting",
            "bring your old paint to the hazardous waste drop off saturday",
            "the river road is closed for paving, take route 50 instead",
            "selling my old dvd collection, all original, $1 each",
            "copies of the council minutes are free at the clerk's office",
            "does anyone know a good place to get my windows tinted legally?",
            "i need a plug adapter for europe, anyone have one",
            "i got blues tickets for friday, who wants them",
            "this beat goes hard, who got the loud speakers",
            "the cops pulled me over for a tail light, took 5 minutes, nice guy",
            "we shot some geese with our cameras at the nature preserve",
            "dumped my ex, best decision of 2026",
            "the car wash fundraiser saturday, $5 a car",
        ],
    ),
    # Crimes against property or people urged, game poached, waste dumped.
    "crimes_urged": (
        UNLAWFUL_CLAUSES,
        [
            "somebody should slash that guys tires",
            "if he parks there again key his car",
            "beat his ass when he comes out of the bar",
            "someone needs to throw a rock thru that landlords window",
            "go smash his mailbox, he deserves it",
            "deer are thick on the state land, go spotlight em tonight",
            "season's closed but who's checking lol, freezers empty, gonna go get a doe",
            "take as many crappie as you want, nobody counts, forget the limit",
            "just toss ur old tires behind the old mill, nobody cares",
            "dump your old paint in the storm drain, thats what i do",
            "drop your old mattress at the end of cemetery rd at night, no one will know",
        ],
        [
            "im gonna steal your grandmas pie recipe lol",
            "my kids are little thieves, they stole all the cookies",
            "i would sell my soul for a snow day",
            "my husband hijacked the remote again",
            "Mike is a menace on the dance floor, somebody arrest him lol",
            "that price is highway robbery",
            "we totally crashed the party, they had the best cake",
            "during prohibition people ran moonshine through kankakee",
            "al capone used to hide booze in the tunnels downtown",
            "my grandpa used to tell stories about bootleggers on the river",
            "the old mill was a speakeasy in the 1920s",
        ],
    ),
    # The police evaded to break the law (drunk, on a warrant, fleeing).
    "enforcement_evaded": (
        UNLAWFUL_CLAUSES,
        [
            "DUI checkpoint on 45 tonight, take the river road if you've had a few",
            "if u got a warrant stay off court st, they're running plates",
            "if the cops light you up just dont stop, they cant chase past the county line",
            "cops sitting at the walmart lot, go the back way if ur driving on a suspended license",
        ],
        [
            "the cops in this town are useless, they never patrol my street",
            "KPD ran another checkpoint, what a waste of taxpayer money",
            "police harassment of black drivers in this county has to stop",
            "the sheriff should be investigated for how he handled the jail",
            "is it legal to burn leaves inside city limits?",
            "do I need a permit to build a deck?",
            "can I hunt on my own land without a license?",
            "is it illegal to drive around a road closed sign if I live on that street?",
            "whats the fine for dumping in kankakee?",
            "is it legal to sell homemade food at the farmers market?",
            "can the police search my car at a checkpoint?",
            "how do I report someone selling fake tickets?",
        ],
    ),
    # Fraud schemes taught or offered.
    "fraud_schemes": (
        UNLAWFUL_CLAUSES,
        [
            "EASY MONEY: keep collecting unemployment while u work cash, they never check",
            "claim your girlfriends kids on your taxes, bigger refund",
            "i'll buy your EBT card, 60 cents on the dollar",
            "need a card to shop with? i got fullz cheap",
            "just say your check got lost and they send another one, double money",
            "order it on amazon, say it never came, free stuff",
            "SELLING STOLEN GAS CARDS CHEAP INBOX ME",
        ],
        [
            "someone stole my catalytic converter last night, who do I call??",
            "my neighbor is stealing my cable, what can I do",
            "somebody keeps dumping trash behind my garage, how do I report it",
            "got scammed buying a puppy online, is there anyone at the city I can talk to",
            "someone spray painted my fence, does the city help with graffiti removal",
            "my car got keyed in the library lot, are there cameras?",
            "there's a guy selling pills outside the high school, please do something",
            "I think my kid bought a fake id, what are the penalties",
            "weed should be legal everywhere, its less harmful than alcohol",
            "decriminalize psychedelics, they help veterans with ptsd",
            "gun laws dont stop criminals, criminals dont follow laws",
            "the wheel tax is legalized theft",
            "street racing would stop if we built a drag strip",
            "sports betting should be legal in this state",
            "police arrested a man for selling counterfeit jordans at the flea market",
            "two teens were charged with spray painting the overpass last night",
            "sheriff says catalytic converter thefts are up 40% this year",
            "man busted with 3 ounces of meth on court st, per the daily journal",
            "KPD seized 200 fake ids from a house on 4th ave",
            "they caught the guys who were street racing on river road",
            "a man was cited for dumping tires behind the old mill",
            "DNR charged three hunters with spotlighting deer on state land",
            "the article says someone was selling untaxed cigarettes out of a van",
            "the feds shut down a site selling pirated movies",
        ],
    ),
    # Pirated copies and cracked software offered (Montgomery County's infringement).
    "infringement_offered": (
        COPYRIGHT_CLAUSES,
        [
            "selling dvds of all the new movies $5 each",
            "I got cracked photoshop on a usb, $20",
            "firestick fully loaded, all channels free, no cable bill, $60",
            "windows 11 keys $5, dm",
            "bootleg copies of the new marvel movie, pick up on main st",
        ],
        [
            "the feds shut down a site selling pirated movies",
            "selling my old dvd collection, all original, $1 each",
            "the library lends new movies free with your card",
            "I bought photoshop, the license was worth it",
        ],
    ),
    # A second round written after the first rules, other words and other goods: the first
    # rules read 18 of its 30 comments; the families were then widened, not the rows.
    "second_round": (
        UNLAWFUL_CLAUSES,
        [
            "anyone selling percs? need 3 tonight",
            "who got xans, paying good",
            "I got extra vyvanse from my prescription, 10 a pill, message me",
            "ghost guns for sale, no serial, cash",
            "got a handgun for sale, no background check, meet in the walmart lot",
            "brand new generator, fell off the truck, $200 obo",
            "stolen bikes cheap, dont ask",
            "im selling fake ids, look real, 80 each",
            "selling counterfeit airpods, look just like the real thing, $40",
            "no tax stamp cigs, $40 a carton, dm me",
            "we do roofs without permits, half the price",
            "lets all hop the fence at the pool tonight",
            "meet behind the school at 1am, bring crowbars",
            "who wants to spray paint the water tower saturday night",
            "somebody should bust out the windows at the landlord's office",
            "if the game warden comes just run",
            "DUI checkpoint at the bridge, go around on 3rd if youve been drinking",
            "spotlight deer on the county road, nobody checks",
            "dump your old couch in the ditch on 4000 rd, no one will know",
            "street race on route 17 saturday night, $200 buy in",
            "claim your nephew on your taxes, he lives with his mom but whatever",
            "GOT THAT GAS 40 AN EIGHTH HMU",
            "tryna buy some shrooms for the weekend, who got em",
            "selling my dads old oxycodone, he doesnt need them anymore",
            "who needs a license plate with no registration, I make them",
            "hook your cable up free, one time 40 bucks",
            "keep your unemployment going while you work cash, they never find out",
        ],
        [
            "my percocet prescription ran out, how do I get a refill on a weekend?",
            "police seized ghost guns from a home on Elm",
            "a stolen bike was found by the river, is it yours?",
            "is it legal to sell cigarettes from another state?",
            "selling my 20 gauge shotgun, FFL transfer, FOID required",
            "the library has free movies and music with your card",
            "the county needs to do something about illegal dumping on 4000 rd",
            "someone dumped a couch in the ditch on 4000 rd, who picks it up",
            "kids were racing on route 17 again last night, where are the cops",
            "the game warden gave my uncle a ticket for fishing without a license",
            "the city turned off my water by mistake, who do I call?",
            "who's down to pick up trash along the river saturday",
            "meet behind the school at 1pm for the cleanup, bring gloves",
            "the landlord's office windows got busted out last night",
            "the DUI checkpoint caught 4 drunk drivers, good job KPD",
            "anyone have a spare charger? will pay",
            "who got the best pizza in town? need some za tonight",
            "selling girl scout cookies, $6 a box, message me",
            "selling my old Nike shoes, worn twice, $40",
            "I'd never buy stolen stuff, it just funds more theft",
            "harm reduction kits free at the clinic, no questions asked, no ID needed",
            "decriminalizing weed saved the county money",
            "my grandpa ran moonshine during prohibition, wild stories",
            "the fireworks are illegal in town, please be careful",
            "somebody stole my generator, check your cameras",
            "the pharmacy said no refills without a prescription",
            "fake ids are a problem at the bars downtown",
            "counterfeit bills are going around, check your twenties",
            "I got a permit for my deck, took 2 weeks",
            "claiming your kids on your taxes is easy if you use the free filing site",
        ],
    ),
}


(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)


#: What the families still miss or flag wrongly, each a test that fails until it is fixed (then
#: it moves to the families): a drug's street name that is also a first name ("tina"), a
#: utility turned back on after a shutoff, graffiti said in its own slang ("bombing"), trespass
#: waved off ("its posted but who cares"), game taken in a park, a lie to get benefits told
#: as "they give you a new one", and a joke that robs a bank "of its free lollipops".
GAPS_MISSED = [
    "lookin for tina, who got it",
    "city shut off your water? I'll turn it back on for $40",
    "bring spray paint to the skatepark tonight, we're bombing the new wall",
    "who wants to go cow tipping on the miller farm tonight, its posted but who cares",
    "can turn your gas back on after they shut it off, $60",
    "just claim you lost your EBT card and they give you a new one with more money",
    "need a plug for some za, anyone?",
    # Nor do the typed objects of the eighteenth session (unlawful5): a tree whose owner the
    # words do not tell, a utility tapped by a word of the trade, an agency deceived by a claim
    # that reads as honest, a beating under a condition, a tax skipped or minors asked with no
    # call.
    "if that guy shows up again beat him senseless and dump him on his porch",
    "pay me in cash and we skip the sales tax, win win",
    "any sophomores want in, we got three kegs and my parents are gone",
    "we should chop down that tree in the neighbors yard while hes away",
    "just swap the price tags at menards, self checkout never notices",
    "how to get cable for free: splice your line into the box on the pole",
    "easiest way to get more food stamps is say your boyfriend doesnt live with you",
    "just use your dead grandmas handicapped placard, works every time",
    "put your business address at your moms house in the county so you dont pay city tax",
    "who wants to split a pound, I know a guy in chicago",
]
GAPS_FLAGGED = [
    "lets rob the bank... of its free lollipops haha",
]


@pytest.mark.xfail(strict=True, reason="a known gap of the families (issue 9)")
@pytest.mark.parametrize("text", GAPS_MISSED)
def test_known_gaps_missed(text: str) -> None:
    """Each city cites its clause on an unlawful act the families do not read yet."""
    for city, clause in UNLAWFUL_CLAUSES.items():
        assert_family_cited(city, clause, text)


@pytest.mark.xfail(strict=True, reason="a known false flag of the families (issue 9)")
@pytest.mark.parametrize("text", GAPS_FLAGGED)
def test_known_gaps_flagged(text: str) -> None:
    """No city cites its clause on a joke the families still read as a plan."""
    for city, clause in UNLAWFUL_CLAUSES.items():
        assert_near_miss(city, clause, text)
