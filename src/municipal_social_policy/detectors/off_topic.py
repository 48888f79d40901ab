"""Off-topic comments (Kankakee § V.2.1), only against the thread, only to review.

§ V.2.1 prohibits "comments unrelated to the business, purpose and topical scope of the City
site". Courts have held that enforcing such a rule with keyword filters can be unconstitutional:
in *PETA v. Tabak* (D.C. Cir. 2024) a federal agency's filters, meant to hide off-topic comments
on its pages, hid on-topic comments that used the listed words and let off-topic ones through,
and the court held the restriction unreasonable for the forum. So this detector never decides
what a comment is *about* from its words. Its rule, all four conditions at once:

1. the comment carries its thread (``comment.thread`` with a topic or text): without the post
   it answers, nothing can be off-topic;
2. the comment shares no content word with the thread (a crude stem: the first five letters,
   after a plural's "s");
3. the comment names nothing within the city's business (``civic_scope.txt``, plus the city's
   own name and places from the ordinance file's ``words``): any comment about the city, its
   services or public affairs, on any subject and from any viewpoint, is within the site's
   scope, even if it is not the post's subject. A word that only says where, up to three words
   after a preposition of place ("lost my cat near the park", "near Dixie Highway"), names no
   business of the city;
4. the comment is plainly a private matter of another kind: an advertisement or a sales pitch
   ("check out my store", "20% off", "DM me"), or a personal message ("happy birthday sis",
   "lost my cat").

The words of condition 3 can only *exempt* a comment, never flag one, and condition 4 describes
the form of a comment (a sales pitch, a greeting), not a subject of public debate or a view on
one. The signal is JUDGMENT and the ceiling keeps it at review; when in doubt there is no signal.

Condition 4 is the group ``[private]`` of ``off_topic.phrases`` (the pattern language of
:mod:`.phrases`), read on the comment's reading, so disguised spellings read too ("ch3ck out my
store"); the first match is the evidence. Conditions 1 to 3 are the judgment kept here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import attrs

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..text import NormalizedText, normalize
from . import DetectorFactory, Signal
from .lexicon import read_word_list
from .phrases import PhraseDetector, read_phrases
from .triggers import Trigger

__all__ = ["FACTORIES"]

_TOKEN = re.compile(r"[a-z0-9]+")
# Words too common to tie a comment to a thread.
_STOPWORDS = read_word_list("off_topic_words.txt", "stopwords")
# Prepositions that place a matter: a word of the city's business just after one only says where.
_LOCATIVES = read_word_list("off_topic_words.txt", "locatives")
# How many words after a locative a place word only says where ("near the old park").
_PLACED = 3


def _in_scope(words: list[str], scope: frozenset[str]) -> bool:
    """Whether a word of ``scope`` stands in ``words`` other than as a place after a locative:
    "the park is a mess" is the city's business, "lost my cat near the park" only says where."""
    for i, word in enumerate(words):
        if word in scope and _LOCATIVES.isdisjoint(words[max(0, i - _PLACED) : i]):
            return True
    return False


def _stems(words: Iterable[str]) -> set[str]:
    # A plural's "s" goes first, so "lane" and "lanes" share their stem.
    return {
        (word[:-1] if word.endswith("s") and len(word) > 4 else word)[:5]
        for word in words
        if len(word) >= 4 and word not in _STOPWORDS
    }


@attrs.frozen
class _OffTopicDetector:
    """A private sales pitch or personal message that shares nothing with its thread or the city.

    ``private`` finds the form of a private matter (condition 4); ``scope`` holds the words that
    put a comment within the city's business. ``trigger`` is the private matter's: a comment
    without one is never a signal.
    """

    id: str
    private: PhraseDetector
    scope: frozenset[str]
    trigger: Trigger = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "trigger", self.private.trigger)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        thread = comment.thread
        if thread is None or not (thread.topic.strip() or thread.text.strip()):
            return ()  # condition 1
        marker = next(iter(self.private(text, comment)), None)
        if marker is None:
            return ()  # condition 4
        words = _TOKEN.findall(text.normalized)
        if _in_scope(words, self.scope):
            return ()  # condition 3
        post = normalize(f"{thread.topic}\n{thread.text}").normalized
        if not _stems(words).isdisjoint(_stems(_TOKEN.findall(post))):
            return ()  # condition 2
        return (Signal(self.id, marker.start, marker.end, marker.strength),)


def _own_words(config: DetectorConfig) -> frozenset[str]:
    """The words of the ordinance file's ``words`` for a detector, each term split into its
    words; a letter alone (the "s" of "sheriff's") is no word of the page's own, or every "it's"
    of a comment would name the page's business."""
    return frozenset(
        word for term in config.words for word in _TOKEN.findall(term.casefold()) if len(word) > 1
    )


def _unrelated_to_thread(config: DetectorConfig) -> _OffTopicDetector:
    own = _own_words(config)
    private = PhraseDetector.of(config.id, read_phrases("off_topic.phrases"), "private")
    return _OffTopicDetector(config.id, private, read_word_list("civic_scope.txt") | own)


@attrs.frozen
class _AgencyDetector:
    """A comment about another agency than the page's own (Montgomery County's "Comments about
    an agency other than Montgomery County"): it names one (``agency``: the group ``[agency]``
    of ``off_topic.phrases``), names none of the page's own words (``own``: the county, the
    department and its services, from the ordinance file's ``words``), and shares no word with
    its thread when it has one. The subject is read from the agency's name, never from a view
    of it: a question, a complaint and praise of the IRS are alike. JUDGMENT, to review.
    """

    id: str
    agency: PhraseDetector
    own: frozenset[str]
    trigger: Trigger = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "trigger", self.agency.trigger)

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterable[Signal]:
        marker = next(iter(self.agency(text, comment)), None)
        if marker is None:
            return ()
        words = _TOKEN.findall(text.normalized)
        if not self.own.isdisjoint(words):
            return ()  # the page's own agency or services are named too
        thread = comment.thread
        if thread is not None:
            post = normalize(f"{thread.topic}\n{thread.text}").normalized
            if not _stems(words).isdisjoint(_stems(_TOKEN.findall(post))):
                return ()  # it answers the post
        return (Signal(self.id, marker.start, marker.end, marker.strength),)


def _other_agency(config: DetectorConfig) -> _AgencyDetector:
    own = _own_words(config)
    agency = PhraseDetector.of(config.id, read_phrases("off_topic.phrases"), "agency")
    return _AgencyDetector(config.id, agency, own)


FACTORIES: Mapping[str, DetectorFactory] = {
    "unrelated_to_thread": _unrelated_to_thread,
    "other_agency": _other_agency,
}
