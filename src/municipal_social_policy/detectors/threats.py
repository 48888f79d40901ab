"""Threats, personal attacks, harassment and calls to harass (Kankakee § V.2.2); calls to
violence or unlawful acts (§ V.2.6).

Every signal here is JUDGMENT: a true threat needs a mental state software cannot see
(*Counterman v. Colorado*, 2023), and the categories' ceiling is review anyway. The detectors
match the patterns of ``threats.phrases`` (the pattern language of :mod:`.phrases`) against the
comment's reading; the words are in ``threat_terms.tsv``, ``threat_grammar.txt`` and
``threat_idioms.txt``.

``threat`` (§ V.2.2)
    Harm the writer means to do to a person ("I'll shoot you", "we will cut his throat"), harm
    wished on a person ("you deserve a bullet", "hope he dies", "someone should shoot her"),
    intimidation ("we know your schedule", "I know where you live", "watch your back") and
    incitement to self-harm ("kys", "go kill yourself"). An object is required, so idioms are
    not threats: "kill it at the 5K", "this traffic is killing me", "a ticking time bomb",
    "break a leg", "shoot you an email". Threats said by idiom or allusion name a person too
    (words in ``threat_idioms.txt``): death idioms ("he's going home in a body bag", "put him six
    feet under"), weapons named at a person ("you'll find out what my shotgun is for"),
    menacing warnings ("the clerks better watch their backs"), stalking ("I know where the
    clerk lives") and the destruction of a building ("I'm going to torch the council
    chambers"); a warning of danger to nobody in particular ("someone will end up dead at
    that crossing") is none. A protected group wished gone is a threat against its people
    ("get rid of the immigrants", "Muslims should be eliminated": the slot
    ``<groups.group>`` of the import ``protected_groups.tsv as groups``); a stigma, a tax, a
    department, a video or a scene is no person ("the video should be shot again"). Harm
    approved or met gladly is harm wished: "I'd love to see him hanged", "may he burn in hell",
    "I wouldn't shed a tear if he died", "traitors get the rope"; so are blows called for
    ("someone needs to knock him out"), armed response promised to whoever comes ("if you
    come on my land you will get shot", "looters will be shot") and calls to take up arms or
    to start killing people ("time to start shooting politicians"). A vote, a sport, an idiom
    or a policy said not to care is none ("love to see him voted out", "knock them out of the
    playoffs", "they don't care if you die"). So are violence met with joy ("glad he got shot",
    "good, hope it hurt", "he had it coming", "whoever shot him deserves a medal"), ultimatums
    ("touch my car and you'll be sorry", "say that again and see what happens", "stop undoing my
    edits or die"), veiled threats ("people have gone missing for less", "you messed with the
    wrong family", "don't make me come find you", "I'm gonna find out where you live"), harm
    wished on a person's family, death told to the reader ("eat shit and die", "I want to dance
    on your grave"), weapons named at a person ("I have a 9mm that says otherwise"), and blows,
    assassins and guillotines called for ("somebody should slap that clerk", "where's Oswald
    when you need him?", "bring out the guillotines"); relief ("glad nobody got hurt"), advice
    ("try it and see what happens"), slogans ("live free or die") and removal from office ("we
    need to kick them out of office") are none. A threat to the reader after an animal is
    named is still one ("touch my dog and I will end you"). A body of officials named whole is
    its people ("line the whole city council up against a wall", "tar and feather the board",
    "I hope the whole council burns"); so are curses ("I hope they burn", "burn in hell"), a
    building burned with its people inside ("your house would burn nicely with your family in
    it"), blood promised on a condition ("if the council passes this, there will be blood"),
    veiled threats ("accidents happen to people who ask too many questions", "you have no idea
    who you're messing with"), bullets or the Second Amendment named as the remedy for officials
    ("nothing a little lead can't fix", "that's what the Second Amendment is for.") and a person
    likened to a dog the writer would shoot. Shame, votes and a court's sentence are none ("he
    should hang his head in shame", "tarred and feathered at the ballot box", "murderers should
    get the death penalty", "if convicted, he should be executed"), nor is the right to bear arms
    argued for ("the Second Amendment protects us against tyranny"). Harm promised to whoever
    did a thing ("I'll kill whoever stole my bike") or foretold to a person named by role ("the
    health inspector is going to get stabbed."), a death on a trespass ("if they come to my door
    they'll leave in a body bag"), bounties, poisonings and veiled warnings ("the last person who
    crossed me ended up in the hospital") are threats; a contest, a court's sentence, a parent's
    warning and a safety warning are none ("I'll beat whoever they put up against me", "you're
    going to get hurt!", "if you don't wear a helmet you could end up in a body bag"). So are
    warnings that context makes ("Your time is coming.", "I'd be careful if I were you.",
    "Watch yourself, alderman.", "nice house you have, shame if something happened to it",
    "he'd better hope I never find him", "people like you end up in ditches"), a death by a date
    ("you won't live to see Christmas"), a killing wished done by someone ("I hope someone slits
    his throat"), a person called a dead man, carried out or fed through a straw, a family hinted
    at ("wouldn't want anything to happen to your kids") and guards needed ("they'd better hire
    bodyguards"); encouragement, advice with a reason, a funeral and a surgery are none ("don't
    worry, your time is coming", "I'd be careful if I were you, the ice is thin", "after the
    surgery he'll be eating through a straw"). So are a dead man in texting ("u a dead man
    walking"), death or the rope deserved by a person named by an insult ("those thugs deserve to
    die", "the traitors deserve to hang"), a firing squad or a lynching called for a person, a
    beating foretold to the reader ("ur gonna get ur butt kicked"), blows ordered or wished on a
    body ("punch him in the face", "I hope he gets kicked in the teeth"), suicide urged, an
    excuse asked for ("give me a reason to shoot you"), a hunt ordered ("find them and kill
    them") and a named person to be taken out; a head hung in shame, a firing squad of
    reporters, a beating at the polls, a clock punched and a loan taken out are none.
    Beneath these families, a broad signal reads a target, a harm and a modality in one
    clause, in each order English gives them: a person, a body named whole, or a person's
    family, pet, house or car; death, a hanging, a beating, a bullet, burning, "dead meat",
    "what happens to your car", "pay for this"; the future ("you gonna die", "the whole
    council is gonna hang for this", "he'll shoot you"), a pleasure in seeing it ("i'd love to
    see the mayor hanging from a tree"), a harm deserved ("the whole council deserves a
    beating"), a dare ("keep it up and see what happens to your car") or the writer waiting
    ("wait til I catch you alone"). Nobody in particular, a death of laughter or of an
    illness, a cost ("taxpayers will pay for this"), a game ("we'll kill them on Friday
    night"), a pastime ("hanging out at the farmers market", "swinging from the rope swing")
    and a warning of danger ("you'll get shot if you walk there at night") are none.
``personal_attack`` (§ V.2.2)
    An insult aimed at a person: said to someone ("you worthless idiot", "shut up, moron",
    "idiots like you") or said of someone with an insult that only fits a person ("he is such
    a scumbag", "what a moron"). Criticism of an office, a decision or a policy is protected
    (§ I.3) and names no insult of a person: "the council is corrupt and incompetent", "this
    plan is garbage", "the mayor is doing a terrible job and should resign" are not findings.
    Who is insulted makes no difference: the mayor and a resident are treated alike. The
    families (words in ``insult_words.txt``): an insult noun or adjective said to the reader
    ("you're pathetic", "You sir are a disgrace", "are you really this dumb?", "what a clown
    you are"), a vocative or a dismissal ("Nobody cares what you think, idiot.", "Get lost,
    creep.", "go away troll"), an insult said of a person ("Bob Smith is a pathetic little
    man", "she is so stupid", "they are idiots", "the morons who voted for this", "Only an
    idiot would believe that") and of a person's mind ("your ignorance is astounding",
    "can't you read?"), and a crowd of insults ("what a room of losers", "such a bunch of
    morons"). None is the writer's own ("I'm such an idiot", "we are fools"), a
    report ("he called me an idiot") or a quotation; a pet name has no insult word ("you lucky
    dog", "you silly goose"); an adjective said of "they" or of a group may be said of things
    or be hate speech, another detector's ("they are stupid", "women are stupid"); a charge of
    conduct ("liar", "hypocrite", "thug") is criticism, not an insult by itself.
``incitement`` (§ V.2.6)
    Calls to damage property ("let's all go smash their windows", "burn it down"), to flood
    or crash a line of communication ("flood the phone lines", "crash their website"), to
    stalk ("I'll follow her home", "show up at his house") or to harm a person ("someone should
    shoot him"), to take up arms against a place of government ("arm up", "grab your guns and
    march on city hall"), to attack a gathering ("someone should shoot up the council meeting")
    or to deal with people outside the law ("since the cops won't, we'll handle these thugs
    ourselves", "find out where he lives and pay him a visit"), to drive into a protest
    ("someone should drive a truck into that rally", "someone should drive into those
    protesters"), to damage a person's property named with its adjectives ("someone should torch
    his new truck") or to go to a home with torches ("time to
    go to the mayor's house with torches"); and calls to break the law that
    hurt no one's body: a crime proposed ("let's
    all go spray paint the new bridge", "who wants to help me steal the copper"), contraband
    offered ("I know a guy who sells weed cheap, hit me up", "you can get fake IDs at the gas
    station"), a closure, the police or a permit evaded on the promise that no one checks ("just
    drive around the barricade, the cops never check"). A report, a complaint, a change of the
    law argued for ("weed should be legal") and a protest called are none. Goods or a deal
    marked unlawful (drugs by name, pills spared from a prescription, a gun made automatic,
    stolen or untaxed goods, work without its permit) count beside an offer as
    ``commercial_offer`` reads it, or beside words that ask to buy ("who got", "will pay"): the
    signal ``offered`` of ``near.tsv``. Beneath these families, an unlawful act of any offence
    (the lexicon ``unlawful_acts.txt``, by the articles of 720 ILCS 5) is read beside any speech
    act that urges, organises, plans, teaches or assures impunity ("let's", "who's in", "tonight
    we", "here's how", "the cops aren't coming"), said as an order, cheered when done, or, for
    the statutes § V.2.6 names, said of the writer's own conduct ("I followed that inspector
    home"); a promise that no one checks makes any act urged beside it one ("feel free to hunt
    on the preserve, nobody checks for licenses"): the signals ``urged``, ``ordered``,
    ``cheered``, ``said`` and ``evaded`` of ``near.tsv``. A report, a plea to the police, a
    question of law, the law argued, safety advice and a warning of what the act brings stand
    beside none of them.
``official_threat`` (Kankakee § V.2.6: Threatening a Public Official, 720 ILCS 5/12-9)
    A threat read by ``threat`` whose sentence, or the one before, names an official or a public
    body ("the mayor better watch his back"), and veiled warnings said of one ("Mayor Jones, you
    should be careful walking to your car after meetings").
``harassment_campaign`` (§ V.2.2, "advocating the harassment of another person")
    Readers called to pile onto one person through the person's own channels ("everyone go to
    her Facebook page and tell her what you think of her", "flood his DMs"), again and again
    until the person gives in ("let's all call his house until he quits", "keep messaging her
    until she answers"), or to make the person's life miserable. Petitioning an official at the
    office is protected: "call your alderman and tell them what you think", "let's all call the
    mayor's office", "message the city for a pickup" are none.

A match inside quotation marks is a quotation, and a negated one ("I would never hurt you",
"don't kill yourself") is not a threat; neither is a finding. Nor is a threat mentioned in a
hypothetical ("If I said 'I'm going to kill him', would that be a threat?", "what if someone
wrote I'll burn your house down?"; a conditional threat is still one: "if you show up again,
I'll kill you"), a warning in a notice about rules or their enforcement ("Please stop
vandalizing pages. You have been warned.", "You've been warned about this before"; a bare "You
have been warned." is still a threat), care, a chance or a court's sentence wished ("I hope you
get the flu shot", "hope he gets a shot at the title", "they deserve the death penalty", "I hope
you rot in prison"), a time or advice ("you can sleep when you are dead", "you will regret it
down the road"), and an insult that judges an act or the writer's own past ("that was a scumbag
move", "I was a total idiot back then").
"""

