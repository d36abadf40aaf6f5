"""Problems found in a content file, each naming file, line and field."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ContentProblem:
    file: Path
    line: int | None
    field: str
    message: str
    warning: bool = False  # worth doing (a review is due) but the file is valid

    def __str__(self) -> str:
        # The format `medbetjening flows check` prints: file:line: field: message
        kind = "advarsel: " if self.warning else ""
        return f"{self.file}:{self.line or 0}: {self.field}: {kind}{self.message}"


class ContentError(Exception):
    """One or more problems in a content file; ``str()`` lists them one per line."""

    def __init__(self, problems: list[ContentProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def unexpected_problem(path: Path, error: BaseException) -> ContentProblem:
    """A file that failed in a way no check foresaw: report it, so the other files still load."""
    return ContentProblem(
        path, None, "(fil)", f"filen kunne ikke indlæses: {type(error).__name__}: {error}"
    )
