"""What leaves the system and what comes into it: the SQLite file readable by its owner
only, document text shown as text, exported cells that cannot run as formulas, and one
clear line (no secret) for a damaged database or a foreign URL (issue #12)."""

import csv
import io

import pytest
from sqlmodel import select

from models import Item
from tests.app.conftest import signed_in
from tests.tracker.conftest import SAMPLES
from tests.tracker.test_export import row
from tracker.db import open_db, session_scope
from tracker.documents.ingest import ingest_paths
from tracker.outputs.tables import HEADERS, to_csv


def test_the_sqlite_file_is_readable_by_its_owner_only(tmp_path):
    import stat

    database = tmp_path / "tracker.sqlite"
    engine = open_db(f"sqlite:///{database}")
    ingest_paths(engine, [SAMPLES / "2024_q1.txt"])
    engine.dispose()
    for path in [database, *tmp_path.glob("tracker.sqlite-*")]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_document_text_is_shown_as_text_not_markdown(app_db):
    from app_pages.common import plain

    hostile = "Tổ chức ![ảnh](http://example.invalid/pixel.png) và [bấm](http://x) <b>đậm</b>"
    with session_scope(app_db) as session:
        item = session.exec(select(Item).where(Item.kind == "commitment")
                            .order_by(Item.id)).first()
        item.text, item_id = hostile, item.id
    at = signed_in("viewer")
    at.session_state["detail_id"] = item_id
    at.switch_page("app_pages/detail.py")
    at.run()
    assert not at.exception
    shown = [m.value for m in at.markdown if "pixel" in m.value]
    assert shown == [f"### {plain(hostile)}"]
    assert plain("![") == "\\!\\["  # escaped, so never an image
    assert "<b>" not in plain(hostile)


def test_csv_has_a_bom_and_neutralised_cells():
    data = to_csv([row()])
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == HEADERS
    assert rows[1][1].startswith("'=") and rows[1][5] == "30/06/2024"
    assert rows[1][HEADERS.index("Trạng thái")] == "Đã hoàn thành"


def test_csv_neutralises_a_leading_tab_or_carriage_return():
    for text in ("\t=cmd|' /C calc'!A0", "\r=1+1", "@SUM(A1)", "-2+3"):
        cells = list(csv.reader(io.StringIO(to_csv([row(text=text)]).decode("utf-8-sig"))))
        assert cells[1][1] == "'" + text


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: (p.write_bytes(b"not a database at all" * 50), f"sqlite:///{p}")[1],
     "is not a usable SQLite database"),
    (lambda p: "mysql://user:secret@localhost/tracker", r"unsupported database mysql://user:\*\*\*@"),
])
def test_a_damaged_file_or_an_unsupported_url_is_one_clear_line(tmp_path, make, message):
    from tracker.db import DatabaseError, open_db

    with pytest.raises(DatabaseError, match=message) as failed:
        open_db(make(tmp_path / "hong.sqlite"))
    assert "\n" not in str(failed.value) and "secret" not in str(failed.value)
