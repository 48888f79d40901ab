"""Commercial solicitation and copyright read by kinds of words paired, in every bundled city whose
policy has the clause (issue 9, the promo4 session).

Written before the rules, from our own heads, in the registers residents write in (phone-typed,
in capitals, with emoji, with typos). A solicitation is told by two kinds of words together in a
sentence or in adjacent ones: goods or a service (every trade a resident advertises: repairs,
lawn care, cleaning, hauling, tutoring, crafts, food, rentals, cars, beauty, pets), an offer's
words (selling, for sale, available, booking, now hiring, free estimate, message me, link in
bio), a price or a rate, a contact. A copy is told by a work (an article, a story, a photo, a
video, a film, a song, an album, a book, a game, software, a match streamed) and a way its copy
is given or got (pasted whole, past a paywall, downloaded, streamed free, reposted without
credit).

The near-misses are what residents write about commerce and copies without soliciting or
distributing: a question of where to buy or whom to hire, the city's own events, services and
jobs, a scam reported, a price complained of, a question about a yard sale, one sentence of a
story quoted with its link, the city's own photo shared, copyright law argued, the official
stream of a meeting. Kankakee § V.2.9 bans "advertising of any non-government related event, or
business or product for sale"; Montgomery County bans "promotions or endorsements of services or
products"; Kankakee § V.2.13 and Marseilles § 39.52(I) ban the "distribution of copyrighted
photographs, music, video, graphics or other content without the express permission of the
copyright holder"; Montgomery County bans "posting of any material that violates copyrights".
"""

from __future__ import annotations

from kankakee_verdicts import COPYRIGHT_CLAUSES, PROMOTION_CLAUSES, CityFamily, family_tests

