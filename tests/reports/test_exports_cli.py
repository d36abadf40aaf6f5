"""Handout, case note, visits and KOMHEN through the command line, with the files read back."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from medbetjening.cli import main
from medbetjening.services.container import Services
from medbetjening.storage.models import AuditEvent
from tests.reports.seed import Run, Seed, add_citizen, add_visit, catalog

DAY = dt.datetime(2026, 3, 2, 10, 0)
CPR = "0101701234"


@pytest.fixture(autouse=True)
def flows_known(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(Services, "flow_catalog", property(lambda self: catalog()))


@pytest.fixture
def visit_id(lead, actor, session_of) -> int:  # type: ignore[no-untyped-def]
    def seed(session):  # type: ignore[no-untyped-def]
        citizen = add_citizen(session, code="K7M2QX", cpr_hash="h" * 64)
        return add_visit(
            session,
            Seed(
                lead.site_id,
                actor.staff_id,
                DAY,
                citizen_id=citizen,
                runs=[
                    Run(
                        "digital-post",
                        ["citizen_alone", "citizen_guided", "staff"],
                        obstacle_note="INTERN: borgeren var træt",
                    ),
                    Run("flytning", ["citizen_alone"], status="paused"),
                ],
                completion="partly",
                reason="missing_documents",
                referral="library_course",
                note=f"INTERN NOTE: ring til datteren, cpr {CPR}",
                follow_ups=[("call", "due")],
                level=2,
            ),
        )

    return session_of(seed)


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def _audit(database, action: str) -> int:  # type: ignore[no-untyped-def]
    with database.uow_factory() as uow:
        return len(uow.session.scalars(select(AuditEvent).where(AuditEvent.action == action)).all())


def test_handout_pdf_in_danish(sqlite_url, database, actor, visit_id, tmp_path) -> None:
    out = tmp_path / "udlevering.pdf"
    code = main(
        [
            "--db",
            sqlite_url,
            "export",
            "handout",
            "--visit",
            str(visit_id),
            "--out",
            str(out),
            "--staff",
            str(actor.staff_id),
        ]
    )
    assert code == 0
    text = _pdf_text(out)
    assert _pages(out) == 1
    for expected in (
        "Det gjorde vi i dag",
        "Borgerservice Rådhuset",
        "Åbn borger.dk og log på med MitID.",
        "Vælg »Digital Post« i menuen.",
        "https://www.borger.dk/digitalpost",
        "https://www.borger.dk/flytning",
        "Lejekontrakt eller skøde",
        "Den Digitale Hotline",
        "70 20 00 00",
        "K7M2QX",
        "Det har vi skrevet ned om dig",
        "I dag gjorde du selv 2 af 3 trin.",
    ):
        assert expected in text, expected
    for secret in (CPR, "010170", "INTERN", "datteren", "træt", "h" * 20):
        assert secret not in text
    assert _audit(database, "export.handout") == 1


def test_handout_in_english_and_large_print(sqlite_url, actor, visit_id, tmp_path) -> None:
    out = tmp_path / "handout.pdf"
    args = ["--db", sqlite_url, "export", "handout", "--visit", str(visit_id), "--out", str(out)]
    assert main([*args, "--lang", "en", "--large", "--staff", str(actor.staff_id)]) == 0
    text = _pdf_text(out)
    assert "What we did today" in text
    assert "Open borger.dk and log in with MitID." in text
    assert "Gå ind på borger.dk/flytning." in text  # no English text: the Danish one
    assert "CPR" in text and CPR not in text  # "we never store your CPR number"
    small = tmp_path / "small.pdf"
    assert (
        main(
            [
                "--db",
                sqlite_url,
                "export",
                "handout",
                "--visit",
                str(visit_id),
                "--out",
                str(small),
                "--lang",
                "en",
                "--staff",
                str(actor.staff_id),
            ]
        )
        == 0
    )
    assert _pages(out) >= _pages(small) == 1


def test_ambassador_prints_only_own_visits(
    sqlite_url, ambassador, visit_id, tmp_path, capsys
) -> None:
    out = tmp_path / "x.pdf"
    code = main(
        [
            "--db",
            sqlite_url,
            "export",
            "handout",
            "--visit",
            str(visit_id),
            "--out",
            str(out),
            "--staff",
            str(ambassador.staff_id),
        ]
    )
    assert code == 1 and not out.exists()
    assert "egne besøg" in capsys.readouterr().err


def test_case_note_as_text_and_pdf(sqlite_url, database, actor, visit_id, tmp_path) -> None:
    txt, pdf = tmp_path / "notat.txt", tmp_path / "notat.pdf"
    for out in (txt, pdf):
        assert (
            main(
                [
                    "--db",
                    sqlite_url,
                    "export",
                    "case-note",
                    "--visit",
                    str(visit_id),
                    "--out",
                    str(out),
                    "--staff",
                    str(actor.staff_id),
                ]
            )
            == 0
        )
    text = txt.read_text(encoding="utf-8")
    assert text.startswith("Journalnotat – digital hjælp")
    assert "Borger: kode K7M2QX" in text
    assert (
        "Digital Post: gennemført (3 trin udført, heraf borgeren selv 1, med vejledning 1)" in text
    )
    assert "Flytning: sat på pause" in text
    assert "Forhindring: manglende dokumenter" in text
    assert "Henvist til: kursus på biblioteket" in text
    assert "Opfølgning: opkald 16.03.2026 (aftalt)" in text
    assert "Digitalt kompetenceniveau (vurderet): 2" in text
    assert "ring til datteren" in text and CPR not in text and "[CPR-nummer fjernet]" in text
    pdf_text = _pdf_text(pdf)
    assert "Journalnotat" in pdf_text and "Forhindring: manglende dokumenter" in pdf_text
    assert _audit(database, "export.case_note") == 2


@pytest.fixture
def many_visits(lead, actor, session_of):  # type: ignore[no-untyped-def]
    def seed(session):  # type: ignore[no-untyped-def]
        citizen = add_citizen(session, code="ZZ9")
        for number in range(6):
            add_visit(
                session,
                Seed(
                    lead.site_id,
                    actor.staff_id,
                    DAY + dt.timedelta(hours=number),
                    citizen_id=citizen if number == 0 else None,
                    runs=[Run("digital-post", ["citizen_alone"])] if number % 2 == 0 else [],
                    note='=HYPERLINK("http://evil")' if number == 0 else None,
                ),
            )
        add_visit(
            session, Seed(lead.site_id, actor.staff_id, DAY + dt.timedelta(days=30), note="-2+3")
        )

    session_of(seed)


def _csv(path: Path, delimiter: str = ",") -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=delimiter))


def test_visits_csv_with_semicolons_and_neutralised_formulas(
    sqlite_url, database, lead, many_visits, tmp_path
) -> None:
    out = tmp_path / "besøg.csv"
    args = [
        "--db",
        sqlite_url,
        "export",
        "visits",
        "--format",
        "csv",
        "--out",
        str(out),
        "--separator",
        ";",
        "--codes",  # machine codes and snake_case headers (Danish words: test_danish_exports)
    ]
    assert main([*args, "--staff", str(lead.staff_id)]) == 0
    rows = _csv(out, ";")
    assert rows[0][:3] == ["besøg", "dato", "start"]
    assert len(rows) == 8
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["sted"] == "Borgerservice Rådhuset"
    assert first["borgerkode"] == "ZZ9" and first["forløb"] == "digital-post"
    assert first["note"] == '\'=HYPERLINK("http://evil")'
    assert rows[-1][rows[0].index("note")] == "'-2+3"
    dated = tmp_path / "marts.csv"
    assert (
        main(
            [
                "--db",
                sqlite_url,
                "export",
                "visits",
                "--out",
                str(dated),
                "--from",
                "2026-03-02",
                "--to",
                "2026-03-02",
                "--site",
                "Borgerservice Rådhuset",
                "--staff",
                str(lead.staff_id),
            ]
        )
        == 0
    )
    assert len(_csv(dated)) == 7
    assert _audit(database, "export.visits") == 2


def test_only_leads_export_visits(sqlite_url, actor, many_visits, tmp_path) -> None:
    out = tmp_path / "x.csv"
    assert (
        main(
            [
                "--db",
                sqlite_url,
                "export",
                "visits",
                "--out",
                str(out),
                "--staff",
                str(actor.staff_id),
            ]
        )
        == 1
    )
    assert not out.exists()


def test_anonymised_export_drops_citizens_and_notes_and_small_groups(
    sqlite_url, lead, many_visits, tmp_path
) -> None:
    out = tmp_path / "anonym.csv"
    assert (
        main(
            [
                "--db",
                sqlite_url,
                "export",
                "visits",
                "--anonymised",
                "--codes",
                "--out",
                str(out),
                "--staff",
                str(lead.staff_id),
            ]
        )
        == 0
    )
    rows = _csv(out)
    header = rows[0]
    assert (
        "borger" not in header
        and "note" not in header
        and "medarbejder" not in header
        and "besøg" not in header
    )
    body = "\n".join(";".join(r) for r in rows)
    assert "ZZ9" not in body and "HYPERLINK" not in body and "-2+3" not in body
    by_week = {(r[0], r[header.index("aldersgruppe")]) for r in rows[1:]}
    # week 10 has 6 visits: 1 citizen aged 67-79 (group of 1: hidden) and 5 unknown (shown)
    assert by_week == {("2026-W10", "*"), ("2026-W10", "unknown"), ("2026-W14", "*")}


def _soffice_csv(xlsx: Path, tmp_path: Path) -> list[list[str]]:
    profile = tmp_path / "lo-profile"
    outdir = tmp_path / "lo-out"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(outdir),
            str(xlsx),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    converted = outdir / (xlsx.stem + ".csv")
    return list(csv.reader(io.StringIO(converted.read_text(encoding="utf-8"))))


def test_xlsx_opens_in_libreoffice_with_the_same_content_as_csv(
    sqlite_url, lead, many_visits, tmp_path
) -> None:
    xlsx, plain = tmp_path / "besoeg.xlsx", tmp_path / "besoeg.csv"
    for fmt, out in (("xlsx", xlsx), ("csv", plain)):
        assert (
            main(
                [
                    "--db",
                    sqlite_url,
                    "export",
                    "visits",
                    "--format",
                    fmt,
                    "--codes",
                    "--out",
                    str(out),
                    "--staff",
                    str(lead.staff_id),
                ]
            )
            == 0
        )
    from_office = _soffice_csv(xlsx, tmp_path)
    expected = _csv(plain)
    assert len(from_office) == len(expected) == 8
    assert from_office[0] == expected[0]
    # XLSX holds a date cell (shown dd-mm-yyyy) and a share shown with three decimals
    date, share = expected[0].index("dato"), expected[0].index("borgerens_andel_af_trin")
    for got, want in zip(from_office[1:], expected[1:], strict=True):
        want[date] = dt.date.fromisoformat(want[date]).strftime("%d-%m-%Y")
        want[share] = f"{float(want[share]):.3f}" if want[share] else ""
        assert [g.strip() for g in got] == [w.strip() for w in want]
    # the formula stayed text: LibreOffice shows the neutralised string, not a link
    assert from_office[1][expected[0].index("note")].startswith("'=HYPERLINK")


def test_komhen_report_for_a_counting_week(
    sqlite_url, database, lead, many_visits, tmp_path
) -> None:
    out = tmp_path / "komhen.csv"
    assert (
        main(
            [
                "--db",
                sqlite_url,
                "report",
                "komhen",
                "--from",
                "2026-03-02",
                "--to",
                "2026-03-08",
                "--out",
                str(out),
                "--staff",
                str(lead.staff_id),
            ]
        )
        == 0
    )
    rows = _csv(out, ";")
    assert rows[0] == ["KOMHEN-optælling uge 10 2026, 02.03.2026–08.03.2026"]
    header = ["Sted", "Kanal", "Opgave", "Information", "Interaktion", "Transaktion", "I alt"]
    assert rows[2] == header
    site = rows[3][0]
    assert rows[3] == [site, "Skranke", "Digital Post", "0", "3", "0", "3"]
    assert rows[4] == [site, "Skranke", "Øvrige henvendelser (intet forløb)", "0", "3", "0", "3"]
    assert rows[5] == ["I alt", "", "", "0", "6", "0", "6"]
    assert _audit(database, "export.komhen") == 1


def test_stats_rebuild_command(sqlite_url, lead, many_visits, capsys) -> None:
    assert main(["--db", sqlite_url, "stats", "rebuild", "--staff", str(lead.staff_id)]) == 0
    assert "optalt igen: 2 dage" in capsys.readouterr().out
    assert main(["--db", sqlite_url, "stats", "refresh"]) == 0


# -- a bad --out: a Danish message naming the path, before any work; never half a file --


def _export(sqlite_url: str, staff_id: int, *args: str) -> int:
    return main(["--db", sqlite_url, "export", *args, "--staff", str(staff_id)])


@pytest.mark.parametrize(
    "command",
    [
        ["handout", "--visit", "{visit}"],
        ["case-note", "--visit", "{visit}"],
        ["visits", "--format", "csv"],
        ["visits", "--format", "xlsx"],
        ["visits", "--format", "csv", "--anonymised"],
    ],
    ids=["handout", "case-note", "visits-csv", "visits-xlsx", "visits-anonymised"],
)
def test_a_bad_out_path_is_told_before_any_work(
    sqlite_url, database, lead, visit_id, tmp_path, capsys, command
) -> None:  # type: ignore[no-untyped-def]
    args = [part.format(visit=visit_id) for part in command]
    missing = tmp_path / "nodir" / "out.pdf"
    folder = tmp_path / "a-folder"
    folder.mkdir()
    plain_file = tmp_path / "a-file"
    plain_file.write_text("x")
    cases = [
        (missing, f"Mappen {missing.parent} findes ikke, så {missing} kan ikke gemmes"),
        (folder, f"{folder} er en mappe. Angiv et filnavn i mappen"),
        (plain_file / "out.pdf", f"{plain_file} er ikke en mappe"),
    ]
    for out, message in cases:
        assert _export(sqlite_url, lead.staff_id, *args, "--out", str(out)) == 1
        err = capsys.readouterr().err
        assert err.startswith("Fejl: ") and message in err, err
        assert "Uventet" not in err and "Traceback" not in err and "QPainter" not in err
    assert not list(tmp_path.rglob("*.part"))
    for action in ("export.handout", "export.case_note", "export.visits"):
        assert _audit(database, action) == 0  # nothing was exported, so nothing is logged


def test_komhen_with_a_bad_out_path(sqlite_url, database, lead, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "nodir" / "k.csv"
    args = ["report", "komhen", "--from", "2026-03-02", "--to", "2026-03-08", "--out", str(out)]
    assert main(["--db", sqlite_url, *args, "--staff", str(lead.staff_id)]) == 1
    assert f"Mappen {out.parent} findes ikke" in capsys.readouterr().err
    assert _audit(database, "export.komhen") == 0


def test_handout_and_case_note_replace_a_file_whole(
    sqlite_url, actor, visit_id, tmp_path, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    """Written beside as <name>.part and moved in: a failure half-way keeps the old file."""
    import medbetjening.reports.files as files

    pdf, txt = tmp_path / "h.pdf", tmp_path / "n.txt"
    pdf.write_bytes(b"old handout")
    txt.write_text("old note", encoding="utf-8")
    moved: list[tuple[str, str]] = []
    real_replace = os.replace

    def failing_replace(source, target) -> None:  # type: ignore[no-untyped-def]
        moved.append((Path(source).name, Path(target).name))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", failing_replace)
    for command, out in (("handout", pdf), ("case-note", txt)):
        code = _export(
            sqlite_url, actor.staff_id, command, "--visit", str(visit_id), "--out", str(out)
        )
        assert code == 1
    assert moved == [("h.pdf.part", "h.pdf"), ("n.txt.part", "n.txt")]
    err = capsys.readouterr().err
    assert f"Fejl: {pdf} kunne ikke gemmes: No space left on device." in err
    assert f"Fejl: {txt} kunne ikke gemmes: No space left on device." in err
    assert pdf.read_bytes() == b"old handout" and txt.read_text("utf-8") == "old note"
    assert not list(tmp_path.glob("*.part"))
    monkeypatch.setattr(files.os, "replace", real_replace)
    for command, out in (("handout", pdf), ("case-note", txt)):
        code = _export(
            sqlite_url, actor.staff_id, command, "--visit", str(visit_id), "--out", str(out)
        )
        assert code == 0
    assert "K7M2QX" in _pdf_text(pdf) and "K7M2QX" in txt.read_text("utf-8")
