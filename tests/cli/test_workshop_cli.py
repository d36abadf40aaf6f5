"""``medbetjening workshop add|list``: the same rules as the window (issue 21, item 2)."""

from __future__ import annotations

import datetime as dt

from medbetjening.cli import main as cli_main
from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.services.context import ActorContext
from tests.seed import add_site, add_staff


def _volunteer(services):  # type: ignore[no-untyped-def]
    library = add_site(services, "Ballerup Bibliotek", SiteKind.LIBRARY)
    info = add_staff(services, "Frivillig Frida", library.id, Role.AMBASSADOR)
    return ActorContext(info.id, library.id, Role.AMBASSADOR, info.name)


def test_a_volunteer_records_and_lists_a_workshop(
    services, lead, sqlite_url, capsys, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    volunteer = _volunteer(services)
    codes = [services.citizens.create(volunteer).citizen_code for _ in range(3)]
    as_volunteer = ["--db", sqlite_url, "workshop"]
    staff = ["--staff", str(volunteer.staff_id)]
    add = [
        *as_volunteer, "add", "--minutes", "90", "--kind", "it_cafe",
        "--topic", "mitid", "--topic", "digital-post",
        "--count", "67-79=3", "--count", "unknown=2",
        "--citizen", codes[0], "--citizen", codes[1], "--citizen", f"{codes[2]}=mitid",
        "--helper", str(volunteer.staff_id), *staff,
    ]  # fmt: skip
    assert cli_main(add) == 0
    assert "8 deltagere (3 med borgerkode)" in capsys.readouterr().out

    assert cli_main([*as_volunteer, "list", *staff]) == 0
    line = capsys.readouterr().out.strip()
    assert "It-café" in line and "MitID, Digital Post" in line and line.endswith("\t8")
    assert not any(code in line for code in codes)

    out = tmp_path / "workshops.csv"
    assert cli_main([*as_volunteer, "list", "--out", str(out), *staff]) == 0
    assert "Deltagere" in out.read_text(encoding="utf-8-sig")

    citizen = services.citizens.find(volunteer, codes[2]).citizen
    tasks = services.tracking.task_statuses(volunteer, citizen.id)
    assert [(t.flow_id, t.practised_in_group) for t in tasks] == [("topic:mitid", 1)]


def test_wrong_input_names_what_and_stores_nothing(services, lead, sqlite_url, capsys) -> None:  # type: ignore[no-untyped-def]
    volunteer = _volunteer(services)
    base = ["--db", sqlite_url, "workshop", "add", "--staff", str(volunteer.staff_id)]
    base += ["--kind", "course", "--topic", "email", "--count", "50-66=4"]
    assert cli_main([*base, "--minutes", "3"]) == 1
    assert "Varighed: 3 minutter" in capsys.readouterr().err
    assert cli_main([*base, "--minutes", "60", "--site", str(lead.site_id)]) == 1
    assert "eget sted" in capsys.readouterr().err
    assert services.workshops.workshops(lead, dt.date.today(), dt.date.today()) == []
