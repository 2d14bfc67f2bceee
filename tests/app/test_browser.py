"""End to end in a real headless browser (Debian's chromium driven by Playwright):
sign in, open the dashboard, accept a suggestion in the review queue, keep a screenshot."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from sqlmodel import Session, select

from models import AuditEvent, Link
from tests.app.conftest import APP

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture
def server(app_db, tmp_path):
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is required in CI (.ci/run installs it)")
        pytest.skip("no chromium on this machine (apt-get install chromium)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(APP), "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port),
         "--browser.gatherUsageStats", "false"],
        env={**os.environ}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.5)
    else:
        process.kill()
        pytest.fail("streamlit did not start: " + process.stdout.read().decode()[-2000:])
    yield url
    process.terminate()
    process.wait(timeout=20)


def launch(playwright):
    """Debian's chromium, headless, without the network chatter of a desktop browser."""
    return playwright.chromium.launch(
        executable_path=CHROMIUM, headless=True,
        args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
              "--disable-background-networking", "--disable-component-update",
              "--disable-sync"])


def test_sign_in_dashboard_and_accept_a_suggestion(server, app_db):
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with Session(app_db) as session:
        confirmed_before = len(session.exec(select(Link).where(Link.verdict == "confirmed")).all())
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(60_000)
        page.goto(server)
        page.get_by_label("Tên đăng nhập").fill("thuky")
        page.get_by_label("Mật khẩu").fill("demo-2024")
        page.get_by_role("button", name="Đăng nhập").click()
        expect(page.get_by_role("heading", name="Tổng quan")).to_be_visible()
        expect(page.get_by_text("Số nhiệm vụ")).to_be_visible()
        expect(page.get_by_text("Chuyển kỳ sau").first).to_be_visible()
        page.wait_for_timeout(2000)  # let the charts draw before the picture
        page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
        page.get_by_role("link", name="Rà soát").click()
        expect(page.get_by_role("heading", name="Rà soát minh chứng")).to_be_visible()
        expect(page.get_by_text("Đề xuất 1/")).to_be_visible()
        page.keyboard.press("n")  # the keyboard: on to the next suggestion ...
        expect(page.get_by_text("Đề xuất 2/")).to_be_visible()
        page.keyboard.press("a")  # ... and accept it
        expect(page.get_by_text("Đã chấp nhận minh chứng.")).to_be_visible()
        page.wait_for_timeout(1000)
        page.screenshot(path=str(ARTIFACTS / "review.png"), full_page=True)
        browser.close()
    with Session(app_db) as session:
        confirmed = session.exec(select(Link).where(Link.verdict == "confirmed")).all()
        assert len(confirmed) == confirmed_before + 1
        assert session.exec(select(AuditEvent).where(AuditEvent.action == "link.confirmed",
                                                     AuditEvent.actor == "thuky")).one()
    assert (ARTIFACTS / "review.png").stat().st_size > 10_000


def test_the_register_gives_a_units_urging_letter(server, app_db, tmp_path):
    import docx
    from playwright.sync_api import expect, sync_playwright

    from tests.tracker.test_directives import FIXTURES
    from tracker.ingest import ingest_paths

    ingest_paths(app_db, [FIXTURES / "tb_hoi_nghi.txt"])  # the server reads the same file
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": 1366, "height": 768}, accept_downloads=True)
        page.set_default_timeout(60_000)
        page.goto(server)
        page.get_by_label("Tên đăng nhập").fill("lanhdao")
        page.get_by_label("Mật khẩu").fill("demo-2024")
        page.get_by_role("button", name="Đăng nhập").click()
        expect(page.get_by_role("heading", name="Tổng quan")).to_be_visible()
        page.get_by_role("link", name="Nhiệm vụ được giao").click()
        expect(page.get_by_role("heading", name="Nhiệm vụ được giao")).to_be_visible()
        page.get_by_label("Đơn vị được giao").click()
        page.get_by_role("option", name="Sở Nội vụ").click()
        button = page.get_by_role("button", name="Tải công văn đôn đốc Sở Nội vụ (.docx)")
        with page.expect_download() as download:
            button.click()
        path = tmp_path / "cong-van.docx"
        download.value.save_as(path)
        page.screenshot(path=str(ARTIFACTS / "register.png"), full_page=True)
        browser.close()
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "Kính gửi: Sở Nội vụ." in text and "120/TB-UBND" in text


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_pages_fit_a_laptop_and_a_monitor(server, width, height):
    """Nothing runs off the right edge (no page-wide horizontal scroll) at either size;
    the screenshots are kept for a person to look at."""
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page(viewport={"width": width, "height": height})
        page.set_default_timeout(60_000)
        page.goto(server)
        page.get_by_label("Tên đăng nhập").fill("lanhdao")
        page.get_by_label("Mật khẩu").fill("demo-2024")
        page.get_by_role("button", name="Đăng nhập").click()
        for link, heading, name in ((None, "Tổng quan", "dashboard"),
                                    ("Nhiệm vụ", "Nhiệm vụ", "commitments")):
            if link:
                page.get_by_role("link", name=link, exact=True).click()
            expect(page.get_by_role("heading", name=heading)).to_be_visible()
            page.wait_for_timeout(2500)  # the charts and tables draw
            page.screenshot(path=str(ARTIFACTS / f"{name}-{width}x{height}.png"),
                            full_page=True)
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, f"{name} at {width}x{height} runs {overflow} px off the edge"
        browser.close()
