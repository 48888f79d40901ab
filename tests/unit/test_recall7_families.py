"""Recall on families of phrasing the sixth session found unread (issue 9), each with near-misses.

Montgomery County's "agency other than Montgomery County" named by a place's name without "the"
or at a sentence's start, a city's government, a college or a university named as a body; a
person's name that opens a sentence (§ V.2.3 reads it when the comment shows it is a name); a
people's customs, traditions and religion degraded as its people are, and the world said to be
run by a people (§ V.2.4); crude retorts said as a sentence of their own (§ V.2.2, as "screw
you" is); a danger the city warned of said to be made up (§ V.2.8). The near-misses are what a
city page must keep: a place said where, a passing mention, a plural subject, a song's title, a
literal bite, a report, a question, a debunk, criticism of the city's honesty on anything else.
Every finding is judgment: it goes to review, never removal. The expectations come from the
ordinances' wording, not from running the evaluator.
"""

from __future__ import annotations

import pytest

from kankakee_verdicts import city_cited, never_removed

KANKAKEE = "kankakee"
MONTGOMERY = "montgomery-county-oh"

OTHER_AGENCIES = [
    "Dayton Police never came when my car was broken into.",
    "Kettering Police should arrest him.",
    "Kettering PD should handle it, not you.",
    "I called Riverside police twice and nobody came.",
    "The City of Dayton should fix its roads.",
    "Call the Village of Oakwood about it.",
    "City of Kettering raised its fees again.",
    "Sinclair College raised tuition again.",
    "The University of Dayton should pay its share.",
    "Why is Wright State University raising its fees?",
]

NO_OTHER_AGENCY = [
    "Extra police should be on duty downtown.",
    "Local police said the road is closed.",
    "Defund police now.",
    "Call police if you see anything.",
    "Campus police were there.",
    "I grew up in the city of Dayton.",
    "She moved to the City of Dayton last year.",
    "A graduate of Sinclair College won the award.",
    "My son goes to Wright State University.",
    "She is a Sinclair College graduate.",
    "Ohio State University football is on tonight.",
    "Let the Electoral College decide.",
    "The College of Cardinals met in Rome.",
    "He went to a Junior College.",
    "Oxford University Press published the study.",
    "Loyola University is a Catholic university.",
    "Yeah, lawless Wikipedia Police.",
    "The city of Paris has great museums.",
]


@pytest.mark.parametrize("text", OTHER_AGENCIES)
def test_another_agency_named_by_a_place_is_cited(text: str) -> None:
    """A place's police, government, college or university named as the body it is."""
    assert "off-topic" in city_cited(MONTGOMERY, text)
    never_removed(MONTGOMERY, text)


@pytest.mark.parametrize("text", NO_OTHER_AGENCY)
def test_a_kind_of_police_a_place_or_a_passing_mention_is_no_other_agency(text: str) -> None:
    """A kind of police, an order, a place said where or a school named in passing."""
    assert "off-topic" not in city_cited(MONTGOMERY, text)


NAMED_FIRST = [
    "Lewis is a crook.",
    "Osenga takes bribes from developers.",
    "Smith allegedly steals from the till.",
    "Lewis has stolen from the city.",
    "Halverson stole the funds. Ask Halverson about it.",
]

NOT_NAMED_FIRST = [
    "Thieves stole my bike.",
    "Teachers are criminals.",
    "Kids stole the funds.",
    "Someone is a crook.",
    "Politicians are crooks.",
    "Is Lewis a crook?",
    "Lewis is not a crook.",
    "Everyone is a thief.",
    "Halverson stole the show last night.",
]


@pytest.mark.parametrize("text", NAMED_FIRST)
def test_a_name_opening_a_sentence_is_read_when_the_comment_shows_it(text: str) -> None:
    """A verb only one subject takes, or the word written with a capital again, shows a name."""
    assert "V.2.3" in city_cited(KANKAKEE, text)
    never_removed(KANKAKEE, text)


@pytest.mark.parametrize("text", NOT_NAMED_FIRST)
def test_a_plural_a_pronoun_a_question_or_a_denial_is_no_accusation(text: str) -> None:
    """A plural subject, a pronoun, a question, a denial or an idiom accuses no named person."""
    assert "V.2.3" not in city_cited(KANKAKEE, text)


DEGRADED_WAYS = [
    "African customs are savage.",
    "Jewish traditions are primitive and barbaric.",
    "Muslim religion is violent.",
    "Hindu rituals are disgusting.",
    "Muslims keep coming here. Their religion is barbaric.",
    "Immigrants bring their savage customs with them.",
]

WORLD_RUN = [
    "Jews run the world",
    "The Jews run this country.",
    "Muslims rule the planet.",
    "Jews run everything.",
    "Jews basically run the whole world.",
]

WAYS_AND_RULE_FINE = [
    "Catholic traditions are beautiful.",
    "Religious customs are strict.",
    "Jewish customs are not primitive.",
    "The Christian faith is sick of being mocked.",
    "Saying that African customs are savage is racist.",
    "Mexican food traditions are amazing.",
    "Native American rituals are sacred.",
    "Women run the world",
    "Girls run the world, says the song.",
    "Boomers run the country",
    "Jews do not run the world.",
    "The idea that Jews run the world is an antisemitic lie.",
    '"Jews run the world" is a hateful conspiracy theory.',
    "Immigrants run the country club",
    "Immigrants run everything at the plant, they work hard.",
    "Jews run the world bank",
]


