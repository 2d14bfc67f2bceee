"""Shared fixtures: the real seed reports in ../shared/seeds and the dev gold set."""

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
GOLD = ROOT / "tests" / "fixtures" / "gold"

# pytest-xdist's workers start with COLUMNS=80 and LINES=24, which a rich Console made at
# import would keep for good; without them it reads the width each command is run with.
for _name in ("COLUMNS", "LINES"):
    os.environ.pop(_name, None)


def seed_path(prefix: str) -> Path:
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.fail(f"seed report {prefix} not found in {SEEDS} (../shared must sit beside the repo)")
    return matches[0]


def seed_text(prefix: str) -> str:
    from nlp.read import read_file

    return read_file(seed_path(prefix))


def gold(prefix: str) -> dict:
    return json.loads((GOLD / f"{prefix}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session", autouse=True)
def ocr_cache(tmp_path_factory):
    """One OCR cache for the session, empty at its start: a page is read by Tesseract the
    first time a test meets it, later tests get it from the cache as the product would,
    and ~/.cache is never touched. Tests of the cache itself set their own."""
    folder = tmp_path_factory.mktemp("ocr-cache")
    before = os.environ.get("TRACKER_OCR_CACHE")
    os.environ["TRACKER_OCR_CACHE"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("TRACKER_OCR_CACHE", None)
    else:
        os.environ["TRACKER_OCR_CACHE"] = before


@pytest.fixture(scope="session")
def seed_reports():
    """Every seed report extracted once per test session, keyed by its number."""
    from nlp import extract_report

    return {prefix: extract_report(seed_path(prefix)) for prefix in ("000", "001", "002", "003", "004")}


def cli(*args: str, columns: int = 200):
    """`tracker ARGS` run in this process (Typer's CliRunner), its stdout and stderr apart."""
    from typer.testing import CliRunner

    from tracker.cli import app

    return CliRunner(env={"COLUMNS": str(columns)}).invoke(app, list(args))
