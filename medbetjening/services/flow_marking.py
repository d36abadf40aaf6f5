"""Marking a step by key, in a few Core statements (one frame per keystroke, issue 22).

A mark is the counter's most frequent write: a clerk presses 1/2/3/0 once per step.
The ORM path (load the run, lazy-load its records, flush, expire) cost more CPU than
the commit's fsync, so a mark reads the run and its records in one SELECT after the
visit is claimed (the visit row is locked before its children, as every writer does:
``visit_gate``), writes the one record and the run with plain UPDATE/INSERT, and
answers with what it wrote; nothing is read back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from medbetjening.domain.flows import Flow
from medbetjening.domain.vocabulary import FlowRunStatus, StaffBasis, StepActor
from medbetjening.services.flow_run_info import FlowRunInfo, run_info
from medbetjening.storage.models import FlowRun, StepRecord

RUN = FlowRun.__table__
RECORD = StepRecord.__table__
_RECORD_COLUMNS = (
    RECORD.c.id,
    RECORD.c.step_index,
    RECORD.c.step_id,
    RECORD.c.actor,
    RECORD.c.obstacle,
    RECORD.c.obstacle_note,
    RECORD.c.staff_basis,
    RECORD.c.recorded_at,
)
# Built once with bound parameters: building a statement per key cost more CPU than
# running it. UPDATEs without values() set the columns their parameters name.
_LOAD = (
    select(*RUN.c, *(column.label(f"record_{column.name}") for column in _RECORD_COLUMNS))
    .select_from(RUN.outerjoin(RECORD, RECORD.c.flow_run_id == RUN.c.id))
    .where(RUN.c.id == bindparam("run"))
)
_INSERT_RECORD = insert(RECORD)
_UPDATE_RECORD = update(RECORD).where(RECORD.c.id == bindparam("record"))
_UPDATE_RUN = update(RUN).where(RUN.c.id == bindparam("run"))
_PAUSE_OTHERS = (
    update(RUN)
    .where(
        RUN.c.visit_id == bindparam("visit"),
        RUN.c.id != bindparam("run"),
        RUN.c.status == FlowRunStatus.ACTIVE.value,
    )
    .values(status=FlowRunStatus.PAUSED.value)
    .returning(RUN.c.id)
)


@dataclass
class StoredRun:
    """A flow run as stored, with its step records (plain rows, not ORM objects)."""

    run: Any
    records: list[Any]


def load_run(connection: Connection, run_id: int) -> StoredRun:
    """The run and its records in one statement (the run's columns repeat per record)."""
    rows = connection.execute(_LOAD, {"run": run_id}).all()
    records = [
        SimpleNamespace(**{c.name: getattr(row, f"record_{c.name}") for c in _RECORD_COLUMNS})
        for row in rows
        if row.record_id is not None
    ]
    return StoredRun(run=rows[0], records=records)


def write_mark(
    connection: Connection,
    stored: StoredRun,
    flow: Flow,
    index: int,
    who: StepActor,
    basis: StaffBasis | None,
    now: dt.datetime,
    next_step: int | None,
) -> SimpleNamespace:
    """Write the mark on step ``index`` and move the run to ``next_step`` (None: the run
    is completed); pause the visit's other active run when this one was not active.
    Returns the run as it now is (``run_info`` reads it) with the ids it paused."""
    run, step = stored.run, flow.steps[index]
    values = {
        "step_index": index,
        "actor": who.value,
        "staff_basis": basis.value if who == StepActor.STAFF and basis else None,
        "recorded_at": now,
    }
    records = [r for r in stored.records if r.step_id != step.id]
    old = next((r for r in stored.records if r.step_id == step.id), None)
    if old is None:
        connection.execute(_INSERT_RECORD, {"flow_run_id": run.id, "step_id": step.id, **values})
        records.append(
            SimpleNamespace(step_id=step.id, obstacle=None, obstacle_note=None, **values)
        )
    else:
        connection.execute(_UPDATE_RECORD, {"record": old.id, **values})
        records.append(SimpleNamespace(**{**vars(old), **values}))
    paused: tuple[int, ...] = ()
    if run.status != FlowRunStatus.ACTIVE.value:  # marking a paused run resumes it
        found = connection.execute(_PAUSE_OTHERS, {"visit": run.visit_id, "run": run.id})
        paused = tuple(found.scalars())
    done = next_step is None
    changes = {
        "status": (FlowRunStatus.COMPLETED if done else FlowRunStatus.ACTIVE).value,
        "current_step": len(flow.steps) if done else next_step,
        "ended_at": now if done else run.ended_at,
    }
    connection.execute(_UPDATE_RUN, {"run": run.id, **changes})
    now_run = SimpleNamespace(**{**run._asdict(), **changes}, steps=records)
    now_run.paused = paused
    return now_run


def marked_info(now_run: SimpleNamespace, step_count: int, visit_version: int) -> FlowRunInfo:
    return run_info(now_run, step_count, visit_version, now_run.paused)
