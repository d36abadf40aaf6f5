"""Contact type and channel come from the visit; KOMHEN counts a week as a person would."""

from __future__ import annotations

import datetime as dt

import pytest

from medbetjening.domain.contact import contact_type_of, default_channel, parse_iso_week
from medbetjening.domain.vocabulary import (
    Autonomy,
    Channel,
    Completion,
    ContactType,
    Role,
    SiteKind,
)
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput
from medbetjening.services.outcome import CloseRequest
from medbetjening.services.quick_tally import QuickTally
from medbetjening.services.statistics import StatisticsFilter
from medbetjening.storage.models import FlowRun, Visit
from tests.seed import add_site, add_staff

MONDAY = dt.datetime(2026, 11, 23, 10, 0)  # 2026-W48


def _visit(services, actor, flows=(), channel=None, at=MONDAY, correct=None):  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor, channel)
    for flow_id in flows:
        services.flows.start_run(actor, visit_id, flow_id)
    defaults = services.outcome.defaults(actor, visit_id)
    services.outcome.close_visit(
        actor,
        visit_id,
        CloseRequest(
            completion=Completion.COMPLETED,
            autonomy=Autonomy.WITH_GUIDANCE,
            duration_minutes=10,
            expected_version=defaults.version,
            contact_type=correct,
            # a visit with nothing recorded closes as completed only with a note (issue 15)
            note="" if flows else "Svarede på et spørgsmål",
        ),
    )
    with services.database.uow_factory() as uow:  # the test places the visit in its week
        uow.session.get(Visit, visit_id).started_at = at
        uow.commit()
    return visit_id


def _type(services, actor, visit_id):  # type: ignore[no-untyped-def]
    return services.visits.get_visit(actor, visit_id).contact_type


def test_type_is_the_highest_of_the_flows_run_and_information_without_one() -> None:
    assert contact_type_of([]) == ContactType.INFORMATION
    assert contact_type_of(["interaction", "transaction", "information"]) == "transaction"
    assert default_channel(SiteKind.LIBRARY.value) == Channel.LIBRARY
    assert default_channel(SiteKind.TOWN_HALL.value) == Channel.COUNTER
    assert parse_iso_week("2026-W48") == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    with pytest.raises(ValueError, match="Uge 54 findes ikke i 2026"):
        parse_iso_week("2026-W54")


