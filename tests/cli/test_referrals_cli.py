"""Issue 21 on the command line: help points (a lead, audited), the referral time as a
policy, and the per-route report as CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from medbetjening.cli import main as cli_main
from medbetjening.domain.vocabulary import SiteKind
from medbetjening.services.referrals import ReferralTarget
from medbetjening.storage.models import AuditEvent
from tests.referral_seed import close, visit_with
from tests.seed import add_site


@pytest.mark.usefixtures("cli_lead_password")
def test_help_points_policy_and_report(
    services, lead, actor, sqlite_url, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    as_lead = ["--staff", str(lead.staff_id)]
    run = lambda *argv: cli_main(["--db", sqlite_url, *argv])  # noqa: E731
    assert run("help-points", "add", "Den Digitale Hotline", "--helps-with", "MitID", *as_lead) == 1
    assert "adresse eller et telefonnummer" in capsys.readouterr().err
    assert (
        run(
            "help-points",
            "add",
            "Den Digitale Hotline",
            "--helps-with",
            "Selvbetjening",
            "--phone",
            "70 20 00 00",
            "--hours",
            "Man-tor 8-20",
            *as_lead,
        )
        == 0
    )
    assert run("help-points", "list", *as_lead) == 0
    out = capsys.readouterr().out
    assert "Den Digitale Hotline" in out and "Adresse: ikke afklaret" in out
    assert run("help-points", "retire", "1", *as_lead) == 0
    assert run("policy", "set", "--referral-days", "7", *as_lead) == 0
    assert services.policies.current().referral_days == 7
    with services.database.uow_factory() as uow:
        actions = set(uow.session.scalars(select(AuditEvent.action)))
    assert {"help_point.add", "help_point.retire", "policy.change"} <= actions

    library = add_site(services, "Biblioteket", SiteKind.LIBRARY)
    citizen = services.citizens.create(actor)
    close(services, actor, visit_with(services, actor, citizen.id), ReferralTarget(library.id))
    out = tmp_path / "henvisninger.csv"
    today = dt.date.today().isoformat()
    assert (
        run("referrals", "report", "--from", today, "--to", today, "--out", str(out), *as_lead) == 0
    )
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Fra", "Til", "Henvist", "Taget op"]
    assert rows[1][1:5] == ["Biblioteket", "1", "0", "0"]
    assert rows[1][-1] == "0"  # share taken up, in per cent
