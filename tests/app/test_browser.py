"""End to end in a real headless browser (Debian's chromium driven by Playwright):
sign in, open the dashboard, accept a suggestion in the review queue, keep a screenshot."""

import os
import re
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
from tracker.db import open_db

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
EXPECT_TIMEOUT = 30_000  # ms; a wait that ends as soon as the element shows, so no slower when all is well


@pytest.fixture(scope="module")
def served_db(app_db_template, tmp_path_factory):
    """One demo database for the module's server; each test counts what it changed."""
    path = tmp_path_factory.mktemp("served") / "app.sqlite"
    shutil.copyfile(app_db_template, path)
    engine = open_db(f"sqlite:///{path}")
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def server(served_db):
    """One Streamlit server for the module (its start and first imports paid once)."""
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is required in CI (make install installs it)")
        pytest.skip("no chromium on this machine (apt-get install chromium)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(APP), "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port),
         "--browser.gatherUsageStats", "false"],
        env={**os.environ, "DATABASE_URL": str(served_db.url)},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
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


@pytest.fixture(scope="module")
def browser(server):
    """Debian's chromium, started once for the module; each test opens its own context."""
    from playwright.sync_api import expect, sync_playwright

    # The shared machines are noisy: signing in hashes a password and a page can take more
    # than expect's default 5 s to draw, which failed CI once though nothing was wrong.
    expect.set_options(timeout=EXPECT_TIMEOUT)
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


def settle(page) -> None:
    """Wait until the app's script has run to its end and every chart has drawn."""
    page.wait_for_function("""() => {
        const app = document.querySelector('[data-testid=stApp]');
        if (!app || app.getAttribute('data-test-script-state') === 'running') return false;
        return [...document.querySelectorAll('[data-testid=stVegaLiteChart]')]
            .every(chart => chart.querySelector('canvas, svg'));
    }""")


def launch(playwright):
    """Debian's chromium, headless, without the network chatter of a desktop browser."""
    return playwright.chromium.launch(
        executable_path=CHROMIUM, headless=True,
        args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
              "--disable-background-networking", "--disable-component-update",
              "--disable-sync"])


def signed_in_page(browser, server: str, username: str, *, width: int = 1366,
                   height: int = 768, timeout: int = 60_000):
    """A new page of the app, signed in as one of the demo accounts, on the dashboard."""
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": width, "height": height},
                                  accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(timeout)
    page.goto(server)
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill("demo-2024")
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.get_by_role("heading", name="Tổng quan")).to_be_visible(timeout=timeout)
    return page


def test_sign_in_dashboard_and_accept_a_suggestion(server, browser, served_db):
    from playwright.sync_api import expect

    ARTIFACTS.mkdir(exist_ok=True)

    def confirmed() -> tuple[int, int]:
        with Session(served_db) as session:
            return (len(session.exec(select(Link).where(Link.verdict == "confirmed")).all()),
                    len(session.exec(select(AuditEvent).where(
                        AuditEvent.action == "link.confirmed",
                        AuditEvent.actor == "thuky")).all()))

    links_before, events_before = confirmed()
    page = signed_in_page(browser, server, "thuky", width=1400, height=1000)
    # (the metric's label; the units table's hidden header says the same words)
    expect(page.get_by_test_id("stMetricLabel").filter(has_text="Số nhiệm vụ")).to_be_visible()
    expect(page.get_by_text("Chuyển kỳ sau").first).to_be_visible()
    settle(page)  # the charts drawn before the picture
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
    page.get_by_role("link", name="Rà soát").click()
    expect(page.get_by_role("heading", name="Rà soát minh chứng")).to_be_visible()
    expect(page.get_by_text("Đề xuất 1/")).to_be_visible()
    settle(page)  # the buttons take their keyboard shortcuts once the page is drawn
    page.keyboard.press("n")  # the keyboard: on to the next suggestion ...
    expect(page.get_by_text("Đề xuất 2/")).to_be_visible()
    settle(page)
    page.keyboard.press("a")  # ... and accept it
    expect(page.get_by_text("Đã chấp nhận minh chứng.")).to_be_visible()
    settle(page)
    page.screenshot(path=str(ARTIFACTS / "review.png"), full_page=True)
    page.context.close()
    assert confirmed() == (links_before + 1, events_before + 1)
    assert (ARTIFACTS / "review.png").stat().st_size > 10_000


def test_a_browser_stays_signed_in_after_a_reload_and_on_a_link_until_it_signs_out(
        server, browser):
    from playwright.sync_api import expect

    page = signed_in_page(browser, server, "thuky")
    deadline = time.time() + 20  # the cookie is set by the page's script
    while not any(c["name"] == "tracker_session" for c in page.context.cookies()):
        assert time.time() < deadline, "no session cookie"
        page.wait_for_timeout(200)
    cookie = next(c for c in page.context.cookies() if c["name"] == "tracker_session")
    assert cookie["sameSite"] == "Strict" and cookie["expires"] > time.time() + 3600
    page.reload()
    expect(page.get_by_role("heading", name="Tổng quan")).to_be_visible()
    linked = page.context.new_page()  # a link opened in a new tab
    linked.goto(f"{server}/commitments")
    expect(linked.get_by_role("heading", name="Nhiệm vụ", exact=True)).to_be_visible()
    linked.close()
    page.get_by_role("button", name="Đăng xuất").click()
    expect(page.get_by_label("Tên đăng nhập")).to_be_visible()
    page.reload()
    expect(page.get_by_label("Tên đăng nhập")).to_be_visible()  # signed out for good
    page.context.close()


