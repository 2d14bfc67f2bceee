"""`make serve` (the app for an office's network) and the upload preview's cache."""

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _listening_on_every_address(port: int) -> bool:
    """Whether a socket listens on 0.0.0.0 (or ::) at `port` (/proc/net/tcp, tcp6)."""
    for name, anywhere in (("tcp", "00000000"), ("tcp6", "0" * 32)):
        table = Path("/proc/net") / name
        if not table.exists():
            continue
        for line in table.read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port and address == anywhere:
                return True
    return False


@pytest.mark.skipif(shutil.which("make") is None, reason="no make on this machine")
def test_make_serve_answers_colleagues_on_every_address(app_db, tmp_path):
    port = _free_port()
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'app.sqlite'}"}
    process = subprocess.Popen(["make", "--no-print-directory", "serve", f"APP_PORT={port}"],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health",
                                            timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("make serve did not start")
        assert _listening_on_every_address(port)  # not only localhost: the office's network
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as response:
            assert response.status == 200 and b"<html" in response.read().lower()
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        output = process.communicate(timeout=30)[0].decode()
    assert "Colleagues open http://" in output and f":{port}" in output


def test_an_uploaded_file_is_read_once_however_often_the_page_redraws(monkeypatch):
    """A .doc goes through LibreOffice and a scan through OCR: the preview of one file is
    read once, not on every click of the page (app_pages.common.preview is cached)."""
    import streamlit as st

    from app_pages import common
    from tracker import api

    calls: list[str] = []
    real = api.preview_upload

    def counted(data: bytes, name: str):
        calls.append(name)
        return real(data, name)

    monkeypatch.setattr(api, "preview_upload", counted)
    st.cache_data.clear()
    text = "BÁO CÁO\nKết quả tháng 10/2026\n1. Đã tổ chức hội nghị.\n".encode()
    first = common.preview(text, "a.txt")
    again = common.preview(text, "a.txt")
    other = common.preview(text + "2. Đã ban hành kế hoạch.\n".encode(), "a.txt")
    assert calls == ["a.txt", "a.txt"]  # the same bytes once; changed bytes read again
    assert first.ok and again.report == first.report and other.ok
    st.cache_data.clear()
