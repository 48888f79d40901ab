"""Solicitation of commerce (Kankakee § V.2.9): adverts, offers and self-promotion.

All evidence is JUDGMENT: § V.2.9 bans "advertising of any non-government related event, or
business or product for sale", and whether a comment advertises is for a person to decide.
Talking about commerce is not soliciting it ("the city should sell the old lot", "sales tax",
"my shop closed"), so the detectors look for the forms an advert takes:

- ``self_promotion``: the writer's own channel, page or business ("check out my channel",
  "subscribe to me", "follow us on Instagram", the "Check out this video on YouTube:" text the
  share button writes), a creator introducing themselves or their audience ("I'm a new
  youtuber", "I just hit 1k subscribers"), a record promoted ("her latest single"), and likes
  asked for one's own comment for nothing ("like this comment for no reason"; "like this if you
  agree" asks for assent, not an audience);
- ``commercial_offer``: an offer ("for sale", "promo code", "DM me for prices", "50% off",
  "earn easy money", "donate to my GoFundMe", "$100 obo", "garage sale this weekend", "get free
  gift cards", "I'll do a PayPal giveaway"), and an advert told by its parts: the words of a
  listing or a trade (``[offer_cue]``: "brand new", "cash only", "licensed and insured",
  "walk-ins welcome") with the advert's contact (a phone number, read by the ``phone`` shapes of
  ``shapes.txt`` through :func:`.personal_information.phone_number`, or a request of ``[contact]``:
  "message me", "send me a PM") or its asking price ("asking $250", "$22/hr", "for just $49"),
  or an asking price with a phone number ("Selling firewood $80 a cord, call 815-555-0111").
  The contact is not the evidence: the cue and the price are. A contact alone ("call me if you
  know"), a price alone ("gas is $4 a gallon") or a cue alone ("I'm a realtor and the taxes are
  too high") is no advert. Broadest, two kinds of an advert's words within 15 words and two
  sentence ends of each other (the signals ``sold``, ``priced`` and ``reached`` of ``near.tsv``):
  an offer's words with goods or a service, an asking price or a contact; an asking
  price with goods or a contact; a trade's own words with a contact ("Hauling junk,
  appliances. Cheap! Call Mike 815 555 0190"), none of ``[sale_veto]`` near (a scam reported,
  a lost pet, a price paid or complained of, the city's own);
- ``shop_link``: a link to a shop listing, a marketplace or a fundraising page, a get-paid-to
  site or a direct-selling representative's storefront, or an affiliate or referral link
  (``?ref=...``, ``/partners/``): whoever posts it is paid for the click;
- ``profile_link``: a link to a social profile, channel or artist page (``twitch.tv/someone``,
  ``facebook.com/jane.doe.77``, ``facebook.com/pages/...``, ``soundcloud.com/...``,
  ``plus.google.com/...``), the commonest self-advert; a site's own page (``photo.php``) is none.

Phrases are data (``solicitation.phrases`` in the pattern language of :mod:`.phrases`,
``shop_hosts.txt``, ``social_hosts.txt``): they are matched against the comment's reading, so
disguised spellings count ("ch3ck out my ch4nnel", "pr0mo c0de"), and a negated one does not
("not for sale").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache
from typing import ClassVar

import attrs
import regex

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..reading import Token
from ..scan import compiled
from ..text import NormalizedText
from ..verdict import Strength
from . import Detector, DetectorFactory, Signal
from ._judged import AnyOf, Found, Span, Spans, Within, near_signals, original
from ._patterns import lazy_compile
from ._urls import LINK_TRIGGER, PATH_LINK_TRIGGER, Link, links
from .lexicon import read_word_list, read_words
from .phones import phone_number, phone_number_trigger, phone_shapes
from .phrases import Judge, Match, PhraseDetector, read_phrases
from .shapes import Shape, find, load_shapes, trigger_of
from .triggers import Test, Trigger, either
from .tuning import tuned

__all__ = ["FACTORIES", "OfferDetector", "offer_detector"]

_FILE = "solicitation.phrases"
# The detector near.tsv gives the offer's signals (two kinds of an advert's words together): the
# offer reads them under the id of any detector that reads an offer (incitement's offer too).
_OFFER = "commercial_offer"

# The words after a price cut's amount: a "%" is read only with one of them.
_CUT_WORDS = ("off", "discount")
# "$10 off", "50% off", "20 % discount": a price cut is an offer.
_PRICE_CUT = lazy_compile(
    r"""(?:\$\s?\d{1,6}(?:[.,]\d{1,3})?|(?<![\d.])\d{1,2}\s?%)\s?(?:off\b|discount\b)""",
)


_WORD = regex.compile(r"[a-z]+")
# A price and the word or two after it: "$80 a cord", "$300 each", "$4,500 obo", "$49", "$5000 obo".
# The amount is grouped by commas ("$4,500") or not ("$5000"), seven digits at most.
_PRICE = lazy_compile(
    r"\$\ ?(?:\d{1,3}(?:,\d{3})+|\d{1,7})(?:\.\d{2})?k?\b"
    r"(?:\ ?/\ ?(?P<slash>[a-z]+)|\ (?P<unit>[a-z]+)(?:\ (?P<what>[a-z]+))?)?"
)


@attrs.frozen
class OfferDetector:
    """Offer phrases from ``solicitation.phrases``, price cuts ("$10 off", "50% off"), and an
    advert told by its parts: the words of a listing or a trade (``cues``) with the advert's
    contact (a phone number, or a request of ``contact``) or its asking price; an asking price
    with a phone number."""

    id: str
    phrases: PhraseDetector
    cues: PhraseDetector
    contact: PhraseDetector
    units: frozenset[str]  # after a price: "each", "obo"
    per: frozenset[str]  # after a price, before a unit: "a", "per"
    before: frozenset[str]  # right before a price: "asking", "just"
    terms: frozenset[str]  # after a price, the terms of a sale: "obo"
    charges: frozenset[str]  # before a price, making it a charge: "fee", "bill"
    # Two kinds of an advert's words together (near.tsv's signals of commercial_offer): an offer,
    # goods, a price, a contact.
    near: tuple[Within, ...] = ()
    trigger: Trigger | None = attrs.field(init=False)
    # Whether a text holds the trigger, by a scan of it compiled on first use (see :meth:`offers`).
    _holds: Test = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # A price cut or an asking price has a "$" and a digit, or a "%" and "off" or "discount"
        # after it (a "%" is read only in a price cut); an advert told by its parts has a cue
        # (a cue with a price: the price's "$" admits it too).
        price = Trigger(characters=frozenset("$")) & Trigger(digits=1)
        percent = Trigger(characters=frozenset("%")) & Trigger(substrings=frozenset(_CUT_WORDS))
        cut = price | percent
        # Without a price, a cue is kept only beside a phone number or a request of [contact]
        # (see __call__): each alternative of the cues' trigger also needs one part of each
        # alternative of theirs, merged into one part (no more alternatives than the cues
        # have): the contact's anchors (a phrase trigger's first parts), the phone shapes'
        # last pre-checks (seven digits, or a "+").
        contact = _one_part(self.contact.trigger, first=True) | _one_part(phone_number_trigger())
        cued = Trigger.all_of(self.cues.trigger, contact)
        object.__setattr__(
            self,
            "trigger",
            either(self.phrases.trigger, cut, cued, *(near.trigger for near in self.near)),
        )
        trigger = self.trigger
        object.__setattr__(self, "_holds", _always if trigger is None else compiled(trigger))

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        for span in self.spans(text):
            yield Signal(self.id, *text.span(*span), Strength.JUDGMENT)

    def offers(self, text: NormalizedText) -> Iterator[tuple[int, int]]:
        """:meth:`spans`, read only where the trigger holds, as the evaluator's scan admits the
        detector: for a detector that reads an offer beside something else (an unlawful good
        offered, a seller's phone number)."""
        if self._holds(text):
            yield from self.spans(text)

    def spans(self, text: NormalizedText) -> Iterator[tuple[int, int]]:
        """The spans in the normalised text of the offers found: what the detector signals (for
        another detector, see :meth:`offers`)."""
        yield from self.phrases.spans(text)
        for near in self.near:
            if (span := near.span(text)) is not None:
                yield span
        normalized = text.normalized
        if any(word in normalized for word in _CUT_WORDS):
            for match in _PRICE_CUT.finditer(normalized):
                yield match.span()
        cued = self.cues.admits(text)
        if not cued and "$" not in normalized:
            return
        # Without a price, a cue needs a contact: a phone number or a request (cheap gates first).
        if "$" not in normalized and not self.contact.admits(text) and not phone_number(text):
            return
        cues = list(self.cues.spans(text)) if cued else []
        if not cues and "$" not in normalized:
            return
        prices = [
            (match, kind)
            for match in (_PRICE.finditer(normalized) if "$" in normalized else ())
            if (kind := self._asking(match, normalized)) is not None
        ]
        if not cues and not prices:
            return
        # With a phone number, a cue or any asking price is an advert; with a request to get in
        # touch ("message me"), a cue or a price with its unit ("$40 per tree"); with no
        # contact, a cue and an asking price together ("brand new, asking $250"), or a price
        # with the terms of a sale ("$4,500 obo").
        if not (cues and prices) and not phone_number(text):
            if any(self.contact.spans(text)):
                prices = [(match, kind) for match, kind in prices if kind != "before"]
            else:
                cues = []
                prices = [(match, kind) for match, kind in prices if kind == "terms"]
        yield from cues
        for match, _ in prices:
            yield match.span()

    def _asking(self, match: regex.Match[str], normalized: str) -> str | None:
        """Whether a price reads as an asking price, and by what: ``"terms"``, the terms of a
        sale after it ("$4,500 obo"), ``"unit"``, a unit after it ("$80 a cord", "$9/hr"), or
        ``"before"``, a word of ``before`` right before it ("asking $250", "for just $49"); the
        last two never with a charge among the five words before it ("the fee is $25 a year")."""
        unit, what = match.group("unit"), match.group("what")
        if unit in self.terms:
            return "terms"
        before = _WORD.findall(normalized, max(0, match.start() - 50), match.start())[-5:]
        if not self.charges.isdisjoint(before):
            return None
        if match.group("slash") or unit in self.units or (unit in self.per and what is not None):
            return "unit"
        if before and before[-1] in self.before:
            return "before"
        return None


def _asked_prices(sets: Mapping[str, frozenset[str]]) -> Callable[[NormalizedText], list[Span]]:
    """The prices a seller asks: an amount in dollars after no charge among the five words
    before it (``charges``: "the fee is $25" is none), with the terms of a sale or a unit after
    it ("$4,500 obo", "$2 each", "$12 a plate", "$950/mo"), after a word that asks it ("for
    $40", "from $25", "just $49"), or ending its clause ("Mini sessions $75, only 10 left"; not
    "$1200 for a one bedroom", "$4.29 for gas")."""
    charges, per, sold = sets["charges"], sets["price_per"], sets["sale_units"]
    units = sets["price_units"] | sets["price_terms"]

    def spans(text: NormalizedText) -> list[Span]:
        normalized = text.normalized
        if "$" not in normalized:
            return []
        found: list[Span] = []
        for match in _PRICE.finditer(normalized):
            before = _WORD.findall(normalized, max(0, match.start() - 50), match.start())[-5:]
            if not charges.isdisjoint(before):
                continue
            unit, what = match.group("unit"), match.group("what")
            end = normalized[match.end() : match.end() + 2]
            if (
                match.group("slash") in sold
                or unit in units
                or (unit in per and what in sold)
                or (bool(before) and before[-1] in _ASKED_AFTER)
                or (unit is None and end[:1] in _CLAUSE_ENDS and not end[1:].isdigit())
            ):
                found.append(match.span())
        return found

    return spans


# Before a price, the words that ask it: "for $40", "from $25", "just $49".
_ASKED_AFTER = frozenset({"for", "from", "only", "just", "asking", "starting", "starts"})
# After a price, what ends its clause ("" is the end of the text).
_CLAUSE_ENDS = frozenset({"", ",", ".", "!", ";", ")", "\n"})


@cache
def _contact_shapes() -> tuple[Shape, ...]:
    """The shapes of an advert's contact: the ``phone`` and ``email`` shapes of ``shapes.txt``."""
    return (*phone_shapes(), *load_shapes("email"))


def _contacts(text: NormalizedText) -> list[Span]:
    """The phone numbers and email addresses of the comment as the ``phone`` and ``email``
    shapes read them, in the normalised text."""
    return [
        (found.start, found.end)
        for found in find(_contact_shapes(), text)
        if not found.shape.original
    ]


def _one_part(trigger: Trigger, *, first: bool = False) -> Trigger:
    """One part that holds wherever ``trigger`` does: the first (or the last) part of each of
    its alternatives, merged (a weaker condition than the trigger, never a stronger one)."""
    return Trigger.any_of(*(parts[0 if first else -1] for parts in trigger.needs))


# Query keys and path parts that pay the poster for the click. Social networks use "ref=" for
# their own navigation (facebook.com/page?ref=hl), so their links are left to profile_link.
_REFERRAL_KEYS = read_word_list("solicitation_links.txt", "referral_keys")
_REFERRAL_PATHS = read_words("solicitation_links.txt", "referral_paths")
_QUERY_KEY = lazy_compile(r"[?&#;](?P<key>[a-z_]{1,20})=(?P<value>[^&#\s]{3,})")
_SOCIAL = read_word_list("solicitation_links.txt", "social")
# Paths on social networks that are not someone's profile.
_NOT_PROFILES = read_word_list("solicitation_links.txt", "not_profiles")
# The extensions of a site's own pages ("photo.php", "home.html"), which no user name ends with.
_PAGE_EXTENSIONS = read_word_list("solicitation_links.txt", "page_extensions")


def _referral(link: Link) -> bool:
    if link.domain in _SOCIAL or not link.path:
        return False
    path = link.path.split("?", 1)[0]
    if any(part in path for part in _REFERRAL_PATHS):
        return True
    return any(match.group("key") in _REFERRAL_KEYS for match in _QUERY_KEY.finditer(link.path))


@attrs.frozen
class ShopLinkDetector:
    """A link to a shop listing, a marketplace, a fundraising page, or an affiliate link."""

    id: str
    hosts: Mapping[str, tuple[str, ...]]  # registered domain -> path parts ("" for any)
    trigger: ClassVar[Trigger] = LINK_TRIGGER

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        for link in links(text):
            prefixes = self.hosts.get(link.domain)
            listed = prefixes is not None and any(part in link.path for part in prefixes)
            if listed or _referral(link):
                yield Signal(self.id, *text.span(link.start, link.end), Strength.JUDGMENT)


@attrs.frozen
class ProfileLinkDetector:
    """A link to a social profile, a channel or an artist page."""

    id: str
    rules: Mapping[str, tuple[str, ...]]  # host or registered domain -> "@", "*" or path prefixes
    allowed: tuple[str, ...]  # "host/path" prefixes never flagged (the city's own pages)
    # Every rule needs a path before any "?" or "#" (see _profile): it starts with a "/".
    trigger: ClassVar[Trigger] = PATH_LINK_TRIGGER

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        for link in links(text):
            host = link.host.removeprefix("www.").removeprefix("m.")
            # A rule for a host ("plus.google.com") before its registered domain's ("google.com").
            rules = self.rules.get(host, self.rules.get(link.domain))
            if rules is None or not _profile(link.path, rules):
                continue
            address = host + link.path
            if not address.startswith(self.allowed):
                yield Signal(self.id, *text.span(link.start, link.end), Strength.JUDGMENT)


def _page_file(name: str) -> bool:
    """Whether a one-part path names a page of the site (``photo.php``), not a user name: a
    name may hold dots (``facebook.com/jane.doe.77``), a page ends with a file's extension."""
    stem, dot, extension = name.rpartition(".")
    return bool(dot) and (not stem or extension in _PAGE_EXTENSIONS)


def _profile(path: str, rules: tuple[str, ...]) -> bool:
    bare = path.split("?", 1)[0].split("#", 1)[0]
    for rule in rules:
        if rule == "*":
            if bare.strip("/"):
                return True
        elif rule == "@":
            name = bare.strip("/")
            if name and "/" not in name and name not in _NOT_PROFILES and not _page_file(name):
                return True
        elif bare.startswith(rule):
            return True
    return False


@attrs.frozen
class PromotionDetector:
    """Self-promotion phrases; requests for likes and follows only with a link to like."""

    id: str
    phrases: PhraseDetector
    engagement: PhraseDetector
    trigger: Trigger | None = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "trigger", either(self.phrases.trigger, self.engagement.trigger))

    def __call__(self, text: NormalizedText, comment: Comment) -> Iterator[Signal]:
        yield from self.phrases(text, comment)
        if self.engagement.admits(text) and links(text):
            yield from self.engagement(text, comment)


