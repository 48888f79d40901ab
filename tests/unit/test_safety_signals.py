"""Broad signals of a disclosure that endangers the public or its safety staff, and of
confidential information handed out, against their near-misses (issue 9, "Generalise, don't
tune": the safety session).

Written from our own heads before any rule, in the registers residents write in (phone-typed,
all capitals, slang, typos), as families of *signals* rather than of phrasings:

- public safety (Kankakee § V.2.11, Marseilles § 39.52(F), Montgomery County's confidential
  information): police, security or a facility named near a moment ("at 3am", "during shift
  change"), a place ("at Main & 5th"), a weakness ("camera broken", "unlocked", "only one
  officer on duty") or an invitation to use it or to evade ("go now", "take what you want",
  "they won't catch you", "go around"); an officer's home, family, routine or undercover
  identity;
- confidential information (Montgomery County): a juvenile's or a victim's identity told with a
  case, medical or personnel records, sealed or internal documents, a password, an informant,
  an insider's news of a case ("my cousin in dispatch says the suspect is ...").

The near-misses are what residents say about policing every day: the police's own
announcements passed on, praise and complaints, asking for more patrols, a broken streetlight
reported, news of an arrest, public court records, criticism of officers, a watch meeting. No
near-miss is ever cited under the clause nor removed.
"""

from __future__ import annotations

import pytest

from kankakee_verdicts import (
    KANKAKEE,
    MONTGOMERY,
    SAFETY_CLAUSES,
    CityFamily,
    assert_family_cited,
    family_tests,
)

_CONFIDENTIAL = {MONTGOMERY: "confidential"}