def test_the_register_gives_a_units_urging_letter(server, browser, served_db, tmp_path):
    import docx
    from playwright.sync_api import expect

    from tests.tracker.test_directives import FIXTURES
    from tracker.documents.ingest import ingest_paths

    ingest_paths(served_db, [FIXTURES / "tb_hoi_nghi.txt"])  # the server reads the same file
    ARTIFACTS.mkdir(exist_ok=True)
    page = signed_in_page(browser, server, "lanhdao")
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
    page.context.close()
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "Kính gửi: Sở Nội vụ." in text and "120/TB-UBND" in text


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_pages_fit_a_laptop_and_a_monitor(server, browser, width, height):
    """Nothing runs off the right edge (no page-wide horizontal scroll) at either size;
    the screenshots are kept for a person to look at."""
    from playwright.sync_api import expect

    ARTIFACTS.mkdir(exist_ok=True)
    page = signed_in_page(browser, server, "lanhdao", width=width, height=height)
    for link, heading, name in ((None, "Tổng quan", "dashboard"),
                                ("Nhiệm vụ", "Nhiệm vụ", "commitments")):
        if link:
            page.get_by_role("link", name=link, exact=True).click()
        expect(page.get_by_role("heading", name=heading)).to_be_visible()
        settle(page)  # the charts and tables drawn
        page.screenshot(path=str(ARTIFACTS / f"{name}-{width}x{height}.png"),
                        full_page=True)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{name} at {width}x{height} runs {overflow} px off the edge"
    page.context.close()


ENGLISH = re.compile(r"\b(?:None|null|True|False|Traceback|Error|Exception|pending|"
                     r"in_progress|carried_over|not_reported|status\.set|undefined)\b")


def test_a_walk_through_with_real_reports_in_vietnamese_only(server, browser, served_db,
                                                               tmp_path):
    """Upload the real August (.doc draft), September and October reports and October's
    scanned cover letter, accept five suggestions by keyboard, download Excel and Word."""
    import docx
    import openpyxl
    from playwright.sync_api import expect

    from tests.nlp.test_realdata import real

    def confirmations() -> int:
        with Session(served_db) as session:
            return len(session.exec(select(AuditEvent).where(
                AuditEvent.action == "link.confirmed")).all())

    before = confirmations()
    files = [str(real(f"lamdong/{name}")) for name in (
        "da06_2025-08_draft.doc", "da06_2025-09_final.docx", "da06_2025-10_final.docx",
        "da06_2025-10_cover-letter_scan.pdf")]
    seen: list[str] = []
    expect.set_options(timeout=120_000)  # LibreOffice and OCR on a fresh machine take time
    page = signed_in_page(browser, server, "thuky", timeout=120_000)
    page.get_by_role("link", name="Báo cáo", exact=True).click()
    expect(page.get_by_role("heading", name="Báo cáo", exact=True)).to_be_visible()
    page.locator('input[type="file"]').set_input_files(files)
    expect(page.get_by_text("da06_2025-10_cover-letter_scan.pdf").first).to_be_visible()
    page.get_by_role("button", name="Lưu các báo cáo").click()
    expect(page.get_by_text("da06_2025-10_final.docx: đã lưu")).to_be_visible()
    expect(page.get_by_text("da06_2025-10_cover-letter_scan.pdf: đã lưu")).to_be_visible()
    seen.append(page.locator("[data-testid=stMain]").inner_text())
    page.get_by_role("link", name="Rà soát").click()
    expect(page.get_by_role("heading", name="Rà soát minh chứng")).to_be_visible()
    expect(page.get_by_text("Đề xuất 1/")).to_be_visible()
    settle(page)  # the page takes its keyboard shortcuts once drawn
    for decided in range(1, 6):
        done = page.get_by_text(f"đã quyết định {decided} trong lần này")
        page.keyboard.press("a")
        try:
            expect(done).to_be_visible(timeout=15_000)
        except AssertionError:  # a key pressed while the page was redrawn: once more
            expect(page.get_by_text(f"đã quyết định {decided - 1} trong lần này")
                   ).to_be_visible()
            page.keyboard.press("a")
            expect(done).to_be_visible()
    seen.append(page.locator("[data-testid=stMain]").inner_text())
    page.get_by_role("link", name="Xuất danh sách").click()
    expect(page.get_by_role("heading", name="Xuất danh sách theo dõi")).to_be_visible()
    seen.append(page.locator("[data-testid=stMain]").inner_text())
    saved = {}
    for label, name in (("Tải Excel (.xlsx)", "list.xlsx"), ("Tải Word (.docx)", "list.docx")):
        with page.expect_download() as download:
            page.get_by_role("button", name=label).click()
        saved[name] = tmp_path / name
        download.value.save_as(saved[name])
    page.get_by_role("link", name="Tổng quan").click()
    expect(page.get_by_role("heading", name="Tổng quan")).to_be_visible()
    settle(page)
    seen.append(page.locator("[data-testid=stMain]").inner_text())
    page.context.close()
    expect.set_options(timeout=EXPECT_TIMEOUT)
    assert confirmations() == before + 5
    sheet = openpyxl.load_workbook(saved["list.xlsx"]).active
    cells = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert "Công an tỉnh" in cells  # the real series' units are in the follow-up list
    words = " ".join(p.text for p in docx.Document(str(saved["list.docx"])).paragraphs)
    assert words.strip()
    for text in seen:
        assert not ENGLISH.search(text), ENGLISH.search(text).group()
