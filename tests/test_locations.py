"""The data folder worked out without platformdirs is the one platformdirs names."""

from __future__ import annotations

import sys

import platformdirs
import pytest

from medbetjening import locations

ON_LINUX = sys.platform == "linux" and not hasattr(sys, "getandroidapilevel")


def _platformdirs() -> str:
    return platformdirs.user_data_dir(locations.APP_NAME, appauthor=False)


@pytest.mark.skipif(not ON_LINUX, reason="the fast path is Linux's; elsewhere platformdirs")
@pytest.mark.parametrize(
    ("xdg", "home"),
    [
        (None, "/home/kenni"),
        (None, "/home/kenni/"),
        ("/srv/data", "/home/kenni"),
        ("/srv/data/", "/home/kenni"),
        ("relative/data", "/home/kenni"),  # not absolute: ignored, as XDG says
        ("", "/home/kenni"),
    ],
)
def test_the_linux_folder_is_platformdirs_folder(monkeypatch, xdg, home) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("ANDROID_DATA", raising=False)
    monkeypatch.setenv("HOME", home)
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
    assert locations._linux_user_data_dir() == _platformdirs()
    assert locations.user_data_dir() == _platformdirs()


@pytest.mark.parametrize("home", [None, "relative/home"])
def test_an_unusual_home_is_left_to_platformdirs(monkeypatch, home) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    if home is None:
        monkeypatch.delenv("HOME", raising=False)
    else:
        monkeypatch.setenv("HOME", home)
    assert locations._linux_user_data_dir() is None
    try:
        expected = _platformdirs()
    except RuntimeError:  # platformdirs finds no home either: the same refusal
        with pytest.raises(RuntimeError):
            locations.user_data_dir()
        return
    assert locations.user_data_dir() == expected


def test_the_program_home_wins(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(locations.HOME_ENV, str(tmp_path / "home"))
    assert locations.data_dir() == tmp_path / "home"
    assert (tmp_path / "home").is_dir()