FAMILIES: dict[str, CityFamily] = {
    # A trade or a service with an offer's words, a price or a contact.
    "services_offered": (
        PROMOTION_CLAUSES,
        [
            (
                "anyone need their carpets cleaned?? my husband has a machine, reasonable rates, "
                "message me"
            ),
            "Hauling junk, old furniture, appliances. Cheap! Call Mike 815 555 0190",
            "tutoring available for grades k-8, math and reading, DM me",
            "Need a ride to the airport? I do rides for $40, text me",
            "Nail tech here!! Doing full sets for $35 this week, book with me",
            "Offering piano lessons for kids and adults, first lesson free",
            "Im a licensed electrician, if you need any work done inbox me",
            "Snow plowing contracts available for the winter, driveways from $25",
            "Dog walking and pet sitting in the Riverview area, DM for rates",
            "We clean out foreclosures and garages, free quotes",
            "Mobile detailing!! We come to your driveway. Interior + exterior $120",
            "My wife does eyelash extensions, shes running a special this month, hit her up",
            "Anyone looking for a babysitter? I'm 17 and CPR certified, $12/hr",
            "I do computer repair and virus removal, fast and cheap, inbox me",
            "DOING TAX RETURNS OUT OF MY HOME AGAIN THIS YEAR, CHEAPER THAN H&R BLOCK, TEXT ME",
            "I fix lawn mowers and weed eaters, bring it by my garage on Oak st, $40 tune up",
            "my son is mowing lawns this summer to save for a car, $25 a yard, message me",
            "Painting interiors and exteriors, 15 yrs experience, call Steve for a free estimate",
            "alterations and hemming done fast, $10 a pair of pants, pm me",
            (
                "Offering house cleaning, weekly or biweekly, reliable and trustworthy, text "
                "815-555-0148"
            ),
        ],
        [
            "anyone know a good plumber? ours retired last year",
            "Where did everyone get their gutters done? looking for some names",
            "I've cleaned houses for 20 years and the new rental inspection rule is dumb",
            "the city is hiring lifeguards for the summer, apply on the city website",
            "Call public works at 815-933-0480 about the potholes, they answered fast",
            "my neighbor runs a mechanic shop out of his garage and the noise goes all night",
            "got three estimates for my roof and all of them were over $10k, insane",
            "is it legal to run a daycare out of your house in the city limits?",
        ],
    ),
    # Goods sold, with a price, an offer's words or a contact.
    "goods_sold": (
        PROMOTION_CLAUSES,
        [
            "Selling my 2012 honda civic, 140k miles, runs good. inbox me",
            "Puppies available!! 2 boys 1 girl, shots done, $400, message for pics",
            (
                "Home cooked plates every Friday, chicken, mac n cheese, greens, $12 a plate, "
                "dm to order"
            ),
            "Firewood for sale, seasoned oak, delivered",
            "selling fresh eggs from our farm, 4 a dozen, come by anytime",
            "Handmade wreaths ready for christmas, message me for pics and prices",
            "Selling Girl Scout cookies $6 a box, let me know how many u want",
            "I make custom cakes for any occasion!! check out my page Sweet Treats by Tina",
            "homemade tamales by the dozen, pork or chicken, order by wednesday",
            "2 kittens need homes, $50 rehoming fee, text for pics",
            "Brand new Graco car seat never used, 60 or best offer",
        ],
        [
            "where can I buy a compost bin in town?",
            "is anyone selling firewood around here? need a cord",
            "$4.29 for gas at the corner station is ridiculous",
            "for sale signs everywhere on my street, everyone is leaving town",
            "do i need a permit for a garage sale? planning one next month",
            "the new grocery store is finally open, about time",
            "they charge $15 for a copy of a police report, thats way too much",
            "Rent is $1200 for a one bedroom in this town, it's insane",
        ],
    ),
    # Rentals, jobs and events the writer advertises.
    "rentals_jobs_events": (
        PROMOTION_CLAUSES,
        [
            "3 bedroom house for rent on the east side, $950/mo, call for a showing",
            "NOW HIRING cooks and servers at Riverside Grill, apply within",
            "Apartment available Dec 1, 2br 1ba, water included, $800, call 815-555-0122",
            "Renting out my bounce house for birthday parties, $100 a day",
            "Craft fair at St Patricks church this Saturday 9-3, 40 vendors, come shop local!",
            "Selling raffle tickets for my sons baseball team, $5 each or 5 for $20, msg me",
            "Grand opening of our barbershop Saturday!! First 20 cuts free",
            "Get your Christmas photos done! Mini sessions $75, only 10 spots left, link in my bio",
        ],
        [
            "The city's fall festival is Saturday at the park, free admission",
            "Is the city still hiring snow plow drivers this winter?",
            "thanks to everyone who came to the church fish fry, we raised $2,000 for the roof",
            "the park district's summer camp signup opens Monday on their site",
            "hiring freeze at the city while there are no cops on the street? come on",
        ],
    ),
    # Pitches, codes, stores and teams: an offer's words with a shop, a link or a contact.
    "pitches": (
        PROMOTION_CLAUSES,
        [
            "Use my code SAVE20 for 20% off your first box",
            "link in bio for my handmade candles 🕯️",
            "I sell Avon, check out my online store, free shipping over $40",
            "Check out my etsy, I crochet hats and scarves",
            "Holiday sale on all my paintings, check out my website",
            (
                "Hey guys I just started my own cleaning business, please share! Call Maria "
                "815-555-0155"
            ),
            "DM me if you want to make an extra $500 a week",
            "We buy junk cars any condition, cash paid on the spot 815-555-0166",
            "Join my Pampered Chef party online, orders close Friday!",
        ],
        [
            (
                "Beware, someone is going door to door selling fake roof inspections, its a scam, "
                "call the police"
            ),
            "We lost our dog near 5th ave, please message me if you see him",
            "Please share this post so people know about the boil order",
            "The mayor's brother got the snow plowing contract, smells like a sweetheart deal",
            "Text KANKAKEE to 888777 to get the city's emergency alerts",
            "free flu shots are available at the health department this week",
        ],
    ),
    # An article or a story pasted whole, past a paywall, or copied word for word.
    "articles_pasted": (
        COPYRIGHT_CLAUSES,
        [
            (
                "Here's the whole Daily Journal article since it's behind a paywall: The city "
                "council voted Tuesday to raise water rates by 8 percent."
            ),
            (
                "Paywalled, so I copied it for yall: The county commissioners met Monday and "
                "approved the new jail contract."
            ),
            "pasting the full story for the people who cant get past the paywall",
            "Copied the Tribune story word for word below so you dont need a subscription",
            (
                "here's the entire sun-times article, copied off their site since you need to "
                "subscribe"
            ),
            "for those without a subscription here is the full text of the article",
        ],
        [
            "the Journal has a good story on the water rates today, worth reading on their site",
            (
                "The Journal quoted the mayor saying 'we will not raise taxes' "
                "(daily-journal.com/news/budget)"
            ),
            "paywalls on local news are so annoying, wish the paper was free",
            "the full budget is posted on the city website as a pdf",
            "The headline says council approves tax hike but the story says otherwise",
        ],
    ),
    # Photos and videos of others reposted without credit or taken.
    "photos_reposted": (
        COPYRIGHT_CLAUSES,
        [
            "Stole this photo from the Journal's facebook, look at the flooding",
            "reposting this pic I found on the Kankakee Photography page lol no credit",
            "posting the photographer's pictures from the parade, he won't mind",
            "Uploaded the news station's video of the fire to my page since they blocked sharing",
            "grabbed these off a photographers website, wont pay for them lol",
        ],
        [
            "Sharing the city's photo of the new park, looks great!",
            "someone stole my photos and posted them on marketplace, report them",
            "my photo of the sunset over the river, taken last night",
            "photo by Jane Smith, shared with her permission",
            "Is it legal to repost a news photo on facebook if you give credit?",
        ],
    ),
    # Films, music, games, software and matches handed out free or for a price.
    "media_handed_out": (
        COPYRIGHT_CLAUSES,
        [
            "free link to watch the Bears game tonight, no cable needed",
            "anyone want the new Zach Bryan album? I have all the mp3s, dm me",
            "if anybody wants the movie Wicked I have a copy on my laptop, bring a usb",
            "Download Minecraft free no virus",
            "I uploaded the whole concert video to my youtube since they wont sell it",
            "got the textbook for the community college bio class as a pdf, message me",
            "Selling DVD copies of all the Disney movies, $2 each",
            "just search the movie name plus 123movies, it's all free",
            "the entire season of Yellowstone is on my plex server, dm for login",
            "Photoshop free download, cracked version, works on windows 11",
        ],
        [
            "The council meeting is streaming live on the city's YouTube channel tonight",
            "Bears game is on channel 2 at noon, go bears",
            "I bought the album on iTunes, it's so good",
            "The library has free movies to stream with Hoopla, just need your card",
            "I watched the whole series on Netflix in one weekend",
            "free movie night at the park friday, showing Moana",
            "Does anyone have the link to the council meeting video?",
            "copyright law is way behind the internet, change my mind",
        ],
    ),
    # A second round, written after the first rules and measured before the last widening (a
    # phone or an email as a contact, "make an offer", "700 cash", "stealing"): solicitation 15
    # of 20, copies 9 of 12; what is still missed is left out here ("everything cheap, come by
    # saturday", "$80 full detail, we come to you", "scanned it for the class").
    "second_round_sales": (
        PROMOTION_CLAUSES,
        [
            "Got a litter of german shepherd pups ready at 8 weeks, $600, serious inquiries only",
            "I do gel nails out of my house, $30 a set, call or text 815-555-0137",
            "Lawn service!! weekly mowing starting at $35, call Jake",
            "Fresh deer jerky for sale, 10 bucks a bag, pm me",
            "anyone need help moving this weekend? me and my brother have a truck, $50 an hour",
            (
                "Math tutor with 10 yrs experience, all ages, rates are reasonable, email "
                "tutorjen@gmail.com"
            ),
            (
                "We're doing a spaghetti dinner at the VFW friday 5-7, $10 a plate, carry outs "
                "available"
            ),
            "I bake sourdough every week, loaves are 8 dollars, message me to get on the list",
            "Looking for work, I do drywall and painting, free estimates, call Luis",
            "My wife sells Scentsy, holiday catalog is out, hit her up if you want one",
            "Now accepting new clients for tax season, fast refunds, DM me",
            "2 bed 1 bath upstairs unit for rent, no pets, $750 + deposit, call 815-555-0199",
            "Selling half a beef, grass fed, $4.50 a pound hanging weight",
            "Personal training sessions available, first session free, check out my page",
            "Kids birthday party packages at our studio, book now spots filling up fast",
            "I braid hair, knotless braids $150, booking for december",
        ],
        [
            "Does anyone know who does gel nails around here? my regular girl moved",
            "How much does the city charge for a bulk trash pickup?",
            "paid $300 to get my gutters cleaned and they did a terrible job, avoid them",
            "The VFW spaghetti dinner was great last week, thanks to the volunteers",
            "My landlord raised the rent to $950, how is anyone supposed to afford this",
            "Selling the old fire station was a mistake, the city should have kept it",
            "There is a guy selling puppies outside Walmart, I called animal control, its a scam",
            "The library has free tax help on Saturdays, call them to book a slot",
            "Anyone else get a text from a number offering free lawn care? dont click it",
            "we need more affordable apartments for rent in this town",
            "my husband is a plumber and he says the water main is ancient",
        ],
    ),
    "second_round_copies": (
        COPYRIGHT_CLAUSES,
        [
            (
                "Here's the article since the Journal locked it behind a subscription: Police "
                "responded to a shooting on the east side early Sunday morning."
            ),
            "stealing this photo from the WGN facebook page, look how high the river is",
            "found this picture on some guys instagram, no idea who took it but here you go",
            "I recorded the Bulls game off my cable box, DM me and I'll send the file",
            "all the Marvel movies on one hard drive, $40, pick up only",
            "reuploading the news video since they took it down lol",
            "saved the photographer's proofs without paying, shes charging way too much anyway",
            "Whole episode of the new show is on my google drive for anyone",
            "Cut the watermark off the Getty photo so we can use it on our flyer",
            "posting the full text of the paywalled article below for everyone",
        ],
        [
            "The county posted photos of the new bridge on their page, they look great",
            (
                "Someone took my photos from my business page and used them in their ad, what "
                "can I do?"
            ),
            "Great article in the Tribune today about the food pantry, worth the subscription",
            "The fire chief said 'nobody was hurt' according to the Journal",
            "The library lends DVDs and you can stream movies free with your card",
        ],
    ),
}

(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)
