"""Phishing lures without a link (Kankakee Ord. 2019-70 § V.2.14), issue 9.

A lure whose request is the attack needs no link: a secret asked for on the page or by text, a
login code to be passed on, malware bait, crypto doubling. An alarm about an account, a device or
a payment is a lure with a partner: a request for credentials, a contact off the page, a call to
click. Every one is judgment (REVIEW), never a removal. The city's advice, residents' warnings,
questions, reports and ordinary account help between residents are no lure.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator, evidence_under


def _lure(text: str) -> bool:
    return any(item.detector == "phishing_lure" for item in evidence_under(text, "V.2.14"))


def assert_lure(text: str) -> None:
    """``text`` is a § V.2.14 lure, sent to review (never removed)."""
    assert _lure(text), f"no lure found in {text!r}"
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW, text


def assert_no_lure(text: str) -> None:
    assert not _lure(text), f"a lure found in {text!r}"


@pytest.mark.parametrize(
    "text",
    [
        "Enter your password here to keep your account active",
        "verify your account by replying with your password",
        "send your login to restore access",
        "text your PIN to 55123 now",
        "Please reply with your username and password to avoid suspension",
        "DM me your card number and the 3 digits on the back",
        "we need your card number to process your refund",
        "Reply with your social security number to receive your stimulus check",
        "can you text me your PIN real quick?",
        "Hi, I'm from Facebook support, your page will be disabled, send us your login details",
        "Give me your bank details and I'll send the money over",
        "drop your seed phrase below and our team will restore your wallet",
    ],
)
def test_a_secret_asked_for_is_a_lure_without_a_link(text: str) -> None:
    assert_lure(text)


@pytest.mark.parametrize(
    "text",
    [
        "send me the 6-digit code",
        "your Facebook was hacked, message me the code you receive",
        "Text me the verification code you just got so I can fix your account",
        "I accidentally sent you a code, can you send it back to me?",
        "forward me the security code that was sent to your phone",
        "I'm locked out of my account, can you send me the code Facebook sends you?",
    ],
)
def test_a_login_code_asked_for_is_a_lure(text: str) -> None:
    """The account takeover: the code the platform sends is passed on to the asker."""
    assert_lure(text)


@pytest.mark.parametrize(
    "text",
    [
        "your account will be deleted, confirm your details",
        "Your account will be closed within 24 hours unless you confirm your identity",
        "We detected unusual activity on your account, please confirm your password",
        "you are eligible for a tax refund, send your bank details",
        "Your computer is infected, call Microsoft support right away",
        "Your Instagram has been suspended, message us on WhatsApp to get it back",
        "You have a pending refund of $350, contact her on Telegram",
    ],
)
def test_an_alarm_with_a_partner_is_a_lure(text: str) -> None:
    """An account, a device or money in danger, read with a request or a contact."""
    assert_lure(text)


@pytest.mark.parametrize(
    "text",
    [
        "you've won a $1000 gift card, claim now",
        "Congratulations! You have been selected to receive a $500 Walmart gift card",
        "You were chosen to get a free iPhone 15, just message me",
    ],
)
def test_prizes_and_refunds_are_lures(text: str) -> None:
    assert_lure(text)


@pytest.mark.parametrize(
    "text",
    [
        "download this app to see who viewed your profile",
        "install this update to keep watching",
        "Download the player to watch the full video",
        "install this cleaner app to remove the virus from your phone",
        "This trick shows who visited your profile!!",
        "Your video player is out of date, update it to continue watching",
    ],
)
def test_malware_bait_is_a_lure(text: str) -> None:
    assert_lure(text)


@pytest.mark.parametrize(
    "text",
    [
        "DM me to double your bitcoin",
        "I made $5000 with this trader, contact her on WhatsApp",
        "Invest $200 and get $2000 in 24 hours, inbox me",
        "Send 1 ETH and receive 2 ETH back instantly",
        "Want to triple your crypto? Message me",
    ],
)
def test_crypto_and_investment_scams_are_lures(text: str) -> None:
    assert_lure(text)


@pytest.mark.parametrize(
    "text",
    [
        "This is the IRS, you owe back taxes. Pay with iTunes gift cards today or be arrested",
        "There is a warrant for your arrest, pay the fine in bitcoin and call agent Miller",
        "Buy 5 Google Play gift cards and send me the codes",
        "You owe the utility $900, pay it in Steam cards by noon",
    ],
)
def test_debts_paid_in_gift_cards_are_lures(text: str) -> None:
    """The impostor's demand: a debt, a fine or a warrant, paid in cards or coins."""
    assert_lure(text)


@pytest.mark.parametrize(
    "text",
    [
        # The city's own advice and residents' warnings
        "Never share your password with anyone",
        "The city will never ask for your PIN",
        "The city will never ask you to send your bank details by text",
        "The bank will never ask you to text your PIN",
        "Do not give your card number to anyone who calls claiming to be from the city",
        "Scammers will tell you to send your password",
        "Beware of scammers asking for your Social Security number",
        "If anyone asks for your password, it's a scam. Report it.",
        "Don't click links that ask you to verify your account",
        "Please give your card number only on the city's official payment page",
        "Apps that show who viewed your profile are a scam",
        # Questions and reports
        "Is this text asking for my PIN a scam?",
        "I got a call asking for my bank details",
        "I got a text saying my account was suspended, is it real?",
        "Someone messaged me saying I won a gift card, I think it's a scam",
        'Got an email saying "send us your login details", obvious phishing',
        "My grandma gave her card number to a guy on the phone. Please warn your parents.",
        "Can you see who viewed your profile on Facebook?",
        # Ordinary account help between residents
        "How do I reset my password on the utility portal?",
        "I forgot my password, who do I call at city hall?",
        "Call the water department, they can reset your login",
        "My account on the portal was locked after three tries, anyone else?",
        "Check your email for the confirmation code the city sent you",
        "You'll need your account number to set up autopay on the water portal",
        "Send me your email and I'll forward the petition",
        "Send me the code for the community garden gate please",
        "Does anyone have the wifi password for the library?",
        "Enter your password twice when you create your account on the portal",
        "You should change your password if your account was hacked",
        "Your account will be closed if you don't pay the parking ticket, says the notice",
        "Download the city's 311 app to report potholes",
        "Can someone explain how to install the update for the bus tracker app?",
        # Money, refunds and prizes in civic talk
        "You may be eligible for a refund if you were overcharged for water, contact the office",
        "Congratulations Jane, you won the raffle! Pick up the prize at city hall",
        "You have been selected for jury duty, don't ignore it",
        "I invested $200 in the city bond and got $210 back",
        "I made $500 selling tomatoes at the farmers market",
        "The mayor should double the budget for parks",
        "Your package was delivered to the wrong house, the post office is useless",
        "The IRS will never ask you to pay with gift cards",
        "Can I pay the water bill with bitcoin?",
        "Scammers ask you to pay with gift cards, hang up",
        "I bought gift cards for the teachers and gave them the codes",
        "Buy gift cards from local shops and send photos to the chamber for the contest",
        "there's a warrant for his arrest and the police won't act",
        "Text me the code they sent you for the gate",
        "Enter your ZIP code below to find your polling place",
        "The county wants your SSN on the permit form, that is ridiculous",
        "The new parking app asks for your card number, is it safe?",
        "Give us your feedback on the new bus routes",
        "My kid downloaded an app to see who viewed his profile and got a virus",
    ],
)
def test_advice_questions_reports_and_account_help_are_no_lure(text: str) -> None:
    assert_no_lure(text)
