"""`tracker ingest | status | list | export | review` as a person or a script runs them."""

import json
import subprocess
import sys

import openpyxl
import pytest

from tests.conftest import cli
from tests.tracker.conftest import SAMPLES


def tracker(*args, db, check=True):
    """The command run in this process, as `tracker ARGS --db DB` runs it."""
    result = cli(*args, "--db", db)
    if check and result.exit_code != 0:
        raise AssertionError(result.stderr or result.output)
    return result


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'tracker.sqlite'}"
    result = tracker("ingest", str(SAMPLES), db=url)
    assert "4 added, 0 replaced an earlier version, 0 re-extracted, 0 already stored, 0 failed" in result.stdout
    return url


def test_ingest_again_says_already_stored(db):
    result = tracker("ingest", str(SAMPLES / "2024_q1.txt"), db=db)
    assert "0 added, 0 replaced an earlier version, 0 re-extracted, 1 already stored, 0 failed" in result.stdout


def test_status_table(db):
    wide = cli("status", "--db", db).stdout  # 200 columns
    assert "Sở Nội vụ tỉnh Hà Nam" in wide
    assert "Tỷ lệ" in wide and "82%" in wide
    # a narrow terminal wraps the headers and the agency's name, and crops no column
    narrow = cli("status", "--db", db, columns=80).stdout
    rows = [line for line in narrow.splitlines() if line.startswith(("┃", "│"))]
    assert rows and all(line.endswith(("┃", "│")) for line in rows)
    assert "82%" in narrow and "Sở Nội vụ tỉnh" in narrow  # not a word or two a line


def test_export_all_formats(db, tmp_path):
    tracker("export", "--format", "xlsx", "--out", str(tmp_path / "list.xlsx"), db=db)
    assert openpyxl.load_workbook(tmp_path / "list.xlsx").active.max_row == 28
    tracker("export", "--format", "json", "--out", str(tmp_path / "list.json"),
            "--status", "pending", db=db)
    rows = json.loads((tmp_path / "list.json").read_text(encoding="utf-8"))
    assert len(rows) == 4 and {r["status"] for r in rows} == {"pending"}
    tracker("export", "--format", "csv", "--out", str(tmp_path / "list.csv"),
            "--period", "quý II năm 2024", db=db)
    assert (tmp_path / "list.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert not list(tmp_path.glob("*.part"))


def test_review_commands(db, tmp_path):
    listing = tracker("list", "--status", "not_reported", db=db).stdout
    # a weak candidate beside "Chưa thấy báo cáo" is offered as a suggestion, not as proof
    assert "Chưa thấy báo cáo │ Gợi ý: Phần mềm quản lý hồ sơ" in listing
    first_id = listing.split("│")[1].strip() if "│" in listing else None
    assert first_id and first_id.isdigit()
    tracker("review", "set-status", first_id, "done", "--note", "đã xong", "--by", "thu ký", db=db)
    tracker("review", "tag", first_id, "ưu tiên", db=db)
    tracker("export", "--format", "json", "--out", str(tmp_path / "t.json"), "--tag", "ưu tiên",
            db=db)
    (row,) = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert row["status"] == "done" and row["reviewed_status"] == "done" and row["note"] == "đã xong"
    tracker("review", "clear-status", first_id, db=db)
    tracker("review", "untag", first_id, "ưu tiên", db=db)


def test_relink_keeps_reviews_and_statuses(db, tmp_path):
    def snapshot():
        tracker("export", "--format", "json", "--out", str(tmp_path / "s.json"), db=db)
        return {(r["text"], r["status"]) for r in
                json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))}

    listing = tracker("list", "--status", "in_progress", db=db).stdout
    chosen = listing.split("│")[1].strip()
    tracker("review", "set-status", chosen, "carried_over", "--note", "rà soát", db=db)
    before = snapshot()
    result = tracker("relink", db=db)
    assert "27 commitments relinked, 0 computed statuses changed" in result.stdout
    assert snapshot() == before      # same rules, same links: nothing moves
    one = tracker("relink", "--agency", "Sở Nội vụ tỉnh Hà Nam", db=db)
    assert "27 commitments relinked" in one.stdout
    tracker("review", "clear-status", chosen, db=db)


@pytest.mark.parametrize(("args", "message"), [
    (("relink", "--agency", "Sở Không Có"), "unknown agency"),
    (("status", "--agency", "Sở Không Có"), "unknown agency"),
    (("export", "--out", "/nonexistent/dir/x.xlsx"), "cannot write /nonexistent/dir/x.xlsx"),
    (("list", "--status", "finished"), "unknown status"),
    (("list", "--period", "hôm qua"), "not a period"),
    (("list", "--unit", "Sở Không Có"), "unknown unit"),
    (("review", "confirm", "999999"), "no link 999999"),
    (("review", "edit", "1", "--deadline", "30/6"), "not a date"),
    (("ingest", "/nonexistent/folder"), "no such file"),
])
def test_bad_input_is_one_clear_line(db, args, message):
    result = tracker(*args, db=db, check=False)
    assert result.exit_code != 0  # an exit with a message, no exception escaping:
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert message in result.stderr or message in result.stdout
    assert "Traceback" not in result.stderr


def test_unreachable_database_is_one_clear_line():
    # the one end-to-end run, as a separate process: `python -m tracker.cli`
    result = subprocess.run([sys.executable, "-m", "tracker.cli", "status", "--db",
                             "postgresql://u:secret@127.0.0.1:1/x"],
                            capture_output=True, text=True, env={"COLUMNS": "200", "PATH": ""})
    assert result.returncode == 2
    assert "cannot use the database" in result.stderr and "secret" not in result.stderr
    assert result.stderr.count("\n") == 1
