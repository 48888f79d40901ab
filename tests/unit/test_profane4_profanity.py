"""Profanity (Kankakee § V.2.5: "profane, obscene ... language") in the disguises the reading did
not undo for every word (issue 9, the profane4 branch): a mask that hides a word's FIRST letter
("*sshats", "*uck"), single masks between the letters of a word ("f*u*c*k", "f*c*king"), and the
Latin letters with a stroke or a hook that Unicode's confusables data folds to the plain letter
but NFKD leaves whole ("ƒuck", "biŧch"); and the vocabulary widened to whole families: a stem
with any inflection the lists lack ("fucky", "shitz"), "fuck", "bitch" and the profane compounds
inside a word or a hashtag ("muthafuckas", "#BullshitPolicy"), the texting spellings without
vowels with their inflections ("fkd", "fckers", "shtty") and "af" after more adjectives.

Beside each family stand its near-misses: emphasis and stage directions written with stars
("*sigh*", "*waits for the plow*"), footnote stars, arithmetic, the Scunthorpe words (a listed
word inside a longer harmless one), names written with those letters ("Łódź", "Søren"), and the
mild words the project does not count as profanity ("damn", "heck", "sucks", "crap").
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator, evidence_under
from municipal_social_policy.text import normalize
from municipal_social_policy.words import words

_READ = [
    # a mask over the first letter
    "Look at these MAGA *sshats blocking the library entrance",
    "what a bunch of *ssholes on the zoning board",
    "*uck this new parking meter",
    "quit *itching about the snow plows",
    "the council is *ucking useless",
    "Another *hitty detour on Court St",
    # single masks between the letters
    "stop this f*c*king crap about the water bills",
    "f*u*c*k the new fees",
    "what a s*h*i*t show at city hall tonight",
    "the mayor is a b*i*t*c*h",
    "F*U*C*K this road",
    # a letter with a stroke or a hook
    "ƒuck this new fee",
    "these ƒucking potholes on Main",
    "what a load of shiŧ",
    "she is a biŧch to the staff",
    "FUCK the ɨdiots who park in the bike lane, ƒ u c k",
    # a stem's inflection, or a stem inside a word
    "the new meters are fucky again",
    "these fuckas raised the water rates",
    "what a shitz show at the council",
    "muthafuckas parked in the fire lane",
    "those sumbitches towed my car",
    "shitey roads all winter",
    # a compound run together, a texting spelling, af
    "#BullshitPolicy from the council again",
    "the #AssholeMayor strikes again",
    "#DumbassDrivers on Route 17",
    "fkd up snow removal on my street",
    "the fckers raised the fees",
    "fk this new parking plan",
    "shtty roads all winter",
    "the new meters are greedy af",
    "that audit is crooked af",
]

_CLEAN = [
    # emphasis, footnotes, arithmetic, Scunthorpe words, names, mild words
    "*sigh* another tax increase",
    "*waits for the council to fix the road*",
    "*he closes the door and leaves the meeting*",
    "*cough* corruption *cough*",
    "*Terms and conditions apply to the rebate",
    "*Assessors are elected every four years",
    "3*4*5 is sixty, the size of the lot in feet",
    "a*b*c notation in the budget appendix",
    "Scunthorpe United won again",
    "please assess the property before the tax hearing",
    "cocktail hour at the community center on Friday",
    "Dick Van Dyke was on TV last night",
    "Essex County and Middlesex County signed the compact",
    "shitake mushrooms at the farmers market",
    "our sister city Łódź sent a delegation",
    "Søren from the library runs the chess club",
    "Dvořák at the band shell on Sunday",
    "Đorđe Balašević tribute concert in the park",
    "the damn potholes are back on Main St",
    "what the heck is the plan for the bridge",
    "this road sucks and everyone knows it",
    "crap weather for the parade",
    # a stem held harmlessly
    "Yamashita and Matsushita opened a plant on the Washita River",
    "the Shiite community center hosts the forum",
    "shiitake and shitake mushrooms at the market",
    "the BitChute video the clerk posted",
    "Scunthorpe and Penistone are towns in England",
    # abbreviations, words holding ass or dick
    "add the FK constraint to the permits table",
    "Join the AF today, says the recruiter at the fair",
    "the classroom assessment and the bass section",
    "Dickens night at the library",
    "the SHT form is due Friday",
]


@pytest.mark.parametrize("text", _READ)
def test_each_family_is_read(text: str) -> None:
    """A disguised, inflected or run-together profane word is cited under § V.2.5."""
    assert evidence_under(text, "V.2.5"), text


@pytest.mark.parametrize("text", _CLEAN)
def test_near_misses_are_no_profanity(text: str) -> None:
    """Emphasis, footnotes, arithmetic, names, abbreviations and mild words cite nothing under
    § V.2.5."""
    assert not evidence_under(text, "V.2.5"), text


@pytest.mark.parametrize(
    "text",
    [
        'He wrote "*uck" on the sign, and the word has no place on a city page.',
        "the word f*u*c*k is not allowed here, says the policy",
    ],
)
def test_a_mentioned_disguised_word_is_never_removed(text: str) -> None:
    """A disguised word is a guess and a mentioned one is judgment: never a removal."""
    assert evaluator().evaluate(text).decision is not msp.Decision.REMOVE, text


def test_the_masked_word_spans_its_mask() -> None:
    """The evidence of a word whose first letter is masked starts at the mask."""
    text = "MAGA *sshats again"
    (found,) = evidence_under(text, "V.2.5")
    assert text[found.start : found.end] == "*sshats"


@pytest.mark.parametrize(
    "text",
    [
        "puppy for adoption. **she comes with the bigger cage.** DM for more",
        "Council: *votes the levy down again* Residents: *shrug*",
        "*whispers* the pool opens Monday, *wink*",
    ],
)
def test_emphasis_over_several_words_opens_no_masked_word(text: str) -> None:
    """Stars that a later star closes are emphasis, however many words they span."""
    assert evaluator().evaluate(text).decision is msp.Decision.ALLOW, text


def test_emphasis_keeps_its_plain_reading() -> None:
    """Stars around a word are emphasis: the word is read without them, as before."""
    (word,) = words(normalize("*sigh*").normalized)
    assert word.forms == ("sigh",)


def test_an_obscene_word_with_its_first_letter_masked_is_judgment() -> None:
    """Its first letter is a guess: the obscene term it fits is reviewed, never removed, while
    the same term with an inner letter masked is removed as before."""
    assert evidence_under("*lowjob behind the library", "V.2.5")
    assert evaluator().evaluate("*lowjob behind the library").decision is msp.Decision.REVIEW
    assert evaluator().evaluate("bl*wjob behind the library").decision is msp.Decision.REMOVE