def _self_promotion(config: DetectorConfig) -> PromotionDetector:
    file = read_phrases("solicitation.phrases")
    return PromotionDetector(
        config.id,
        PhraseDetector.of(config.id, file, "self_promotion"),
        PhraseDetector.of(config.id, file, "engagement_request"),
    )


def _commercial_offer(config: DetectorConfig) -> OfferDetector:
    return offer_detector(config.id)


def _always(text: NormalizedText) -> bool:
    return True


def offer_detector(id: str) -> OfferDetector:
    """The reading of an offer, signalled as ``id``: what ``commercial_offer`` signals, and what
    the detector of unlawful acts reads beside goods or a deal marked unlawful."""
    file = read_phrases(_FILE)
    contact = PhraseDetector.of(id, file, "contact")
    price = PhraseDetector.of(id, file, "sale_price")
    asked = _asked_prices(file.sets)
    # What no pattern reads: a price in dollars, a phone number.
    given: dict[str, Spans] = {
        "sale_price": Found(
            price.trigger | (Trigger(characters=frozenset("$")) & Trigger(digits=1)),
            lambda text: [*price.spans(text), *asked(text)],
        ),
        "sale_contact": Found(
            either(contact.trigger, phone_number_trigger(), trigger_of(load_shapes("email"))),
            lambda text: [*contact.spans(text), *_contacts(text)],
        ),
    }
    return OfferDetector(
        id,
        PhraseDetector.of(id, file, "commercial_offer"),
        PhraseDetector.of(id, file, "offer_cue"),
        contact,
        file.sets["price_units"],
        file.sets["price_per"],
        file.sets["price_before"],
        file.sets["price_terms"],
        file.sets["charges"],
        near_signals(id, _FILE, given, of=_OFFER),
    )


