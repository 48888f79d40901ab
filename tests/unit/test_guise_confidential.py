"""Confidential or non-public information under Montgomery County's Code of Conduct ("Posts that
contain confidential or non-public information"; clause ``confidential``) by family (issue 9, the
eighteenth session, guise).

The probes were written before the rules, in residents' register: what a person has confided to
an office, or what an office keeps closed, disclosed about someone identifiable (a person's
medical or health details, a case file, the records of a minor, a personnel or disciplinary file,
a closed session or a sealed matter, an employee's home address, a leaked internal document).
The near-misses are residents telling their own health or their own case, news already public,
a records request, a call to release a record, criticism of an official: none is cited under
``confidential`` nor removed.
"""

from __future__ import annotations

from kankakee_verdicts import MONTGOMERY, CityFamily, family_tests

CONFIDENTIAL = {MONTGOMERY: "confidential"}

FAMILIES: dict[str, CityFamily] = {
    "health_of_someone_named": (
        CONFIDENTIAL,
        [
            (
                "Commissioner Lieberman was in rehab last year for alcohol, my sister is a nurse "
                "at Kettering and saw his chart."
            ),
            (
                "The deputy who got hurt Tuesday is Mark Ross, he has a brain bleed and might not "
                "make it."
            ),
            (
                "FYI the new building inspector Tom Hayes is on antidepressants, I saw his "
                "prescription."
            ),
            "My neighbor Linda Cole has stage 4 cancer, the county nurse told me.",
            (
                "the lady who runs the front desk at env services, Karen Mills, is pregnant but "
                "hasn't told anyone yet"
            ),
            "Director Ryan had a nervous breakdown and is in the psych ward at Good Sam.",
        ],
        [
            "I have cancer and the county still shut off my water.",
            "My son has autism and the school bus never comes on time.",
            "Prayers for the deputy who was hurt Tuesday.",
            "The sheriff said at the press conference the deputy is in stable condition.",
            "I was in the hospital for 3 weeks and my bill went to collections, can someone help?",
        ],
    ),
    "case_file": (
        CONFIDENTIAL,
        [
            (
                "Case #2024-CR-1182: the suspect is Devon Price of Trotwood, charges coming Monday "
                "per the file."
            ),
            "here's the police report on the Miller crash: driver Ashley Miller, BAC .19",
            (
                "Per the investigation file the inspector Jim Cole took $5,000 from the "
                "contractor, not public yet."
            ),
            "Sealed case but I know it's Tyler Banks who set the fire at the transfer station.",
        ],
        [
            "My case number is 2024-CV-339, when will the court hear it?",
            "According to the Dayton Daily News, the suspect in the fire was charged.",
            "How do I file a public records request for the police report on my crash?",
            "The county should release the investigation file to the public.",
        ],
    ),
    "records_of_a_minor": (
        CONFIDENTIAL,
        [
            (
                "The 14 yr old arrested at the mall is Jaylen Brooks, goes to Dunbar, lives on "
                "Salem Ave."
            ),
            "The girl CPS took from the house on Hoover is Mia Sanders, age 6.",
            (
                "that juvenile who vandalized the recycling center is the Peterson boy from "
                "Kettering, his record is long"
            ),
        ],
        [
            "Kids keep vandalizing the recycling center, can we get a camera?",
            "My 14 year old got a job at the county pool this summer!",
            "Juvenile records should stay sealed, that's the law.",
        ],
    ),
    "personnel_or_discipline": (
        CONFIDENTIAL,
        [
            (
                "Deputy Rick Allen was written up 3 times last year for excessive force, I've seen "
                "his personnel file."
            ),
            (
                "Sarah Kim in the auditor's office is on a performance improvement plan, she'll be "
                "fired in 30 days."
            ),
            "The engineer they let go, Jim Cole, failed a drug test in March.",
            (
                "My buddy in HR says the water plant supervisor Dan Reed is getting suspended for "
                "sexual harassment complaints."
            ),
        ],
        [
            "The director is incompetent and should be fired.",
            "I requested my own personnel file from HR, how long does that take?",
            "The county announced today that the sheriff was suspended for 30 days.",
            "Environmental Services is hiring, great benefits!",
        ],
    ),
    "closed_session_or_sealed": (
        CONFIDENTIAL,
        [
            (
                "In executive session last night the commissioners agreed to pay the Smith family "
                "$2 million."
            ),
            (
                "What they said in closed session: they're going to fire the sheriff after the "
                "election."
            ),
            (
                "The settlement with the Hendersons is sealed but they got $850k, my cousin typed "
                "it up."
            ),
        ],
        [
            "The commissioners went into executive session again, why is that allowed?",
            "The settlement was announced at the public meeting, $850k to the Hendersons.",
            "Closed sessions should be illegal, the public deserves to know.",
        ],
    ),
    "employee_home_address": (
        CONFIDENTIAL,
        [
            (
                "Environmental Services director Pat Ryan lives at 4412 Brookside Dr, go tell him "
                "what you think."
            ),
            (
                "That water inspector who wrote me up lives on Shroyer Rd, blue house 2nd from the "
                "corner."
            ),
            (
                "The county engineer's home address is 118 Far Hills Ave if anyone wants to pay "
                "him a visit."
            ),
        ],
        [
            "My address is 4412 Brookside Dr and my trash wasn't picked up.",
            "The Environmental Services office is at 1850 Spaulding Rd.",
            "Send your complaints to the director at the county office.",
        ],
    ),
    "leaked_internal_document": (
        CONFIDENTIAL,
        [
            (
                "Attached is the internal memo from Environmental Services about the sewer rate "
                "increase, not released yet."
            ),
            (
                "Leaked email from the county administrator says they'll close the Huber Heights "
                "transfer station in June."
            ),
            (
                "Got my hands on the draft budget before the vote: they're cutting 30 jobs at the "
                "water plant."
            ),
            "screenshot of the employee-only intranet post: layoffs start Jan 15, don't share",
        ],
        [
            "The draft budget is posted on the county website for comment.",
            "Can the county share the memo about the sewer rate increase?",
            "I read the news story about the transfer station closing, sad.",
        ],
    ),
    "account_or_complainant_identified": (
        CONFIDENTIAL,
        [
            "My neighbor Rick Stahl acct #7730012 owes $940 on his sewer bill, pay up Rick",
            (
                "The clerk let it slip that it was Janet Moore on Wolf Rd who called in the "
                "complaint about my fence."
            ),
            (
                "the county hasn't told the family yet but the well testing positive for nitrates "
                "is the Barnes farm"
            ),
            (
                "The sewer plant's control login for the lift stations is still admin, nobody "
                "changed it"
            ),
        ],
        [
            "My acct #7730012 was double charged, can someone call me?",
            "Someone called in a complaint about my fence, I wish they'd talk to me first.",
            "The county notified all the families on Wolf Rd about the well testing, good job.",
            "How do I reset my login for the county water portal?",
        ],
    ),
    "record_shown_or_kept_back": (
        CONFIDENTIAL,
        [
            (
                "My friend in procurement showed me the sealed bids before the opening, Acme is "
                "lowest at $1.2M."
            ),
            "The new hire in fleet's background check showed a DUI, the county hired him anyway.",
            "Here are the notes from the closed meeting they kept from the public, pasted below:",
            (
                "The mechanic who fainted at the garage is epileptic and was off his meds, I work "
                "with him."
            ),
            "the disciplinary letter lists who else got written up: Tina Cho and Mark Bell",
        ],
        [
            "The county is hiding the landfill deal from the public, release it!",
            "The bids were opened in public and Acme won at $1.2M.",
            "I'm epileptic and the county bus driver was so kind when I had a seizure.",
            "Background checks should be required for every county hire.",
        ],
    ),
    "leave_usage_filings_numbers": (
        CONFIDENTIAL,
        [
            (
                "The operator who got hurt at the landfill, Ben Ortiz, is on workers comp for a "
                "back injury and won't be back till spring."
            ),
            (
                "Commissioner Hale is on medical leave for alcohol treatment, my aunt works in his "
                "office."
            ),
            (
                "The water billing rep told me my neighbor Mrs. Keller used 40,000 gallons last "
                "month, must have a leak lol"
            ),
            (
                "The complaint about the dump on Dryden Rd was filed by Steve Parks, saw it on the "
                "intake form."
            ),
            "The sewer inspector Dave Lutz's personal cell is 937 555 0148, text him yourself.",
            "Draft RFP leaked to me: the county wants to privatize trash pickup by 2026.",
        ],
        [
            "I'm on workers comp for my back and the county never called me.",
            "Commissioner Hale announced he is taking medical leave, wishing him well.",
            "My water usage was 40,000 gallons last month, is that right??",
            "I filed a complaint about the dump on Dryden Rd, no answer yet.",
            "Call the sewer inspector's office at 937 225 4000.",
            "The Wagner lawsuit settlement was approved at the public meeting.",
        ],
    ),
    "finances_or_history_of_a_person": (
        CONFIDENTIAL,
        [
            "The new plant supervisor has two DUIs and a felony, a guy in HR pulled his record.",
            (
                "That meter reader who keeps coming by is getting his wages garnished for child "
                "support, my cousin does payroll."
            ),
            (
                "Someone in the attorney's office says the county is about to settle with the "
                "fired engineer for $200k."
            ),
            "The shutoff list for next week has my neighbor Jim Doyle on it, he's 3 months behind.",
        ],
        [
            "I have a DUI from 20 years ago and the county still won't hire me.",
            "How does the county decide who goes on the shutoff list?",
            "I'm 3 months behind on my water bill, is there a payment plan?",
            "The county settled with the fired engineer, it was in the paper.",
        ],
    ),
    "copies_and_responders": (
        CONFIDENTIAL,
        [
            (
                "I have screenshots of the employee complaints about the landfill manager, posting "
                "them tonight."
            ),
            "The EMT who took my neighbor in said she overdosed on her husband's pills.",
            (
                "Pulled up on the county's internal system: the Dawsons on Rt 48 have had 6 code "
                "violations and a shutoff."
            ),
            (
                "Someone forwarded me the internal emails between the commissioners about the rate "
                "hike, they knew in March."
            ),
        ],
        [
            "I have screenshots of my own complaints, the county never answered.",
            "The EMT who took my neighbor in was so kind, thank you!",
            "The county's website has the code violations listed for every address.",
            "Can someone forward me the public notice about the rate hike?",
        ],
    ),
}

(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)
