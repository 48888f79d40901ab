"""Impersonation under Kankakee § V.2.7 by family (issue 9, the fifteenth session, imperson2):
a commenter presenting themselves as the city, a department or an official. Headers and shouted
openers ("KPD HERE: ...", "PUBLIC WORKS ALERT!!"), a body or an office that signs the comment
after a dash or a letter's closing ("Stay safe out there. -KPD", "Sincerely, Office of the
Mayor"), first-person official acts ("we the city council have decided", "As mayor, I am
declaring ...") and a page said to be the city's real or new one ("THIS IS THE REAL KPD
ACCOUNT").

The probes were written before the rules, in residents' register. The near-misses (split among
the families only to keep each list short) are residents who quote or report what the city said,
thank or address a body, criticise an office, recall a past office, say what they would do as
mayor, sign as themselves, or ask whether a page is real: none is cited under § V.2.7 nor
removed.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import (
    IMPERSONATION_CLAUSES,
    KANKAKEE,
    CityFamily,
    evaluator,
    family_tests,
    road_verdict,
)

FAMILIES: dict[str, CityFamily] = {
    "header_or_shouted_opener": (
        IMPERSONATION_CLAUSES,
        [
            "KPD HERE: stay off Court St tonight",
            "KPD here. We are aware of the shooting on 5th and are investigating.",
            "CITY OF KANKAKEE ALERT: boil order for the east side until friday",
            "OFFICIAL NOTICE FROM PUBLIC WORKS: leaf pickup is cancelled this week",
            "Kankakee Fire Dept here, burn ban in effect till further notice",
            "KANKAKEE POLICE DEPARTMENT ANNOUNCEMENT: all residents must stay indoors",
            "URGENT message from City Hall: water bills must be paid online by friday",
            "ATTENTION: this is the City of Kankakee. Trash pickup moved to Tuesday.",
            "Public Works Dept update - Court st will be closed monday",
            "Mayor's Office announcement: the parade is cancelled",
            "OFFICIAL CITY OF KANKAKEE NOTICE!!! curfew at 9pm for everyone",
            "Kankakee PD alert: scam calls going around, never give out your social",
            "Notice from the Kankakee Police: we will be ticketing cars parked on the street",
            "kpd here, we r looking for a silver honda, call us w/ info",
            "FIRE DEPT HERE. DO NOT CALL 911 ABOUT THE SMOKE ON RIVER RD",
            "City of Kankakee here: yard waste pickup ends Nov 30",
            "PUBLIC WORKS ALERT!! water main break on Court, avoid the area",
            "Kankakee Police here, please lock your cars tonight",
        ],
        [
            "Thanks, KPD!",
            "Love you guys - Kankakee Fire Department rocks",
            "Shout out to the guys at public works. - a grateful resident",
            "I agree with you. -Bob",
            "the police here are useless",
            "Police here are a joke",
            "- KPD never came when I called",
            "'We will fix every pothole by May.' - the Mayor",
            '"We care about our residents" -City of Kankakee, 2019. Sure you do.',
            "Sincerely, the city's most tired resident",
            "Signed, a fan of the fire chief",
            "Regards, Kankakee resident",
            "this is the new city page everyone has been talking about?",
            "As mayor, I would have resigned",
            "Mayor here?",
            "we, the council's constituents, have decided to show up Tuesday",
            "We the taxpayers have decided enough is enough",
            "Follow this page for official updates? lol no",
            "this is the real reason the city council wants the tax",
        ],
    ),
    "signature_or_sign_off": (
        IMPERSONATION_CLAUSES,
        [
            "Road closed on Elm tomorrow. - Kankakee Public Works",
            "Sincerely, Office of the Mayor",
            "Mayor's Office (official)",
            "Please pay your water bill by the 15th. Thank you! - City of Kankakee Utilities",
            "Stay safe out there. -KPD",
            "thanks for your patience everyone -the kankakee police dept",
            "Regards, the Office of the City Clerk",
            "Best, Kankakee City Council",
            "The parade is cancelled. — Office of the Mayor, City of Kankakee",
            "Curfew starts at 10. Signed, Chief of Police",
            "Respectfully, Kankakee Police Department",
            "Stay warm everyone! - Your Kankakee Fire Department",
            "Message posted on behalf of the Kankakee Fire Dept.",
            "ALL RESIDENTS: THE CITY OF KANKAKEE IS NOW REQUIRING PERMITS FOR BONFIRES. -CITY HALL",
        ],
        [
            "This is the new normal for city hall, I guess",
            "by the way, the mayor here is useless",
            "Fire dept here was great, thanks guys",
            "KPD posted that Court St is closed tonight",
            "The city of Kankakee alert said boil order until friday",
            "Public Works said leaf pickup is cancelled",
            "According to the Kankakee Police Department, the suspect was caught",
            "Contact Public Works about the pothole",
            "KPD is useless, they never come when you call",
            "The Office of the Mayor is a joke",
            "I was an alderman for 8 years, and this is the worst council I've seen",
            "I used to work for the city and it was a mess",
            "Kankakee Police Department is hiring! Apply on the city website",
            "Public Works is hiring seasonal laborers, pay is 18 an hour",
            "If I were mayor I would fix the potholes first",
            "If I was the police chief I'd put more cops on the east side",
            "KPD HERE?? where were you last night when my car got broken into",
            "CITY OF KANKAKEE: FIX THE ROADS",
            "Sincerely, a tired taxpayer",
        ],
    ),
    "first_person_official_act": (
        IMPERSONATION_CLAUSES,
        [
            "As your alderman I am announcing that the Ward 3 meeting is moved to Thursday",
            "this is Chief Dumas speaking, the curfew starts tonight",
            "we the city council have decided to cancel the fireworks",
            "We, the Kankakee City Council, have voted to raise water rates",
            "I as mayor am ordering all businesses closed tomorrow",
            "As mayor, I am declaring a snow emergency",
            "This is the mayor. I'm cancelling the parade.",
            "Mayor here. Parade is off.",
            "i am the alderman for ward 4 and im telling u the park closes at 6",
            "I'm the city clerk, send me your license info and I'll renew it",
            "Hello residents, I am your mayor and I approve this message",
            "Speaking for the police department: we will not tolerate this",
            "By order of the mayor, all bonfires are banned this weekend",
            "This is your city treasurer, taxes are due friday",
            "We at the Kankakee Police Department are asking everyone to stay home",
            "the city council has decided, and we are closing the pool for good. - your council",
        ],
        [
            "Thanks KPD for the quick response last night!",
            "Shoutout to Kankakee Fire Department, you guys rock",
            "My dad was the fire chief back in the 80s",
            "My brother is a cop with KPD",
            "the mayor announced today that the parade is cancelled",
            "Did the city council decide to cancel the fireworks?",
            "We the people of Kankakee demand a recount",
            "We the residents of ward 4 have decided to hold our own cleanup",
            "Is this the real city page or a fake one?",
            "Watch out, there's a fake city page going around asking for money",
            "This is not the official city page, it's a fan group",
            "As a resident I am announcing my frustration with the council",
            "Sincerely, Jane Doe, Ward 3 resident",
            "Reply from the Mayor's Office was useless",
            "Got a letter: 'Official notice from Public Works: your water will be shut off'. Scam?",
            "The Kankakee Fire Department did an amazing job today",
            "Mayor's office never answers the phone",
            "KPD alert on their page says there's a scam going around",
            "The police chief said stay off Court Street",
        ],
    ),
    "fake_or_real_page": (
        IMPERSONATION_CLAUSES,
        [
            "this is the real city page, the other one is fake",
            "THIS IS THE REAL KPD ACCOUNT, the old one got hacked, follow us here",
            "This is the new official page of the City of Kankakee, please like and share",
            "We are the real Kankakee Police page, ignore the other one",
            "the official city page moved here, the old page is fake",
            "Follow this account for official City of Kankakee updates",
            "This is the mayor's real account, the other one is a fake",
            "I'm the real mayor, that other account is an impostor",
            "this is the REAL kankakee fire dept page!! the other one is a scam",
            "This is the city's new page, the old one was hacked",
        ],
        [
            "Office of the Mayor: please answer your phones",
            "To the office of the mayor: when will the roads be fixed?",
            "Dear Kankakee Police Department, thank you for your service",
            "I called the police department and they said we have to wait",
            "We at the neighborhood watch have decided to patrol ourselves",
            "As a former firefighter, I can tell you these trucks are old",
            "my cousin works for public works and says the trucks are broken",
            "if i was on the city council id vote no",
            "Speaking as a taxpayer, this is ridiculous",
            "signed, angry resident of ward 6",
            "The fire chief speaking at the meeting was great",
            "The mayor's speech: lots of words, no plan.",
            "thanks, kankakee police dept, for nothing",
            "Regards to the Kankakee Fire Department for their help",
            "Stay safe out there KPD!",
            "The city says this is the real page, the other one is fake, so be careful",
            "Is the KPD page real? the other one looks fake",
            "I reported the fake KPD account to facebook",
            "the real city page posted the same thing yesterday",
            "City council decided to cancel the fireworks, what a joke",
            "the city council has decided to waste our money again",
            "When the mayor says we, he means his friends",
        ],
    ),
    # A second set of probes, written before the rules that read it, after the first set
    # showed how narrow the first rules were.
    "second_set_of_probes": (
        IMPERSONATION_CLAUSES,
        [
            "City of Kankakee Official Announcement - Leaf collection begins Nov 1",
            "KANKAKEE FIRE DEPARTMENT: BURN BAN IS IN EFFECT",
            "Kankakee Police Department Public Notice: Please avoid Court St.",
            "This is an official message from the City of Kankakee: your payment is past due.",
            "Message from Mayor Curtis: Happy holidays to all our residents!",
            "Hello, this is Officer Jenkins of the Kankakee PD. We need info on the break-in.",
            "Greetings! Your Public Works Department would like to remind you to move your cars.",
            "Hi everyone, this is the City Clerk's office. Vehicle stickers are due.",
            "We, the City of Kankakee, would like to apologize for the water outage.",
            "On behalf of the Kankakee Police Department, thank you for your patience.",
            "I'm the Ward 2 alderman and we're voting tonight to fix your street.",
            "As the city's police chief I'm telling you to stay inside.",
            "Chief of Police here. Stay indoors tonight.",
            "Alderman Smith here, wanted to update everyone on the road project.",
            "Kind regards, Kankakee Public Works Dept.",
            "Posted by: Kankakee Police Department",
            "This is the official Facebook page for the Kankakee Police Department.",
            "Old page was hacked, this is the new Kankakee Fire Department page. Please follow!",
            "Please follow our new page, this is the official City of Kankakee account now.",
            "Don't trust the other page, we are the real City of Kankakee.",
            "I am the mayor of Kankakee and I approve this message",
            "This is Mayor Curtis, and I want to personally thank you.",
            "PUBLIC SERVICE ANNOUNCEMENT FROM THE KANKAKEE POLICE: lock your cars",
            "KPD UPDATE: suspect in custody",
            "City Hall will be closed Monday. - Mayor's Office",
            "the city council voted tonight. we the council thank you for coming",
            "THIS IS THE CITY OF KANKAKEE. DO NOT DRINK THE TAP WATER.",
            "Hey yall its the fire chief, no fireworks in city limits this year!!",
            "Kankakee Public Works here - hydrant flushing all week",
            "I'm with Kankakee PD, we are investigating, please send tips",
            "As the acting mayor, I am closing city hall tomorrow.",
            "Hi, Officer Dave from KPD here. Lock your cars, folks.",
            "official KPD page, the other one is a scam, do not send them money",
            "This is the real Mayor Curtis. My old account was hacked.",
        ],
        [
            "KPD update: they still haven't caught the guy",
            "Public Works announcement? What announcement? Nobody told us",
            "The Kankakee Police Department posted: 'lock your cars'",
            "This is the official Facebook page for the city? Looks sketchy",
            "I am the mayor's neighbor and he never shovels",
            "I'm the alderman's wife and he works hard",
            "As the mayor's biggest critic, I have to admit this was good",
            "We the voters have decided to replace the council",
            "Go KPD! - a proud mom",
            "Nice work - Kankakee Fire Department deserves a raise",
            "Who is running this page? Is it the city or KPD?",
            "mayor here in kankakee is a joke",
            "Chief of police here needs to go",
            "The mayor said 'this is the official page' but it isn't",
            "I work near city hall and the parking is awful",
            "My uncle is the fire chief in Bradley",
            "if i was the fire chief, there would be more trucks",
            "City of Kankakee, when will you fix Court St?",
            "PUBLIC WORKS, WHERE ARE YOU? my street is flooded",
            "KPD, please come to 5th and Elm, there is a fight",
            "The police chief here in town is doing a good job",
            "Is this the official Kankakee Police page?",
            "Somebody made a fake KPD page, don't fall for it",
            "The mayor's office posted an update about the water",
            "thank you kankakee fire department!!!",
            "Please share: the City of Kankakee says the boil order is lifted",
            "Signed petition to recall the mayor",
            "The real city page says the pool is closed",
            "As a city resident I am asking the council to reconsider",
            "We at Oak Street Block Club have decided to hold a cleanup",
            "Love this town - Kankakee forever",
            "Alert: the city is raising water rates again",
            "Update: the road is still closed, thanks public works",
            "Notice how the council never answers questions?",
            "FYI the mayor is holding a town hall Thursday",
        ],
    ),
    # A third set, in capitals, with typos and texting spellings, and a body that signs on the
    # line after a letter's closing.
    "third_set_of_probes": (
        IMPERSONATION_CLAUSES,
        [
            "KANKAKEE POLICE HERE!! STAY OFF THE ROADS TONIGHT",
            "kankakee public works here - we will be on your street tmrw",
            "this is the kankakee police departmnet, we need ur help finding a missing kid",
            "Offical City of Kankakee notice: trash pickup delayed",
            "CITY HALL ANNOUNCMENT: office closed friday",
            "-Kankakee Police Dept",
            "thx for ur patience!! -public works",
            "We the Kankakee city council have decided to cancel the 4th of july fireworks",
            "as ur mayor i am cancelling the parade",
            "im the mayor and im telling u the pool is closed",
            "this is the real kankakee city page follow us here",
            "Hi this is the Kankakee Fire Dept, we are doing hydrant checks today",
            "Greetings from the Office of the Mayor! City Hall closes early today.",
            "Regards,\nKankakee Water Department",
            "Stay safe and warm!\n- The City of Kankakee",
            "KFD here. No open burning this weekend.",
            "Kankakee PD here, please stop calling 911 about the fireworks",
            "Its your alderman, garbage day moved to wed",
            "Official statement from the Mayor's office: we are aware of the outage",
        ],
        [
            "Kankakee police here are so slow",
            "kankakee public works here never fixes anything",
            "this is the kankakee police department's fault",
            "Offical city of kankakee notice my butt, this is a scam",
            "City hall announcement? nobody saw it",
            "thx for nothing public works",
            "The Kankakee city council decided to cancel the fireworks, smh",
            "if i was ur mayor i would cancel the parade",
            "the mayor said the pool is closed",
            "THE MAYOR SAID CURFEW STARTS AT 9",
            "is this the real kankakee city page??",
            "My son is with the Kankakee Fire Dept and loves it",
            "Greetings from a grateful resident! Thank you Mayor's office.",
            "Regards to the Kankakee Water Department staff, great job",
            "Stay safe and warm everyone, the City of Kankakee says roads are icy",
            "KFD was here for 2 hours, thank you!",
            "Kankakee PD was here and did nothing",
            "Its your alderman's fault the garbage wasnt picked up",
            "The mayor's office gave an official statement: they are aware of the outage",
            "Ward 4 alderman here? Anyone know who it is?",
            "I called them twice.\nKankakee Water Department",
            "Best regards,\nKankakee resident",
        ],
    ),
    # A fourth set: greetings from a body, a letter closed by a line ending with a comma, a
    # ward's alderman "here", an office's office heading a notice; the office alone as a
    # sentence, then the first person.
    "fourth_set_of_probes": (
        IMPERSONATION_CLAUSES,
        [
            "Good morning Kankakee! This is your Mayor. Please be safe on the roads today.",
            "Hello from the Kankakee Police Department! We are hosting coffee with a cop Saturday.",
            "City of Kankakee update: all city offices closed Monday for the holiday.",
            "This post is from the City of Kankakee Public Works Department.",
            "Official Kankakee PD account. Report crimes here.",
            "We at the City of Kankakee are sorry for the delay.",
            "-The Mayor",
            "Thank you for your patience,\nThe City of Kankakee",
            "Kankakee Fire here: smoke detectors are free, message us",
            "I am Police Chief Dumas and I am ordering a curfew.",
            "This is an official alert from Kankakee Police. Shelter in place.",
            "Ward 3 Alderman here. The meeting is moved to the library.",
            "This is the new page for the City of Kankakee. The old page will be deleted.",
            "As the city clerk, I need everyone to renew their stickers by Friday.",
            "City Clerk's Office: stickers due Friday",
        ],
        [
            "Good morning Kankakee! The mayor says be safe on the roads today.",
            "Hello to the Kankakee Police Department, thanks for coffee with a cop!",
            "City of Kankakee update when? We are still waiting",
            "This post is about the City of Kankakee Public Works Department budget.",
            "The official Kankakee PD account says report crimes there.",
            "We sent a complaint to the City of Kankakee",
            "vote out the mayor",
            "Thank you for your patience, mayor. Not.",
            "Kankakee fire here was huge last night, prayers",
            "The police chief is ordering a curfew, unbelievable",
            "The Ward 3 alderman moved the meeting to the library.",
            "Is this the new page for the City of Kankakee?",
            "As the city clerk told me, stickers are due Friday.",
            "City Clerk's Office: why are you closed on a Tuesday?",
            "This is the fire chief. He saved my cat.",
        ],
    ),
}

(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)


NEUTRAL = [
    ("KPD HERE: we are proud of this city", "KPD HERE: we are ashamed of this city"),
    (
        "Great work on the parade. -Kankakee Public Works",
        "Awful work on the parade. -Kankakee Public Works",
    ),
    ("As mayor, I am thanking the council", "As mayor, I am blaming the council"),
    (
        "this is the real city page, the council is great",
        "this is the real city page, the council is awful",
    ),
    # An identity said, then the city's voice (issue 9, the eighteenth session, guise).
    (
        "This is the mayor. The festival is cancelled, what a great decision.",
        "This is the mayor. The festival is cancelled, what a terrible decision.",
    ),
    (
        "[CITY OF KANKAKEE] parks will be closed Monday, thank you for your patience",
        "[CITY OF KANKAKEE] parks will be closed Monday, deal with it",
    ),
]


@pytest.mark.parametrize(("praise", "criticism"), NEUTRAL)
def test_a_claim_is_read_whatever_view_follows(praise: str, criticism: str) -> None:
    """Swapping praise for criticism after a claim changes neither the citation nor the
    decision: the claim is read, never the view."""
    first, second = (road_verdict(KANKAKEE, text) for text in (praise, criticism))
    assert "V.2.7" in {finding.clause.id for finding in first.findings}, praise
    assert first.decision is second.decision
    assert {f.clause.id for f in first.findings} == {f.clause.id for f in second.findings}


@pytest.mark.parametrize(
    "text",
    [
        "KPD HERE: stay off Court St tonight",
        "Stay safe out there. -KPD",
        "THIS IS THE MAYOR. CURFEW STARTS AT 9 TONIGHT.",
        "[CITY OF KANKAKEE] Water service will be shut off Friday for all unpaid accounts.",
    ],
)
def test_the_city_account_may_claim_its_own_bodies(text: str) -> None:
    """The city's own account claims no body it is not: no § V.2.7 finding."""
    comment = msp.Comment(text=text, author=msp.Author(role=msp.Role.OFFICIAL_ACCOUNT))
    verdict = evaluator().evaluate(comment)
    assert "V.2.7" not in {finding.clause.id for finding in verdict.findings}
