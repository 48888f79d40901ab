"""Rules for city personnel on social media (Kankakee § IV.2.3), for personnel authors only.

§ IV.2.3 binds "City personnel representing the City via social media outlets". Every detector
here gives NO signal unless ``comment.author.role`` is ``Role.PERSONNEL``: a resident may
campaign, sell and discuss a trial; an employee representing the city may not.

- ``personnel_guilt_statement`` (§ IV.2.3.3): a statement on the guilt or innocence of anyone, or
  a comment on a prosecution, a trial or charges ("the suspect is guilty", "the trial of ...").
- ``personnel_political_activity`` (§ IV.2.3.4): campaigning ("vote for", "vote no on",
  "re-elect", "Smith for Mayor", "donate to my campaign", "I endorse").
- ``personnel_private_business`` (§ IV.2.3.4): selling ("for sale", "20% off", "DM me to order",
  "check out my shop", "my salon is open, book now").
- ``personnel_affiliation_denial`` (§ IV.2.3.2, "identify themselves as City personnel"): the one
  form of that rule a comment can show, a personnel author denying the affiliation ("I don't
  work for the city", "I'm not a city employee"). Whether personnel identified themselves is
  otherwise a property of their profile, not of a comment: a display name without the city's
  name proves nothing (the affiliation may be in the profile, and many platforms show personal
  names), so it is not a signal; check profiles with ``check_site`` and the site procedures.

The confidential-information part of § IV.2.3.3 (training, assignments, photographs) cannot be
recognised from text and is left to the Communications Office. Nothing here reads the view a
comment takes: "vote for" and "vote against" are the same signal, and so are "guilty" and
"innocent". All are JUDGMENT; the categories' ceilings keep them at review.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..comment import Role
from ..ordinance import DetectorConfig
from . import DetectorFactory
from ._patterns import compile_pattern
from ._rules import Rule, RuleDetector
from .lexicon import read_words

__all__ = ["FACTORIES"]

_PERSONNEL = frozenset({Role.PERSONNEL})

# Ord. 2019-70 § IV.2.3.3.
_GUILT = compile_pattern(
    r"""
    \b(?:guilty|innocent|guilt|innocence|defendants?|indicted|indictment
      |(?:pending|upcoming|ongoing)\ (?:case|cases|charges|trial|prosecutions?)
      |the\ prosecution\ (?:of|against)|(?:be|been|being)\ prosecuted
      |prosecut(?:e|ed|ing)\ (?:him|her|them|this|these|that|those)
      |charges\ against|the\ accused|the\ suspects?\ (?:is|are|was|were|did|will|should)
      |(?:his|her|their|murder|criminal)\ trial|the\ trial\ (?:of|against)|on\ trial
      |stand\ trial|plea\ (?:deal|bargain)|(?:plead|pleaded|pled)\ (?:guilty|not\ guilty))\b
    """
)
_GUILT_NEEDLES = read_words("personnel_words.txt", "guilt")

# Ord. 2019-70 § IV.2.3.4: political activities.
_OFFICE = (
    r"(?:mayor|alderman|alderwoman|council|congress|senate|governor|president|sheriff|clerk"
    r"|treasurer|state's\ attorney|judge|office|ward\ [0-9]{1,2})"
)
# "Vote for Smith", "please vote no on the levy": an exhortation, at the start of a sentence or
# after "please", "go", "let's" ...; "I would like to vote for a non-partisan MP" is not one.
_EXHORTATION = compile_pattern(
    r"""
    (?:^|(?<=[.!?\n]\ {0,3})|\b(?:please|go|everyone|let's|lets|make\ sure\ (?:to|you)
      |remember\ to|don't\ forget\ to|you\ should|y'all|so|and)\ )
    (?:don't\ |do\ not\ |dont\ )?vote\ (?:for|against|yes|no)\b
    """
)
_POLITICAL = compile_pattern(
    rf"""
    \b(?:re-?elect|reelect|endorse|endorsing|endorsement
      |(?:donate|contribute|give)\ to\ (?:my|his|her|their|the|our)\ campaign|my\ campaign
      |campaign(?:ing)?\ for|yard\ signs?|sign\ my\ petition|join\ (?:us|me)\ at\ the\ rally
      |running\ for\ {_OFFICE})\b
    """
)
_HASHTAG = compile_pattern(
    r"\#[a-z]{2,30}for(?:mayor|alderman|council|congress|senate|ward[0-9]{1,2})\b"
)
# A slogan standing as a sentence of its own: "Smith for Mayor!"
_SLOGAN = compile_pattern(
    rf"""
    (?:^|(?<=[.!?\n]\ {{0,3}}))[a-z]{{2,30}}(?:\ [a-z]{{2,30}})?\ for\ {_OFFICE}
    (?=\s*(?:[.!#\n]|$))
    """
)
_POLITICAL_NEEDLES = read_words("personnel_words.txt", "political")

# Ord. 2019-70 § IV.2.3.4: private business.
_BUSINESS = compile_pattern(
    r"""
    \b(?:for\ sale|(?:i'm|i\ am|we're|we\ are|im)\ selling|selling\ (?:my|our|these|this|some)
      |(?:buy|order)\ (?:from\ me|now|today|online)|[0-9]{1,2}\ ?%\ off|promo\ code|discount\ code
      |(?:dm|message|inbox|pm|text)\ me\ (?:for|to\ (?:order|buy|book)|if\ interested)
      |check\ out\ my\ (?:shop|store|page|website|business|products?|services|etsy|salon)
      |(?:visit|stop\ by|come\ by|book\ (?:with|at))\ my\ (?:shop|store|salon|business|booth
        |restaurant|bakery|studio)
      |book\ (?:now|your\ appointment|an\ appointment\ with\ me)|now\ taking\ orders
      |my\ (?:shop|store|salon|bakery|business)\ is\ (?:open|now\ open|having))\b
    """
)
_BUSINESS_NEEDLES = read_words("personnel_words.txt", "business")

# Ord. 2019-70 § IV.2.3.2: denying the affiliation.
_DENIAL = compile_pattern(
    r"""
    \b(?:i\ (?:do\ not|don't|dont|don’t)\ work\ for\ the\ city
      |(?:i'm|i\ am|im|i’m)\ not\ (?:a|an)\ (?:city\ )?(?:employee|staff|official)
      |(?:i'm|i\ am|im|i’m)\ not\ (?:with|affiliated\ with|employed\ by)\ the\ city
      |(?:i\ have\ )?no\ (?:affiliation|connection)\ (?:with|to)\ the\ city
      |not\ (?:a\ )?city\ (?:employee|staff|personnel))\b
    """
)


def _for_personnel(config: DetectorConfig, rule: Rule, needles: tuple[str, ...]) -> RuleDetector:
    return RuleDetector(config.id, (rule,), needles=needles, roles=_PERSONNEL)


def _personnel_guilt_statement(config: DetectorConfig) -> RuleDetector:
    return _for_personnel(config, Rule(_GUILT), _GUILT_NEEDLES)


def _personnel_political_activity(config: DetectorConfig) -> RuleDetector:
    return RuleDetector(
        config.id,
        (Rule(_EXHORTATION), Rule(_POLITICAL), Rule(_HASHTAG), Rule(_SLOGAN)),
        needles=_POLITICAL_NEEDLES,
        roles=_PERSONNEL,
    )


def _personnel_private_business(config: DetectorConfig) -> RuleDetector:
    return _for_personnel(config, Rule(_BUSINESS), _BUSINESS_NEEDLES)


def _personnel_affiliation_denial(config: DetectorConfig) -> RuleDetector:
    return _for_personnel(config, Rule(_DENIAL), ("not", "n't", "nt ", "n’t", "no "))


FACTORIES: Mapping[str, DetectorFactory] = {
    "personnel_guilt_statement": _personnel_guilt_statement,
    "personnel_political_activity": _personnel_political_activity,
    "personnel_private_business": _personnel_private_business,
    "personnel_affiliation_denial": _personnel_affiliation_denial,
}
