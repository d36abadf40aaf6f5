"""The vocabulary's terms are given out by ``domain.vocabulary`` as ever, built at first use."""

from __future__ import annotations

import subprocess
import sys
from enum import StrEnum

from medbetjening.domain import vocabulary, vocabulary_terms


def test_every_term_is_the_same_class_from_the_vocabulary() -> None:
    terms = {
        name
        for name, value in vars(vocabulary_terms).items()
        if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
    }
    assert terms == set(vocabulary._TERMS)
    assert set(vocabulary.__all__) == terms | {"Role", "Channel"}
    for name in terms:
        assert getattr(vocabulary, name) is getattr(vocabulary_terms, name)


def test_importing_the_vocabulary_builds_only_role_and_channel() -> None:
    probe = (
        "import sys\n"
        "from medbetjening.domain.vocabulary import Channel, Role\n"
        "assert 'medbetjening.domain.vocabulary_terms' not in sys.modules\n"
        "from medbetjening.domain.vocabulary import SiteKind\n"
        "assert SiteKind('library').value == 'library'\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)
