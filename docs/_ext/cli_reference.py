"""A Sphinx directive that documents the ``msp`` command line from its argparse parser.

``{cli-reference}`` renders one section per command, with its description, usage, arguments,
defaults and epilog, from ``municipal_social_policy.cli._parser()`` at build time: a command or
option added to the parser appears in the docs without anyone writing it twice.
"""

from __future__ import annotations

import argparse
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective


def _parser() -> argparse.ArgumentParser:
    from municipal_social_policy import cli

    return cli._parser()


def _commands(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
    found: list[tuple[str, argparse.ArgumentParser]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.extend(action.choices.items())
    return found


def _help(action: argparse.Action, parser: argparse.ArgumentParser) -> str:
    if not action.help or action.help == argparse.SUPPRESS:
        return ""
    # argparse's own expansion of %(default)s, %(choices)s and the like.
    return parser._get_formatter()._expand_help(action)


def _invocation(action: argparse.Action, parser: argparse.ArgumentParser) -> str:
    return parser._get_formatter()._format_action_invocation(action)


def _paragraph(text: str) -> nodes.paragraph:
    return nodes.paragraph(text, text)


class CliReference(SphinxDirective):
    """``{cli-reference}``: the whole ``msp`` command line, one section per command."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        parser = _parser()
        prog = parser.prog
        result: list[nodes.Node] = []
        if parser.description:
            result.append(_paragraph(parser.description))
        result.append(self._usage(parser))
        result.extend(self._arguments(parser))
        for name, command in _commands(parser):
            section = nodes.section(ids=[nodes.make_id(f"{prog} {name}")])
            section += nodes.title(f"{prog} {name}", f"{prog} {name}")
            if command.description:
                section += _paragraph(command.description)
            section += self._usage(command)
            section.extend(self._arguments(command))
            if command.epilog:
                section += _paragraph(command.epilog)
            result.append(section)
        return result

    def _usage(self, parser: argparse.ArgumentParser) -> nodes.literal_block:
        formatter = argparse.HelpFormatter(parser.prog, width=88)
        formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups)
        text = "$ " + formatter.format_help().strip().removeprefix("usage: ")
        block = nodes.literal_block(text, text)
        block["language"] = "text"
        return block

    def _arguments(self, parser: argparse.ArgumentParser) -> list[nodes.Node]:
        result: list[nodes.Node] = []
        for group in parser._action_groups:
            actions = [
                action
                for action in group._group_actions
                if not isinstance(action, argparse._SubParsersAction)
                or action.help != argparse.SUPPRESS
            ]
            if not actions:
                continue
            commands = all(isinstance(a, argparse._SubParsersAction) for a in actions)
            title = {"positional arguments": "Arguments", "options": "Options"}.get(
                group.title or "", (group.title or "").capitalize()
            )
            title = "Commands" if commands else title
            rubric = nodes.rubric(title, title)
            result.append(rubric)
            if group.description:
                result.append(_paragraph(group.description))
            items = nodes.definition_list()
            for action in actions:
                if isinstance(action, argparse._SubParsersAction):
                    for choice in action._choices_actions:
                        items += self._item(choice.dest, choice.help or "")
                    continue
                items += self._item(_invocation(action, parser), _help(action, parser))
            result.append(items)
        return result

    def _item(self, term: str, definition: str) -> nodes.definition_list_item:
        item = nodes.definition_list_item()
        item += nodes.term("", "", nodes.literal(term, term))
        body = nodes.definition()
        body += _paragraph(definition[:1].upper() + definition[1:] if definition else "")
        item += body
        return item


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the ``cli-reference`` directive."""
    app.add_directive("cli-reference", CliReference)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
