"""False information (§ V.2.8): documented health hoaxes stated as fact by the writer.

``health_misinformation`` reads a short list of hoaxes that public-health agencies have
documented as false and whose harm is concrete: vaccines cause autism, hold microchips or alter
DNA; 5G spreads covid; fluoride is mind control; bleach cures a disease. A question, a debunk, a
denial, someone else's belief reported, a quotation and an opinion on vaccines or fluoridation
are none. Claims about what the city does to its water are not read: they are criticism of the
city, whose truth the city is no judge of (docs/explanation.md).
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import evaluator, evidence_under


def _hoaxes(text: str) -> list[str]:
    found = evidence_under(text, "V.2.8")
    assert all(text[e.start : e.end] == e.text for e in found)
    return [e.text for e in found if e.detector == "health_misinformation"]


@pytest.mark.parametrize(
    "text",
    [
        "Vaccines cause autism.",
        "vaccines cause autism, do your research",
        "Vaccines really do cause autism in kids.",
        "I think vaccines cause autism.",
        "Autism is caused by the MMR vaccine.",
        "The covid vaccine contains microchips to track you.",
        "They put microchips in the vaccines.",
        "The mRNA vaccines alter your DNA.",
        "5G spreads covid.",
        "5G towers spread the coronavirus.",
        "Covid was caused by 5G.",
        "Fluoride is mind control.",
        "Fluoride in the water is mind control.",
        "They put fluoride in the water to dumb us down.",
        "Drinking bleach cures covid.",
        "Drink bleach to cure covid.",
        "MMS cures autism, my son is proof.",
    ],
)
def test_a_documented_health_hoax_stated_as_fact_is_reviewed(text: str) -> None:
    """A hoax of the list, said by the writer as fact: § V.2.8 evidence, review only."""
    assert _hoaxes(text)
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        # Questions.
        "Do vaccines cause autism?",
        "Is fluoride mind control? No.",
        # Debunks and denials.
        "The claim that vaccines cause autism is false.",
        "The myth that vaccines cause autism has been debunked.",
        "Vaccines do not cause autism.",
        "Vaccines don't cause autism.",
        "There are no microchips in the vaccine.",
        "5G does not spread covid.",
        "Drinking bleach does not cure covid.",
        "Do not drink bleach, it will not cure covid.",
        # Someone else's belief, reported; a quotation.
        "My aunt thinks vaccines cause autism.",
        "Anti-vaxxers claim vaccines cause autism.",
        "People who say vaccines cause autism are dangerous.",
        "Trump told people to inject bleach to cure covid.",
        '"vaccines cause autism" is what my neighbor keeps posting.',
        # Opinions and facts about vaccines and fluoridation; claims about the city's water.
        "I don't trust the covid vaccine.",
        "Vaccines cause side effects like a sore arm.",
        "Fluoride shouldn't be in our water, it's a choice people should make.",
        "The city adds fluoride to the water at 0.7 mg/L.",
        "The water is poisoned and the city is hiding it.",
        "The city is putting chemicals in the water.",
    ],
)
def test_questions_debunks_reports_and_opinions_are_no_hoax(text: str) -> None:
    """The near-misses: no health_misinformation evidence."""
    assert _hoaxes(text) == []
