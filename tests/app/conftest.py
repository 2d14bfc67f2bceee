"""A database with the sample series and the demo accounts, for AppTest and the browser."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tracker import api
from tracker.db import open_db

APP = Path(__file__).resolve().parents[2] / "app.py"


@pytest.fixture
def app_db(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'app.sqlite'}"
    engine = open_db(url)
    api.load_samples_if_empty(engine)
    api.create_demo_users_if_none(engine)
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