FAMILIES: dict[str, CityFamily] = {
    "police_or_security_with_time_place_weakness_or_invitation": (
        SAFETY_CLAUSES,
        [
            # a moment
            "cops do shift change at 6am so theres like 20 min where nobody is out on patrol",
            "heads up the squad cars all go back to the station at 3am for shift change, thats "
            "ur window",
            "FYI deputies stop patrolling the east side after midnight, go then",
            "only one officer on duty tonight for the whole north end lol",
            "kpd's only got the one k9 and he's on vacation till the 20th, figure it out",
            "the jail guards change shift at 10pm and the yard gate is unmanned for like 15 min",
            "dispatch is down to one person between 2 and 4 am every night, nobody answers",
            "every tuesday the night patrol skips riverside, just so yall know",
            "no one watches the substation on 3000 W rd after 11, camera's been dead for weeks",
            # a place, to evade
            "Cops at Main & 5th right now, go around",
            "state troopers sitting at the east gate of the fairgrounds, take Hawkins instead",
            "checkpoint on court st, route around it through the alley behind the library",
            "unmarked crown vic parked behind the library rn, avoid",
            "cops posted up on Station St, if ur driving home from the bar go the back way",
            "STING AT THE MOTEL 6 ON RT 50 DONT GO THERE TONITE",
            "KPD at the gas station on Court and Washington, slow down and go around",
            "cops just set up at 5th and Chestnut, take Oak if you got no license",
            "deputies parked at the bridge on rt 17, if you got a warrant dont come this way",
            "warning 2 cop cars sitting outside the dollar general on east st rn",
            # a weakness
            "the back door of city hall doesnt lock, anyone can walk right in after 5",
            "camera at the water plant fence is broken, nobody would even know",
            "alarm at the substation has been off all week lol",
            "the keypad on the jail's side door is busted, it opens if you just push it",
            "evidence room at kpd is never locked at night, everyone knows",
            "Theres no guard at the water treatment plant on weekends, the gate's just chained",
            "the water tower on Harrison has no fence on the back side and no cameras, you could "
            "climb it at night no problem",
            "lol the fire station on 3rd leaves the bay door open all night, the cameras dont "
            "even work",
            "hey if anyone needs to get into the courthouse after hours the side door by the "
            "loading dock is propped open",
            "the security guard at the courthouse sleeps in his car from 1 to 3, dead zone",
            # an invitation
            "patrol car is gone from the park, go now",
            "the cameras at the impound lot are off, take what you want",
            "cops are all at the football game tonight, they won't catch you",
            "nobody patrols the industrial park on sundays, easy pickings",
            "only 2 cops working the whole city overnight this weekend bc of the flu, go wild",
            "sheriffs raiding the trailer park on river rd tomorrow morning, tell ur boys",
            "police scanner says theyre moving on the house on 6th in 10 min, get out",
            # a code
            "the code to the keypad at the back door of city hall is 7741",
            "the alarm code for the rec center is 2468, they never changed it",
            "pw for the dispatch computer is Kankakee1! lol",
            # an officer's home, family, routine, undercover identity
            "officer daniels lives on the corner of oak and 4th, the white house w the boat",
            "Sgt. Miller's kids go to Taft elementary, his wife picks them up at 3",
            "that deputy who arrested my brother lives at 1420 n 5th ave",
            "detective ruiz is working undercover at the bar on schuyler, she goes by jess",
            "the narc at the car wash is actually deputy kline, dont talk to him",
            "officer peterson leaves the station alone at 11pm every night and walks to his truck",
            "chief's house is the blue one on cobb blvd and he's gone every weekend",
        ],
        [
            # the police's own announcements, passed on
            "KPD will hold a DUI checkpoint Saturday night on Route 50, drive safe everyone",
            "Per the Kankakee Police Department: sobriety checkpoint this weekend on Court St.",
            "Sheriff's office posted that the checkpoint on Rt 17 tonight is canceled",
            "KPD is hiring! Apply by Friday at the station on Court St",
            # praise, complaints, asking for patrols
            "never any patrols on my street, do your job",
            "we need more patrols on the east side at night, its getting bad",
            "can we get a cop to sit on Oak St in the mornings? people fly through the school zone",
            "thank you to the officers who patrol our street every night, we see you",
            "only one officer on duty for the whole city at night? thats dangerous, hire more",
            "why are the cops always sitting at the donut shop on Court instead of patrolling",
            "these cops are useless, 45 minutes to answer a call",
            "Officer Jones was rude to me during the traffic stop, unprofessional",
            "dispatch put me on hold for 10 minutes, unacceptable",
            "saw a squad car outside the school this morning, glad theyre watching the kids",
            "Officer Diaz coached my son's little league team, great guy",
            "the guard at the courthouse was so helpful when I got lost",
            "my son is a deputy and he works nights, pray for our officers",
            "The police department is understaffed, the council needs to fund it",
            "cameras dont stop crime, more officers do",
            # reports to the city
            "the streetlight on 5th and Elm is out, can the city fix it",
            "the camera at the park is broken, please fix it before summer",
            "the water plant needs a new fence, the old one is rusting",
            "the city should put cameras at the boat launch, too many break ins",
            "the tornado siren on the water tower didnt go off during the test Tuesday",
            "nobody is watching the dog park, people leave poop everywhere",
            # news, records, the past
            "Police arrested two men at the motel on Rt 50 last night, good job KPD",
            "he was arrested on Court St Tuesday, its in the paper",
            "court records show he was charged in 2021, its public",
            "the raid on the drug house on 6th last week was long overdue, thank you",
            "the jail needs better security after that escape in 2019",
            "the substation fire last year was scary, glad no one was hurt",
            "there was a lot of police at Main and 5th yesterday, anyone know what happened?",
            "I heard the scanner last night, sounded like a big fire on the east side, hope "
            "everyone is ok",
            # questions, policy, everyday talk
            "why is there a checkpoint every holiday weekend? waste of money",
            "are DUI checkpoints even legal in illinois?",
            "the jail is overcrowded and the guards are underpaid",
            "who do I call when my neighbor's alarm keeps going off all night?",
            "my car got broken into behind the library last night, anyone have cameras?",
            "the alarm at my house went off at 3am and the cops came in 5 minutes, thank you",
            "the shift change at the hospital makes traffic terrible at 7am",
            "City Hall hours are 8 to 4:30, the side door is locked after 4",
            "the back door of city hall is the accessible entrance, use the ramp on Merchant St",
            "the code enforcement office is closed on Fridays",
            # traffic notices and a watch meeting
            "road closed at Court and 5th tonight for the parade, take Oak instead",
            "heads up: road work on Court St starts Monday, go around by Oak",
            "Neighborhood watch meeting Tuesday at 7pm at the library, all welcome",
        ],
    ),
    "confidential_information_handed_out": (
        _CONFIDENTIAL,
        [
            "case #2024-JV-0113, the 14 yr old girl who was assaulted is the Browns daughter on "
            "Wayne Ave",
            "my cousin in dispatch says the suspect is Tyler from the Dollar General on Salem",
            "leaked from the internal memo: 40 jobs in Environmental Services are getting cut "
            "in March",
            "here is the director's personnel file, he was written up 3 times for harassment",
            "the victim was Maria Lopez, 23, lives off Gettysburg, shes the one who pressed "
            "charges",
            "the confidential informant in the Riverside case is Jamal, works at the tire shop",
            "the admin password for the county billing portal is Dayton2024!",
            "my sister works at Miami Valley hospital and said the guy from the crash has brain "
            "damage",
            "the sealed file says the juvenile was Jake R, 15, from Trotwood",
            "i work in HR for the county and Karen in billing is on a PIP and about to be fired",
            "According to the internal audit that hasnt been released, the plant has been "
            "dumping since 2022",
            "Case 23CR1187: the minor victim goes to Northmont Middle",
            "friend at the sheriffs office said theyre raiding a house on Huffman next week, "
            "keep it quiet",
            "the internal lab report shows lead at 40 ppb but theyre not telling anyone",
            "the kid who got hurt at the pool is the Johnson boy, his medical report says "
            "broken neck",
            "my buddy at the jail says inmate Hodges tried to kill himself last night",
            "got the minutes from the closed door session, they voted to close the Dryden Rd "
            "station",
            "DEVON STARKS IS THE SNITCH IN THE CASE AGAINST HIS BROTHER",
            "my cousin at dispatch sent me the audio of the 911 call from the shooting, here it is",
            "Juvenile court case 2023-00412 - the boys name is Elijah Moore, his mom is a nurse "
            "at Kettering",
            "the employee who got fired at the plant failed a drug test, I saw his file",
            "per the internal email from the director, the rate hike is 18% not 9%",
            "the keypad code for the treatment plant gate is 5501",
            "my aunt works in payroll, Tom Baker in engineering makes 96k and has a garnishment",
            "the confidential settlement with the driver was $250,000, my friend in legal told me",
            "the girl in the assault case is 12 and goes to Belmont, her dad is the one arrested",
            "the county's VPN login is jsmith with password Spring2024",
            "his workers comp claim says he has a back injury, I've seen the claim file",
            "The undercover deputy at the meetings is Deputy Walters",
            "internal document attached, shows the new hire list before its announced",
            "the personnel file of officer Reed shows 6 complaints that were never made public",
            "the disciplinary report on the plant supervisor says he showed up drunk twice",
            "MY COUSIN WORKS AT THE CORONER AND SAYS THE DEAD GUY ON SALEM OD'D ON FENTANYL, "
            "NAME IS RICKY",
            "the police report they didnt release says the victims 9 yr old saw everything",
            "off the record: the director resigned yesterday, theyre announcing it friday",
            "someone in dispatch told me the missing girl was found at her uncles on Wolf Creek",
            "the witness statement says it was Marcus Bell who drove the car",
            "my neighbor is on the jury and says theyre going to find him guilty",
            "the grand jury testimony says the deputy shot first, my friend was in the room",
        ],
        [
            "Case 2023-CR-0412 is set for trial on March 3, its on the clerk's public docket",
            "The county released the audit today, read it on the county website",
            "when will the county release the internal emails about the rate hike?",
            "I filed a public records request for the director's emails",
            "the county should make the personnel policies public",
            "News: a 17-year-old was arrested after the crash on Salem, police said",
            "my own medical records show I had lead in my blood, the county needs to test",
            "I'm a county employee and I think the rate hike is wrong",
            "the director is incompetent and should resign",
            "the sheriff announced the suspect's name at the press conference",
            "The meeting minutes are posted on the county website",
            "how do I get a copy of the police report for my accident?",
            "HR was so helpful when I had questions about my benefits",
            "my password for the billing portal doesnt work, how do I reset it?",
            "the victim's family asked for privacy, please respect that",
            "Prayers for the family of the boy who drowned at the pool",
            "the indictment was unsealed today, its all in the Dayton Daily News",
            "the jury found him guilty on all counts, justice served",
            "Memo to the county: fix the potholes on Wolf Creek Pike",
            "I read the leaked memo story in the paper, the county needs to answer for it",
            "who leaked the memo? thats a serious breach",
            "the water quality report for 2023 is on the county's site, lead levels were fine",
            "my cousin works at the county and she loves it",
            "my friend in dispatch says theyre understaffed and overworked, pay them more",
            "the internal audit should be made public",
            "the settlement amount was reported in the news, $250k",
            "please dont post the names of the kids involved, theyre minors",
            "the personnel committee meets Thursday at 5",
            "the county's password rules are annoying, 14 characters?",
            "the coroner released the cause of death today",
            "Case numbers can be looked up on the clerk of courts website",
            "my son was a victim of bullying at Northmont and the school did nothing",
            "The employee handbook is online for anyone to read",
            "Sealed bids are due by 2pm Friday at the county office",
            "the DV shelter hotline is open 24/7, youre not alone",
            "the director's salary is public record, look it up, $180k",
            "an insider always knows more than us lol",
            "the closed session was illegal, they should have voted in public",
            "i heard on the scanner there was a fire on Salem, hope everyones ok",
            "the suspect's mugshot is on the sheriff's facebook page",
            "my cousin in dispatch says the new radios are garbage",
            "the victim was a 40 year old man, police said, no names released yet",
        ],
    ),
    # Each round below was written after the rules of the round before and measured on them
    # before any rule was changed (the figures are in docs/accuracy.md); then the families it
    # showed missing were widened, never its rows alone.
    "safety_round_second": (
        SAFETY_CLAUSES,
        [
            "Sheriff car parked at the Speedway on 45 again, if ur holding go thru town instead",
            "no deputy covers the south county roads from 1 to 5 am, everyone knows it",
            "the motion lights behind the pumping station have been out for a month, nobody checks",
            "evidence locker keys hang on a hook by the back door at the PD lol",
            "Only one dispatcher works overnight on weekends so calls just ring, do what u gotta "
            "do",
            "radar trap on Brookmont by the cemetery rn, slow down and tell everyone",
            "the courthouse metal detector is broken so you can walk right in with whatever",
            "DUI CHECKPOINT AT ROUTE 17 AND 5TH TONITE AVOID IT",
            "the jail's back gate doesn't close all the way, been like that for weeks",
            "officer grant works nights and his wife is home alone on Birch St",
            "the undercover van is the white ford with the ladder, dont sell near it",
            "cops change shifts at 7 and theres nobody downtown for half an hour, perfect time",
            "the alarm at the armory has been disabled since the storm",
            "there's no one at the water plant gate after 10pm, the guard goes home early",
            "kpd has 3 guys on tonight for the whole city, party at the quarry",
            "the fence around the substation on Jeffery has a big gap by the creek, you can just "
            "walk in",
            "deputies staked out the trailer on 4th tonight, if thats ur cousin tell him stay away",
            "detective Hale is the one buying at the bar on Court, hes a cop, careful",
            "the night guard at the impound lot leaves at 2, grab your car back then",
            "the camera on the back of city hall is pointed at the sky lmao nobody sees the lot",
            "heads up the state police have a speed trap at mile 308 right now",
        ],
        [
            "KPD reminds everyone the DUI checkpoint on Route 17 is tonight, plan a sober ride",
            "I wish the cops would patrol Birch St more, cars speed all night",
            "the cameras at the county garage should be replaced, they are ancient",
            "the water plant tour was great, thanks to the staff",
            "police blocked off 5th St tonight after the water main break, use Oak",
            "my alarm was off when the burglar came, lesson learned",
            "is the courthouse open on Friday? need to pay a ticket",
            "the jail guard who helped my mom was so kind",
            "the sheriff's deputies arrested a man on Court St last night after a chase",
            "only 3 officers on duty at night is not enough, the city needs to hire",
            "heads up, the library is closed Monday for the holiday",
            "there's a community meeting with the police chief Tuesday at 6 at the rec center",
            "the radar sign on Brookmont is broken, can public works fix it?",
            "crime is down downtown since they added cameras, nice work",
            "the fire station on 3rd had an open house, kids loved the trucks",
            "cops sitting at the Speedway all day instead of answering calls, typical",
            "dispatch was fast when my dad fell, thank you",
            "the streetlights on Jeffery have been out for a month, somebody is going to get hurt",
            "remember to lock your cars tonight, there were break ins on Birch",
            "officer grant is retiring after 30 years, congrats!",
            "the substation on Jeffery is ugly, can they plant trees?",
            "why do the police need a new armored vehicle?",
            "my cousin is a guard at the jail and says it's a hard job",
            "avoid 5th and Court tonight, water main break, crews working",
            "the unmarked cars are a waste of money, just use the marked ones",
        ],
    ),
    "confidential_round_second": (
        _CONFIDENTIAL,
        [
            "my mom works at the ER and said the boy from the shooting on Salem is paralyzed",
            "the HR file on the new director shows he was let go from Springfield for harassment",
            "juvenile from the Huber Heights crash is Kayla M, 16, she goes to Wayne",
            "someone at the county told me the audit found $2 million missing and theyre sitting "
            "on it",
            "my buddy in the prosecutors office says they have no case against the officer and "
            "will drop it",
            "the guy who called in the tip on the dealers is Ron from the body shop",
            "the victims address is 1402 Salem, she lives alone",
            "county wifi admin password: mcES2023",
            "internal email from the director says the landfill fire was caused by our own crew",
            "the coroner's report says the inmate had been beaten, my friend there showed me",
            "the employee they fired last week was on probation for stealing, his file says so",
            "the 15 year old who was arrested is the pastor's son, his name is Caleb",
            "confidential settlement docs attached, the county paid $400k",
            "my cousin in records says the cop who shot him had 4 prior complaints",
            "i work at the jail and inmate Morales is on suicide watch",
        ],
        [
            "the county posted the settlement amount on its website",
            "my mom works at the ER and says wear your seatbelts",
            "the victim's family will hold a vigil Friday",
            "prosecutors said they will not file charges, according to the news",
            "someone at the county told me to call back Monday",
            "the audit will be presented at the public meeting Tuesday",
            "I'm the victim here, my water bill tripled",
            "the juvenile court is on the 2nd floor",
            "the director's resignation was announced this morning",
            "the HR office is closed for lunch from 12 to 1",
            "how do I request the internal audit?",
            "my buddy in the prosecutors office is a great lawyer",
            "the inmate who escaped was caught, sheriff says",
            "read the report on the county site, it's public",
            "i work at the jail and we need more staff",
        ],
    ),
    "safety_round_third": (
        SAFETY_CLAUSES,
        [
            "Word is the state boys are doing a roadblock at Exit 312 around 1am, take 45 if you "
            "been drinking",
            "The sally port door at the jail sticks open when it rains, it's been that way for "
            "years lol",
            "Not that anyone asked but the library's security guard leaves at 6 and the back lot "
            "cameras are fake",
            "cops are sitting in the church lot on Maple right now clocking speeders, spread the "
            "word",
            "The animal control officer who took my dog lives right off Hawkins behind the "
            "Casey's, the green house",
            "police radio said units are heading to the house on elm now so if thats you, leave",
            "Public works leaves the fuel depot gate open all weekend, could fill up a whole "
            "truck and nobody would notice",
            "there's no lock on the utility shed at the water tower, anyone could get in there",
            "the officers all eat at Denny's from 2-3am so the north side is wide open",
            "alarm panel at the old police station is dead, been dead since spring, building "
            "full of gear",
            "Deputy Collins picks his son up from Jefferson Elementary at 3:15 every day",
            "they moved the camera off the river walk so theres no eyes on it at night anymore, "
            "do ur thing",
            "courthouse security doesn't check the staff entrance on the east side before 8, "
            "just walk in with the janitors",
            "K9 is out sick all week so the dogs wont be at the checkpoint, you're good",
            "the dispatch center is one person from midnight till 6, if you call nobody comes fast",
            "i know the undercover who bought from my nephew, its that tall blonde officer Pruitt",
        ],
        [
            "The county should put another deputy car south of the river, response times are awful",
            "Is there a roadblock tonight? I have to drive to work at 1am",
            "the jail needs a new roof, it leaks every time it rains",
            "the library security guard is always friendly, shout out to him",
            "cops sitting in the church lot on Maple every morning, good, people speed there",
            "animal control was very helpful finding my lost dog, thank you",
            "officer martinez visited St Pats for career day, the kids loved it",
            "police radio traffic is encrypted now, I miss listening",
            "public works did a great job on the fuel depot upgrade",
            "the water tower is getting a new paint job next month",
            "officers, please enjoy a free breakfast at Denny's this Friday from the Rotary",
            "the old police station should be turned into a museum",
            "Deputy Collins read to the kids at Jefferson Elementary today, awesome",
            "the camera on the river walk caught the vandals, good",
            "courthouse security was quick this morning, only a 5 minute line",
            "The K9 unit will demo at the fair Saturday at 2",
            "dispatch center staff deserve a raise, they work nights and holidays",
            "all the cops at the parade were so nice to my kids",
            "I'm not a fan of undercover operations, seems like entrapment",
            "Road closed on Elm for a gas leak, police on scene, avoid the area",
        ],
    ),
    "confidential_round_third": (
        _CONFIDENTIAL,
        [
            "my bf works at the county jail and said the guy they brought in for the Salem "
            "stabbing confessed already",
            "Look at what my friend in HR sent me, the director's performance review says 'needs "
            "improvement' in every category",
            "the boy who got hit by the bus is Tyler, he's in 3rd grade at Kemp, his mom is a "
            "wreck",
            "someone on the inside told me the plant failed its EPA inspection and they're "
            "hiding it",
            "the nurse at Kettering says the county commissioner is in detox",
            "here's the confidential list of who is getting laid off in January",
            "case 24-JC-118 is about the Hendersons kids, CPS took them for neglect",
            "my neighbor's daughter in the clerk's office says the sealed divorce file has some "
            "juicy stuff about the sheriff",
            "the rape victim from the campus case lives on Brown St, you all know her",
            "The internal investigation found the deputy lied on his report but they're keeping "
            "him",
            "Wi-Fi for the county break room is MCBreak2024",
            "the tipster in the Dollar General robbery was the night clerk Ashley",
        ],
        [
            "my bf works at the county jail and says it's a tough but good job",
            "HR sent everyone a reminder about open enrollment",
            "the boy who got hit by the bus is recovering, the family thanks everyone",
            "someone on the inside should blow the whistle on the EPA stuff",
            "the commissioner announced he is taking medical leave",
            "the layoff list will be published after the board votes",
            "CPS is understaffed and kids are falling through the cracks",
            "the clerk's office was quick with my marriage license",
            "the campus needs better lighting for students walking home",
            "The internal investigation report was released today and it's damning",
            "can the county get Wi-Fi in the break room?",
            "thank you to the tipster who helped police catch the robber",
        ],
    ),
    "safety_round_fourth": (
        SAFETY_CLAUSES,
        [
            "pro tip: the deputies at the county building swap out around 11:30 and nobody "
            "watches the side lot for a good 20 min",
            "Bruh the cop that pulled me over lives in the white duplex by the Dairy Queen on "
            "Kennedy, just sayin",
            "jail kitchen door by the dumpsters is always unlocked during meal time, my cousin "
            "works there",
            "speed trap on Route 113 by the old grain elevator, cops in a black charger, hit the "
            "brakes",
            "they took the security guard off the library overnight to save money, place is "
            "totally unprotected now",
            "the sheriff's daughter goes to Kankakee Valley, she gets dropped off at 7:40 by the "
            "side entrance",
            "Detective Lowry is the one posing as a buyer on marketplace, don't answer his "
            "messages",
            "power substation off Armour Rd has a busted fence section on the north side, wide "
            "open",
            "checkpoint setting up at Court & Schuyler as we speak, turn around before the bridge",
            "The treatment plant gate code hasn't changed since 2015, it's the year the plant "
            "opened",
            "night shift at the PD is 2 officers this weekend because of the training in "
            "Springfield",
            "if anyone needs to get their impounded car out the fence behind the tow lot is down",
            "city hall's back office window doesn't lock, the one by the alley, FYI",
            "patrol stops coming down our end after 10pm, so if you wanna do fireworks or "
            "whatever go for it",
            "undercover car is a silver Malibu with tinted windows parked outside the laundromat "
            "on Station, careful",
        ],
        [
            "The deputies at the county building are always polite, thank you for your service",
            "The cop who pulled me over was fair and let me go with a warning",
            "jail kitchen needs health inspections, the food is awful",
            "speeding on Route 113 is out of control, need more enforcement",
            "why did they take the security guard off the library? seems like a bad idea",
            "the sheriff's daughter won state in track, congrats to the family",
            "Detective Lowry spoke at our block club about scams on marketplace, very helpful",
            "the substation off Armour Rd is buzzing loud at night, who do I call",
            "checkpoint at Court & Schuyler Saturday per the KPD press release",
            "what's the door code policy for the new community center rentals?",
            "night shift officers deserve better pay, they work weekends and holidays",
            "my car got impounded and the tow lot was closed, ridiculous",
            "city hall windows are so old, they need replacing",
            "fireworks on our end after 10pm every night, can patrol come by?",
            "there was an undercover car on my street last week and it turned out to be a "
            "process server lol",
        ],
    ),
    "confidential_round_fourth": (
        _CONFIDENTIAL,
        [
            "heard from someone at the courthouse that the judge already decided to give him "
            "probation, sentencing isn't till next month",
            "the kid that OD'd at the skate park is the Millers' youngest, Ethan, 14",
            "My wife is a paralegal at the prosecutor's and they're about to indict two "
            "commissioners",
            "payroll leak: the new assistant director gets $142k plus a car allowance",
            "attached is the sealed custody evaluation for the Parker kids",
            "one of the deputies told me the body they found at the reservoir was the missing "
            "Huber Heights woman",
            "internal IT memo: the county's backup server password is still the default "
            "admin/admin",
            "FYI the informant in the Brookville drug case is Marcus Hale's girlfriend",
            "the 911 caller in the domestic on Third St was the neighbor kid, Lily, she's 10",
        ],
        [
            "sentencing is set for next month, per the court docket",
            "so sad about the kid who OD'd at the skate park, we need more programs",
            "my wife is a paralegal and loves her job",
            "the director's salary is listed in the public budget book",
            "custody cases should be handled faster",
            "the deputies told everyone to stay away from the reservoir while they search",
            "the clinic offers free flu shots on Wednesdays",
            "the county should change default passwords on its servers",
            "thank you to the informant who helped crack the Brookville case",
            "call 911 if you hear a domestic, don't wait",
        ],
    ),
    "safety_round_fifth": (
        SAFETY_CLAUSES,
        [
            "tip for the weekend: the sheriff's night car parks at the fairground gate from 12 "
            "to 4 and sleeps, the back roads are all yours",
            "the storage unit at public works where they keep the copper wire has a broken "
            "padlock, just saying",
            "DONT TAKE 17 HOME TONIGHT STATIES AT THE OVERPASS BY THE QUARRY",
            "that new deputy, the tall one, lives in the apartments over the laundromat on Main, "
            "unit 4",
            "every sunday morning the courthouse back door is propped open for the cleaning crew "
            "until 10",
            "officer reyes is moonlighting as security at the casino on weekends, her patrol car "
            "sits empty at her house",
            "cops are running a sting on facebook marketplace selling cheap iphones, the seller "
            "named Jay is a cop",
            "911 is down county wide for an hour tonight for maintenance, just so you all know",
            "the gun safe at the range the deputies use is left open when they train on thursdays",
            "theres only one warden on the lake on weekdays so fish wherever u want",
        ],
        [
            "The sheriff's night car should patrol the fairground more, kids race there",
            "kpd's k9 won the regional competition, congrats to Officer Hill and Bruno",
            "public works needs a new storage building, the old one is falling apart",
            "Route 17 will be closed tonight for paving per IDOT, use 45",
            "the new deputy is doing a great job, very friendly",
            "courthouse hours are 8 to 4, the back door is for staff only",
            "are the cameras at the boat launch real? asking because my car got hit",
            "officer reyes helped my grandma when she fell, thank you",
            "be careful buying phones on marketplace, lots of scams",
            "911 outage tonight? who do we call then? the county should tell us",
            "the range is closed thursdays for deputy training",
            "we need more wardens on the lake, people are overfishing",
        ],
    ),
    "confidential_round_fifth": (
        _CONFIDENTIAL,
        [
            "the boy in the Centerville bullying video is Noah Price, his dad is a cop in Dayton",
            "per a source in the sheriffs office, the jail death last week was an overdose "
            "they're trying to hide",
            "the HR complaint against the fleet manager says he grabbed a coworker, I have a copy",
            "someone in billing told me the commissioner hasn't paid his sewer bill in 2 years",
            "the CI on the Trotwood case lives in the apartments behind Kroger, everybody knows it",
            "the autopsy came back, my aunt at the coroner's says it was a gunshot not a fall",
            "confidential: the environmental services director is being investigated for bid "
            "rigging",
        ],
        [
            "my daughter is a dispatcher and she works so hard, thank you dispatchers",
            "the sheriffs office says the jail death is under investigation",
            "HR complaints should be handled faster, the county is slow",
            "the bullying video is disgusting, the school needs to act",
            "someone in billing was very helpful fixing my account",
            "the Trotwood case went to trial today",
            "the coroner's office is hiring, good benefits",
            "the environmental services director presented the budget Tuesday",
        ],
    ),
}

