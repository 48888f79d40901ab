"""Threats, personal attacks and harassment (Kankakee § V.2.2); calls to violence or unlawful
acts (§ V.2.6).

Every signal here is JUDGMENT: a true threat needs a mental state software cannot see
(*Counterman v. Colorado*, 2023), and the categories' ceiling is review anyway. The detectors
match the patterns of ``threats.phrases`` (the pattern language of :mod:`.phrases`) against the
comment's reading; the words are in ``threat_terms.tsv`` and ``threat_grammar.txt``.

``threat`` (§ V.2.2)
    Harm the writer means to do to a person ("I'll shoot you", "we will cut his throat"), harm
    wished on a person ("you deserve a bullet", "hope he dies", "someone should shoot her"),
    intimidation ("we know your schedule", "I know where you live", "watch your back") and
    incitement to self-harm ("kys", "go kill yourself"). An object is required, so idioms are
    not threats: "kill it at the 5K", "this traffic is killing me", "a ticking time bomb",
    "break a leg", "shoot you an email".
``personal_attack`` (§ V.2.2)
    An insult aimed at a person: said to someone ("you worthless idiot", "shut up, moron",
    "idiots like you") or said of someone with an insult that only fits a person ("he is such
    a scumbag", "what a moron"). Criticism of an office, a decision or a policy is protected
    (§ I.3) and names no insult of a person: "the council is corrupt and incompetent", "this
    plan is garbage", "the mayor is doing a terrible job and should resign" are not findings.
    Who is insulted makes no difference: the mayor and a resident are treated alike.
``incitement`` (§ V.2.6)
    Calls to damage property ("let's all go smash their windows", "burn it down"), to flood
    or crash a line of communication ("flood the phone lines", "crash their website"), to
    stalk ("I'll follow her home", "show up at his house") or to harm a person ("someone should
    shoot him").

A match inside quotation marks is a quotation, and a negated one ("I would never hurt you",
"don't kill yourself") is not a threat; neither is a finding.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..ordinance import DetectorConfig
from . import DetectorFactory
from .phrases import PhraseDetector, read_phrases

__all__ = ["FACTORIES"]


def _factory(group: str) -> DetectorFactory:
    def build(config: DetectorConfig) -> PhraseDetector:
        return PhraseDetector.of(config.id, read_phrases("threats.phrases"), group)

    build.__doc__ = f"The detector of the group [{group}] of threats.phrases."
    return build


FACTORIES: Mapping[str, DetectorFactory] = {
    group: _factory(group) for group in ("threat", "personal_attack", "incitement")
}
