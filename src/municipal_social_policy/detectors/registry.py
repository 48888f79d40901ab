"""Detectors by id: what each detects and the options a city may give it.

A :class:`DetectorSpec` is a detector factory with its declaration: the id an ordinance file
names it with, one line on what it detects, what ``words`` and ``allowed`` mean for it, and the
other :class:`Option` it takes. The :class:`~municipal_social_policy.Evaluator` checks every
detector configuration of an ordinance against its spec when it is built, so a misspelt or
unknown option is an error naming its path, never silence (:func:`option_problems`).

Every built-in detector honours ``words`` and ``allowed``. A detector that declares no meaning of
its own for them gets the common one (:mod:`.tuning`): each of ``words`` is signalled where it
occurs, as judgment evidence, and a signal whose evidence holds one of ``allowed`` is dropped.

Other packages add detectors under the entry-point group ``municipal_social_policy.detectors``:
the entry point's name is the detector id and its object a :class:`DetectorSpec` (or a bare
factory, which then takes no options).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping

import attrs

from ..ordinance import DetectorConfig, OptionValue
from . import Detector
from .tuning import tuned

__all__ = [
    "ENTRY_POINT_GROUP",
    "FILE_SUFFIX",
    "DetectorSpec",
    "Option",
    "OptionKind",
    "option_problems",
    "registered_detector",
    "registered_detector_ids",
]

#: The entry-point group under which packages register detectors by id.
ENTRY_POINT_GROUP = "municipal_social_policy.detectors"
#: An option ``<name>_file`` gives a word option ``<name>`` as the path of a word file, relative
#: to the ordinance file; :func:`municipal_social_policy.load` reads it into the option.
FILE_SUFFIX = "_file"


class OptionKind(enum.Enum):
    """The type of an option's value in an ordinance file."""

    #: A list of strings, inline or as ``<name>_file``: the path of a word file.
    WORDS = "words"
    #: A string.
    TEXT = "text"
    #: A whole number.
    NUMBER = "number"
    #: ``true`` or ``false``.
    SWITCH = "switch"


_EXPECTED = {
    OptionKind.WORDS: "a list of strings",
    OptionKind.TEXT: "a string",
    OptionKind.NUMBER: "a whole number",
    OptionKind.SWITCH: "true or false",
}


@attrs.frozen
class Option:
    """An option a detector takes: its name, type, meaning and, if closed, its allowed values.

    ``check``, if given, says what else is wrong with a value of the right type (a pattern that
    does not compile, say), or ``None``.
    """

    name: str
    kind: OptionKind
    description: str
    choices: Callable[[], frozenset[str]] | None = attrs.field(default=None, eq=False)
    check: Callable[[OptionValue], str | None] | None = attrs.field(default=None, eq=False)

    def problem(self, value: OptionValue) -> str | None:
        """What is wrong with ``value`` for this option, or ``None``."""
        expected = _EXPECTED[self.kind]
        if self.kind is OptionKind.WORDS:
            if not isinstance(value, tuple):
                return f"expected {expected}, got {value!r}"
            if self.choices is not None:
                known = self.choices()
                unknown = [item for item in value if item not in known]
                if unknown:
                    return (
                        f"unknown value(s) {', '.join(map(repr, unknown))}; known:"
                        f" {', '.join(sorted(known))}"
                    )
            return None if self.check is None else self.check(value)
        fits = {
            OptionKind.TEXT: isinstance(value, str),
            OptionKind.NUMBER: isinstance(value, int) and not isinstance(value, bool),
            OptionKind.SWITCH: isinstance(value, bool),
        }[self.kind]
        return None if fits else f"expected {expected}, got {value!r}"