(
    test_each_city_cites_the_family_under_its_clause,
    test_near_misses_are_not_cited_and_never_removed,
) = family_tests(FAMILIES)


#: Violations the signals still miss (the held-out rounds' last misses): a new vocabulary each
#: ("5-0", "on vacation", "is fake, just a box"), a weakness told with no time, site or invitation
#: near, a dispatcher's or a nurse's news with no word of a case. Strict: a rule that reads one
#: of them must move it to its family.
KNOWN_SAFETY_MISSES = [
    "if ur gonna do it, do it during shift change, they never check the lot then",
    "yo the 5-0 left the pier lot, coast is clear",
    "the cameras at the county garage got unplugged last week for the remodel, still off, nobody "
    "watching the trucks",
    "the keypad code at the fire station is still 1234, they never changed it",
    "every friday the patrol car at the school goes home at 3, after that it's empty",
    "FYI the county only runs one deputy car south of the river after 11 on weeknights. Just "
    "saying if anyone needs to move stuff.",
    "officer martinez has two little girls at St Pats, maybe someone should talk to her about it",
    "narcotics unit is parked in a grey tahoe across from the apartments on 8th, heads up fam",
    "ALL THE COPS ARE AT THE PARADE DOWNTOWN, NORTH END IS EMPTY",
    "Lol the camera at the boat launch is fake, it's just a box, nobody's recording",
]
KNOWN_CONFIDENTIAL_MISSES = [
    "i work at the clinic and that councilman comes in every week for methadone",
    "my daughter is a dispatcher and the call from the Beavercreek house was a murder suicide, "
    "the kids found them",
]


@pytest.mark.xfail(strict=True, reason="a known miss of the broad signals")
@pytest.mark.parametrize("text", KNOWN_SAFETY_MISSES)
def test_known_safety_misses(text: str) -> None:
    assert_family_cited(KANKAKEE, SAFETY_CLAUSES[KANKAKEE], text)


@pytest.mark.xfail(strict=True, reason="a known miss of the broad signals")
@pytest.mark.parametrize("text", KNOWN_CONFIDENTIAL_MISSES)
def test_known_confidential_misses(text: str) -> None:
    assert_family_cited(MONTGOMERY, _CONFIDENTIAL[MONTGOMERY], text)
