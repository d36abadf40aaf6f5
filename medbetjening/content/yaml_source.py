"""Read YAML keeping the line of every mapping key and sequence item.

Pydantic reports errors by location (``steps.2.citizen_text``); ``LineMap.line_of``
turns that location back into a line of the file, so a municipality's content
editor is told exactly where to look.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import yaml

from medbetjening.content.problems import ContentError, ContentProblem

Location = tuple[str | int, ...]
# libyaml's parser is ~30× faster than the pure-Python one (and keeps the line marks).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_CONTENT_BYTES = 256 * 1024  # the largest shipped file is ~16 KB; a bigger one is a mistake


class LineMap:
    def __init__(self) -> None:
        self._lines: dict[Location, int] = {}

    def add(self, location: Location, line: int) -> None:
        self._lines.setdefault(location, line)

    def line_of(self, location: Location) -> int | None:
        """The line of the location, or of its nearest enclosing key."""
        location = tuple(location)
        while location:
            if location in self._lines:
                return self._lines[location]
            location = location[:-1]
        return self._lines.get((), 1)


class _AliasFound(Exception):
    """A node reached a second time: the file uses a YAML alias (``*name``)."""


class _DuplicateKey(Exception):
    def __init__(self, key: object, line: int, first_line: int | None) -> None:
        super().__init__(key)
        self.key, self.line, self.first_line = key, line, first_line


def _construct(node: yaml.Node, location: Location, lines: LineMap, seen: set[int]) -> Any:
    # The composer hands an alias back as the very node it names, so a node met twice is an
    # alias. Expanding them is what lets a self-referencing file recurse forever and a
    # 9-line "billion laughs" file grow to a billion nodes; content files never need one.
    if id(node) in seen:
        raise _AliasFound
    seen.add(id(node))
    lines.add(location, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = (
                _scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            )
            if key in result:  # YAML keeps the last silently: the first text would be lost
                raise _DuplicateKey(
                    key, key_node.start_mark.line + 1, lines.line_of((*location, key))
                )
            lines.add((*location, key), key_node.start_mark.line + 1)
            result[key] = _construct(value_node, (*location, key), lines, seen)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [
            _construct(item, (*location, index), lines, seen)
            for index, item in enumerate(node.value)
        ]
    return _scalar(node)


def _scalar(node: yaml.ScalarNode) -> Any:
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    except ValueError as error:  # a date-looking value such as 2026-13-45
        raise yaml.constructor.ConstructorError(
            None, None, f"ugyldig værdi {node.value!r}: {error}", node.start_mark
        ) from error
    finally:
        loader.dispose()


def _file_problem(path: Path, message: str) -> ContentError:
    return ContentError([ContentProblem(path, None, "(fil)", message)])


def read_content_text(path: Path, limit: int = MAX_CONTENT_BYTES) -> str:
    """The text of a content file; refuses what is not a regular file or is too big.

    Opened without blocking and checked on the open descriptor, so a FIFO or device
    named ``*.yaml`` can neither hang the reader nor be swapped in after the check.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except IsADirectoryError as error:
        raise _file_problem(path, "er en mappe; her skal stå en fil") from error
    except FileNotFoundError as error:
        raise _file_problem(path, "filen findes ikke") from error
    except OSError as error:
        raise _file_problem(path, f"kan ikke læses: {error.strerror or error}") from error
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _file_problem(path, "er en mappe; her skal stå en fil")
        if not stat.S_ISREG(info.st_mode):
            raise _file_problem(path, "er ikke en almindelig fil (fx en pipe eller en enhed)")
        if info.st_size > limit:
            raise _file_problem(
                path, f"filen er for stor ({info.st_size // 1024} KB; højst {limit // 1024} KB)"
            )
        data = b""
        while len(data) <= limit:  # the file may grow after fstat: never read past the limit
            chunk = os.read(fd, limit + 1 - len(data))
            if not chunk:
                break
            data += chunk
    finally:
        os.close(fd)
    if len(data) > limit:
        raise _file_problem(path, f"filen er for stor (højst {limit // 1024} KB)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _file_problem(path, f"filen er ikke UTF-8: {error}") from error


def load_yaml_with_lines(path: Path) -> tuple[Any, LineMap]:
    """Parse ``path``; a syntax error becomes a ContentError with its line."""
    text = read_content_text(path)
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        raise ContentError(
            [ContentProblem(path, line, "(yaml)", f"ugyldig YAML: {error.problem or error}")]
        ) from error
    lines = LineMap()
    if node is None:
        raise ContentError([ContentProblem(path, 1, "(fil)", "filen er tom")])
    try:
        return _construct(node, (), lines, set()), lines
    except _DuplicateKey as duplicate:
        first = f" (første gang linje {duplicate.first_line})" if duplicate.first_line else ""
        raise ContentError(
            [
                ContentProblem(
                    path,
                    duplicate.line,
                    str(duplicate.key),
                    f"nøglen '{duplicate.key}' står to gange{first}; kun den sidste ville gælde",
                )
            ]
        ) from None
    except _AliasFound:
        line, name = _first_alias(text)
        raise ContentError(
            [
                ContentProblem(
                    path,
                    line,
                    "(yaml)",
                    f"henvisningen *{name} (YAML-anker/alias) er ikke tilladt i indholdsfiler; "
                    "skriv værdien ud hvert sted",
                )
            ]
        ) from None
    except yaml.MarkedYAMLError as error:  # an unknown !tag, a bad date
        mark = error.problem_mark or error.context_mark
        raise ContentError(
            [
                ContentProblem(
                    path,
                    mark.line + 1 if mark else None,
                    "(yaml)",
                    f"ugyldig YAML: {error.problem or error}",
                )
            ]
        ) from error
    except RecursionError as error:  # thousands of nested brackets
        raise ContentError(
            [ContentProblem(path, None, "(yaml)", "filen er indlejret for dybt")]
        ) from error


def _first_alias(text: str) -> tuple[int | None, str]:
    """Line and name of the first ``*alias`` in ``text`` (only read when there is one)."""
    for token in yaml.scan(text, Loader=_LOADER):
        if isinstance(token, yaml.AliasToken):
            return token.start_mark.line + 1, str(token.value)
    return None, "?"


def problems_from_validation(path: Path, lines: LineMap, error: Any) -> list[ContentProblem]:
    """Turn a pydantic ValidationError into problems with file, line and field."""
    problems = []
    for item in error.errors():
        location = tuple(item["loc"])
        field = ".".join(str(part) for part in location) or "(rod)"
        problems.append(ContentProblem(path, lines.line_of(location), field, _danish(item)))
    return problems


def _danish(item: dict[str, Any]) -> str:
    kind = item.get("type", "")
    if kind == "missing":
        return "feltet mangler"
    if kind == "extra_forbidden":
        return "ukendt felt (stavefejl?)"
    if kind in {"string_type", "int_type", "list_type", "dict_type", "bool_type", "model_type"}:
        return f"forkert type: {item.get('msg', '')}"
    if kind in {"enum", "literal_error"}:
        return f"ugyldig værdi: {item.get('msg', '')}"
    return str(item.get("msg", kind))
