"""Profane, obscene and sexual language (Kankakee § V.2.5), from a shipped word list.

Listed profanity is MECHANICAL evidence. The list (``profanity.txt``) is derived from public word
lists with attribution in ``NOTICE.md``; ``allow.txt`` holds words that must never count. A city
adds words with ``words`` and exempts words with ``allowed`` in its ordinance file.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..ordinance import DetectorConfig
from ..verdict import Strength
from . import DetectorFactory
from .lexicon import LexiconDetector, normalize_terms, read_word_list

__all__ = ["FACTORIES"]


def _profanity(config: DetectorConfig) -> LexiconDetector:
    listed = read_word_list("profanity.txt") | normalize_terms(config.words)
    allowed = read_word_list("allow.txt") | normalize_terms(config.allowed)
    return LexiconDetector(config.id, listed - allowed, Strength.MECHANICAL)


FACTORIES: Mapping[str, DetectorFactory] = {"profanity": _profanity}
