"""The detectors the library ships, each with what it detects and the options it takes.

The detector reference in the documentation is generated from :data:`BUILTIN_SPECS`.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from ..comment import Comment
from ..ordinance import DetectorConfig
from ..text import NormalizedText
from . import (
    Detector,
    Signal,
    campaigns,
    copyright,
    cyber_attacks,
    defamation,
    hate_speech,
    impersonation,
    links,
    misinformation,
    off_topic,
    personal_context,
    personal_information,
    personnel,
    profanity,
    public_safety,
    sexual_content,
    solicitation,
    threats,
)
from .classes import HATE_DETECTORS, with_classes
from .registry import DetectorSpec, Option, OptionKind, specs_by_id

__all__ = ["BUILTIN_SPECS", "GUARD", "PROTECTED_CLASSES"]

_DOMAINS = "registered domains (``example.com``)"


@cache
def _classes() -> frozenset[str]:
    return hate_speech.protected_classes()


#: The ``protected_classes`` option of the hate-speech detectors.
PROTECTED_CLASSES = Option(
    "protected_classes",
    OptionKind.WORDS,
    "The protected classes the clause lists; groups and slurs of other classes are not read."
    " Leave it out for every class the shipped word lists know.",
    choices=_classes,
)


def _silent(text: NormalizedText, comment: Comment) -> tuple[Signal, ...]:
    """The guard signals nothing: the Evaluator reads its words (see ``GUARD``)."""
    return ()


def _guard(config: DetectorConfig) -> Detector:
    return _silent


#: The protected-speech guard (Ord. 2019-70 § I.3). Listed among a category's detectors, it
#: adds no detector: its ``words`` and ``allowed`` tune the words that make a comment speech
#: about government, for the whole ordinance.
GUARD = DetectorSpec(
    "protected_speech",
    _guard,
    "Not a detector: the protected-speech guard. Its words make a comment speech about"
    " government, which the verdict notes and no detector reads (government.txt). Deprecated:"
    " tune them in [purpose.government_words] (add, remove) instead.",
    words="Words that also make a comment speech about government (``township``).",
    allowed="Shipped government words that do not, for this city.",
)


def _spec(module: object, detector_id: str, summary: str, **declared: object) -> DetectorSpec:
    factories: Mapping[str, object] = module.FACTORIES  # type: ignore[attr-defined]
    return DetectorSpec(detector_id, factories[detector_id], summary, **declared)  # type: ignore[arg-type]


_PI = personal_information
_CA = cyber_attacks
_SPECS = (
    _spec(_PI, "ssn", "A US Social Security number; written as one it is mechanical evidence."),
    _spec(_PI, "payment_card", "A payment card number with a valid Luhn check (mechanical)."),
    _spec(
        _PI,
        "phone",
        "A phone number (judgment: a business's or the writer's own may be fine).",
        allowed="Published numbers never flagged (City Hall, the non-emergency line).",
    ),
    _spec(
        _PI,
        "email",
        "An email address (judgment).",
        allowed="Published addresses, or domains (``@example.gov``), never flagged.",
    ),
    _spec(_PI, "street_address", "A street address (judgment)."),
    _spec(_PI, "licence_plate", "A licence plate named as one (judgment)."),
    _spec(_PI, "date_of_birth", "A date of birth named as one (judgment)."),
    _spec(_CA, "sql_injection", "SQL injection syntax (mechanical): tautologies, UNION SELECT."),
    _spec(_CA, "script_injection", "Script and HTML injection (mechanical), encoded or not."),
    _spec(
        profanity,
        "profanity",
        "Listed profanity, however disguised (mechanical; expletives are judgment).",
        words="More profane words or phrases, mechanical evidence like the shipped list.",
        allowed="Listed words this city does not count as profane.",
    ),
    _spec(
        hate_speech,
        "slur",
        "A slur aimed at a protected group; alone, or a reclaimed or ambiguous one, judgment.",
        words="More slurs.",
        allowed="Listed slurs this city does not count.",
        options=(PROTECTED_CLASSES,),
    ),
    _spec(
        hate_speech,
        "group_hate",
        "Derogation, dehumanisation, exclusion or violence aimed at a protected group.",
        words="More words that name a protected group, read as the slurs are.",
        allowed="Listed slurs this city does not count as naming a group.",
        options=(PROTECTED_CLASSES,),
    ),
    _spec(
        hate_speech,
        "group_violence",
        "Harm to a body wished on, or meant for, a protected group, as group_hate reads it.",
        words="More words that name a protected group, read as the slurs are.",
        allowed="Listed slurs this city does not count as naming a group.",
        options=(PROTECTED_CLASSES,),
    ),
    _spec(
        threats,
        "threat",
        "Harm meant or wished on a person, intimidation, self-harm urged.",
        options=(threats.PATTERNS,),
    ),
    _spec(
        threats,
        "personal_attack",
        "An insult aimed at a person, said to or of them.",
        options=(threats.PATTERNS,),
    ),
    _spec(
        threats,
        "incitement",
        "Calls to damage property, flood lines, stalk, harm or break the law; unlawful goods"
        " offered or sought.",
        options=(threats.PATTERNS,),
    ),
    _spec(
        threats,
        "official_threat",
        "A threat of harm whose sentence names an official or a public body (Threatening a"
        " Public Official).",
    ),
    _spec(
        threats,
        "harassment_campaign",
        "Calls to pile onto one person: their own channels, again and again, until they give in.",
        options=(threats.PATTERNS,),
    ),
    _spec(solicitation, "self_promotion", "The writer's own channel, page or business."),
    _spec(solicitation, "commercial_offer", "An offer: for sale, promo codes, price cuts."),
    _spec(
        solicitation,
        "endorsement",
        "Another's business named, praised and sent customers (\"Miller Septic is the best, call"
        ' them!").',
        allowed="Capitalised words that name no business (the page's own office, its crews).",
    ),
    _spec(
        solicitation,
        "counterfeit",
        "Counterfeit goods offered: replicas and fakes of a brand, for sale.",
    ),
    _spec(
        solicitation,
        "shop_link",
        "A link to a shop, marketplace or fundraising page, or an affiliate link.",
        words=f"Shop {_DOMAINS}; a word without a dot is signalled where it occurs.",
        allowed=f"Shop {_DOMAINS} never flagged.",
    ),
    _spec(
        solicitation,
        "profile_link",
        "A link to a social profile, channel or artist page.",
        allowed="Profiles never flagged (``facebook.com/cityofexample``).",
    ),
    _spec(
        links,
        "obfuscated_link",
        "A link written to slip past filters (``example . com``, ``example[.]com``).",
    ),
    _spec(
        links,
        "phishing_link",
        "A host that imitates a brand or a government domain (mechanical where it deceives).",
        words=f"The city's own {_DOMAINS}, and more names phishers imitate.",
        allowed=f"{_DOMAINS} never flagged.",
    ),
    _spec(
        links,
        "malware_link",
        "A link to an executable or installer on a host not trusted (mechanical).",
        allowed=f"Trusted {_DOMAINS} whose downloads are not malware.",
    ),
    _spec(
        links,
        "url_shortener",
        "A link through a URL shortener (judgment).",
        words=f"More shortener {_DOMAINS}.",
        allowed=f"Shortener {_DOMAINS} never flagged (the city's own).",
    ),
    _spec(
        links,
        "external_link",
        "A link to another site: any link whose host is not the city's own (mechanical when"
        " written as a link, with a scheme or ``www.``; judgment for a bare domain).",
        allowed="The city's own sites, never flagged: hosts or domains (``mcohio.org``), or a"
        " host and a path (``facebook.com/mcohio``) for one page and what is under it.",
    ),
    _spec(
        links,
        "phishing_lure",
        "A request for a password, a code or a payment, or a prize or an alarm beside a link.",
    ),
    _spec(links, "spam_flood", "The same words repeated many times, or a run of links."),
    _spec(campaigns, "campaign_advocacy", "An appeal to vote for or against a named candidate."),
    _spec(
        copyright,
        "piracy",
        "Piracy phrases, tools, release tags, piracy sites and torrents (judgment).",
        words="More piracy sites (registered domain without its top-level domain).",
        allowed="Listed sites never flagged.",
    ),
    _spec(copyright, "pasted_article", "A long comment carrying a publisher's notice."),
    _spec(
        personal_context,
        "personal_context",
        "Where a named person lives, their children's school or their daily routine.",
    ),
    _spec(
        public_safety,
        "safety_disclosure",
        "An actionable disclosure: undercover officers, checkpoints, codes, witnesses.",
        allowed="Capitalised words that are not the names of persons.",
    ),
    _spec(
        public_safety,
        "non_public_information",
        "An office's internal or leaked document given out, or an insider's untold news"
        " (judgment).",
    ),
    _spec(
        impersonation,
        "official_display_name",
        "A display name claiming the city, a department or an office.",
        words="The city's own names (``Kankakee``): ``Kankakee Police`` claims a city body.",
        allowed="Words that make a display name no claim, besides the shipped ones (``fan``).",
    ),
    _spec(impersonation, "official_claim", "A first-person claim to be the city or an official."),
    _spec(misinformation, "fake_official_notice", "A notice in the city's voice, not by the city."),
    _spec(misinformation, "election_misinformation", "A false way, day or status of voting."),
    _spec(
        misinformation,
        "health_misinformation",
        "A documented health hoax stated as fact (vaccines cause autism, 5G spreads covid).",
    ),
    _spec(
        misinformation,
        "emergency_misinformation",
        "An official safety warning or order waved away (ignore the sirens, don't evacuate).",
    ),
    _spec(
        defamation,
        "criminal_accusation",
        "A crime or fraud pinned on a named or described person (judgment).",
        allowed="Capitalised words that are not the names of persons (``Kankakee``).",
    ),
    _spec(
        off_topic,
        "unrelated_to_thread",
        "A private message or advert unrelated to the thread and the city's business.",
        words="The city's own name and places, which put a comment within the site's scope.",
    ),
    _spec(
        off_topic,
        "other_agency",
        "A comment about another agency (the IRS, the BMV, the city of Dayton) than the page's.",
        words="The page's own agency, office and services: a comment naming one is not flagged.",
    ),
    _spec(personnel, "personnel_guilt_statement", "Personnel: a statement on guilt or a trial."),
    _spec(personnel, "personnel_political_activity", "Personnel: campaigning."),
    _spec(personnel, "personnel_private_business", "Personnel: selling or promoting a business."),
    _spec(
        personnel,
        "personnel_affiliation_denial",
        "Personnel: denying working for the city, or withholding who they are.",
    ),
)

# The hate-speech detectors also take a city's own classes (class_<name>; see .classes).
_CLASSED = tuple(with_classes(s) if s.id in HATE_DETECTORS else s for s in _SPECS)
_SEXUAL = _spec(
    sexual_content,
    "sexual_content",
    "Sexual content (judgment) and links to adult sites (mechanical where written as a link).",
    words="More sexual terms (judgment); a word with a dot is an adult site's domain.",
    allowed="Listed terms, or sites (a word with a dot), this city does not count.",
)

#: The built-in detectors by id, and the guard.
BUILTIN_SPECS: Mapping[str, DetectorSpec] = specs_by_id((*_CLASSED, _SEXUAL, GUARD))
