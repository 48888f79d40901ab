"""Protected classes as data: the built-in vocabulary, and the classes a city's clause lists.

The hate-speech detectors (``slur``, ``group_hate``) read the groups of the protected classes a
clause lists. The shipped tables name Kankakee's eleven classes (``protected_groups.tsv`` for the
words that name a group, ``slurs.tsv`` for slurs); they are the default vocabulary. A city's
ordinance file chooses and extends them in the options of either detector, with no Python:

.. code-block:: toml

    [comment_policy.categories.detectors.options]
    # The classes the clause lists; left out: every built-in class, and every class defined below.
    protected_classes = ["race", "color", "gender", "ethnicity"]
    # The words that name a group of a class: a class the tables lack, or more words for one.
    class_ethnicity = ["Appalachians", "Cajuns", "Hmong"]
    # The same from a word file, by a path relative to the ordinance file.
    class_ethnicity_file = "classes/ethnicity.txt"

A class listed in ``protected_classes`` that is neither built in nor given words is an error,
and so is a class given words that ``protected_classes`` leaves out: either would make a city
believe its clause is read when it is not. :func:`ordinance_class_problems` finds both when a
file is loaded; the detectors refuse to be built with them.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import attrs

from ..exceptions import DetectorOptionError
from ..ordinance import DetectorConfig, Ordinance
from .lexicon import read_table
from .registry import DetectorSpec, Option, OptionKind

__all__ = [
    "CLASS_OPTION",
    "CLASS_PREFIX",
    "HATE_DETECTORS",
    "ClassChoice",
    "ClassesSpec",
    "builtin_classes",
    "class_choice",
    "class_problems",
    "ordinance_class_problems",
    "with_classes",
]

#: The prefix of the options that give a class its words: ``class_<name>``.
CLASS_PREFIX = "class_"
#: The built-in detectors that read protected classes.
HATE_DETECTORS: frozenset[str] = frozenset({"slur", "group_hate"})
#: The option's name as the detector reference shows it; ``<name>`` is the class's name.
CLASS_OPTION = Option(
    f"{CLASS_PREFIX}<name>",
    OptionKind.WORDS,
    "The words that name a group of the class <name> (plural: ``Appalachians``, ``Hmong``): a"
    " class the shipped tables lack, or more words for a built-in one. Give them inline, or as"
    " class_<name>_file, a word file beside the ordinance file. The class must be listed in"
    " protected_classes when that option is given.",
)


@cache
def builtin_classes() -> frozenset[str]:
    """The protected classes the shipped word lists know (``race``, ``religion``, ...)."""
    found = {
        name
        for _, _, *listed in read_table("protected_groups.tsv")
        for name in (listed[0].split(",") if listed else ())
    }
    found.update(name for _, listed in read_table("slurs.tsv") for name in listed.split(","))
    return frozenset(found - {"-", ""})


@attrs.frozen
class ClassChoice:
    """The classes a detector reads: the listed ones, and the words a city gives a class.

    ``classes`` is ``None`` for every built-in class (the option left out); ``added`` holds
    ``(term, class)`` pairs, each read as a word naming a group of that class.
    """

    classes: frozenset[str] | None
    added: frozenset[tuple[str, str]] = frozenset()


def _defined(config: DetectorConfig) -> dict[str, tuple[str, ...]]:
    """The ``class_<name>`` options of ``config``: words by class name (files already read)."""
    found: dict[str, tuple[str, ...]] = {}
    for name, value in config.options.items():
        if name.startswith(CLASS_PREFIX) and not name.endswith("_file"):
            found[name.removeprefix(CLASS_PREFIX)] = value if isinstance(value, tuple) else ()
    return found


def class_problems(config: DetectorConfig, where: str) -> tuple[str, ...]:
    """What is wrong with the classes ``config`` lists and defines, each starting with its path.

    ``where`` is the path of the configuration's options
    (``comment_policy.categories[2].detectors[1].options``).
    """
    defined = _defined(config)
    problems = []
    for name, words in defined.items():
        if not name:
            problems.append(
                f"{where}.{CLASS_PREFIX}: a class needs a name after {CLASS_PREFIX!r};"
                f" write {CLASS_PREFIX}ethnicity = [...]"
            )
        elif not any(word.strip() for word in words):
            problems.append(
                f"{where}.{CLASS_PREFIX}{name}: no words for the class {name!r}; list the words"
                f' that name a group of it ({CLASS_PREFIX}{name} = ["..."]) or remove the option'
            )
    listed = config.options.get("protected_classes")
    if not isinstance(listed, tuple):
        return tuple(problems)
    known = builtin_classes()
    for name in listed:
        if name not in known and name not in defined:
            problems.append(
                f"{where}.protected_classes: {name!r} is not a built-in class and the file gives"
                f' it no words; give them as {CLASS_PREFIX}{name} = ["..."] (or'
                f' {CLASS_PREFIX}{name}_file = "a word file"), or use a built-in class:'
                f" {', '.join(sorted(known))}"
            )
    for name in defined:
        if name and name not in listed:
            problems.append(
                f"{where}.{CLASS_PREFIX}{name}: gives words for the class {name!r}, which"
                f" protected_classes does not list, so they would not be read; add {name!r} to"
                f" protected_classes or remove {CLASS_PREFIX}{name}"
            )
    return tuple(problems)


def class_choice(config: DetectorConfig) -> ClassChoice:
    """The classes ``config`` reads; raises :class:`DetectorOptionError` if they cannot be read."""
    problems = class_problems(config, "options")
    if problems:
        raise DetectorOptionError(
            f"detector {config.id!r}: its protected classes cannot be read", problems
        )
    defined = _defined(config)
    listed = config.options.get("protected_classes")
    classes = frozenset(listed) if isinstance(listed, tuple) else None
    added = frozenset(
        (word, name) for name, words in defined.items() for word in words if word.strip()
    )
    return ClassChoice(classes, added)


def ordinance_class_problems(ordinance: Ordinance) -> tuple[str, ...]:
    """The class problems of every hate-speech detector of ``ordinance``, with their paths."""

    def each() -> Iterator[str]:
        for i, category in enumerate(ordinance.comment_policy.categories):
            for j, config in enumerate(category.detectors):
                if config.id in HATE_DETECTORS:
                    where = f"comment_policy.categories[{i}].detectors[{j}].options"
                    yield from class_problems(config, where)

    return tuple(each())


@attrs.frozen
class ClassesSpec(DetectorSpec):
    """A detector spec that also takes ``class_<name>`` options, for any class name."""

    def option(self, name: str) -> Option | None:
        """The declared option ``name``; any ``class_<name>`` is a word option."""
        if name == "protected_classes":
            found = super().option(name)
            # Which names are known depends on the class_<name> options beside it: checked by
            # class_problems, with the fix.
            return attrs.evolve(found, choices=None) if found is not None else None
        if name.startswith(CLASS_PREFIX) and name != CLASS_OPTION.name:
            return attrs.evolve(CLASS_OPTION, name=name)
        return super().option(name)


def with_classes(spec: DetectorSpec) -> ClassesSpec:
    """``spec`` taking ``class_<name>`` options too, listed in its declaration."""
    return ClassesSpec(
        spec.id,
        spec.build,
        spec.summary,
        words=spec.words,
        allowed=spec.allowed,
        options=(*spec.options, CLASS_OPTION),
    )
