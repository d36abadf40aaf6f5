"""``random.choices(population, weights)[0]`` without its per-call set-up.

``choices`` sums the weights and builds a list on every call; at a million visits that
is a few million calls. ``Weighted`` sums once and draws exactly as ``choices`` does
(one ``random()``, the same bisect), so the stream and the rows stay the same.
"""

from __future__ import annotations

from bisect import bisect
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")


class Weighted(Generic[T]):
    __slots__ = ("population", "cum_weights", "total", "last")

    def __init__(
        self,
        population: Sequence[T],
        weights: Sequence[float] | None = None,
        *,
        cum_weights: Sequence[float] | None = None,
    ) -> None:
        self.population = tuple(population)
        self.cum_weights = list(
            cum_weights if cum_weights is not None else accumulate(weights or ())
        )
        if len(self.cum_weights) != len(self.population) or not self.population:
            raise ValueError("Vægtene passer ikke til valgmulighederne")
        self.total = self.cum_weights[-1] + 0.0
        self.last = len(self.population) - 1

    @classmethod
    def of(cls, pairs: Sequence[tuple[T, float]]) -> Weighted[T]:
        """From (value, weight) pairs, as the demo catalogue lists them."""
        return cls([value for value, _ in pairs], [weight for _, weight in pairs])

    def pick(self, random: Callable[[], float]) -> T:
        """One draw; ``random`` is the generator's ``random`` method."""
        return self.population[bisect(self.cum_weights, random() * self.total, 0, self.last)]


def below(getrandbits: Callable[[int], int], n: int) -> int:
    """``Random._randbelow(n)``, which ``randint(a, a + n - 1) - a`` and ``randrange(n)``
    draw (``getrandbits`` of n's bit length until below n): the same stream, without
    ``randint``'s three calls of checks."""
    k = n.bit_length()
    r = getrandbits(k)
    while r >= n:
        r = getrandbits(k)
    return r
