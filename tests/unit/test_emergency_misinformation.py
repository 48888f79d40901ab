"""An official safety warning or order waved away is false information for review (Kankakee
§ V.2.8): "ignore the sirens", "don't evacuate", "the flood warning is fake". A warning obeyed,
asked about, reported, complained of or debunked is none."""

from __future__ import annotations

import pytest

from kankakee_verdicts import evidence


@pytest.mark.parametrize(
    "text",
    [
        "Ignore the boil water advisory, the water is fine.",
        "Everyone can ignore tonight's tornado warning, it's nothing.",
        "The tornado sirens are broken, ignore them tonight.",
        "Don't evacuate, they always exaggerate.",
        "dont boil your water, the city just wants you scared",
        "You don't need to evacuate, it's all media hype.",
        "you never have to evacuate for these storms",
        "No need to boil your water, they're just covering themselves.",
        "The curfew is a hoax, go out and enjoy the night.",
        "The flood warning is overblown, stay put.",
        "That tornado warning is fake news.",
    ],
)
def test_a_safety_warning_waved_away_is_read(text: str) -> None:
    assert [e.detector for e in evidence(text, "emergency_misinformation")]


@pytest.mark.parametrize(
    "text",
    [
        "Don't ignore the sirens tonight, take shelter.",
        "You shouldn't ignore the warnings.",
        "The warning is not fake, please leave.",
        "The sirens were so loud I couldn't sleep.",
        "Is the boil order still in effect?",
        "My neighbor said the warning was fake but I left anyway.",
        "It's a myth that you can ignore the sirens.",
        "The boil order was lifted yesterday according to the city.",
        "Do not leave your car running in the garage.",
        "I didn't evacuate last time and regretted it.",
        "The sirens are tested every first Tuesday at 10am, you can ignore them then.",
    ],
)
def test_a_warning_obeyed_asked_about_reported_or_debunked_is_none(text: str) -> None:
    assert evidence(text, "emergency_misinformation") == []
