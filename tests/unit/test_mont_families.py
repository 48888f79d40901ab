"""Families of phrasing where Montgomery County's categories were weakest, read under the clause of
every bundled city whose policy has it (issue 9, the thirteenth session, mont).

Each family was written first as probes of our own, in the registers comments are written in
(phone-typed, in capitals, in a learner's English, in long posts where one sentence breaks the
rule), then read by the data files: threats promised after the writer meets the person, regret
and lessons dealt out, a visit in the present tense, an order to shoot; harassment by name and by
a posted address; defamation after a role set off by commas, a first name at a workplace, a
person described by where they work, an affair told as fact; promotions by kin, rentals,
bookings, sales, reviews that end in a recommendation and customers sent to switch; non-public
news under a heading, an insider keeping a secret, an employee's records, a login; staff's
routines and children's bus stops; small talk of pastimes, gadgets and prayers; another agency
named. The near-misses beside each are harsh criticism of an office, a thing ignored, the
writer's own family, a policy argued, a record already public, and are never cited under the
clause nor removed.
"""

from __future__ import annotations

from kankakee_verdicts import (
    DEFAMATION_CLAUSES,
    HARASSMENT_CLAUSES,
    MONTGOMERY,
    OFF_TOPIC_CLAUSES,
    PERSONAL_CLAUSES,
    PROMOTION_CLAUSES,
    SAFETY_CLAUSES,
    THREAT_CLAUSES,
    CityFamily,
    family_tests,
)