def test_visits_count_by_their_flows_channel_and_correction(services, actor, lead) -> None:
    housing = _visit(services, actor, ["boligstoette"])
    post = _visit(services, actor, ["digital-post"])
    nothing = _visit(services, actor, [], Channel.PHONE)
    corrected = _visit(services, actor, ["digital-post"], correct=ContactType.INFORMATION)
    assert _type(services, actor, housing) == "transaction"
    assert _type(services, actor, post) == "interaction"
    assert _type(services, actor, nothing) == "information"
    assert services.visits.get_visit(actor, nothing).channel == "phone"
    assert _type(services, actor, corrected) == "information"

    services.statistics.rebuild(lead)  # the day moved under the aggregates: count again
    board = services.statistics.dashboard(
        lead, StatisticsFilter(dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    )
    assert board.by_channel_and_type == {
        ("counter", "transaction"): 1,
        ("counter", "interaction"): 1,
        ("counter", "information"): 1,
        ("phone", "information"): 1,
    }


def test_komhen_week_matches_hand_counted_numbers(services, actor, lead) -> None:
    library = add_site(services, "Hovedbiblioteket", SiteKind.LIBRARY)
    librarian = add_staff(services, "Bibliotekar", library.id)
    at_library = ActorContext(librarian.id, library.id, Role.STAFF, librarian.name)

    _visit(services, actor, ["boligstoette"])
    _visit(services, actor, ["digital-post"], at=MONDAY + dt.timedelta(days=2))
    _visit(services, actor, [], Channel.PHONE, at=MONDAY + dt.timedelta(days=6, hours=3))
    both = _visit(services, actor, ["boligstoette", "digital-post"])
    _visit(services, actor, ["boligstoette"], at=MONDAY + dt.timedelta(days=7))  # W49
    _visit(services, actor, ["boligstoette"], at=MONDAY - dt.timedelta(minutes=601))  # W47
    _visit(services, at_library, ["digital-post"])  # library channel: the site's kind
    with services.database.uow_factory() as uow:  # a municipality's flow, gone from the library
        uow.session.add(FlowRun(visit_id=both, flow_id="egen-flow", flow_title="Egen"))
        uow.commit()
    tally = services.quick_tally
    tally.register(
        actor,
        QuickTally(Channel.COUNTER, ContactType.INFORMATION, task="information"),
        at=MONDAY + dt.timedelta(hours=1),
    )
    tally.register(
        actor,
        QuickTally(Channel.PHONE, ContactType.INTERACTION, flow_id="flytning"),
        at=MONDAY + dt.timedelta(days=4),
    )
    tally.register(  # next week: not counted
        actor,
        QuickTally(Channel.COUNTER, ContactType.INFORMATION, task="booking"),
        at=MONDAY + dt.timedelta(days=7),
    )
    services.statistics.rebuild(lead)

    report = services.komhen.week(lead, "2026-W48")
    town_hall = "Borgerservice Rådhuset"
    assert [(r.site_name, r.channel, r.task, r.contact_type, r.contacts) for r in report.rows] == [
        ("Borgerservice Rådhuset", "counter", "Andet", "transaction", 1),
        ("Borgerservice Rådhuset", "counter", "Boligstøtte", "transaction", 2),
        ("Borgerservice Rådhuset", "counter", "Digital Post", "interaction", 1),
        ("Borgerservice Rådhuset", "counter", "Digital Post", "transaction", 1),
        (
            "Borgerservice Rådhuset",
            "counter",
            "Generel information og vejvisning",
            "information",
            1,
        ),
        ("Borgerservice Rådhuset", "phone", "Folkeregister – flytning", "interaction", 1),
        ("Borgerservice Rådhuset", "phone", "", "information", 1),
        ("Hovedbiblioteket", "library", "Digital Post", "interaction", 1),
    ]
    assert report.total == 9
    assert report.warnings == (
        "Forløbet 'egen-flow' findes ikke i forløbsbiblioteket og er talt som 'Andet'.",
    )
    only_library = services.komhen.week(lead, "2026-W48", (library.id,))
    assert [(r.site_name, r.contacts) for r in only_library.rows] == [("Hovedbiblioteket", 1)]
    assert town_hall in {r.site_name for r in report.rows}

    with pytest.raises(InvalidInput, match="'uge 48' er ikke en uge"):
        services.komhen.week(lead, "uge 48")


def test_a_flow_without_a_komhen_task_is_counted_as_andet_with_a_warning(
    services, actor, lead
) -> None:
    from medbetjening.services.flow_catalog import FlowSummary, StaticFlowCatalog
    from medbetjening.services.komhen import KomhenService

    _visit(services, actor, ["boligstoette"])
    catalog = StaticFlowCatalog.of([FlowSummary("boligstoette", "Boligstøtte (uden KOMHEN)")])
    komhen = KomhenService(services.database.uow_factory, catalog, services.statistics)
    services.statistics.rebuild(lead)
    report = komhen.week(lead, "2026-W48")
    assert [(r.task, r.contacts) for r in report.rows] == [("Andet", 1)]
    assert report.warnings == (
        "Forløbet 'Boligstøtte (uden KOMHEN)' (boligstoette) har intet KOMHEN-felt "
        "og er talt som 'Andet'.",
    )


def test_komhen_cli_writes_the_week_as_csv_and_xlsx(
    services, sqlite_url, actor, lead, tmp_path, capsys, cli_lead_password
) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from medbetjening.cli import main

    _visit(services, actor, ["boligstoette"])
    assert (
        main(["--db", sqlite_url, "tally", "--task", "booking", "--staff", str(actor.staff_id)])
        == 0
    )
    assert "1 i dag" in capsys.readouterr().out
    with services.database.uow_factory() as uow:  # the tally into the counting week
        from medbetjening.storage.models import QuickContact

        uow.session.query(QuickContact).update({"at": MONDAY})
        uow.commit()
    for name in ("k.csv", "k.xlsx"):
        out = tmp_path / name
        args = ["report", "komhen", "--week", "2026-W48", "--out", str(out)]
        assert main(["--db", sqlite_url, *args, "--staff", str(lead.staff_id)]) == 0
    lines = (tmp_path / "k.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "KOMHEN-optælling uge 48 2026, 23.11.2026–29.11.2026"
    assert lines[2] == "Sted;Kanal;Opgave;Information;Interaktion;Transaktion;I alt"
    assert "Borgerservice Rådhuset;Skranke;Boligstøtte;0;0;1;1" in lines
    assert "Borgerservice Rådhuset;Skranke;Tidsbestilling;1;0;0;1" in lines
    sheet = load_workbook(tmp_path / "k.xlsx").active
    values = [row for row in sheet.iter_rows(values_only=True)]
    assert values[-1] == ("I alt", None, None, 1, 0, 1, 2)
    assert main(["--db", sqlite_url, "report", "komhen", "--out", str(tmp_path / "x.csv")]) == 2
