"""A database with the sample series and the demo accounts, for AppTest and the browser."""

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tracker import api
from tracker.db import open_db

APP = Path(__file__).resolve().parents[2] / "app.py"


@pytest.fixture(scope="session")
def app_db_template(tmp_path_factory) -> Path:
    """The demo database built once (samples read, demo accounts hashed): each test gets
    its own copy of the file, the same state as building it again, in milliseconds."""
    path = tmp_path_factory.mktemp("app-template") / "app.sqlite"
    engine = open_db(f"sqlite:///{path}")
    api.load_samples_if_empty(engine)
    api.create_demo_users_if_none(engine)
    engine.dispose()
    return path


@pytest.fixture
def app_db(app_db_template, tmp_path, monkeypatch):
    path = tmp_path / "app.sqlite"
    shutil.copyfile(app_db_template, path)
    url = f"sqlite:///{path}"
    engine = open_db(url)
    monkeypatch.setenv("DATABASE_URL", url)
    yield engine
    engine.dispose()


def signed_in(role: str = "editor") -> AppTest:
    """The app as a signed-in person of `role` sees it (caches cleared between tests)."""
    import streamlit as st

    st.cache_data.clear()
    st.cache_resource.clear()
    names = {"viewer": "lanhdao", "editor": "thuky", "admin": "quantri"}
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.session_state["user"] = api.UserInfo(names[role], None, role)
    return at