def _shop_link(config: DetectorConfig) -> Detector:
    hosts: dict[str, list[str]] = {}
    entries = read_word_list("shop_hosts.txt") | {w.casefold() for w in config.words if "." in w}
    allowed = {entry.casefold() for entry in config.allowed}
    for entry in sorted(entries - allowed):
        domain, _, prefix = entry.partition(" ")
        hosts.setdefault(domain, []).append(prefix)
    detector = ShopLinkDetector(config.id, {k: tuple(v) for k, v in hosts.items()})
    # A word that is no domain is signalled where it occurs, as for any detector.
    return tuned(detector, config, words=[w for w in config.words if "." not in w], allowed=())


def _profile_link(config: DetectorConfig) -> ProfileLinkDetector:
    rules = {}
    for entry in read_word_list("social_hosts.txt"):
        domain, *kinds = entry.split()
        rules[domain] = tuple(kinds)
    allowed = tuple(entry.strip().casefold().removeprefix("www.") for entry in config.allowed)
    return ProfileLinkDetector(config.id, rules, tuple(a for a in allowed if a))


# A business's name: a word with a capital (a word of not_names.txt, such as "County", "I" or a
# weekday, names none). The judge looks at the match and this many words after it.
_NOT_BUSINESS = read_word_list("not_names.txt")
_NAME_AFTER = 3
# A name after a title is a person's, not a business's ("Commissioner Moore").
_TITLES = frozenset(word.casefold() for word in read_words("name_titles.txt", "name_titles"))


