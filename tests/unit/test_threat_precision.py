"""Families of false flags the threat detectors no longer raise (issue 9), each beside the
threats of the same shape that must still go to review.

A city page is a public forum: a warning in a moderator's notice, a threat mentioned in a
hypothetical, a wish for a flu shot or a prison sentence, and an insult that judges an act are
no threat or personal attack (Kankakee § V.2.2, § V.2.6).
"""

from __future__ import annotations

import pytest

from kankakee_verdicts import detectors

_THREATS = {"threat", "incitement"}


@pytest.mark.parametrize(
    "text",
    [
        "Please stop vandalizing pages. You have been warned.",
        "You've been warned before - please stop.",
        "You have been warned about this before. Please stop.",
        "Stop posting spam. You've been warned, and the next time you will be banned.",
        "Violators will be towed at the owner's expense. Consider yourself warned.",
        "Consider yourself warned about the ice on Court Street.",
        "Parking violators have been warned.",
        "Residents were warned about the ice.",
        "This is your final warning. Stop posting spam or you will be banned.",
    ],
)
def test_a_warning_in_a_notice_or_about_a_danger_is_no_threat(text: str) -> None:
    """A warning given before, about a rule, its enforcement or a danger is a notice."""
    assert detectors(text).isdisjoint(_THREATS)


@pytest.mark.parametrize(
    "text",
    [
        "You have been warned.",
        "Stay away from my daughter. You've been warned.",
        "You've been warned, I know where you live.",
        "Consider yourself warned.",
        "Keep talking about my family and see what happens. Consider yourselves warned.",
    ],
)
def test_a_bare_warning_is_still_a_threat(text: str) -> None:
    """A warning said bare, or joined to a threat, goes to review."""
    assert "threat" in detectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "If I said 'I'm going to kill him', would that be a threat?",
        "If I said I'm going to kill him, would that be a threat?",
        "What if someone wrote 'I'll burn your house down'?",
        "What if someone wrote I'll burn your house down?",
        "Saying 'I'll kill you' is not OK.",
        "Suppose somebody posted that they will shoot the mayor: is that protected speech?",
        "If I wrote that I wanted to shoot the referee, would I be arrested?",
    ],
)
def test_a_threat_mentioned_in_a_hypothetical_is_not_made(text: str) -> None:
    """Words imagined being said, by the writer or by someone, are mentioned, not said."""
    assert detectors(text).isdisjoint(_THREATS)


@pytest.mark.parametrize(
    "text",
    [
        "If you show up again, I'll kill you.",
        "If you come near my kids I will shoot you.",
        "If I have to say it again, I will kill you.",
        "I said I will kill you and I meant it.",
        "If the council raises taxes again, somebody's gonna get shot.",
    ],
)
def test_a_conditional_threat_is_still_a_threat(text: str) -> None:
    """A condition with no report, a report that names no clause ("say it again") and the
    writer's own report keep the threat the writer's."""
    assert "threat" in detectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "I hope you get the flu shot before winter.",
        "I hope you get your booster shot soon.",
        "Hope he gets a shot at the title.",
        "I hope you get well soon.",
        "I hope you get the job.",
        "Sickening. I hope they catch the scum that killed them.",
        "I hope you rot in prison.",
        "He deserves to rot in jail.",
        "They both deserve the death penalty.",
        "He deserves the death sentence for what he did.",
        "I hope they get the death penalty.",
    ],
)
def test_care_a_chance_and_a_court_sentence_are_no_harm_wished(text: str) -> None:
    """After an article or a vaccine "shot" is a noun; the death penalty is a court's sentence,
    and rotting in prison a sentence served."""
    assert detectors(text).isdisjoint(_THREATS)


