"""Impersonation under Kankakee § V.2.7 by family (issue 9, the eighteenth session, guise): a
claim of identity or office, in the first person or as a header or a signature, paired with the
city's voice (an announcement, an order, a closure, a fine).

The probes were written before the rules, in residents' register. The families: a body or an
office introduced as a sentence of its own, then an announcement ("THIS IS THE MAYOR. CURFEW
STARTS AT 9"; "This is Kankakee City Hall. Our offices are closed Friday"); a body's name or a
bracketed header before its notice ("[CITY OF KANKAKEE] Water service will be shut off Friday",
"Kankakee Police Dept. Official Statement: ..."); an officer's or an office's self-introduction
by name before the message ("Hi all, Officer Mike Jensen, KPD. We're doing ...", "I, Mayor Chris
Curtis, hereby declare ..."); staff who say where they work and then speak as the body ("I work
for the city and we are shutting off water on Elm Friday"). The near-misses are residents who
quote, report, ask, thank, criticise, or say what they are ("As a city employee I think ...", "I
work for the city and I love this town"): none is cited under § V.2.7 nor removed.
"""

from __future__ import annotations

from kankakee_verdicts import (
    IMPERSONATION_CLAUSES,
    CityFamily,
    family_tests,
)

FAMILIES: dict[str, CityFamily] = {
    "introduced_then_announced": (
        IMPERSONATION_CLAUSES,
        [
            "THIS IS THE MAYOR. CURFEW STARTS AT 9 TONIGHT.",
            "This is the mayor. Curfew starts at 9 tonight for everyone under 18.",
            "This is Kankakee City Hall. Our offices are closed Friday for the holiday.",
            (
                "This is Public Works. The water on the east side is unsafe to drink until further "
                "notice."
            ),
            "Hello residents, this is the City Clerk. Vehicle stickers are now $80.",
            "hi this is ur alderman, the vote on the dog park is tomorrow and I'm voting yes",
            "this is the fire chief!! burn ban starts today, no fires in your yard",
            "Its the Police Department. Anyone parked on Court St after 6 will be towed.",
            "this is the water dept. water will be shut off on the north side tomorrow 8am-2pm",
            "Hey Kankakee, it's your mayor. The fireworks are cancelled this year, sorry folks.",
            "This is the City Council. Starting Jan 1 all trash cans must be behind your house.",
        ],
        [
            "This is the mayor. He cancelled the fireworks again.",
            "This is the mayor we elected. Pathetic.",
            "This is the mayor. Is the curfew at 9 tonight?",
            "This is the fire chief. He saved my cat.",
            "This is the city council. They voted for the trash fee.",
            "this is the city clerk's fault, my sticker is late",
            "Is this the mayor? Is the curfew at 9 tonight?",
        ],
    ),
    "header_before_notice": (
        IMPERSONATION_CLAUSES,
        [
            "[CITY OF KANKAKEE] Water service will be shut off Friday for all unpaid accounts.",
            (
                "[KANKAKEE POLICE DEPARTMENT] we are looking for the owner of a grey pitbull found "
                "on Oak"
            ),
            (
                "OFFICIAL: Kankakee Police Department. All residents must register their firearms "
                "by Dec 1."
            ),
            "Kankakee Police Dept. Official Statement: the suspect has been caught.",
            "Kankakee Parks & Rec here! Pool opens Saturday, free for residents.",
            "Message from Chief Kidd: stay off the roads tonight.",
            "Attention residents: by order of the City Council, fireworks are banned this year.",
            "(City of Kankakee) ALL PARKS CLOSED UNTIL FURTHER NOTICE",
            "Reminder: water bills are due the 15th. -City of Kankakee Utility Billing",
        ],
        [
            "[City of Kankakee] why is my water bill so high??",
            "Kankakee Police Dept. Worst in the state.",
            "Message from a tired resident: fix the roads.",
            "The City of Kankakee posted that all parks are closed until further notice.",
            "Kankakee Parks & Rec here is the best, my kids love the pool.",
        ],
    ),
    "introduced_by_name": (
        IMPERSONATION_CLAUSES,
        [
            (
                "Hi all, Officer Mike Jensen, KPD. We're doing free home security checks, DM me "
                "your address."
            ),
            "Hey everyone its Officer Reyes from KPD, we're giving out free car seats saturday.",
            "I, Mayor Chris Curtis, hereby declare a snow emergency. All cars off the snow routes.",
            (
                "Good morning, Sgt. Tom Hale with the Kankakee Police. We will be closing Court St "
                "at noon."
            ),
            "Hi, Alderman Dave Baron here, Ward 5. I am announcing a ward meeting Thursday at 7.",
        ],
        [
            "Officer Reyes from KPD gave my kids free car seats saturday, so kind.",
            "Hi all, Officer Mike Jensen pulled me over today. Nicest cop ever.",
            "Good morning Sgt. Hale, thank you for closing Court St for the parade.",
            "Alderman Baron, will there be a ward meeting Thursday?",
        ],
    ),
    "another_entity": (
        IMPERSONATION_CLAUSES,
        [
            "This is the gas company. Your gas will be shut off today unless you pay by phone.",
            "Kankakee School District 111 here: school is cancelled tomorrow for all students.",
            (
                "Official statement from Riverside Medical Center: visiting hours are suspended "
                "until further notice."
            ),
            "This is the Kankakee County Sheriff's Office. All residents must stay inside tonight.",
            "Hi, this is the Kankakee Valley Park District. Pools will be closed Saturday.",
            "As the superintendent of District 111 I am cancelling classes Monday.",
            "I'm the county sheriff and I'm ordering everyone off the roads tonight.",
            "Kankakee Public Library here! We are closed Monday for the holiday.",
            "On behalf of the Kankakee County Board, we have approved the new landfill.",
        ],
        [
            "ComEd shut off my power today, anyone else?",
            "Kankakee School District 111 cancelled school tomorrow, stay warm everyone.",
            "Riverside Medical Center said visiting hours are suspended.",
            "Thank you Kankakee Valley Park District for the great pool!",
            "The sheriff is ordering everyone off the roads tonight, be safe.",
            "Is the Kankakee Public Library closed Monday?",
            "I'm a teacher in District 111 and I love my students.",
            "Kankakee Public Library here is the best place for kids.",
        ],
    ),
    "body_or_titled_person_then_voice": (
        IMPERSONATION_CLAUSES,
        [
            (
                "Kankakee Public Works here 🚧 crews will be going street to street Monday picking "
                "up limbs"
            ),
            "Kankakee Animal Control ALERT: we'll be trapping strays on the east side all week",
            "Bradley Fire Protection District official update: the burn ban is lifted",
            "KPD Sgt. Willis: starting tonight we will be towing every car on Court St",
            "Reply from Alderman Ortiz: I'm resigning effective today, thanks for the support",
            (
                "Hey folks it's Pastor Lyle. I'm asking everyone at Grace Church to come to city "
                "hall Tuesday"
            ),
            (
                "Posting on behalf of the Kankakee teachers union: we will not be reporting to "
                "work Monday"
            ),
            (
                "Page admin here. We removed the comments on the budget post, take it up with the "
                "mayor."
            ),
            "As a nurse at Riverside I can confirm the ER is turning away ambulances tonight.",
        ],
        [
            "Kankakee Public Works here is slow as usual, limbs still on my street",
            "Hey folks it's Pastor Lyle's birthday, come to Grace Church Sunday!",
            "Reply from a neighbor: thanks for the support everyone!",
            "As a nurse I think the ER wait times are too long.",
            "Is the page admin here? Why were the comments removed?",
            "I'm the president of our block club, we're doing a cleanup Saturday, all welcome",
        ],
    ),
    "posting_as_someone_else": (
        IMPERSONATION_CLAUSES,
        [
            (
                "logged into my brother in law's facebook, he's a cop: KPD will be doing a sting "
                "on 5th tonight lol"
            ),
            (
                "I'm Alderman Ruiz and I approve of every tax hike!! (not really, but that's what "
                "he sounds like)"
            ),
        ],
        [
            "I logged into my account and my water bill is wrong.",
            "Someone is posting as the mayor on a fake page, report it.",
            "Beware of scammers pretending to be the water department.",
        ],
    ),
    "named_with_an_entity": (
        IMPERSONATION_CLAUSES,
        [
            (
                "I'm Dana Whitfield, director of the Kankakee Valley Park District, and all summer "
                "camps are cancelled."
            ),
            (
                "We at Riverside Healthcare are asking everyone to stay away from the ER unless "
                "it's an emergency."
            ),
            (
                "Hi, I'm with Nicor Gas. Please leave your back gate unlocked Thursday so we can "
                "read your meter."
            ),
            "Kankakee Valley Park District: all pools are closed until further notice.",
            (
                "This is the Daily Journal newsroom. We are retracting yesterday's story about the "
                "mayor."
            ),
            (
                "Hello from the Kankakee County Health Department! Residents are asked to get flu "
                "shots this week."
            ),
            "Sheriff Downey speaking. Residents are urged to stay home tonight.",
        ],
        [
            (
                "I'm Dana Whitfield and I've lived in Kankakee for 30 years, the pools should stay "
                "open."
            ),
            "We at the block club are asking everyone to come to the meeting.",
            "Hi, I'm with you on this, the gas company charges too much.",
            "Kankakee Valley Park District: why are the pools closed again?",
            "The Daily Journal reported the mayor's story was wrong.",
            "Hello from a proud Kankakee mom! Please support the bake sale.",
            "Sheriff Downey spoke at the meeting, residents are urged to stay home.",
        ],
    ),
    "signed_by_name_and_office": (
        IMPERSONATION_CLAUSES,
        [
            "The pool is closed for the season. -Mayor Tilden",
            "Trash pickup moves to Wednesday next week. - Director Hayes, Public Works",
            "No burning this weekend, ban is in effect. ~Chief Dumas",
        ],
        [
            "I agree with Chief Dumas.",
            "Thank you! - Dave, Ward 5 resident",
            "Great speech by the mayor. -Tom",
            "'We will fix it' - Mayor Tilden",
            "The pool is closed for the season. Thanks a lot, Mayor Tilden",
        ],
    ),
    "agencies_and_accounts": (
        IMPERSONATION_CLAUSES,
        [
            (
                "This is the IRS. Your tax refund is frozen until you verify your social security "
                "number."
            ),
            "From the Kankakee Police Department: we will be checking parked cars for stickers.",
            "FEMA here: residents are asked to register for flood aid at the link below",
        ],
        [
            "The IRS froze my refund, anyone else?",
            "From the Kankakee Police Department to the fire station it's a 2 minute walk.",
            "FEMA here is useless, nobody came after the flood.",
        ],
    ),
    "staff_speaking_as_the_body": (
        IMPERSONATION_CLAUSES,
        [
            "I work for the city and we are shutting off water on Elm St Friday, fill your tubs.",
            "i work at city hall, all late water bills will get a $50 fine starting monday",
            "I'm a city employee and I'm letting everyone know the pool is closed for the season.",
        ],
        [
            "I work for the city and I love this town.",
            "I work for the city, and honestly the snow plows are doing their best.",
            "As a city employee I think the new trash fee is a bad idea.",
            "I'm the mayor of my own house lol",
            "I work for the city and I heard the pool might close early, anyone know?",
            "My wife works for the city and she says the pool will be closed Monday.",
            "I used to work for the city and the water was always shut off on Fridays.",
        ],
    ),
}

(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)
