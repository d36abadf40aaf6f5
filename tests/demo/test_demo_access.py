"""Demo data holds for a citizen without MitID only what the window would record.

The window: an assessment answering ``mitid`` none / not working leaves the items the
instrument's access rules rule out unanswered (``not_applicable:``); "done by the
citizen" at a MitID step is impossible without a MitID, and "staff did it" needs a
basis the MitID guard accepts (``FlowService.mark_step``) — for a citizen with nothing
to type, a proxy (digital power of attorney, guardian). A completed MitID errand (the
*MitID* category: get one, fix it) gives a working MitID from then on.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import text

from medbetjening.content.flows import flow_folders, load_flow_library
from medbetjening.demo.demo_catalog import real_instrument
from medbetjening.demo.demo_data import generate_demo_data
from medbetjening.domain.assessment import not_applicable_items
from medbetjening.domain.flows import StepKind
from medbetjening.domain.vocabulary import FlowRunStatus, StaffBasis, StepActor
from medbetjening.services.database import open_database

NOW = dt.datetime(2026, 3, 11, 12, 30)
NO_MITID = {"none", "not_working"}  # the instrument's ``mitid`` codes of no usable MitID
BY_CITIZEN = {StepActor.CITIZEN_ALONE.value, StepActor.CITIZEN_GUIDED.value}
PROXY_BASES = {StaffBasis.DIGITAL_POWER_OF_ATTORNEY.value, StaffBasis.GUARDIAN.value}


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path: Path = tmp_path_factory.mktemp("access") / "demo.sqlite"
    db = open_database(f"sqlite:///{path}")
    generate_demo_data(db.engine, 3000, seed=11, now=NOW)
    queries = {
        "visits": "SELECT id, citizen_id FROM visit ORDER BY started_at, id",
        "answers": "SELECT r.visit_id, a.item_id, a.score, a.choice FROM assessment_answer a"
        " JOIN assessment_result r ON r.id = a.assessment_id",
        "assessed": "SELECT visit_id FROM assessment_result",
        "runs": "SELECT id, visit_id, flow_id, status FROM flow_run ORDER BY started_at, id",
        "steps": "SELECT flow_run_id, step_id, actor, staff_basis, obstacle FROM step_record",
    }
    with db.engine.connect() as connection:
        found = {name: list(connection.execute(text(sql))) for name, sql in queries.items()}
    db.dispose()
    return found


def _answers(rows) -> dict[int, dict[str, object]]:  # type: ignore[no-untyped-def]
    by_visit: dict[int, dict[str, object]] = {visit_id: {} for (visit_id,) in rows["assessed"]}
    for visit_id, item_id, score, choice in rows["answers"]:
        by_visit[visit_id][item_id] = score if choice is None else choice
    return by_visit


def test_answers_leave_what_the_access_rules_rule_out(rows) -> None:  # type: ignore[no-untyped-def]
    instrument = real_instrument()
    guarded = [item.id for item in instrument.items if item.not_applicable is not None]
    assert guarded  # the instrument has access rules: mitid_login, digital_post
    no_mitid = 0
    for answers in _answers(rows).values():
        for item_id in guarded:
            others = {key: value for key, value in answers.items() if key != item_id}
            if item_id in not_applicable_items(instrument, others, {}):
                assert item_id not in answers, (item_id, answers)
        no_mitid += answers.get("mitid") in NO_MITID
        # the MitID app needs a phone or tablet
        assert not (answers.get("devices") == "none" and answers.get("mitid") == "app")
    assert no_mitid >= 30  # the rule was tested on enough citizens without MitID


def test_no_mitid_step_done_by_a_citizen_without_mitid(rows) -> None:  # type: ignore[no-untyped-def]
    library = load_flow_library(flow_folders(None))
    mitid_steps = {
        flow.id: {step.id for step in flow.steps if step.kind == StepKind.MITID}
        for flow in library.flows.values()
    }
    gives_mitid = {flow.id for flow in library.flows.values() if flow.komhen == "MitID"}
    assert {"mitid-borgerservice", "mitid-app-pas"} <= gives_mitid
    answers = _answers(rows)
    steps = defaultdict(list)
    for run_id, *step in rows["steps"]:
        steps[run_id].append(step)
    runs = defaultdict(list)
    for run in rows["runs"]:
        runs[run[1]].append(run)
    has_mitid: dict[object, bool] = {}  # per citizen (an anonymous visit: its own)
    checked, stopped, by_proxy = 0, 0, 0
    for visit_id, citizen_id in rows["visits"]:
        who = citizen_id if citizen_id is not None else ("visit", visit_id)
        mitid = answers.get(visit_id, {}).get("mitid")
        if mitid is not None:  # the assessment comes before the visit's errands
            has_mitid[who] = mitid not in NO_MITID
        for run_id, _, flow_id, status in runs[visit_id]:
            if has_mitid.get(who) is False and flow_id not in gives_mitid:
                for step_id, actor, basis, obstacle in steps[run_id]:
                    if step_id not in mitid_steps[flow_id]:
                        continue
                    checked += 1
                    assert actor not in BY_CITIZEN, (visit_id, flow_id, step_id, actor)
                    if actor == StepActor.STAFF.value:
                        assert basis in PROXY_BASES, (visit_id, flow_id, step_id, basis)
                        by_proxy += 1
                    stopped += obstacle == "no_mitid"
            if flow_id in gives_mitid and status == FlowRunStatus.COMPLETED.value:
                has_mitid[who] = True
    # the rule met real rows: runs stopped at the log-in, and proxies with a basis
    assert checked >= 20 and stopped >= 10 and by_proxy >= 1, (checked, stopped, by_proxy)
