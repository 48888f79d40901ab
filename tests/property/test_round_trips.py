"""Round trips: ordinances and verdicts through JSON and TOML come back equal."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy import strategies as mst


@given(ordinance=mst.ordinances())
def test_ordinances_round_trip_through_json_and_toml(ordinance: msp.Ordinance) -> None:
    """Any valid ordinance dumps to JSON and TOML and loads back equal, with the same digest."""
    for format in ("json", "toml"):
        back = msp.loads(msp.dumps(ordinance, format=format), msp.Ordinance, format=format)
        assert back == ordinance
        assert back.digest == ordinance.digest


def test_kankakee_round_trips_through_json_and_toml(kankakee: msp.Ordinance) -> None:
    """The full Kankakee ordinance round-trips through both formats."""
    for format in ("json", "toml"):
        assert (
            msp.loads(msp.dumps(kankakee, format=format), msp.Ordinance, format=format) == kankakee
        )


@given(verdict=mst.verdicts())
def test_verdicts_round_trip_through_json_and_toml(verdict: msp.Verdict) -> None:
    """Verdicts on any comment round-trip through JSON and TOML."""
    for format in ("json", "toml"):
        assert msp.loads(msp.dumps(verdict, format=format), msp.Verdict, format=format) == verdict


@given(text=st.text(st.characters(codec=None)))
def test_verdicts_on_any_text_round_trip_through_json(evaluator: msp.Evaluator, text: str) -> None:
    """A verdict quoting any text, lone surrogates included, round-trips through JSON."""
    verdict = evaluator.evaluate(text)
    document = msp.dumps(verdict)
    document.encode("utf-8")  # always writable to a UTF-8 file
    assert msp.loads(document, msp.Verdict, format="json") == verdict
