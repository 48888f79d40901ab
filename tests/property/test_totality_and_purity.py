"""Totality, determinism and purity: any text gives a verdict, the same one, every time."""

from __future__ import annotations

import multiprocessing
import random
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

import municipal_social_policy as msp
from municipal_social_policy import strategies as mst

ANY_TEXT = st.text(st.characters(codec=None), max_size=400)


@given(text=ANY_TEXT)
def test_any_text_gives_a_verdict(evaluator: msp.Evaluator, text: str) -> None:
    """Totality: any string, control characters and lone surrogates included, yields a verdict."""
    verdict = evaluator.evaluate(text)
    assert isinstance(verdict, msp.Verdict)
    assert verdict.decision in set(msp.Decision)


@given(ordinance=mst.ordinances(), comment=mst.comments(texts=ANY_TEXT) | mst.comments())
def test_any_valid_ordinance_gives_a_verdict(
    ordinance: msp.Ordinance, comment: msp.Comment
) -> None:
    """Totality: any valid ordinance evaluates any comment, and stamps its digest on the verdict."""
    verdict = msp.evaluate(ordinance, comment)
    assert verdict.ordinance.digest == ordinance.digest
    assert verdict.ordinance.number == ordinance.number


@cache
def _second_evaluator() -> msp.Evaluator:
    """A second evaluator for Kankakee, built from its own load apart from the session's."""
    return msp.Evaluator(msp.load("kankakee"))


@given(comment=mst.comments() | mst.violating_comments().map(lambda v: v.comment))
def test_same_input_same_verdict(evaluator: msp.Evaluator, comment: msp.Comment) -> None:
    """Determinism: one comment gives equal verdicts from one evaluator, twice, and from a second
    one built apart, which judges it first. The second is built once, not per example (building
    one takes about a second): it is fresh for the first example, and for each later one it has
    judged only other comments, so a verdict that hung on an evaluator's past would differ."""
    first = _second_evaluator().evaluate(comment)
    assert evaluator.evaluate(comment) == first
    assert evaluator.evaluate(comment) == first


@given(
    batch=st.lists(mst.comments() | mst.violating_comments().map(lambda v: v.comment), max_size=12),
    seed=st.integers(),
)
def test_order_does_not_matter(
    evaluator: msp.Evaluator, batch: list[msp.Comment], seed: int
) -> None:
    """Purity: evaluating comments in another order gives each the same verdict."""
    expected = {id(comment): evaluator.evaluate(comment) for comment in batch}
    shuffled = batch[:]
    random.Random(seed).shuffle(shuffled)
    for comment, verdict in zip(shuffled, evaluator.evaluate_many(shuffled), strict=True):
        assert verdict == expected[id(comment)]


@given(comment=mst.comments() | mst.violating_comments().map(lambda v: v.comment))
def test_evaluation_changes_neither_input(
    kankakee: msp.Ordinance, evaluator: msp.Evaluator, comment: msp.Comment
) -> None:
    """Purity: evaluating leaves the ordinance's content and the comment unchanged."""
    digest, before = kankakee.digest, msp.dumps(comment)
    evaluator.evaluate(comment)
    assert msp.serialization.content_digest(kankakee) == digest
    assert msp.dumps(comment) == before


@settings(max_examples=5)
@given(
    batch=st.lists(
        mst.comments() | mst.violating_comments().map(lambda v: v.comment), min_size=8, max_size=24
    )
)
def test_threads_agree_with_one_thread(evaluator: msp.Evaluator, batch: list[msp.Comment]) -> None:
    """Determinism across threads: an evaluator shared by four threads gives the serial verdicts."""
    serial = [evaluator.evaluate(comment) for comment in batch]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(evaluator.evaluate, batch)) == serial


def _verdicts_in_a_process(texts: list[str]) -> list[str]:
    ordinance_evaluator = msp.Evaluator(msp.load("kankakee"))
    return [msp.dumps(ordinance_evaluator.evaluate(text)) for text in texts]


def test_processes_agree_with_this_process(evaluator: msp.Evaluator) -> None:
    """Determinism across processes: verdicts computed in worker processes equal local ones."""
    texts = [
        f"{subject} {opinion.format(topic=topic)}."
        for subject, opinion, topic in zip(
            mst.OFFICIALS, mst.PRAISE + mst.CRITICISM, mst.TOPICS, strict=False
        )
    ] + ["My SSN is 356-21-4476", "'; DROP TABLE comments; --", "Call me at 815-555-0143"]
    local = [msp.dumps(evaluator.evaluate(text)) for text in texts]
    # Spawned, as the library's own pools are: forking a threaded process may deadlock.
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as pool:
        remote = list(
            pool.map(_verdicts_in_a_process, [texts[: len(texts) // 2], texts[len(texts) // 2 :]])
        )
    assert remote[0] + remote[1] == local
