"""LIX readability (Björnsson): words per sentence + percentage of long words.

LIX = W / S + 100 · L / W, where W is the number of words, S the number of sentences
(ended by . : ! ? or a line break, and at least one), and L the words longer than six
letters. Under 25 is very easy (children's books), 25–35 easy, 35–45 medium.
Numbers and web addresses are not words a reader has to spell out, so they count as
words but never as long ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.:!?]+(?=\s|$)|\n+")
_URL = re.compile(
    r"(?:\b(?:https?://|www\.)\S+?|\b[\w-]+(?:\.[\w-]+)*\.(?:dk|com|eu|org|net)\b\S*?)"
    r"(?=[.,:;!?)]*(?:\s|$))"
)


@dataclass(frozen=True)
class LixScore:
    words: int
    sentences: int
    long_words: int

    @property
    def value(self) -> float:
        if self.words == 0:
            return 0.0
        return self.words / self.sentences + 100 * self.long_words / self.words


def _count(text: str) -> LixScore:
    text = _URL.sub(" www ", text)
    words = _WORD.findall(text)
    long_words = sum(1 for word in words if len(word) > 6 and not word.isdigit())
    pieces = [piece for piece in _SENTENCE_END.split(text) if _WORD.search(piece)]
    return LixScore(words=len(words), sentences=max(1, len(pieces)), long_words=long_words)


def lix_score(text: str) -> LixScore:
    """The counts behind the LIX of one text."""
    return _count(text)


def lix(text: str) -> float:
    """The LIX of a text (0 for an empty text)."""
    return _count(text).value


def lix_of_lines(lines: Iterable[str]) -> float:
    """The LIX of several separate lines read as one text (each line is a sentence)."""
    total = LixScore(0, 0, 0)
    for line in lines:
        score = _count(line)
        if score.words == 0:
            continue
        total = LixScore(
            total.words + score.words,
            total.sentences + score.sentences,
            total.long_words + score.long_words,
        )
    return total.value if total.words else 0.0


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as LIX counts them (ends . : ! ? or a line break)."""
    return [piece.strip() for piece in _SENTENCE_END.split(text) if _WORD.search(piece)]


def worst_sentence(lines: Iterable[str]) -> tuple[str, float]:
    """The hardest sentence of ``lines`` by LIX, and its LIX ("", 0) when there is none."""
    worst = ("", 0.0)
    for line in lines:
        for sentence in sentences(line):
            score = lix(sentence)
            if score > worst[1]:
                worst = (sentence, score)
    return worst
