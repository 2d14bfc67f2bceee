"""One logging set-up for the CLI and the app: who did what, failures with the file's
name, never a password."""

import logging
import subprocess
import sys

from tests.tracker.conftest import SAMPLES
from tracker.accounts import add_user, authenticate


def test_the_cli_logs_what_it_did_and_what_failed_by_file(tmp_path):
    log_file = tmp_path / "tracker.log"
    bad = tmp_path / "hong.docx"
    bad.write_bytes(b"PK\x03\x04 not really a docx")
    db = f"sqlite:///{tmp_path / 'tracker.sqlite'}"
    env = {"PATH": "", "TRACKER_LOG_FILE": str(log_file), "COLUMNS": "200"}
    for args in (["ingest", str(bad), str(SAMPLES / "2024_q1.txt")],
                 ["user", "add", "thuky2", "--role", "editor", "--password", "Mat-khau-9x!"]):
        subprocess.run([sys.executable, "-m", "tracker.cli", *args, "--db", db],
                       capture_output=True, text=True, env=env)
    text = log_file.read_text(encoding="utf-8")
    assert "WARNING tracker.documents.ingest: ingest failed: hong.docx: not a valid .docx file" in text
    assert "INFO tracker.documents.ingest: ingest 2024_q1.txt: added" in text
    assert "INFO tracker.audit: cli: user.add user" in text
    assert "Mat-khau-9x!" not in text and "argon2" not in text


def test_failed_sign_ins_are_logged_without_the_password(engine, caplog):
    from tracker.db import session_scope

    with session_scope(engine) as session:
        add_user(session, "lanhdao2", "Dung-mat-khau-1", role="viewer", actor="cli")
    with caplog.at_level(logging.INFO, logger="tracker"), session_scope(engine) as session:
        assert authenticate(session, "lanhdao2", "sai-mat-khau-7") is None
        assert authenticate(session, "khong-co-ai", "sai-mat-khau-8") is None
    assert "sign-in failed for 'lanhdao2' (1 in a row)" in caplog.text
    assert "sign-in refused for 'khong-co-ai' (no such account)" in caplog.text
    assert "sai-mat-khau" not in caplog.text
