"""Qt's item data roles as plain numbers, for the code the first paint runs.

Reading any member of PySide's ``Qt`` namespace (``Qt.ItemDataRole.DisplayRole``) builds
all of its ≈ 100 Python enums at once: ≈ 40 ms of CPU, a fifth of what a bare window
needs to appear. A model's ``data`` gets its role as an int anyway, so the list on the
first screen compares with these, Qt's fixed values (``Qt::ItemDataRole`` in
qnamespace.h; tests/ui/test_roles.py compares them with PySide's).
"""

from __future__ import annotations

DISPLAY = 0
TOOL_TIP = 3
FONT = 6
ACCESSIBLE_TEXT = 11
USER = 0x0100