@attrs.frozen
class DetectorSpec:
    """A detector factory with its declaration; call it with a configuration to build one.

    ``words`` and ``allowed`` say what those fields mean to the detector when it reads them
    itself; left ``None``, the detector gets their common meaning (see the module docstring).
    ``options`` are the other options it takes, each under ``DetectorConfig.options``.
    """

    id: str
    build: Callable[[DetectorConfig], Detector] = attrs.field(eq=False)
    summary: str
    words: str | None = None
    allowed: str | None = None
    options: tuple[Option, ...] = ()

    def __call__(self, config: DetectorConfig) -> Detector:
        """The detector for ``config``, with ``words`` and ``allowed`` honoured."""
        detector = self.build(config)
        return tuned(
            detector,
            config,
            words=() if self.words is not None else config.words,
            allowed=() if self.allowed is not None else config.allowed,
        )

    def option(self, name: str) -> Option | None:
        """The declared option ``name``, or ``None``."""
        for option in self.options:
            if option.name == name:
                return option
        return None


def option_problems(config: DetectorConfig, spec: object, where: str) -> tuple[str, ...]:
    """The problems of ``config.options`` for the factory ``spec``, each starting with its path.

    ``where`` is the configuration's path (``comment_policy.categories[3].detectors[0]``). A
    factory that is not a :class:`DetectorSpec` declares no options.
    """
    declared = spec.options if isinstance(spec, DetectorSpec) else ()
    names = tuple(option.name for option in declared)
    problems = []
    for name, value in config.options.items():
        path = f"{where}.options.{name}"
        option = spec.option(name) if isinstance(spec, DetectorSpec) else None
        if name.endswith(FILE_SUFFIX) and name != FILE_SUFFIX:
            base = name.removesuffix(FILE_SUFFIX)
            problems.append(
                f"{path}: a word file is read by municipal_social_policy.load() from the"
                f" ordinance file's folder, and this ordinance was not loaded from a file;"
                f" load it with load(path), or give the words inline as {base!r}"
                if base in ("words", "allowed") or _is_words(spec, base)
                else _unknown(path, config.id, name, names)
            )
        elif option is None:
            problems.append(_unknown(path, config.id, name, names))
        else:
            problem = option.problem(value)
            if problem is not None:
                problems.append(f"{path}: {problem}")
    return tuple(problems)


def _is_words(spec: object, name: str) -> bool:
    option = spec.option(name) if isinstance(spec, DetectorSpec) else None
    return option is not None and option.kind is OptionKind.WORDS


def _unknown(path: str, detector: str, name: str, names: tuple[str, ...]) -> str:
    takes = (
        f"its options are {', '.join(names)}, besides words and allowed"
        if names
        else "it takes no options besides words and allowed"
    )
    return (
        f"{path}: the detector {detector!r} takes no option {name!r}; {takes}."
        f" Remove {name!r} or correct its name (see the detector reference)"
    )


def registered_detector(detector_id: str) -> Callable[[DetectorConfig], Detector] | None:
    """The factory another package registers for ``detector_id``, or ``None``.

    Looked up under :data:`ENTRY_POINT_GROUP`; the entry point names a :class:`DetectorSpec` or a
    factory. Raises :class:`TypeError` if it names something else.
    """
    from importlib import metadata  # only here: importing it costs a twentieth of ours

    for entry_point in metadata.entry_points(group=ENTRY_POINT_GROUP, name=detector_id):
        found = entry_point.load()
        if not callable(found):
            raise TypeError(
                f"entry point {entry_point.name!r} ({entry_point.value}) in group"
                f" {ENTRY_POINT_GROUP!r} gave {found!r}; expected a DetectorSpec or a callable"
                " that takes a DetectorConfig and returns a detector"
            )
        return found  # type: ignore[no-any-return]
    return None


def registered_detector_ids() -> tuple[str, ...]:
    """The ids other packages register detectors under, sorted."""
    from importlib import metadata

    return tuple(sorted(ep.name for ep in metadata.entry_points(group=ENTRY_POINT_GROUP)))


def specs_by_id(specs: tuple[DetectorSpec, ...]) -> Mapping[str, DetectorSpec]:
    """``specs`` by id; raises :class:`ValueError` on an id given twice."""
    found: dict[str, DetectorSpec] = {}
    for spec in specs:
        if spec.id in found:
            raise ValueError(f"detector id {spec.id!r} declared twice")
        found[spec.id] = spec
    return found
