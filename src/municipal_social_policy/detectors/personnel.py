"""Rules for city personnel on social media (Kankakee § IV.2.3), for personnel authors only.

§ IV.2.3 binds "City personnel representing the City via social media outlets". Every detector
here gives NO signal unless ``comment.author.role`` is ``Role.PERSONNEL``: a resident may
campaign, sell and discuss a trial; an employee representing the city may not.

- ``personnel_guilt_statement`` (§ IV.2.3.3): a statement on the guilt or innocence of anyone, or
  a comment on a prosecution, a trial or charges ("the suspect is guilty", "the trial of ..."),
  and whatever ``criminal_accusation`` reads as a crime pinned on a person.
- ``personnel_political_activity`` (§ IV.2.3.4): campaigning ("vote for", "vote no on",
  "re-elect", "Smith for Mayor", "donate to my campaign", "I endorse"), and whatever
  ``campaign_advocacy`` reads as campaigning by anyone.
- ``personnel_private_business`` (§ IV.2.3.4): selling ("for sale", "20% off", "DM me to order",
  "check out my shop", "my salon is open, book now"), and whatever ``commercial_offer`` and
  ``self_promotion`` read as an offer or a promotion by anyone.

One conduct has one reading: the rules for personnel add to the detectors that read the same
conduct of anyone only the forms an employee's post takes, so every family those detectors learn
(a slogan, a price, an accusation) reaches the personnel rules too.
- ``personnel_affiliation_denial`` (§ IV.2.3.2, "identify themselves as City personnel"): the one
  form of that rule a comment can show, a personnel author denying the affiliation ("I don't
  work for the city", "I'm not a city employee"). Whether personnel identified themselves is
  otherwise a property of their profile, not of a comment: a display name without the city's
  name proves nothing (the affiliation may be in the profile, and many platforms show personal
  names), so it is not a signal; check profiles with ``check_site`` and the site procedures.
  The same detector reads the other form a comment can show, the writer withholding or
  disguising who they are (the group ``withheld``: "not saying who I am", "anonymous city
  employee here", "posting from a burner account", "I'd rather not identify myself"), never
  the anonymity the city offers others ("you can report anonymously at ..."), and the writer
  posing as nothing more than a resident (the ``near.tsv`` signal ``posing``: "just a concerned
  resident here", "as a regular taxpayer"), never an employee speaking in a private capacity ("as
  a private citizen, I think ...") nor one whose affiliation the comment tells.

Beside their phrasings, political activity and private business are read as kinds of word told
together (the ``near.tsv`` signals ``political``, ``party``, ``change`` and ``business``): an
election word with a side and a stance, a party with a stance, new office-holders called for, the
writer's or a relative's trade with a word of a deal; neutral election notices and the city's
own services veto them.

The confidential-information part of § IV.2.3.3 (training, assignments, photographs) cannot be
recognised from text and is left to the Communications Office. Nothing here reads the view a
comment takes: "vote for" and "vote against" are the same signal, and so are "guilty" and
"innocent". All are JUDGMENT; the categories' ceilings keep them at review.

The patterns are the groups of ``personnel.phrases`` (the pattern language of :mod:`.phrases`),
matched against the comment's reading, so disguised spellings read too ("v0te for Smith"). No
group drops a negated match: "he is not guilty" is a statement on guilt, and a denial is a
negation. The one piece of code here reads a campaign hashtag ("#SmithForMayor"), a word the
reading cannot split, with the offices of the file's set ``hashtag_offices``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import ClassVar, cast

import attrs
import regex

from ..comment import Comment, Role
from ..ordinance import DetectorConfig
from ..text import NormalizedText
from . import DetectorFactory, Signal, campaigns, defamation, solicitation
from ._judged import AnyOf, Part, near_signals
from .phrases import PhraseDetector, read_phrases
from .triggers import Trigger

__all__ = ["FACTORIES"]

_FILE = "personnel.phrases"


@attrs.frozen
class _ForPersonnel:
    """The phrase detector of a group of ``personnel.phrases``, for personnel authors only, with
    ``also`` the detectors of the same conduct by anyone (``campaign_advocacy`` for political
    activity), under this detector's id, and with ``hashtags`` the campaign hashtags it finds
    too."""

    #: The evaluator calls the detector for personnel authors only.
    roles: ClassVar[frozenset[Role]] = frozenset({Role.PERSONNEL})

    phrases: PhraseDetector
    also: tuple[Part, ...] = ()
    hashtags: regex.Pattern[str] | None = None
    id: str = attrs.field(init=False)
    trigger: Trigger = attrs.field(init=False)
    reads: AnyOf = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "id", self.phrases.id)
        object.__setattr__(self, "reads", AnyOf(self.id, (self.phrases, *self.also)))
        trigger = self.reads.trigger
        if self.hashtags is not None:
            trigger = trigger | Trigger(characters=frozenset("#"))
        object.__setattr__(self, "trigger", trigger)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        found = list(self.reads(text, comment))
        if self.hashtags is not None and "#" in text.normalized:
            found.extend(self._hashtags(text))
        return found

    def _hashtags(self, text: NormalizedText) -> Iterator[Signal]:
        assert self.hashtags is not None
        for match in self.hashtags.finditer(text.normalized):
            strength = self.phrases.group.strength
            yield Signal(self.id, *text.span(*match.span()), strength)


def _hashtag_pattern() -> regex.Pattern[str]:
    """``#`` and a name run into "for" and an office of the set ``hashtag_offices``, or a ward
    with its number: "#smithformayor", "#jonesforward4"."""
    offices = sorted(read_phrases(_FILE).sets["hashtag_offices"])
    alternatives = "|".join(map(regex.escape, offices))
    return regex.compile(rf"#[a-z]{{2,30}}for(?:{alternatives}|ward[0-9]{{1,2}})\b")


def _factory(
    group: str,
    also: Sequence[DetectorFactory] = (),
    *,
    hashtags: bool = False,
    groups: Sequence[str] = (),
) -> DetectorFactory:
    def build(config: DetectorConfig) -> _ForPersonnel:
        phrases = read_phrases(_FILE)
        detector = PhraseDetector.of(config.id, phrases, group)
        # The built-in detectors named below each have a trigger: they are parts, and so are
        # the phrase detectors of the other ``groups`` of the file the rule reads and its
        # signals ``near.tsv`` gives the detector.
        more = tuple(PhraseDetector.of(config.id, phrases, other) for other in groups)
        gathered = near_signals(config.id, _FILE)
        others = more + gathered + tuple(cast(Part, factory(config)) for factory in also)
        return _ForPersonnel(detector, others, _hashtag_pattern() if hashtags else None)

    build.__doc__ = f"The detector of the group [{group}] of {_FILE}, for personnel authors."
    return build


# A crime pinned on a person, campaigning and selling are what the defamation, campaign and
# commerce detectors read of anyone; the groups add the forms only an employee's post takes
# ("the suspect is innocent", "donate to my campaign").
FACTORIES: Mapping[str, DetectorFactory] = {
    "personnel_guilt_statement": _factory("guilt", (defamation.FACTORIES["criminal_accusation"],)),
    "personnel_political_activity": _factory(
        "political",
        (campaigns.FACTORIES["campaign_advocacy"],),
        hashtags=True,
        groups=("pol_act",),
    ),
    "personnel_private_business": _factory(
        "business",
        tuple(solicitation.FACTORIES[key] for key in ("commercial_offer", "self_promotion")),
    ),
    # § IV.2.3.2 as a comment can show it: the affiliation denied, the writer's identity
    # withheld ("not saying who I am", "posting from a burner account"), or the writer posing as
    # a mere resident ("just a concerned resident here", "as a regular taxpayer").
    "personnel_affiliation_denial": _factory("denial", groups=("withheld",)),
}
