"""Issue 21: the handout of a referred citizen names the help point with its address and
hours (golden, read back through ``pdftotext``), in plain Danish (LIX at most 35)."""

from __future__ import annotations

import datetime as dt

from medbetjening.domain.lix import lix
from medbetjening.reports.handout import TEXT, referral_lines, render_handout
from medbetjening.services.exports import ExportService
from medbetjening.storage.models import HelpPoint, ReferralRecord, Site, Visit
from tests.reports.seed import Run, add_visit
from tests.reports.test_golden_handouts import (
    DAY,
    KENNI,
    _catalog,
    _check,
    _citizen,
    _flat,
    _open,
    _pdf_text,
)


def _referred(services, actor, session_of, tmp_path, name, place):  # type: ignore[no-untyped-def]
    seed = _open(
        actor,
        citizen=lambda s: _citizen(s, "R3F-H1P", consent=True),
        runs=[Run("boligstoette", ["citizen_guided", "staff"], status="ended")],
    )
    visit_id = session_of(lambda session: add_visit(session, seed(session)))
    for item, value in KENNI.items():
        services.assessment.record_answer(actor, visit_id, item, value)

    def refer(session):  # type: ignore[no-untyped-def]
        visit = session.get(Visit, visit_id)
        visit.status = "closed"
        target = place(session)
        session.add(
            ReferralRecord(
                visit_id=visit_id,
                citizen_id=visit.citizen_id,
                from_site_id=visit.site_id,
                flow_id="boligstoette",
                made_at=DAY,
                due_date=DAY.date() + dt.timedelta(days=14),
                **target,
            )
        )

    session_of(refer)
    exports = ExportService(services.database.uow_factory, _catalog())
    data = exports.handout(actor, visit_id)
    out = tmp_path / f"{name}.pdf"
    render_handout(data, out)
    return data, _pdf_text(out)


def _help_point(session):  # type: ignore[no-untyped-def]
    point = HelpPoint(
        name="Frivillig IT-hjælp",
        address="Hovedgaden 1, 2750 Ballerup",
        opening_hours="Tirsdag kl. 10-12",
        phone="44 00 00 00",
        helps_with="MitID, e-mail og Digital Post",
    )
    session.add(point)
    session.flush()
    return {"help_point_id": point.id}


def test_the_handout_names_the_help_point_with_address_and_hours(  # type: ignore[no-untyped-def]
    services, actor, session_of, tmp_path
) -> None:
    data, text = _referred(services, actor, session_of, tmp_path, "referred", _help_point)
    _check("referred", text)
    flat = _flat(text)
    assert "Vi har sendt dig videre til Frivillig IT-hjælp." in flat
    assert "Adresse: Hovedgaden 1, 2750 Ballerup." in flat
    assert "Åbent: Tirsdag kl. 10-12." in flat
    assert "Der kan du få hjælp til: Boligstøtte." in flat
    assert "Hvor vi har sendt dig hen, og om du kom derhen." in flat  # what is noted
    block = "\n".join(referral_lines(data, TEXT["da"]))
    assert lix(block) <= 35, block


def test_a_referral_to_a_site_names_the_site_and_nothing_unknown(  # type: ignore[no-untyped-def]
    services, actor, session_of, tmp_path
) -> None:
    def library(session):  # type: ignore[no-untyped-def]
        site = Site(name="Ballerup Bibliotek", kind="library")
        session.add(site)
        session.flush()
        return {"to_site_id": site.id}

    data, text = _referred(services, actor, session_of, tmp_path, "site", library)
    flat = _flat(text)
    assert "Vi har sendt dig videre til Ballerup Bibliotek." in flat
    # a site's address and hours are not kept here: nothing is printed, nothing guessed
    assert "Åbent:" not in flat and "Telefon:" not in flat
