"""A plain start paints the menu bar's titles and builds its menus right after the paint:
the titles are the built menus' titles, and the menus, actions and shortcuts are the same
as a window built with its menus at once."""

from __future__ import annotations

import pytest

from medbetjening.ui.shell.main_window import MainWindow


def _bar(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _menus(window: MainWindow) -> dict[str, list[tuple[str, list[str]]]]:
    return {
        action.text(): [
            (item.text(), [key.toString() for key in item.shortcuts()])
            for item in action.menu().actions()
        ]
        for action in window.menuBar().actions()
    }


@pytest.mark.parametrize("role", ["actor", "lead", "ambassador"])
def test_titles_first_then_the_same_menus(qtbot, services, settings, request, role) -> None:  # type: ignore[no-untyped-def]
    actor = request.getfixturevalue(role)
    built = MainWindow(services, actor, settings)
    qtbot.addWidget(built)
    first = MainWindow(services, actor, settings, menus_after_paint=True)
    qtbot.addWidget(first)

    assert _bar(first) == _bar(built)
    assert all(not action.menu().actions() for action in first.menuBar().actions())
    assert not hasattr(first, "new_visit_action")  # built after the paint
    booking = (built.today.add_appointment_button, built.today.import_button)
    assert [b.isEnabled() for b in booking] == [
        first.today.add_appointment_button.isEnabled(),
        first.today.import_button.isEnabled(),
    ]  # the buttons the first paint shows are as they will stay

    first.finish_menus()
    assert _menus(first) == _menus(built)
    assert len(first.actions()) == len(built.actions())
    assert first.new_visit_action.shortcuts() == built.new_visit_action.shortcuts()
    first.finish_menus()  # once only
    assert len(first.actions()) == len(built.actions())