from __future__ import annotations

from collections.abc import Mapping

from ..ordinance import DetectorConfig, OptionValue
from . import DetectorFactory
from ._judged import AnyOf, Found, near_signals
from .phrases import PhraseDetector, read_phrases
from .registry import Option, OptionKind
from .solicitation import offer_detector

__all__ = ["FACTORIES", "PATTERNS"]

_FILE = "threats.phrases"


def _pattern_problem(value: OptionValue) -> str | None:
    try:
        read_phrases(_FILE).extended("threat", value if isinstance(value, tuple) else ())
    except ValueError as error:
        return f"{error}; see the reference 'Phrase files' for the pattern language"
    return None


#: The ``patterns`` option of the four detectors: a city's own patterns.
PATTERNS: Option = Option(
    "patterns",
    OptionKind.WORDS,
    "More patterns, one per line, in the pattern language of threats.phrases and with its word"
    " sets (@harm, @death, <person>, ...): inline, or as patterns_file, a file of lines beside"
    " the ordinance file.",
    check=_pattern_problem,
)


def _group(config: DetectorConfig, group: str) -> PhraseDetector:
    """The detector of the group ``group``, with the city's own ``patterns``."""
    extra = config.options.get("patterns", ())
    lines = extra if isinstance(extra, tuple) else ()
    return PhraseDetector.of(config.id, read_phrases(_FILE), group, lines)


