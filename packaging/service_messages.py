"""Every message the services, reports and commands can write, read from the source,
and the English catalogue they are translated by (``resources/translations/messages_en.tsv``).

A message is found where it is made: the text given to a service error (``InvalidInput``
and its kin), anywhere in ``medbetjening/services`` and ``medbetjening/reports``; the
text a command prints with ``say``/``warn`` (``medbetjening/cli_commands``, ``cli.py``).
An f-string's variable parts become ``%1`` …; a name is followed to where it is
assigned, a helper to what it returns. A message that cannot be followed is reported,
so none is left out.

    python packaging/service_messages.py missing            # list messages without English
    python packaging/service_messages.py missing --append   # add rows to write English in
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "translations" / "messages_en.tsv"
ERROR_SOURCES = (
    "medbetjening/services",
    "medbetjening/reports",
    "medbetjening/demo",
    "medbetjening/storage",
    "medbetjening/domain/policies.py",  # the rules' names, printed by policy show
)
PRINT_SOURCES = ("medbetjening/cli_commands", "medbetjening/cli.py")
# what prints a text, and which argument is the text
PRINTERS = {"say": 0, "warn": 0, "word": 0, "TerminalProgress": 1}
_FIELD = re.compile(r"\{[^{}]*\}")


@dataclass
class Found:
    templates: dict[str, str] = field(default_factory=dict)  # template -> first place
    unresolved: list[str] = field(default_factory=list)


def _files(paths: tuple[str, ...]) -> list[Path]:
    files: list[Path] = []
    for name in paths:
        path = ROOT / name
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return files


def _numbered(pieces: list[str | None]) -> str:
    """Text pieces and variable parts (None) as one template with %1, %2 …"""
    out, number = [], 0
    for piece in pieces:
        if piece is None:
            number += 1
            out.append(f"%{number}")
        else:
            out.append(piece)
    return "".join(out)


class _Index:
    """Module-level strings, functions and error classes of every scanned module."""

    def __init__(self, trees: dict[Path, ast.Module]) -> None:
        self.constants: dict[str, list[ast.expr]] = {}
        self.functions: dict[str, list[ast.FunctionDef]] = {}
        self.keywords: dict[str, list[ast.expr]] = {}
        self.locals: dict[str, list[tuple[ast.expr, ast.FunctionDef | None, str]]] = {}
        bases: dict[str, set[str]] = {}
        for file, tree in trees.items():
            for node in tree.body:
                if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    for target in targets:
                        if isinstance(target, ast.Name):
                            self.constants.setdefault(target.id, []).append(node.value)
            for node in ast.walk(tree):
                if isinstance(node, ast.FunctionDef):
                    self.functions.setdefault(node.name, []).append(node)
                    for inner in ast.walk(node):
                        if isinstance(inner, ast.Assign):
                            for target in inner.targets:
                                if isinstance(target, ast.Name):
                                    place = (inner.value, node, str(file.relative_to(ROOT)))
                                    self.locals.setdefault(target.id, []).append(place)
                elif isinstance(node, ast.keyword) and node.arg:
                    self.keywords.setdefault(node.arg, []).append(node.value)
                elif isinstance(node, ast.ClassDef):
                    bases[node.name] = {b.id for b in node.bases if isinstance(b, ast.Name)}
        self.errors = {"ServiceError", "StorageError"}
        grown = True
        while grown:
            new = {name for name, b in bases.items() if b & self.errors} - self.errors
            self.errors |= new
            grown = bool(new)


class _Reader:
    def __init__(self, index: _Index, found: Found) -> None:
        self.index = index
        self.found = found
        self._busy: set[int] = set()
        self._memo: dict[tuple[int, int], list[str] | None] = {}

    def templates(self, expr: ast.expr, scope: ast.AST | None, where: str) -> list[str] | None:
        """The templates ``expr`` can be; [] when it passes another message on, None when
        it cannot be followed."""
        key = (id(expr), id(scope))
        if key in self._memo:
            return self._memo[key]
        if id(expr) in self._busy:
            return []
        self._busy.add(id(expr))
        try:
            self._memo[key] = self._templates(expr, scope, where)
            return self._memo[key]
        finally:
            self._busy.discard(id(expr))

    def _templates(self, expr: ast.expr, scope: ast.AST | None, where: str) -> list[str] | None:
        if isinstance(expr, ast.Constant):
            return [expr.value] if isinstance(expr.value, str) else []
        if isinstance(expr, ast.JoinedStr):
            pieces: list[str | None] = []
            for value in expr.values:
                if isinstance(value, ast.Constant):
                    pieces.append(value.value)
                else:
                    pieces.append(None)
                    self.add(value.value, scope, where, quiet=True)  # a named text inside
            return [_numbered(pieces)]
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            left = self.templates(expr.left, scope, where)
            right = self.templates(expr.right, scope, where)
            if left is None or right is None:
                return None
            return [a + b for a in left or ["%1"] for b in right or ["%1"]]
        if isinstance(expr, ast.IfExp):
            body = self.templates(expr.body, scope, where)
            orelse = self.templates(expr.orelse, scope, where)
            return None if body is None or orelse is None else body + orelse
        if isinstance(expr, ast.Name):
            return self._name(expr.id, scope, where)
        if isinstance(expr, ast.Attribute):  # a field set from a local of the same name
            values = self.index.locals.get(expr.attr, [])
            if expr.attr == "message":  # a result's message=, given where it is made
                values = values + [(v, None, "") for v in self.index.keywords.get("message", [])]
            out: list[str] = []
            here = [v for v in values if where.startswith(f"{v[2]}:")]
            if expr.attr == "message":  # results are made in other modules
                here = here or values
            for value, function, _path in here:
                out += self.templates(value, function, where) or []
            return out if values else None
        if isinstance(expr, ast.Dict):  # a table of words: each is a message part
            out = []
            for value in expr.values:
                out += self.templates(value, None, where) or []
            for word in out:  # single words too ("medarbejdere")
                self.found.templates.setdefault(word, where)
            return out
        if isinstance(expr, ast.Subscript):
            return self.templates(expr.value, scope, where)
        if isinstance(expr, ast.Call):
            return self._call(expr, scope, where)
        return None

    def _name(self, name: str, scope: ast.AST | None, where: str) -> list[str] | None:
        if scope is not None:
            assigned = [
                node.value
                for node in ast.walk(scope)
                if isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
            ]
            if assigned:
                out: list[str] = []
                for value in assigned:
                    out += self.templates(value, scope, where) or []
                return out
            arguments = getattr(scope, "args", None)
            if isinstance(arguments, ast.arguments) and name in {
                a.arg for a in arguments.args + arguments.kwonlyargs
            }:
                return []  # a parameter: its texts are read where the helper is called
        if name in self.index.constants:
            out = []
            for value in self.index.constants[name]:
                out += self.templates(value, None, where) or []
            return out
        return None

    def _call(self, call: ast.Call, scope: ast.AST | None, where: str) -> list[str] | None:
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr in (
            "format",
            "replace",
            "strip",
            "get",
            "capitalize",
        ):
            base = self.templates(func.value, scope, where)
            if base is None:
                return None
            if func.attr == "format":
                return [_numbered(_split_fields(text)) for text in base]
            return base
        name = func.id if isinstance(func, ast.Name) else None
        if isinstance(func, ast.Attribute) and func.attr in self.index.functions:
            name = func.attr  # a service's method: what it returns
        if name in ("str", "repr", "type"):
            return []  # another message (or an exception) passed on as it is
        if name in self.index.errors:
            return self.templates(call.args[0], scope, where) if call.args else []
        for arg in call.args:  # a helper's text arguments are messages of their own
            self.add(arg, scope, where, quiet=True)
        if name in self.index.functions:
            out: list[str] = []
            for function in self.index.functions[name]:
                for node in ast.walk(function):
                    if isinstance(node, ast.Return) and node.value is not None:
                        out += self.templates(node.value, function, where) or []
            return out
        return None

    def add(
        self,
        expr: ast.expr,
        scope: ast.AST | None,
        where: str,
        quiet: bool = False,
        word: bool = False,
    ) -> None:
        templates = self.templates(expr, scope, where)
        if templates is None:
            if not quiet:
                self.found.unresolved.append(f"{where}: {ast.unparse(expr)}")
            return
        for template in templates:
            if _is_message(template) or (word and template.strip()):
                self.found.templates.setdefault(template, where)


def _split_fields(text: str) -> list[str | None]:
    pieces: list[str | None] = []
    last = 0
    for match in _FIELD.finditer(text):
        pieces += [text[last : match.start()], None]
        last = match.end()
    return [*pieces, text[last:]]


def _is_message(template: str) -> bool:
    """Words a person reads (not a bare "%1", a separator or a code)."""
    words = re.sub(r"%\d+", "", template)
    code = re.fullmatch(r"[a-z0-9_.\-]+", template)  # "utf-8", "visit": a value, not a text
    return bool(re.search(r"[A-Za-zÆØÅæøå]{2}", words)) and not code


def _parents(tree: ast.Module) -> dict[int, ast.AST]:
    """Each node's nearest enclosing function (or None for module level)."""
    owner: dict[int, ast.AST] = {}

    def visit(node: ast.AST, function: ast.AST | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else function
            if inner is not None:
                owner[id(child)] = inner
            visit(child, inner)

    visit(tree, None)
    return owner


def find_messages() -> Found:
    """Every message template, with the place it is first made, and what could not be read."""
    error_files, print_files = _files(ERROR_SOURCES), _files(PRINT_SOURCES)
    trees = {
        path: ast.parse(path.read_text(encoding="utf-8")) for path in error_files + print_files
    }
    found = Found()
    reader = _Reader(_Index(trees), found)
    for path, tree in trees.items():
        owner = _parents(tree)
        printing = path in print_files
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            scope = owner.get(id(node))
            if isinstance(node, ast.Call) and node.args:
                name = node.func.id if isinstance(node.func, ast.Name) else None
                if printing and name in PRINTERS and len(node.args) > PRINTERS[name]:
                    reader.add(node.args[PRINTERS[name]], scope, where, word=name == "word")
                elif name in reader.index.errors:
                    reader.add(node.args[0], scope, where)
            elif isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                name = node.exc.func.id if isinstance(node.exc.func, ast.Name) else None
                if name and name not in reader.index.errors and name in reader.index.functions:
                    reader.add(node.exc, scope, where)
    return found


def read_catalogue() -> dict[str, str]:
    rows: dict[str, str] = {}
    if CATALOGUE.exists():
        for line in CATALOGUE.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                danish, _, english = line.partition("\t")
                rows[danish.replace("\\n", "\n")] = english
    return rows


def escape(text: str) -> str:
    return text.replace("\n", "\\n").replace("\t", "\\t")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["missing"])
    parser.add_argument("--append", action="store_true")
    args = parser.parse_args(argv)
    found, rows = find_messages(), read_catalogue()
    for line in found.unresolved:
        print(f"cannot follow: {line}", file=sys.stderr)
    missing = [t for t in found.templates if not rows.get(t)]
    for template in missing:
        print(f"{found.templates[template]}\t{escape(template)}")
    if args.append:
        new = [t for t in missing if t not in rows]
        with CATALOGUE.open("a", encoding="utf-8") as out:
            out.writelines(f"{escape(t)}\t\n" for t in new)
    return 1 if found.unresolved else 0


if __name__ == "__main__":
    sys.exit(main())
