"""Flow walker actions that open a dialog first: an obstacle, and stopping a flow.

Functions over the walker (kept apart so ``flow_walker.py`` stays small); their texts
keep the walker's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from medbetjening.services.errors import ServiceError
from medbetjening.ui.common.labels import label
from medbetjening.ui.visit.obstacle_dialog import THEN_END, THEN_PAUSE, ObstacleDialog

ROLE_ID = Qt.ItemDataRole.UserRole

if TYPE_CHECKING:
    from medbetjening.ui.visit.flow_walker import FlowWalker


def ask_obstacle(walker: FlowWalker) -> None:
    run = walker._usable_run()
    if run is None or walker.flow is None:
        return
    index = walker.step_index
    dialog = ObstacleDialog(walker.flow.steps[index].citizen.get(walker.language), walker)
    dialog.accepted.connect(lambda: _save_obstacle(walker, dialog, run.id, index))
    dialog.finished.connect(dialog.deleteLater)
    walker.obstacle_dialog = dialog
    dialog.open()


def _save_obstacle(walker: FlowWalker, dialog: ObstacleDialog, run_id: int, index: int) -> None:
    flows, save, note = walker.services.flows, walker.visit_version.save, dialog.note.text()
    try:
        run = save(
            flows.mark_obstacle, walker.actor, run_id, dialog.obstacle, note, step_index=index
        )
        if dialog.then_action == THEN_PAUSE:
            run = save(flows.pause, walker.actor, run_id)
        elif dialog.then_action == THEN_END:
            run = save(flows.end, walker.actor, run_id)
    except ServiceError as error:
        walker._say(str(error), error=error)
        return
    walker._changed(run)
    walker.steps_list.setCurrentRow(index)
    walker._say(
        QCoreApplication.translate("FlowWalker", "Gemt: forhindring på trin %1 – %2")
        .replace("%1", str(index + 1))
        .replace("%2", label("obstacle", dialog.obstacle.value))
    )
    walker.steps_list.setFocus()


def confirm_end(walker: FlowWalker) -> None:
    """Stop the flow only after a yes (No is the default: Enter keeps it going)."""
    if walker._usable_run() is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("FlowWalker", "Stop forløbet?"),
        QCoreApplication.translate(
            "FlowWalker", "Stop forløbet her? Det kan genoptages under besøget."
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        walker,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.accepted.connect(lambda: _end_confirmed(walker))
    box.finished.connect(box.deleteLater)
    walker.end_confirm = box
    box.open()


def _end_confirmed(walker: FlowWalker) -> None:
    flow = walker.flow
    walker._change(
        walker.services.flows.end, QCoreApplication.translate("FlowWalker", "Forløbet er stoppet.")
    )
    offered = [a.flow for a in (flow.alternatives if flow else ()) if a.flow]
    if offered:  # a stopped flow offers its alternatives; Enter starts the first
        walker.recommend(offered)
        current = walker.results.currentItem()
        if current is not None:
            walker._say(
                QCoreApplication.translate(
                    "FlowWalker", "Forløbet er stoppet. Alternativ: %1 – Enter starter det."
                ).replace("%1", current.text())
            )
            walker.results.setFocus()


def recommend_route(walker: FlowWalker) -> None:
    """Preselect the flow that carries out the assessment's route: Enter starts it."""
    assessment = walker.services.assessment
    try:
        state = assessment.current(walker.actor, walker.visit_id)
        route = assessment.instrument.route(state.route or "")
    except ServiceError:
        return  # no usable instrument: the plain list is still there
    if route is None or not route.flow:
        return
    walker.recommend([route.flow])
    current = walker.results.currentItem()
    if current is not None and current.data(ROLE_ID) == route.flow:
        walker._say(
            QCoreApplication.translate("FlowWalker", "Anbefalet: %1 – Enter starter det.").replace(
                "%1", current.text()
            )
        )