@pytest.mark.parametrize("text", DEGRADED_WAYS + WORLD_RUN)
def test_a_peoples_ways_degraded_or_the_world_run_by_a_people_is_cited(text: str) -> None:
    """Customs, traditions and religion called savage, or the world said run by a people."""
    assert "V.2.4" in city_cited(KANKAKEE, text)
    never_removed(KANKAKEE, text)


@pytest.mark.parametrize("text", WAYS_AND_RULE_FINE)
def test_praise_a_denial_counter_speech_a_song_or_work_is_no_hate(text: str) -> None:
    """Praise, a denial, counter-speech, the groups a song names and a group at work."""
    assert "V.2.4" not in city_cited(KANKAKEE, text)


RETORTS = [
    "Bite me.",
    "Oh, bite me!",
    "Blow me.",
    "Suck it!",
    "Well, suck it.",
    "They can suck it.",
    "If you don't like it, you can bite me.",
    "He can just suck it.",
    "Suck it, Bill Clinton.",
    "Screw off!",
    "Go screw yourself.",
    "Meh, bite me.",
    "You guys can all suck it.",
]

NOT_RETORTS = [
    "The dog tried to bite me.",
    "Mosquitoes bite me every night.",
    "Bite me, mosquitoes!",
    "Suck it up, buttercup.",
    "Suck it and see.",
    "That would blow me away.",
    "Blow me down!",
    "Don't bite me.",
    "Screw off the cap first.",
    '"Bite me," he said.',
    "The vacuum can suck it all up.",
]


@pytest.mark.parametrize("text", RETORTS)
def test_a_crude_retort_said_whole_is_cited(text: str) -> None:
    """A crude retort said as a sentence of its own, aimed at whoever it answers."""
    assert "V.2.2" in city_cited(KANKAKEE, text)
    never_removed(KANKAKEE, text)


@pytest.mark.parametrize("text", NOT_RETORTS)
def test_a_literal_bite_an_idiom_or_a_quotation_is_no_retort(text: str) -> None:
    """The literal senses, the idioms that go on ("suck it up") and a quotation."""
    assert not city_cited(KANKAKEE, text) & {"V.2.2", "V.2.5"}


DANGER_MADE_UP = [
    "The city made up the E. coli to scare us.",
    "They faked the contamination to sell us filters.",
    "The E. coli is fabricated.",
    "The gas leak was staged.",
    "The city totally made up the boil order.",
]

DANGER_REAL = [
    "The city made up for the delay.",
    "They found E. coli in the tap water.",
    "Did the city fake the contamination?",
    "People say the city made up the E. coli, which is false.",
    "The city made up the numbers on the budget.",
    "The mayor lied about the cost of the plant.",
    "The boil order was lifted yesterday.",
]


@pytest.mark.parametrize("text", DANGER_MADE_UP)
def test_a_danger_said_to_be_made_up_is_cited(text: str) -> None:
    """A danger the city warned of, said to be fabricated, tells readers to drop the care."""
    assert "V.2.8" in city_cited(KANKAKEE, text)
    never_removed(KANKAKEE, text)


@pytest.mark.parametrize("text", DANGER_REAL)
def test_a_report_a_question_a_debunk_or_the_citys_honesty_is_no_claim(text: str) -> None:
    """A report, a question, a debunk, and the city's honesty argued on anything but a danger."""
    assert "V.2.8" not in city_cited(KANKAKEE, text)


PROPOSED = [
    "How about we cut their throats?",
    "What if we just killed all of them?",
    "Why don't we just kill them all?",
    "How about we hang the mayor?",
    "What if we just killed all Muslims?",
    "How about we cut the clerk's throat?",
    "They will stop laughing when I start shooting them.",
]

NOT_PROPOSED = [
    "How about we cut taxes?",
    "What if we just killed the bill?",
    "Why don't we just fire the manager?",
    "What if someone just shot the mayor?",
    "How about we cut through the red tape?",
    "When I start shooting photos, the light is better.",
    "I can't wait to start shooting the wedding.",
    "Why don't we just shoot the breeze?",
]


@pytest.mark.parametrize("text", PROPOSED)
def test_violence_put_as_a_plan_in_a_question_is_cited(text: str) -> None:
    """A killing proposed to readers ("how about we ...") or one the writer will start."""
    assert "V.2.2" in city_cited(KANKAKEE, text)
    never_removed(KANKAKEE, text)


@pytest.mark.parametrize("text", NOT_PROPOSED)
def test_a_policy_a_bill_a_firing_or_a_photo_shoot_is_no_threat(text: str) -> None:
    """A cut of taxes, a bill killed, a firing, another's act, a photo shoot, an idiom."""
    assert "V.2.2" not in city_cited(KANKAKEE, text)


DEAD_ALIKE = [
    "I don't see any difference between a dead rat and a dead Muslim.",
    "There's no difference between a dead rat and a dead woman.",
    "I see no difference between a dead rat and a dead immigrant",
]

DEAD_UNALIKE = [
    "There is no difference between a dead rat and a dead raccoon.",
    "There's no difference between a dead rat and a dead mouse to my cat.",
]


@pytest.mark.parametrize("text", DEAD_ALIKE)
def test_no_difference_seen_between_vermin_and_one_dead_member_is_cited(text: str) -> None:
    """A member after "a dead" reads as the group it stands for, as "a Muslim" does."""
    assert "V.2.4" in city_cited(KANKAKEE, text)
    never_removed(KANKAKEE, text)


@pytest.mark.parametrize("text", DEAD_UNALIKE)
def test_vermin_likened_to_vermin_is_no_hate(text: str) -> None:
    """Two animals compared name no group."""
    assert "V.2.4" not in city_cited(KANKAKEE, text)