def _business(
    text: NormalizedText, tokens: Sequence[Token], i: int, not_business: frozenset[str]
) -> bool:
    """Whether the word at ``i`` may name a business: written with a capital, none of
    ``not_business``, and after no title ("Commissioner Moore" is a person). A word in capitals
    names one only in a comment not shouted whole, as a possessive or beside another capitalised
    word ("JOE'S PLUMBING", "ABC Roofing"; not "the IRS", "THE BEST EVER")."""
    written = original(text, tokens[i])
    if (
        not written[:1].isupper()
        or written.casefold().removesuffix("'s").removesuffix("’s") in not_business
    ):
        return False
    if written == written.upper() and len(written) > 1 and not _named_in_capitals(text, tokens, i):
        return False
    return i == 0 or original(text, tokens[i - 1]).casefold().rstrip(".") not in _TITLES


def _named_in_capitals(text: NormalizedText, tokens: Sequence[Token], i: int) -> bool:
    """Whether a word in capitals is part of a name: the comment is not all capitals, and the
    word is a possessive ("JOE'S") or a capitalised word stands right beside it."""
    if not any(char.islower() for char in text.original):
        return False
    written = original(text, tokens[i])
    if written.endswith(("'S", "’S")):
        return True
    beside = (original(text, tokens[j]) for j in (i - 1, i + 1) if 0 <= j < len(tokens))
    return any(word[:1].isupper() and word.isalpha() for word in beside)


