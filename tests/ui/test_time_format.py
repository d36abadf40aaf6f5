"""Times in today's list are formatted in Python exactly as Qt's locale formats them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QTime

from medbetjening.ui.common import i18n


@pytest.mark.parametrize("language", ["da", "en"])
def test_python_time_format_is_qlocale_short_format(language: str) -> None:
    before = QLocale()
    try:
        QLocale.setDefault(i18n.locale_for(language))
        locale = i18n.locale_for(language)
        assert i18n._hour_minute_separator(language)  # the fast path, not the fallback
        for hour in range(24):
            for minute in (0, 5, 30, 59):
                expected = locale.toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)
                assert i18n.format_time(dt.time(hour, minute)) == expected
                assert i18n.format_time(dt.datetime(2026, 12, 7, hour, minute, 42)) == expected
    finally:
        QLocale.setDefault(before)