@pytest.mark.parametrize(
    "text",
    [
        "I hope you get shot.",
        "I hope you all get shot.",
        "I hope he gets shot and killed.",
        "Hopefully some liberals were killed.",
        "I hope you rot.",
        "He deserves to rot in hell.",
        "I hope they die in jail.",
        "You deserve a slow death.",
        "I hope you get hit by a bus.",
    ],
)
def test_harm_and_death_wished_are_still_threats(text: str) -> None:
    """The same wishes of harm or death go to review."""
    assert "threat" in detectors(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You can always sleep when you are dead!", False),
        ("You are dead.", True),
        ("You will regret it down the road.", False),
        ("You'll regret it later, trust me on the mortgage.", False),
        ("You will regret this.", True),
        ("It would be a shame if you burned out.", False),
        ("Nice house. It would be a shame if something happened to it.", True),
        ("It would be a shame if your kids got hurt.", True),
        ("Legalise piracy to kill the child porn industry?", False),
        ("Kill the child.", True),
    ],
)
def test_time_clauses_advice_and_compounds_are_no_threats(text: str, expected: bool) -> None:
    """ "When you are dead" is a time, "regret it down the road" advice, "burned out" fatigue,
    "the child porn industry" no child."""
    assert ("threat" in detectors(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There doesn't seem to be that much spam email nowadays.", False),
        ("They labelled it as a spam site.", False),
        ("Let's spam their inbox until they listen.", True),
        ("I would wait for him to resume editing.", False),
        ("I will follow you to the parking lot.", True),
        ("I will follow you to your car.", True),
        ("I have been following what you edit closely.", False),
        ("I've been following you.", True),
    ],
)
def test_nouns_purposes_and_a_person_s_work_are_no_harassment(text: str, expected: bool) -> None:
    """ "Spam" before a channel is a noun, "wait for him to" a purpose, "following what you
    edit" reading someone's work; a campaign of spam, following a person somewhere and watching
    a person are incitement."""
    assert ("incitement" in detectors(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("That was a total scumbag move of me.", False),
        ("She realised it was a dumbass idea.", False),
        ("What an idiot comment.", False),
        ("I was a total idiot back then.", False),
        ("He was a total idiot.", True),
        ("What a moron.", True),
        ("Whatever the fuck you want, do it.", False),
        ("Who the fuck you think you are is beside the point.", False),
        ("By the way, fuck you and your rhetoric.", True),
        ("I've been told to fuck off many times in my life.", False),
        ("We got to fuck off earlier than usual tonight.", False),
        ("My students usually can't wait for me to fuck off.", False),
        ("Fuck off, troll.", True),
        ("Get the fuck off my page.", True),
        ("Now kindly, fuck off.", True),
    ],
)
def test_an_insult_aimed_at_an_act_or_the_writer_is_no_attack(text: str, expected: bool) -> None:
    """An insult modifying a noun judges an act ("a scumbag move"), the writer's own past is no
    one else's, "the fuck you" is an intensifier and "to fuck off" may be leaving; an insult or
    an order aimed at someone is an attack."""
    assert ("personal_attack" in detectors(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Let's get rid of immigrants once and for all.", True),
        ("Let us be rid of the Muslims.", True),
        ("Let's get rid of the disabled parking spots.", False),
        ("Let's get rid of the mayor.", False),
    ],
)
def test_a_protected_group_wished_gone_with_let_us(text: str, expected: bool) -> None:
    """ "Let's get rid of <group>" wishes a group gone; parking spots and an official are no
    protected group (voting an official out is no threat)."""
    assert ("threat" in detectors(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thank you for voting no on the bill.", False),
        ("Thanks for voting yes on the levy, council.", False),
        ("Shame on you for voting no on the budget.", False),
        ("Vote no on Prop 3!", True),
        ("Please vote for Jane Smith on Tuesday.", True),
    ],
)
def test_thanks_for_a_vote_cast_is_no_campaign_appeal(text: str, expected: bool) -> None:
    """ "For voting" names a vote cast, not an appeal for one (the campaign-advocacy detector);
    an appeal is still one."""
    assert ("campaign_advocacy" in detectors(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He wanted to kill those people because of what they believe.", False),
        ("The pandering to people who want to kill the jews must stop.", False),
        ("I think he meant he can stab people in the back.", False),
        ("I know they will kill him if he goes back.", False),
        ("I want to kill the referee.", True),
        ("Someone needs to kill the mayor.", True),
        ("I swear, I will shoot him.", True),
        ("I wish you would choke yourself.", True),
        ("As I see it, we should get rid of immigrants once and for all.", True),
    ],
)
def test_another_s_intent_reported_is_not_the_writer_s(text: str, expected: bool) -> None:
    """A wish or a plan to harm reported of someone else ("he wanted to", "people who want
    to", "I think he can") is none of the writer's; the writer's own, or a wish aimed at the
    reader, still is."""
    assert ("threat" in detectors(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If you say I'm lying, I'll punch you.", True),
        ("If you say I'm lying I'll punch you.", True),
        ("if you say that again I'll smash your face", True),
        ("If you ever say I'm a liar again, I'll break your nose.", True),
        ("When you say I'm lying, I want to punch you.", True),
        ("If he says I will kill him, he is lying.", False),
        ("If anyone says that I will hurt them, they are wrong.", False),
        ("If you say that, I'll agree.", False),
        ("If you say I'm wrong, I'll show you the data.", False),
    ],
)
def test_a_condition_that_reports_speech_keeps_the_threat(text: str, expected: bool) -> None:
    """A report that is a condition ("if you say I'm lying") is no report of the threat that
    follows it: the writer threatens on a condition. A threat that is the reported words ("if
    he says I will kill him") is still mentioned, and a promise that harms no one is none."""
    assert ("threat" in detectors(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("if a source says that he is an idiot, feel free to cite it", False),
        ("He said that she is an idiot.", False),
        ("If you call me that, you are an idiot.", True),
    ],
)
def test_a_condition_that_reports_an_insult_still_reports_it(text: str, expected: bool) -> None:
    """An insult inside the words a conditional report gives is reported, not said; one said
    after the condition is the writer's."""
    assert ("personal_attack" in detectors(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("why don't you just fuck off", True),
        ("Why don't you go fuck yourself?", True),
        ("Why not just fuck off, troll?", True),
        ("why dont you go die", True),
        ("Why doesn't this loser just leave?", True),
        ("why don't you just call the clerk", False),
        ("Why don't you come to the council meeting?", False),
        ("I don't fuck off when people disagree.", False),
        ("Why did nobody tell me to fuck off?", False),
    ],
)
def test_a_rhetorical_why_not_urges_it_negates_nothing(text: str, expected: bool) -> None:
    """ "Why don't you ..." urges the reader to do it: an insult or an order to leave stays an
    attack or a threat; a harmless suggestion is none, and a real negation still drops one."""
    found = detectors(text)
    assert bool(found & {"personal_attack", "threat"}) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I don't believe I ever called you an idiot. If I did, I apologize.", False),
        ("I apologized for calling you an idiot.", False),
        ("How can you support Trump who called u a loser?", False),
        ("I'm calling you an idiot.", True),
        ("You idiot.", True),
    ],
)
def test_a_name_once_called_is_reported_not_said(text: str, expected: bool) -> None:
    """ "Called you an idiot" tells a past act (an apology, another's insult); calling the reader
    one now is an attack."""
    assert ("personal_attack" in detectors(text)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "I'd love to see him get a shot at the title.",
        "I'd love to see them shot down in the primary.",
        "I want to see the council die on that hill.",
        "He should be hung out to dry by the voters.",
        "The mayor should be hung out to dry for this budget.",
    ],
)
def test_a_chance_a_defeat_or_an_idiom_is_no_harm_wished(text: str) -> None:
    """A shot at a title, a proposal shot down, "die on that hill", "hung out to dry"."""
    assert detectors(text).isdisjoint(_THREATS)


@pytest.mark.parametrize(
    "text",
    [
        "I'd love to see him shot.",
        "I want to see that clerk hang.",
        "He should be hung from the nearest tree.",
        "What a shame the storm didn't kill him.",
        "A pity they did not shoot you.",
        "Too bad the storm didn't kill him.",
    ],
)
def test_harm_wished_or_regretted_is_still_a_threat(text: str) -> None:
    """The same shapes with harm to a person; "shame" and "pity" without "too" read too."""
    assert not detectors(text).isdisjoint(_THREATS)


@pytest.mark.parametrize(
    "text",
    [
        "I will find you.",
        "I'll find you and make you pay",
        "We're gonna find you, and when we do you'll regret it",
    ],
)
def test_finding_someone_promised_is_a_threat(text: str) -> None:
    assert "threat" in detectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "I hope I find you at the meeting tonight",
        "Where can I find you on Saturday?",
        "I don't know, so I find you and ask",
        "Search the site and you will find your ward's map",
    ],
)
def test_finding_someone_at_a_meeting_or_asked_where_is_no_threat(text: str) -> None:
    assert "threat" not in detectors(text)
