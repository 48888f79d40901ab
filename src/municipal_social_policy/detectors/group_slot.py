"""The ``<group>`` typed slot of the pattern language: a protected group named, and its classes.

A pattern of a phrase file (:mod:`.phrases`) that writes ``<group>`` matches a noun phrase that
names a protected group: "immigrants", "gay people", "asylum seekers", "you Muslims", "all of
those women", "every immigrant". The words are the file's sets (``group``, ``member``,
``modifier``, ``person``, ``generic``, ``group_pronouns``, ``determiners``, ``quantifiers``) and
the classes are its sets ``class_<name>``, which the hate detectors give from the protected
classes an ordinance lists (:mod:`.classes`), so a city's own classes are read the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property

import attrs

from ..reading import Token
from ._shared import share

__all__ = ["GROUP_HEADS", "GroupPhrase", "Runs", "group_phrase", "read_sets"]

#: First word -> the runs of words that start with it (as :mod:`.phrases` compiles a set).
Runs = Mapping[str, tuple[tuple[str, ...], ...]]

#: The sets whose words every group named holds: a match of ``<group>`` reads one of them.
GROUP_HEADS = ("group", "member", "modifier")
_CLASS_SETS = "class_"
# The sets group_phrase reads besides its runs, and those whose names start with _CLASS_SETS.
_READ_SETS = frozenset(
    (
        "member",
        "person",
        "generic",
        "group_pronouns",
        "determiners",
        "quantifiers",
        "adjective_followers",
        "role",
    )
)


@attrs.frozen
class GroupPhrase:
    """The typed slot ``<group>``: a noun phrase that names a protected group, and its classes.

    Its *name* is a group's name of the set ``group`` (runs of several words included:
    "immigrants", ``asylum_seekers``), a modifier of the set ``modifier`` before a group's name or
    a person noun of the set ``person`` ("black women", "gay men", "trans folks"), or one member
    of the set ``member`` after a generic determiner of the set ``generic`` ("a woman", "every
    immigrant"). A group's name that starts with a determiner is an adjective naming the people
    it describes ("the blind", "the mentally ill"): it ends a name only at the sentence's end or
    before a word of the set ``adjective_followers`` ("the blind are ...", not "the blind spot"
    or "the blind man"). A person noun after a word of the set ``role`` heads the name of an
    occupation or a role, not a group ("the garbage men", "the lunch ladies", "those delivery
    guys"), while "the women" and "Muslim men" stay groups. Before the name may stand a word of
    ``group_pronouns`` ("you Muslims") or up to four words of ``determiners``, ``quantifiers``
    and ``generic``, with "of" and "one" after the first ("all", "those", "all of those", "every
    one of the"). Words run together or disguised are read by the reading first ("allmuslims",
    "mu5lims"), so the slot sees the words they stand for.

    The classes of a name are those of the sets ``class_<name>`` that hold its name, modifier or
    member (a detector gives them from the protected classes an ordinance lists):
    :meth:`classes_of`. A slot written ``<group!age!national_origin>`` reads only the names
    with a class besides those after ``!`` (:attr:`unless`; :meth:`counts`): "women" and
    "Black immigrants", not "teenagers" nor "immigrants", for a frame the law says of age or
    citizenship ("... should not be allowed to vote"). A city's own classes count.
    """

    groups: Runs
    members: frozenset[str] = frozenset()
    modifiers: Runs = attrs.field(factory=dict)
    persons: frozenset[str] = frozenset()
    generic: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    followers: frozenset[str] = frozenset()
    #: Words before a person noun that make it an occupation or a role ("garbage men").
    roles: frozenset[str] = frozenset()
    classes: Mapping[str, frozenset[str]] = attrs.field(factory=dict)
    #: Classes that do not count by themselves (``<group!age!disability>``): a name all of
    #: whose classes are among them is not read (:meth:`counts`).
    unless: frozenset[str] = frozenset()

    @cached_property
    def openers(self) -> frozenset[str]:
        """The words a match of the slot may start with: a group's name or a modifier's first
        word, a pronoun, a generic determiner or a determiner (:meth:`ends` finds none
        elsewhere)."""
        return self.pronouns.union(self.generic, self.determiners, self.groups, self.modifiers)

    def names(self, words: Sequence[str], j: int, generic: bool = False) -> list[int]:
        """The ends (exclusive) of the group names that start at word ``j``, longest first; a
        member counts only when ``generic`` (a generic determiner stands before it)."""
        n = len(words)
        word = words[j]
        if j and word in self.persons and words[j - 1] in self.roles:
            return []  # "the garbage men", "the lunch ladies": an occupation, no group
        found: set[int] = set()
        for run in self.groups.get(word, ()):
            end = j + len(run)
            if end <= n and (len(run) == 1 or tuple(words[j:end]) == run):
                if end < n and run[0] in self.determiners and words[end] not in self.followers:
                    continue  # "the blind spot", "the blind man": the adjective describes
                found.add(end)
        for run in self.modifiers.get(word, ()):  # "gay men", "mentally ill people"
            end = j + len(run)
            if end < n and (len(run) == 1 or tuple(words[j:end]) == run):
                after = words[end]
                if after in self.persons or (after,) in self.groups.get(after, ()):
                    found.add(end + 1)
        if generic and word in self.members:
            found.add(j + 1)
        return sorted(found, reverse=True)

    def ends(self, words: Sequence[str], tokens: Sequence[Token] | None, j: int) -> list[int]:
        """The ends (exclusive) of the noun phrases naming a group that start at ``j``, longest
        first (``tokens`` are not read: the slot has no names written with capitals)."""
        n = len(words)
        found = set(self.names(words, j))
        if words[j] in self.pronouns and j + 1 < n:  # "you Muslims"
            found.update(self.names(words, j + 1))
        # A generic determiner the pattern names right before the slot makes one member the
        # group as one inside it does: "no <group> should ever vote" reads "no Muslim ...".
        generic = j > 0 and words[j - 1] in self.generic
        if generic:
            found.update(self.names(words, j, generic))
        k = j
        while k < n and k - j < 4:
            word = words[k]
            if word in self.generic:
                generic = True
            elif word not in self.determiners and not (k > j and word in ("of", "one")):
                break
            k += 1
            if k < n:
                found.update(self.names(words, k, generic))
        if self.unless:
            return sorted((end for end in found if self.counts(words[j:end])), reverse=True)
        return sorted(found, reverse=True)

    def counts(self, words: Sequence[str]) -> bool:
        """Whether the group ``words`` name (a match of the slot) is read: always, unless the
        slot names classes that do not count by themselves (:attr:`unless`); then only a
        group of some other class ("Muslim women" for ``<group!gender>``). A pronoun
        carrying a group names no class, so it is not read then."""
        return self.admits(self.classes_of(words))

    def admits(self, classes: frozenset[str]) -> bool:
        """Whether a group of ``classes`` is read: always, unless the slot names classes that do
        not count by themselves (:attr:`unless`); then only when ``classes`` holds another. A
        detector that knows the group a pronoun carries judges its classes so."""
        return not self.unless or not classes <= self.unless

    def classes_of(self, words: Sequence[str]) -> frozenset[str]:
        """The classes of the groups that ``words`` (a match of the slot) name."""
        found: set[str] = set()
        classes = self.classes
        for j, word in enumerate(words):
            found.update(classes.get(word, ()))
            for run in (*self.groups.get(word, ()), *self.modifiers.get(word, ())):
                if len(run) > 1 and tuple(words[j : j + len(run)]) == run:
                    found.update(classes.get("_".join(run), ()))
        return frozenset(found)


def read_sets(sets: Mapping[str, frozenset[str]]) -> tuple[tuple[str, frozenset[str]], ...]:
    """The items of ``sets`` that :func:`group_phrase` reads besides its runs: two files whose
    items these are, with the same runs, give equal slots."""
    return tuple(
        item for item in sets.items() if item[0] in _READ_SETS or item[0].startswith(_CLASS_SETS)
    )


def group_phrase(
    sets: Mapping[str, frozenset[str]], groups: Runs, modifiers: Runs | None = None
) -> GroupPhrase:
    """The ``<group>`` slot of a phrase file's ``sets`` (see :class:`GroupPhrase`), with the runs
    of its sets ``group`` and ``modifier`` as the file reads them."""
    empty: frozenset[str] = frozenset()
    classes: dict[str, set[str]] = {}
    for name, words in sets.items():
        if name.startswith(_CLASS_SETS):
            for word in words:
                classes.setdefault(word, set()).add(name[len(_CLASS_SETS) :])
    return GroupPhrase(
        groups,
        sets.get("member", empty),
        modifiers or {},
        sets.get("person", empty),
        sets.get("generic", empty),
        sets.get("group_pronouns", empty),
        sets.get("determiners", empty) | sets.get("quantifiers", empty),
        sets.get("adjective_followers", empty),
        sets.get("role", empty),
        {word: share(frozenset(names)) for word, names in classes.items()},
    )
