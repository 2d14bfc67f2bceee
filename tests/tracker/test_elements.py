"""A lead-in and its atomic elements (the real Đề án 06 series): the lead-in is never
matched itself, its status rolls up from its elements' (a reviewer's included), it counts
once on the dashboard, and the lists and exports show both."""

import io

import openpyxl
import pytest
from sqlmodel import Session, select

from models import CommitmentStatus, Item, Link
from tests.nlp.test_realdata import real
from tracker import api
from tracker.db import session_scope
from tracker.followup.status import roll_up
from tracker.outputs.tables import HEADERS, to_xlsx
from tracker.queries import commitments
from tracker.review import set_status


@pytest.mark.parametrize(("elements", "status", "progress", "timeliness"), [
    ([("done", "on_time"), ("done", "late")], "done", 1.0, "late"),
    ([("done", "on_time"), ("carried_over", None), ("not_reported", None)], "in_progress",
     1 / 3, None),
    ([("in_progress", None), ("pending", "overdue")], "in_progress", 0.0, "overdue"),
    ([("not_reported", None), ("carried_over", None)], "carried_over", 0.0, None),
    ([("not_reported", None), ("pending", "in_time")], "not_reported", 0.0, "in_time"),
    ([("pending", None)], "pending", 0.0, None),
])
def test_a_lead_in_rolls_up_from_its_elements(elements, status, progress, timeliness):
    decision = roll_up(elements)
    assert (decision.status, decision.timeliness) == (status, timeliness)
    assert decision.progress == pytest.approx(progress)
    assert decision.explanation["elements"]["total"] == len(elements)


@pytest.fixture
def series(ingested):
    return ingested([real("lamdong/da06_2025-08_final.docx"),
                     real("lamdong/da06_2025-09_final.docx")])


def lead_ins(session) -> list[Item]:
    return list(session.exec(select(Item).where(
        Item.id.in_(select(Item.parent_id).where(Item.parent_id != None)))))  # noqa: E711


def test_lead_ins_are_judged_by_their_elements_and_count_once(series):
    with Session(series) as session:
        parents = lead_ins(session)
        assert len(parents) == 6  # three a month
        ids = [p.id for p in parents]
        assert not session.exec(select(Link).where(Link.commitment_id.in_(ids))).all()
        assert not session.exec(select(Link).where(Link.evidence_id.in_(ids))).all()
        rows = commitments(session)
        for parent in parents:
            elements = [r for r in rows if r.parent_id == parent.id]
            state = session.get(CommitmentStatus, parent.id)
            assert state.computed == roll_up([(e.status, e.timeliness) for e in elements]).status
            assert all(e.parent == parent.text for e in elements)
    board = api.dashboard(series, api.Filters())
    assert board.total == sum(r.counted for r in rows) == len(rows) - sum(
        r.parent_id is not None for r in rows)
    assert sum(board.counts.values()) == board.total


def test_a_reviewers_status_on_an_element_moves_its_lead_in(series):
    with Session(series) as session:
        parent = next(p for p in lead_ins(session) if p.text.startswith("Chủ động làm việc")
                      and session.get(CommitmentStatus, p.id).computed != "pending")
        elements = session.exec(select(Item.id).where(Item.parent_id == parent.id)).all()
    with session_scope(series) as session:
        for element in elements:
            set_status(session, element, "done", actor="thuky")
    with Session(series) as session:
        assert session.get(CommitmentStatus, parent.id).computed == "done"
        row = next(r for r in commitments(session) if r.id == parent.id)
    assert row.elements == (len(elements), len(elements))
    assert row.progress_text == f"{len(elements)}/{len(elements)} việc đã xong"


def test_the_excel_list_shows_the_lead_in_of_each_element(series):
    with Session(series) as session:
        rows = commitments(session)
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx(rows))).active
    column = HEADERS.index("Thuộc nhiệm vụ") + 1
    progress = HEADERS.index("Tiến độ") + 1
    for index, row in enumerate(rows, start=2):
        assert (sheet.cell(index, column).value or None) == row.parent
        if row.elements:
            assert sheet.cell(index, progress).value.endswith("việc đã xong")