FAMILIES: dict[str, CityFamily] = {
    # Harm promised after the writer meets the person, regret and lessons dealt out.
    "threats_on_meeting": (
        THREAT_CLAUSES,
        [
            "IF I SEE THAT INSPECTOR ON MY PROPERTY AGAIN HE WONT WALK AWAY",
            "if i catch that meter reader in my yard again he won't walk out",
            "i'll make u regret ever crossing me, mark my words",
            "im going to make them regret ever shutting off my water",
            "Gonna teach that supervisor a lesson he wont forget",
            "me and my boys gonna find that trash collector and teach him a lesson",
            "keep ignoring my calls and see what happens to your windows",
        ],
        [
            "if i see the inspector again i will ask him about the permit",
            "gonna teach my kids a lesson about recycling lol",
            "you'll regret not signing up for paperless billing",
            "keep ignoring the problem and see what happens to the rates",
            "the director should be fired, he's incompetent and clueless",
        ],
    ),
    # A visit, an order to shoot and a comeuppance made sure of.
    "threats_other_ways": (
        THREAT_CLAUSES,
        [
            "my friend, i come to your office and break your face",
            "we come to your house and break your legs",
            "Put a bullet in the head of whoever approved this rate hike",
            "THE FOREMAN WILL GET WHAT'S COMING TO HIM, I'LL MAKE SURE",
            "your a dead man walking",
        ],
        [
            "i come to the office every week and break my back for this county",
            "this rate increase is killing me lol",
            "the paper put the rate hike on the front page",
            "Commissioner Lutz is a liar and a disgrace to this county",
        ],
    ),
    # A crowd sent at one person by name, or a person's address posted until they leave.
    "harassment_by_name": (
        HARASSMENT_CLAUSES,
        [
            "everyone go flood Karen Smith's inbox and phone til she quits",
            "lets all show up at the plant manager's house and make her life hell",
            "we gonna keep posting ur address till u move out of town, snitch",
            "we'll keep sharing her address till she leaves town",
        ],
        [
            "everybody show up at the commissioners meeting and make your voice heard",
            "keep calling the county until they fix the pickup schedule",
            "lets all show up at the hearing and make our case",
        ],
    ),
    # A crime or an affair pinned on a person named after a role, described by where they work,
    # or a first name at a workplace.
    "defamation_by_workplace": (
        DEFAMATION_CLAUSES,
        [
            "the inspector, Ron Patel, beats his wife, everybody knows it",
            "our clerk, Janet Moss, takes bribes from the haulers",
            "Jenny at the front desk is dealing drugs out of the county building",
            "Gary from billing has been stealing from the county for years",
            "that lady at the permit counter embezzled thousands from the county",
            "the guy at the transfer station embezzled the scrap money",
            "Commissioner Hale is sleeping with the contractor's wife, that's how they got it",
            "Director Ames has been sleeping with his secretary",
        ],
        [
            "the guy at the gas station stole my card",
            "the lady at the front desk stole my heart, so kind",
            "Gary from billing is great, he fixed my account",
            "Director Ames has been working with the state on the grant",
            "Commissioner Hale is sleeping on the job with these rates",
            "the commissioners are stealing from us with these rates, its highway robbery",
        ],
    ),
    # Work of the writer's kin or crew, rentals, bookings and sales, as adverts write them.
    "adverts_by_kin_and_season": (
        PROMOTION_CLAUSES,
        [
            "My cousin does lawn mowing for $25 a yard, hit him up",
            "my husband does drywall and painting, cheap, call him",
            "anyone need a dumpster rental? we got 10 and 20 yard available, dm",
            "porta potty rentals available for your party, pm",
            "Mobile car detailing, we come to you! Booking now for spring",
            "Shop local at Oak Hardware this weekend, huge sale on garden hoses",
            "Tired of high water bills? Install our rain barrels, order at our store on Main",
            "Avon rep here! New catalog is out, ask me for a copy",
            "DAYTON'S #1 TREE SERVICE - STUMP GRINDING - CALL NOW",
            "for anyone with sewer backup, my brother company fix very fast and cheap, call him",
        ],
        [
            "my husband does the recycling in our house",
            "the sale of county land was a mistake",
            "Does anyone know a good plumber? my basement flooded",
            "Couldn't care less what you call them, the road is never used",
            "the tree service knocked my mailbox over, who do I call?",
        ],
    ),
    # Customers sent to a business: to switch to it, to buy from it, after a review.
    "endorsements_by_review": (
        {MONTGOMERY: "promotions"},
        [
            "Rumpke is so much better than the county, switch to them asap",
            "Kettering Hauling is way cheaper than the county, switch to them",
            "Try Miller's Septic, they pumped our tank in an hour and were super cheap, 10/10 would"
            " recommend",
            "Call Ace Septic, they came out on a Sunday and fixed everything, would highly"
            " recommend",
            "Honestly everyone should get their trash service from GreenWay Disposal, cheapest",
            "everyone should buy their mulch from Green Acres Farm",
        ],
        [
            "the county should switch to a cheaper hauler",
            "I would recommend calling the county hotline first",
            "should we switch to Rumpke?",
            "Kettering is better than the county at plowing, just saying",
            "use the County's app, it works fine and was quick, would recommend",
        ],
    ),
    # News the public has not been told, under a heading or from an insider keeping it quiet.
    "non_public_news": (
        {MONTGOMERY: "confidential"},
        [
            "Leaked memo from the director: they plan to lay off 40 workers in January",
            "leaked email from the commissioner: they are raising sewer rates 15% in march",
            "inside info: the county is buying the Smith farm for the new landfill",
            "confidential: the union offer is 2.5% and management will go to 3%",
            "per internal email, layoffs in the sewer division start march 1",
            "they are closing the Vandalia drop-off site, it hasn't been announced yet",
            "an employee told me the water test results came back bad but they're keeping it"
            " quiet till after the meeting",
            "my cousin at the county says they are closing the Dryden road station next year but"
            " nobody supposed to know yet",
            "I work in billing and I can tell you Mr. Thompson at 55 Oak St owes $4,300",
        ],
        [
            "The director announced layoffs at the public meeting yesterday",
            "the closing of the drop-off site was announced last month",
            "an employee told me the pickup would be late, thanks for letting us know",
            "Can you keep my complaint confidential?",
            "I heard rumors of layoffs, can the county confirm or deny?",
            "the layoffs haven't been announced yet, so quit asking",
            "the internal audit was released to the public last week, read it",
        ],
    ),
    # A login, an informant named after what they told.
    "logins_and_informants": (
        SAFETY_CLAUSES,
        [
            "I found the employee login: user admin pass Welcome1",
            "login is user jsmith pass Summer2025 for the portal",
            "The informant who told the sheriff about the dumping is Mark Ellis",
        ],
        [
            "my login doesn't work on the payment portal",
            "The password reset on the payment portal doesn't work",
            "the sheriff told the reporters the suspect was arrested",
        ],
    ),
    # Staff's routines, a person home alone, children at a bus stop at a time.
    "routines_and_bus_stops": (
        PERSONAL_CLAUSES,
        [
            "the route driver leaves his house at 5am every day and his wife is home alone",
            "the inspector leaves his house at 6am every day",
            "Tina from HR lives alone on Kline St",
            "The director's kids wait at the Centerville high school bus stop at 7:10 every"
            " morning",
        ],
        [
            "the route driver was early today, thanks",
            "the director lives here and should see how bad the roads are",
            "my kids wait at the bus stop at 7:10 and the road is dark",
        ],
    ),
    # Pastimes, gadgets, prayers far away, a favourite place: small talk.
    "small_talk_of_pastimes": (
        OFF_TOPIC_CLAUSES,
        [
            "Weather is gorgeous today, going fishing!",
            "anyone going fishing this weekend? heard the crappie are biting",
            "OMG did u see the new iphone",
            "prayers for everyone affected by the hurricane in Florida",
            "@Linda did you ever find out about your sister's wedding?",
        ],
        [
            "going to the recycling center this weekend, is it open?",
            "prayers for the crew member who got hurt on the street",
            "is the county office open the Friday after?",
        ],
    ),
    # Another agency named, in a comment that says "it's" (a possessive is no page's word).
    "other_agencies": (
        {MONTGOMERY: "off-topic"},
        [
            "ODOT needs to fix the I-75 construction, it's a nightmare",
            "the FAA should ban drones over neighborhoods",
            "The Ohio Department of Health website keeps crashing",
        ],
        [
            "the county and ODOT are fixing the road together, it's about time",
            "does the county sheriff's office handle drones?",
        ],
    ),
}


(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)
