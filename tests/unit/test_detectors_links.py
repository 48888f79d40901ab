"""Unit tests for link-borne cyber attacks (Kankakee § V.2.14): phishing, malware, spam.

A link to an executable and the structural tricks of phishing (a government domain inside
another domain, a brand spelled with digits or look-alike letters, a name hidden before "@")
are MECHANICAL evidence: REMOVE. Lures, shorteners, floods and softer look-alikes are JUDGMENT:
REVIEW. Ordinary links to news, the city or Wikipedia are nothing.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import municipal_social_policy as msp
from kankakee_verdicts import evaluator
from municipal_social_policy.detectors._urls import (
    LINK_TRIGGER,
    TLDS,
    WORD_TLDS,
    find_links,
    registered_domain,
)
from municipal_social_policy.detectors.catalogue import BUILTIN_SPECS
from municipal_social_policy.detectors.links import MalwareLinkDetector, ObfuscatedLinkDetector
from municipal_social_policy.ordinance import DetectorConfig


def v214(text: str) -> tuple[msp.Verdict, list[msp.Evidence]]:
    """The verdict on ``text`` and its § V.2.14 evidence."""
    verdict = evaluator().evaluate(text)
    return verdict, [e for f in verdict.findings if f.clause.id == "V.2.14" for e in f.evidence]


@pytest.mark.parametrize(
    ("text", "detector", "link"),
    [
        (
            "Pay your water bill here: citykankakee-il.gov.verify-account.com/login",
            "phishing_link",
            "citykankakee-il.gov.verify-account.com/login",
        ),
        ("Refund waiting at paypa1.com/claim", "phishing_link", "paypa1.com/claim"),
        ("Log in at http://раураl.com/signin", "phishing_link", "http://раураl.com/signin"),
        (
            "Secure your account: paypal-secure-login.com",
            "phishing_link",
            "paypal-secure-login.com",
        ),
        (
            "http://www.paypal.com@evil.example/login",
            "phishing_link",
            "http://www.paypal.com@evil.example/login",
        ),
        (
            "New city app! http://downloads.example.ru/kankakee.apk",
            "malware_link",
            "http://downloads.example.ru/kankakee.apk",
        ),
        (
            "Free fix: https://files.example.net/setup.exe?dl=1",
            "malware_link",
            "https://files.example.net/setup.exe?dl=1",
        ),
    ],
)
def test_mechanical_link_attacks_are_removed(text: str, detector: str, link: str) -> None:
    """Phishing hosts and executable downloads are mechanical: REMOVE, evidence is the link."""
    verdict, evidence = v214(text)
    assert verdict.decision is msp.Decision.REMOVE
    assert (detector, link) in [(e.detector, e.text) for e in evidence]
    for item in evidence:
        assert text[item.start : item.end] == item.text


@pytest.mark.parametrize(
    "host",
    [
        "paypalverify.com",
        "securepaypal.net",
        "chaseonlinelogin.info",
        "wellsfargoupdate.com",
        "applesupport.net",
        "verifyvenmoaccount.com",
    ],
)
def test_a_brand_run_together_with_login_words_is_a_login_page_of_someone_else(host: str) -> None:
    # As "paypal-secure-login.com" with hyphens: the brand's name joined to login words only,
    # on a domain the brand does not own, is removed whatever the words round it say.
    for text in (f"Your account is on hold, confirm at {host}", f"lol is {host} legit?"):
        verdict, found = v214(text)
        assert verdict.decision is msp.Decision.REMOVE, text
        assert any(e.detector == "phishing_link" for e in found), text


@pytest.mark.parametrize(
    "text",
    [
        "paypalfans.com has great tips on budgeting",
        "I bought it on paypal.com last week",
        "the chasefield.org youth league starts Monday",
        "read it on appleinsider.com",
    ],
)
def test_a_brand_run_together_with_other_words_is_no_login_page(text: str) -> None:
    verdict, found = v214(text)
    assert verdict.decision is not msp.Decision.REMOVE, text
    assert not any(e.detector == "phishing_link" for e in found), text


@pytest.mark.parametrize(
    ("text", "detector"),
    [
        ("Details here http://bit.ly/3xYzAbC", "url_shortener"),
        ("Congratulations, you won a free iPhone! Click here to claim", "phishing_lure"),
        (
            "Your account has been suspended, verify your account at example-help.com",
            "phishing_lure",
        ),
        ("Follow me watch my videos :) " * 8, "spam_flood"),
        ("Visit kidsmediausa . com now", "obfuscated_link"),
        ("go to http://xn--mnchen-3ya.de", "phishing_link"),
    ],
)
def test_judgment_link_signals_are_reviewed(text: str, detector: str) -> None:
    """Lures, shorteners, floods and hidden links need a person: REVIEW under § V.2.14."""
    verdict, evidence = v214(text)
    assert verdict.decision is msp.Decision.REVIEW
    assert detector in {e.detector for e in evidence}
    assert all(e.detector != "malware_link" for e in evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Credits at http://www.example.org/cg/amg.dll?p=amg&sql=10:abc for each volume",
        "Search the catalogue: https://library.example.net/isapi/search.dll?q=kankakee",
    ],
)
def test_a_server_module_given_a_query_is_reviewed(text: str) -> None:
    """A ``.dll`` with a query is a page the server runs: judgment, a person checks it."""
    verdict, evidence = v214(text)
    assert verdict.decision is msp.Decision.REVIEW
    assert "malware_link" in {e.detector for e in evidence}


@pytest.mark.parametrize(
    "text",
    [
        "Agenda: https://www.citykankakee-il.gov/agenda.pdf",
        "See https://en.wikipedia.org/wiki/Tobin_tax",
        "Pay online at https://www.paypal.com/signin if you like",
        "Download Firefox from https://www.mozilla.org/firefox/",
        "The utility portal makes you enter your password twice",
        "I won the raffle at the summer festival!",
        "Thank you.Me too. here.Live now",
        "Chase Park needs new swings",
        "@USER @USER @USER @USER @USER @USER @USER @USER @USER @USER @USER what a day",
        "A torrent of complaints about the water rates",
        # The platforms wrap every link themselves: X in t.co, LinkedIn in lnkd.in
        "Great turnout at the parade https://t.co/Xy12AbCd9",
        "Minutes of the meeting: https://lnkd.in/gAbC12d",
    ],
)
def test_ordinary_links_and_words_are_not_attacks(text: str) -> None:
    """Links to the city and to sources, and words about accounts or prizes, are nothing."""
    _, evidence = v214(text)
    assert evidence == []


def test_criticism_with_a_link_is_judged_by_the_link_not_the_view() -> None:
    """Praise or criticism of the mayor next to the same link gives the same decision."""
    link = " http://bit.ly/3xYzAbC"
    praise = evaluator().evaluate("The mayor handled snow removal really well." + link)
    critique = evaluator().evaluate("The mayor completely botched snow removal." + link)
    assert praise.decision is critique.decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    ("text", "hosts"),
    [
        ("visit http://a.com, then www.b.org/x.", ["a.com", "www.b.org"]),
        ("(www.city.gov).", ["www.city.gov"]),
        ("mail jake@pubbynovo.com", []),
        ("e.g. U.S. St.Louis 3.5 i.e.", []),
        ("youtu.be/abc and youtube. com/watch", ["youtu.be", "youtube.com"]),
    ],
)
def test_find_links_finds_hosts_not_abbreviations_or_emails(text: str, hosts: list[str]) -> None:
    """Schemes, ``www.``, bare and spaced domains are links; emails and "e.g." are not."""
    assert [link.host for link in find_links(text.lower())] == hosts


@pytest.mark.parametrize(
    ("host", "domain"),
    [
        ("a.gov.verify-account.com", "verify-account.com"),
        ("www.bbc.co.uk", "bbc.co.uk"),
        ("service.gov.uk", "service.gov.uk"),
        ("example.com", "example.com"),
    ],
)
def test_registered_domain(host: str, domain: str) -> None:
    """The registered domain keeps three labels under a two-level public suffix."""
    assert registered_domain(host) == domain


def test_a_megabyte_of_links_and_repeats_finishes() -> None:
    """A huge comment of repeated links stays linear: one finding, no timeout; the only error
    says that the comment is longer than the part read."""
    text = "spam http://a.example/x " * 40_000
    verdict, evidence = v214(text)
    [error] = verdict.errors
    assert "only the first" in error
    assert evidence


# Letters only, and ASCII: a digit among letters or a non-ASCII character is a disguise, for
# which every word trigger holds anyway.
_LABELS = st.from_regex(r"[a-z]{1,8}(?:-[a-z]{2,8})?", fullmatch=True)
_TLDS = st.sampled_from(sorted(TLDS | WORD_TLDS | {"zz", "exe"}))
_PATHS = st.one_of(st.just(""), st.from_regex(r"[/?#][a-z./?#=&]{0,12}", fullmatch=True))
_EDGES = st.sampled_from(["", " ", "'", "x'", "'s", ".", ",", "(", ")", ":", '"', "-"])


@st.composite
def _linked_texts(draw: st.DrawFn) -> str:
    """ASCII texts with something link-like in one of many forms, amid words and punctuation."""
    host = ".".join(draw(st.lists(_LABELS, min_size=1, max_size=3)))
    tld = draw(_TLDS)
    dot = draw(st.sampled_from([".", ".", ".", " . ", ". ", " .", "  .  "]))
    start = draw(
        st.sampled_from(["", "http://", "https://", "hxxps://", "HTTP:/", "www.", "www7.", "w"])
    )
    link = f"{start}{host}{dot}{tld}{draw(_PATHS)}"
    words = draw(st.lists(st.sampled_from(["see", "the", "link"]), max_size=2))
    return " ".join([*words, draw(_EDGES) + link + draw(_EDGES), *words])


@settings(max_examples=1000)
@given(_linked_texts())
def test_link_trigger_holds_for_every_text_with_a_link(value: str) -> None:
    """LINK_TRIGGER holds wherever a link is found; the obfuscated-link trigger wherever a link
    without a scheme or "www." is; the malware and profile triggers wherever a link has a path."""
    text = msp.normalize(value)
    found = find_links(text.normalized)
    if found:
        assert LINK_TRIGGER.holds(text), value
    if any(not link.explicit for link in found):
        assert ObfuscatedLinkDetector.trigger.holds(text), value
    if any(link.path.startswith("/") for link in found):
        assert MalwareLinkDetector.trigger.holds(text), value


# --- external_link: a link to another site ------------------------------------------------


def external(text: str, *allowed: str) -> list[tuple[str, str]]:
    """The evidence ``external_link`` gives in ``text``, with its strength."""
    config = DetectorConfig("external_link", allowed=allowed)
    detector = BUILTIN_SPECS["external_link"](config)
    normalized = msp.normalize(text)
    return [
        (text[s.start : s.end], s.strength.value) for s in detector(normalized, msp.Comment(text))
    ]


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        (
            "see https://www.example.com/news today",
            [("https://www.example.com/news", "mechanical")],
        ),
        ("go to WWW.EXAMPLE.ORG", [("WWW.EXAMPLE.ORG", "mechanical")]),
        ("read recyclingfacts.org first", [("recyclingfacts.org", "judgment")]),
        ("visit example . com", [("example . com", "judgment")]),
        ("no link here. Thanks!", []),
        ("write to jo@example.com", []),
        # A platform's wrapper hides where the link leads: a person looks.
        ("Great meeting today https://t.co/abc123XyZ", [("https://t.co/abc123XyZ", "judgment")]),
        ("https://lnkd.in/gQx2Yz", [("https://lnkd.in/gQx2Yz", "judgment")]),
    ],
)
def test_external_link_signals_every_link_to_another_site(
    text: str, evidence: list[tuple[str, str]]
) -> None:
    """Written as a link, mechanical; a bare or spaced domain may be a name, so judgment."""
    assert external(text) == evidence


@pytest.mark.parametrize(
    "text",
    [
        "https://www.mcohio.org/departments/environmental_services",
        "mcohio.org/pickup",
        "http://Recycle.MCOHIO.org",
        "https://facebook.com/mcohio/posts/1",
        "https://facebook.com/MCOhio",
    ],
)
def test_external_link_spares_the_citys_own_sites(text: str) -> None:
    """``allowed`` hosts cover their subdomains; a host and a path cover that page and below."""
    assert external(text, "https://www.mcohio.org/", "facebook.com/mcohio") == []


@pytest.mark.parametrize(
    "text",
    ["https://facebook.com/other", "https://facebook.com/mcohiofan", "https://notmcohio.org/x"],
)
def test_external_link_allows_no_more_than_it_is_told(text: str) -> None:
    """Another page on an allowed host, or a host that only ends like the city's, is external."""
    assert len(external(text, "mcohio.org", "facebook.com/mcohio")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Daniel helped me earn $6,500 in two weeks trading crypto, contact him on WhatsApp",
        "Guaranteed returns of 200% every month, Telegram @fxqueen",
        "I need your help to transfer my late husband's inheritance, email me",
        "Dr. Ade brought my ex back with a powerful love spell, WhatsApp +234 803 555 0101",
        "Hack any Facebook account in minutes, contact cyberghost on Instagram",
        "Recover your lost crypto from scammers, message us",
    ],
)
def test_scam_pitches_with_a_contact_off_the_page_are_lures(text: str) -> None:
    """Issue 9: investment, advance-fee, spell-caster and hacker-for-hire pitches (§ V.2.14)."""
    _, evidence = v214(text)
    assert "phishing_lure" in {e.detector for e in evidence}


@pytest.mark.parametrize(
    "text",
    [
        "The pension fund promised guaranteed returns, contact your alderman about it",
        "Our investment manager at the city retired, email her to say thanks",
        "She helped me earn 20 credits at the college, text me for info",
        "The city should recover the stolen funds from the contractor",
        "Guaranteed returns on a muni bond? No such thing.",
    ],
)
def test_the_words_of_a_pitch_in_civic_talk_are_no_lure(text: str) -> None:
    """Without a contact off the page, or with ordinary money talk, no § V.2.14 lure."""
    _, evidence = v214(text)
    assert "phishing_lure" not in {e.detector for e in evidence}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What about the .com equivalent?", False),
        ("Can Python even use the .NET libraries directly?", False),
        ("if you had started your own .com company", False),
        ("visit example . com for free stuff", True),
        ("go to freestuff .com now", True),
    ],
)
def test_an_english_word_before_a_spaced_dot_is_no_host(text: str, expected: bool) -> None:
    """ "the .com" names a domain; "example . com" hides one."""
    _, evidence = v214(text)
    assert any(e.detector == "obfuscated_link" for e in evidence) is expected
