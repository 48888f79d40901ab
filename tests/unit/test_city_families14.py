"""Families of phrasing each bundled city's policy names, read by the data files of the
detectors their categories map (issue 9, the tenth session).

Each family is written several ways under the clause of every city whose policy prohibits it,
beside near-misses that must not be cited under that clause and are never removed: a public
safety officer's home after an abbreviated title in lower case or after "the end of" (Kankakee
§ V.2.11, Marseilles § 39.52(F), Montgomery County's confidential information); an appeal to
elect a name written in lower case (campaign advocacy in every city); a business praised after
"at", "by" or "to" in a review (Montgomery County's endorsements); a department's voice taken
(impersonation, Kankakee § V.2.7); hoaxes and alarms with words between (false information,
Kankakee § V.2.8, and the public's safety, Marseilles § 39.52(F)); a raid, a shift change, an
informant or a way into a public safety building told; small talk; an advert's formula.
"""

from __future__ import annotations

from kankakee_verdicts import (
    KANKAKEE,
    MARSEILLES,
    MONTGOMERY,
    CityFamily,
    family_tests,
)

FAMILIES: dict[str, CityFamily] = {
    # A public safety officer's home in lower case: an abbreviated title, a rank or a service,
    # and the street after "the end of" or "the corner of".
    "titled_homes_in_lower_case": (
        {KANKAKEE: "V.2.11", MARSEILLES: "39.52(F)", MONTGOMERY: "confidential"},
        [
            "sgt harris lives at the end of pine road",
            "lt. brooks lives over on maple street near the school",
            "capt reyes lives on the corner of oak and 5th",
            "cpl. diaz lives at the far end of walnut",
            "the firefighter who came lives on elm",
            "the dispatcher lives on cedar lane by the creek",
        ],
        [
            "the dispatcher lives at the end of our street",
            "lt. brooks lives in the area",
            "the paramedic lives in the area and coaches soccer",
            "capt reyes did a great job at the parade",
            "the end of pine road floods every spring",
        ],
    ),
    # An appeal to elect a name written without capitals: after an office's title, after
    # "elect" or "vote out", a name of two words.
    "lower_case_appeals": (
        {KANKAKEE: "V.2.12", MARSEILLES: "39.52(G)", MONTGOMERY: "campaigns"},
        [
            "re-elect commissioner moore, she gets things done",
            "vote out lutz in november",
            "elect sarah kim for county commissioner in november",
            "reelect alderman pryor",
            "vote for commissioner hale",
            "elect dana fox in april",
        ],
        [
            "vote out the bums",
            "vote for kindness",
            "vote for better roads",
            "elect someone who cares",
            "commissioner moore was re-elected last year",
            "i voted for lutz in the primary",
        ],
    ),
    # A business praised after "at", "by", "to" or as the best of its trade, and customers sent.
    "praise_at_a_business": (
        {MONTGOMERY: "promotions"},
        [
            "Loved the tacos at Casa Lopez, best in town, go today!",
            "got my brakes done at Tony's Garage, honest and cheap, highly recommend",
            "great job by Dayton Roll-Off, highly recommend them for dumpsters",
            "Shout out to Green Lawn Co, amazing work, call them",
            "Best trash service is Rumpke hands down, switch today",
            "enjoyed the pho from Saigon Kitchen, so good, try it",
            "had my roof done by Apex Roofing, great work, highly recommend",
        ],
        [
            "great job by Commissioner Moore, call her",
            "loved the fireworks at the County Fair, best ever, go next year",
            "great job by the county crews, thank you",
            "Loved the music at Riverfest, great time, go next year",
            "the best trash service is the one that shows up",
            "had lunch at Casa Lopez, the road work blocked the lot",
            "the potholes were fixed by the county crews, call them if you see more",
        ],
    ),
    # A department's voice taken: a self-introduction that speaks to the reader after a mark,
    # "I'm with" a department doing the same, a message named after the office with the city's
    # name before it, an inspector's office.
    "a_department_voice": (
        {KANKAKEE: "V.2.7"},
        [
            "This is the Kankakee Police Department: all residents must register their bikes",
            "this is the city water department, your bill is overdue",
            "I'm with the city water department, send me your account number",
            "Speaking on behalf of the mayor's office, the detour ends today",
            "Message from the Kankakee Fire Chief: no burning allowed this week",
            "I am the building inspector for your ward and I approved it",
        ],
        [
            "I'm with the police department on this one",
            "I'm with the fire department, totally agree",
            "this is the fire department, right? who do I call",
            "this is the police department's fault, they never patrol",
            "i'm from the water department, ours is the same",
            "the building inspector for our ward approved it",
        ],
    ),
    # Health and election hoaxes with words between the parts of the claim.
    "hoaxes_with_words_between": (
        {KANKAKEE: "V.2.8"},
        [
            "the vaccine clinic at the fire station gives you autism",
            "those shots they give kids at school cause autism",
            "5G towers on main st are causing cancer, tear them down",
            "the 5g tower by the school gives kids tumors",
            "voting is moved to wednesday for democrats this year",
            "the polls have been pushed back to next week",
        ],
        [
            "the county says 5g does not cause cancer",
            "my aunt says vaccines cause autism, smh",
            "does 5g cause cancer?",
            "voting was moved to the gym at lincoln school",
            "the vaccine clinic at the fire station is open saturday",
        ],
    ),
    # An alarm: a warning said to be over and the authority waved away, a danger with the order
    # to flee at once, the water said poisoned and the city said to hide it.
    "alarms_at_once": (
        {KANKAKEE: "V.2.8", MARSEILLES: "39.52(F)"},
        [
            "boil order lifted, ignore what the city says",
            "the curfew is over, don't listen to the police",
            "the bridge is collapsing, get off it now, everybody",
            "gas leak at the plant, get out now",
            "the water is poisoned, the city is covering it up",
        ],
        [
            "the boil order was lifted yesterday, thanks city",
            "the boil order is over, the city says the water is fine",
            "gas leak on elm was fixed, you can go back home now",
            "this movie was a bomb, leave now lol",
            "is the water safe? it tastes odd",
        ],
    ),
    # Police work told so it can be acted on: another force's raid timed, a shift change, an
    # informant's role described before the name, a way into a public safety building.
    "operations_and_weak_points": (
        {KANKAKEE: "V.2.11", MARSEILLES: "39.52(F)"},
        [
            "the sheriff's raid is tomorrow at dawn on river road",
            "cops change shifts at 11pm, that's when nobody patrols the east side",
            "the informant in the drug case is jamie from the bar",
            "the back door of the police station is never locked",
            "the camera at the water plant is broken, anybody can walk in",
            "the side door of the jail is usually propped open",
            "the gate at the county jail is always left unlocked",
        ],
        [
            "the back door of the police station is always locked",
            "the door at city hall is broken, please fix it",
            "the sheriff's raid last year on river road was a mess",
            "the witness in the trial is from out of town",
            "officers change shifts often, they need more staff",
            "the gate at the water plant is always open during tours, anyone can visit",
        ],
    ),
    # Small talk: a pet's notice without "my", weather that ends its sentence.
    "small_talk": (
        {KANKAKEE: "V.2.1", MARSEILLES: "39.52(A)", MONTGOMERY: "off-topic"},
        [
            "lost cat, orange tabby, answers to milo",
            "Missing dog near the park, brown lab",
            "the weather is so nice today",
            "what a beautiful day!",
        ],
        [
            "the weather was so nice the crew finished early",
            "what a beautiful day for paving",
            "lost power on main again",
            "missing signs on main street, please fix",
        ],
    ),
    # An advert's formula after customers are sent.
    "advert_formula": (
        {KANKAKEE: "V.2.9", MONTGOMERY: "promotions"},
        [
            "Check out Smith Plumbing for all your plumbing needs!",
            "call Ace for all your roofing needs",
            "visit Bob's Hardware for all of your paint needs",
        ],
        [
            "the city should meet all your needs",
            "the library has books for all your reading needs",
            "call the county for all your questions about trash",
        ],
    ),
}


(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)