def _factory(group: str) -> DetectorFactory:
    def build(config: DetectorConfig) -> PhraseDetector:
        return _group(config, group)

    build.__doc__ = f"The detector of the group [{group}] of threats.phrases."
    return build


def _incitement(config: DetectorConfig) -> AnyOf:
    """The group [incitement], and goods or a deal marked unlawful (``[illicit_goods]``: drugs
    by name, stolen or untaxed goods, a gun without its check, fake papers) in the sentence of an
    offer or the next one (the signal ``offered`` of ``near.tsv``): a request to buy or a hand
    held out that no shop writes (``[illicit_seek]``: "who got", "if anyone needs", "will pay"),
    or an offer as ``commercial_offer`` reads it (:func:`.solicitation.offer_detector`: "for
    sale", a price asked, a contact with the words of a listing). Either part alone is nothing:
    "for sale" is an advert, "stolen" a report."""
    offer = offer_detector(config.id)

    # An offer holds its trigger, so one of the first parts of its alternatives: that one part
    # gates the rule beside the goods' trigger (the product of both triggers' alternatives would
    # cost every comment more than it saves).
    gate = offer.trigger
    given = {"offer": Found(None if gate is None else gate.first_parts(), offer.offers)}
    return AnyOf(config.id, (_group(config, "incitement"), *near_signals(config.id, _FILE, given)))


def _official_threat(config: DetectorConfig) -> AnyOf:
    """A match of the group [threat] with, in its sentence or the one before, a word that names
    an official or a public body (``[official_target]``; the signal ``official_threat`` of
    ``near.tsv``): the threats Kankakee § V.2.6 names as Threatening a Public Official (720
    ILCS 5/12-9), "the mayor better watch his back", "somebody needs to put a bullet in that
    judge"; and the veiled warnings of ``[official_fear]`` in the sentence of an official or
    the next ("Mayor Jones, you should be careful walking to your car after meetings")."""
    return AnyOf(config.id, near_signals(config.id, _FILE))


FACTORIES: Mapping[str, DetectorFactory] = {
    **{group: _factory(group) for group in ("threat", "personal_attack", "harassment_campaign")},
    "incitement": _incitement,
    "official_threat": _official_threat,
}