def _endorsed(at: str, not_business: frozenset[str]) -> Judge:
    """A judge: the business is named at the match's ``first`` word, its ``second`` (or third,
    after "to"), its ``last`` (a name of two words ends there: "Precision Roofing") or ``at``,
    right after the first word of the set ``name_leads`` ("the tacos at Casa Lopez")."""

    def judge(match: Match) -> bool:
        text, tokens, words, first, last, sets, *_ = match
        if at == "at":  # "the tacos at Casa Lopez", "great job by Dayton Roll-Off"
            lead = next((i for i in range(first, last) if words[i] in sets["name_leads"]), None)
            return lead is not None and _business(text, tokens, lead + 1, not_business)
        if at == "first":
            return _business(text, tokens, first, not_business)
        if at == "second":  # "call Dave's ...", "kudos to Green Acres ..."
            return any(
                _business(text, tokens, i, not_business) for i in range(first + 1, first + 3)
            )
        return _business(text, tokens, last, not_business) or (
            last > first and _business(text, tokens, last - 1, not_business)
        )

    return judge


def _endorsement(config: DetectorConfig) -> AnyOf:
    """Another's business praised and sent customers (judgment)."""
    allowed = frozenset(w.casefold() for term in config.allowed for w in term.split())
    file = read_phrases("solicitation.phrases")
    return AnyOf(
        config.id,
        tuple(
            PhraseDetector.of(
                config.id,
                file,
                f"endorsement_{at}",
                judge=_endorsed(at, _NOT_BUSINESS | allowed),
            )
            for at in ("first", "second", "last", "at")
        ),
    )


def _counterfeit(config: DetectorConfig) -> PhraseDetector:
    """Counterfeit goods offered (judgment)."""
    return PhraseDetector.of(config.id, read_phrases("solicitation.phrases"), "counterfeit")


FACTORIES: Mapping[str, DetectorFactory] = {
    "endorsement": _endorsement,
    "counterfeit": _counterfeit,
    "self_promotion": _self_promotion,
    "commercial_offer": _commercial_offer,
    "shop_link": _shop_link,
    "profile_link": _profile_link,
}
