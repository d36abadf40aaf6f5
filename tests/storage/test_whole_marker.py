"""The ".whole" marker is read as text first (no json import at a start), and a marker
written another way (spacing, key order) still counts; a changed file never does."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

from medbetjening.storage.integrity import known_whole, mark_whole, marker_path


def _file(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "a.sqlite"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE t (x)")
    return path


def test_marker_is_json_and_read_either_way(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _file(tmp_path)
    assert not known_whole(path)
    mark_whole(path)
    assert known_whole(path)
    marker = marker_path(path)
    identity = json.loads(marker.read_text(encoding="utf-8"))
    assert set(identity) == {"size", "mtime_ns", "inode"}
    reordered = dict(reversed(list(identity.items())))
    marker.write_text(json.dumps(reordered, indent=2), encoding="utf-8")
    assert known_whole(path)
    marker.write_text(json.dumps({**identity, "size": identity["size"] + 1}), encoding="utf-8")
    assert not known_whole(path)
    marker.write_text("not json", encoding="utf-8")
    assert not known_whole(path)
