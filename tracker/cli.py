"""The `tracker` command line: extract, ingest, relink, status, list, review, export."""

import json
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

app = typer.Typer(help="Follow up on commitments in Vietnamese work reports.",
                  no_args_is_help=True, add_completion=False)
review_app = typer.Typer(help="Review actions for scripts: confirm, reject, link, status, "
                              "edit, tag, split, merge.", no_args_is_help=True)
app.add_typer(review_app, name="review")
user_app = typer.Typer(help="Accounts for the app.", no_args_is_help=True)
app.add_typer(user_app, name="user")
out = Console()
err = Console(stderr=True)

DbOption = Annotated[str | None, typer.Option(
    "--db", help="Database URL (default: $DATABASE_URL, else data/tracker.sqlite)")]
ActorOption = Annotated[str, typer.Option("--by", help="Who makes the change (audit trail)")]
AgencyOption = Annotated[str | None, typer.Option("--agency", help="Only this agency")]
PeriodOption = Annotated[str | None, typer.Option("--period",
                                                  help="e.g. 2024 or 'quý II năm 2024'")]
StatusOption = Annotated[str | None, typer.Option("--status", help="Only this status")]
FieldOption = Annotated[str | None, typer.Option("--field", help="Only this field")]
TagOption = Annotated[str | None, typer.Option("--tag", help="Only commitments with this tag")]
UnitOption = Annotated[str | None, typer.Option(
    "--unit", help="Only the tasks of this responsible unit, e.g. 'Sở Nội vụ'")]


class Format(StrEnum):
    json = "json"
    table = "table"


class ExportFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"
    json = "json"
    docx = "docx"


def fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _write(out_path: Path, data: bytes) -> None:
    """The whole file or nothing: written beside it, then moved into place."""
    temporary = out_path.with_name(out_path.name + ".part")
    try:
        temporary.write_bytes(data)
        temporary.replace(out_path)  # never a half-written file at the destination
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise fail(f"cannot write {out_path}: {exc.strerror or exc}") from None


def _engine(db: str | None):
    from tracker.db import DatabaseError, open_db

    try:
        return open_db(db)
    except DatabaseError as exc:
        raise fail(str(exc)) from None


@app.callback()
def main() -> None:
    """Follow up on commitments in Vietnamese work reports."""
    from tracker.logs import configure

    configure()


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="A report: .txt, .docx or .pdf")],
    format: Annotated[Format, typer.Option("--format", "-f", help="json or table")] = Format.json,
    agency: Annotated[str | None,
                      typer.Option(help="Override the agency found in the text")] = None,
) -> None:
    """Extract a report's metadata, commitments and actions."""
    from nlp import ReadError, extract_report

    try:
        report = extract_report(file, agency=agency)
    except ReadError as exc:
        raise fail(str(exc)) from None
    for warning in report.warnings:
        err.print(f"[yellow]warning:[/yellow] {file.name}: {warning}", highlight=False)
    if format is Format.json:
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    _print_report(report, file)


def _print_report(report, file: Path) -> None:
    from tracker.labels import CUE

    meta = report.to_dict()["report"]
    out.print(f"[bold]{file.name}[/bold]: {meta['title'] or '(no title)'}")
    out.print(f"  Số: {meta['number'] or '—'}   Nơi ban hành: {meta['place'] or '—'}   "
              f"Ngày: {meta['issued'] or '—'}")
    out.print(f"  Cơ quan: {meta['agency'] or '—'}")
    period, following = meta["period"], meta["next_period"]
    out.print(f"  Kỳ báo cáo: {period['label'] or '—'} ({period['start']} → {period['end']})")
    out.print(f"  Kỳ tới: {following['label'] or '—'} "
              f"({following['start']} → {following['end']})")
    for kind, title in (("commitment", "Nhiệm vụ kỳ tới"), ("directive", "Nhiệm vụ được giao"),
                        ("action", "Kết quả đã thực hiện")):
        items = [item for item in report.items if item.kind == kind]
        table = Table(title=f"{title} ({len(items)})", expand=True)
        table.add_column("#", justify="right", width=3)
        table.add_column("Lĩnh vực", max_width=24)
        table.add_column("Nội dung", ratio=1)
        table.add_column("Tín hiệu", width=10)
        for number, item in enumerate(items, start=1):
            table.add_row(str(number), item.field or "", item.text, CUE.get(item.cue, item.cue))
        out.print(table)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Report files or folders of them")],
    agency: Annotated[str | None, typer.Option(help="The agency that sent them")] = None,
    db: DbOption = None,
) -> None:
    """Store reports and bring links and statuses up to date."""
    from tracker.db import DatabaseError
    from tracker.documents.ingest import expand, ingest_paths

    files = expand(paths)
    if not files:
        raise fail("no report files found (.txt, .doc, .docx, .pdf)")
    engine = _engine(db)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    pdfs = any(f.suffix.lower() == ".pdf" for f in files)  # a scan may take a while
    with Progress(*columns, console=err, transient=True,
                  disable=len(files) < 2 and not pdfs) as progress:
        task = progress.add_task("Đang nhập báo cáo", total=len(files))
        scans: dict[str, TaskID] = {}

        def page_read(name: str, done: int, total: int) -> None:
            if name not in scans:
                scans[name] = progress.add_task(f"  đọc bản quét {name}", total=total)
            progress.update(scans[name], completed=done)
            if done == total:
                progress.remove_task(scans.pop(name))

        try:
            summary = ingest_paths(engine, files, agency=agency,
                                   on_done=lambda _: progress.advance(task), on_page=page_read)
        except DatabaseError as exc:
            raise fail(str(exc)) from None
    table = Table(title="Kết quả nhập báo cáo")
    for column in ("Tệp", "Kết quả", "Nhiệm vụ", "Kết quả đã làm", "Ghi chú"):
        table.add_column(column)
    states = {"added": "đã nhập", "replaced": "thay bản trước", "kept": "giữ bản đã lưu",
              "unchanged": "đã có, bỏ qua",
              "re-extracted": "trích xuất lại", "failed": "[red]lỗi[/red]"}
    for o in summary.outcomes:
        note = "; ".join(filter(None, [o.message, f"[yellow]{o.warning}[/yellow]"
                                       if o.warning else ""]))
        table.add_row(o.source, states[o.state], str(o.commitments or ""), str(o.actions or ""),
                      note)
    out.print(table)
    warned = sum(bool(o.warning) for o in summary.outcomes)
    out.print(f"{summary.count('added')} added, {summary.count('replaced')} replaced an earlier "
              f"version, "
              + (f"{summary.count('kept')} older than the version stored (set aside), "
                 if summary.count("kept") else "")
              + f"{summary.count('re-extracted')} re-extracted, "
              f"{summary.count('unchanged')} already stored, {summary.count('failed')} failed"
              + (f", {warned} with a warning" if warned else ""))
    if summary.count("failed"):
        raise typer.Exit(1)


@app.command()
def relink(
    agency: AgencyOption = None,
    db: DbOption = None,
) -> None:
    """Link every stored commitment again, e.g. after the linking rules changed.

    Reviewers' decisions (confirmed, rejected or added links, set statuses) stay."""
    from tracker.api import filter_options
    from tracker.db import DatabaseError
    from tracker.documents.ingest import IngestError, relink_all

    engine = _engine(db)
    count = len(filter_options(engine)["agencies"])  # the same count the app's bar uses
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True,
                  disable=agency is not None or count < 2) as progress:
        task = progress.add_task("Đang liên kết lại", total=count)
        try:
            summary = relink_all(engine, agency=agency,
                                 on_done=lambda _: progress.advance(task))
        except (IngestError, DatabaseError) as exc:
            raise fail(str(exc)) from None
    out.print(f"{summary.commitments} commitments relinked, {summary.changed} computed "
              "statuses changed")


@app.command()
def reports(db: DbOption = None) -> None:
    """The stored reports with their ids (for `tracker delete`)."""
    from tracker import api

    rows = api.reports(_engine(db))
    if not rows:
        out.print("No reports stored yet: run `tracker ingest` first.")
        return
    table = Table(title="Báo cáo đã nhập")
    for column in ("Mã", "Tệp", "Cơ quan", "Kỳ", "Nhiệm vụ", "Nhập lúc"):
        table.add_column(column)
    for row in rows:
        table.add_row(str(row["id"]), row["source"], row["agency"], row["period"] or "—",
                      str(row["commitments"]), row["ingested_at"])
    out.print(table)


@app.command()
def delete(
    report_id: Annotated[int, typer.Argument(help="The report's id (see `tracker reports`)")],
    by: ActorOption = "cli",
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation")] = False,
    db: DbOption = None,
) -> None:
    """Delete a report and all that derives from it (its tasks, results, links, statuses,
    tags); the audit trail records it. The agency's tasks are judged again without it."""
    from sqlmodel import Session

    from tracker.db import DatabaseError, session_scope
    from tracker.documents.ingest import IngestError, delete_report
    from tracker.queries import report_source

    engine = _engine(db)
    with Session(engine) as session:
        name = report_source(session, report_id)
    if name is None:
        raise fail(f"no report {report_id} (see `tracker reports`)")
    if not yes and not typer.confirm(f"Delete report {report_id} ({name}) and everything "
                                     "extracted from it?", err=True):
        raise fail("nothing deleted", code=1)
    try:
        with session_scope(engine) as session:
            record = delete_report(session, report_id, actor=by)
    except (IngestError, DatabaseError) as exc:
        raise fail(str(exc)) from None
    out.print(f"deleted report {report_id} ({record['source']}): {record['tasks']} tasks, "
              f"{record['actions']} results")


@app.command()
def status(agency: AgencyOption = None, db: DbOption = None) -> None:
    """Count per status and the completion rate, per agency and period."""
    from sqlmodel import Session

    from tracker.labels import STATUS
    from tracker.queries import QueryError, status_summary

    engine = _engine(db)
    with Session(engine) as session:
        try:
            rows = status_summary(session, agency=agency)
        except QueryError as exc:
            raise fail(str(exc)) from None
    if not rows:
        out.print("No commitments stored yet: run `tracker ingest` first.")
        return
    # the whole width, shared out by ratio: the counts' headers wrap onto short lines and
    # the agency's long name keeps room ("Ban chỉ đạo phát triển khoa học, công nghệ, …
    # tỉnh Lâm Đồng" had one word a line)
    table = Table(title="Tình hình thực hiện nhiệm vụ", expand=True)
    table.add_column("Cơ quan", ratio=3)
    table.add_column("Kỳ", ratio=2)
    for header in (*STATUS.values(), "Quá hạn", "Tỷ lệ hoàn thành"):
        table.add_column(header, justify="right", ratio=1)
    for row in rows:
        rate = row.completion_rate
        table.add_row(row.agency, row.period or "—", *(str(row.counts[k]) for k in STATUS),
                      str(row.overdue), f"{rate:.0%}" if rate is not None else "—")
    out.print(table)


@app.command("list")
def list_commitments(agency: AgencyOption = None, period: PeriodOption = None,
                     status_filter: StatusOption = None, field: FieldOption = None,
                     tag: TagOption = None, unit: UnitOption = None,
                     db: DbOption = None) -> None:
    """Commitments with their ids, status and best evidence (ids for `tracker review`)."""
    from tracker.labels import status_label

    rows = _rows(db, agency, period, status_filter, field, tag, unit)
    table = Table(title=f"Nhiệm vụ ({len(rows)})", expand=True)
    for column in ("id", "Kỳ", "Nhiệm vụ", "Trạng thái", "Minh chứng (link id)"):
        table.add_column(column)
    for row in rows:
        # the evidence the status rests on; else the best candidate, for a reviewer to
        # confirm or reject by its link id, marked as no more than a suggestion
        best = row.supporting
        candidate = best or next((e for e in row.evidence if e.relation == "evidence"), None)
        shown = ""
        if candidate:
            shown = f"{'' if best else 'Gợi ý: '}{candidate.text} [{candidate.link_id}]"
        table.add_row(str(row.id), row.period or "", row.text,
                      status_label(row.status, row.timeliness), shown)
    out.print(table)


def _rows(db, agency, period, status_filter, field, tag, unit):
    from sqlmodel import Session

    from models import Status
    from tracker.queries import QueryError, commitments

    if status_filter and status_filter not in Status.__members__:
        raise fail(f"unknown status {status_filter!r} (one of {', '.join(Status.__members__)})")
    engine = _engine(db)
    with Session(engine) as session:
        try:
            return commitments(session, agency=agency, period=period, status=status_filter,
                               field_name=field, tag=tag, unit=unit)
        except QueryError as exc:
            raise fail(str(exc)) from None


@app.command()
def train(
    out_path: Annotated[Path, typer.Option("--out", help="Where to write the model (.json)")],
    gold: Annotated[bool, typer.Option(help="Also learn from the shipped gold examples")
                    ] = True,
    db: DbOption = None,
) -> None:
    """Train the calibrated evidence scorer from reviewers' confirmed and rejected links.

    Link with it by setting TRACKER_LINK_MODEL to the file, then `tracker relink`."""
    from sqlmodel import Session

    from tracker.db import database_path
    from tracker.review import ReviewError, train_model

    if out_path.suffix.lower() != ".json" or (
            (stored := database_path(db)) and out_path.resolve() == stored.resolve()):
        raise fail(f"{out_path}: the model is written to a new .json file")
    with Session(_engine(db)) as session:
        try:
            model = train_model(session, gold=gold)
        except (ReviewError, ValueError) as exc:
            raise fail(str(exc)) from None
    try:
        model.save(out_path)
    except OSError as exc:
        raise fail(f"cannot write {out_path}: {exc.strerror or exc}") from None
    facts = model.trained_on
    out.print(f"trained on {facts['examples']} links ({facts['evidence']} evidence); "
              f"threshold {model.threshold}; out-of-fold accuracy "
              f"{facts['out_of_fold_accuracy']}; written to {out_path}")
    out.print(f"use it: TRACKER_LINK_MODEL={out_path} tracker relink")


@app.command()
def export(
    out_path: Annotated[Path, typer.Option("--out", help="Where to write the file")],
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.xlsx,
    agency: AgencyOption = None, period: PeriodOption = None, status_filter: StatusOption = None,
    field: FieldOption = None, tag: TagOption = None, unit: UnitOption = None,
    db: DbOption = None,
) -> None:
    """Write the follow-up list: one row per commitment with its status and evidence."""
    from tracker.db import database_path
    from tracker.outputs.tables import WRITERS, ExportError, check_destination

    try:
        check_destination(out_path, format.value, database=database_path(db))
    except ExportError as exc:
        raise fail(str(exc)) from None
    rows = _rows(db, agency, period, status_filter, field, tag, unit)
    data = WRITERS[format.value](rows)
    _write(out_path, data)
    out.print(f"{len(rows)} tasks written to {out_path}")


@app.command()
def urge(
    unit: Annotated[str, typer.Option(help="The unit to write to, e.g. 'Sở Nội vụ'")],
    out_path: Annotated[Path, typer.Option("--out", help="Where to write the .docx")],
    sender: Annotated[str | None, typer.Option(
        help="The issuing body, e.g. 'UBND tỉnh Lâm Đồng' (default: the body that assigned "
        "most of the unit's tasks)")] = None,
    place: Annotated[str, typer.Option(help="The place of the dateline")] = "",
    db: DbOption = None,
) -> None:
    """Write the urging letter (công văn đôn đốc, Nghị định 30 layout) to a unit, listing
    its unfinished tasks that are overdue or due within 7 days, with their sources."""
    from datetime import date

    from tracker import api
    from tracker.db import database_path
    from tracker.outputs.tables import ExportError, check_destination

    try:
        check_destination(out_path, "docx", database=database_path(db))
        data = api.urging_letter(_engine(db), unit, sender=sender, place=place,
                                 today=date.today())
    except (ExportError, ValueError) as exc:
        raise fail(str(exc)) from None
    _write(out_path, data)
    out.print(f"urging letter to {unit} written to {out_path}")


def _review(db: str | None, action):
    """Run one review action in a transaction; one-line errors."""
    from tracker.db import session_scope
    from tracker.review import ReviewError

    engine = _engine(db)
    try:
        with session_scope(engine) as session:
            return action(session)
    except ReviewError as exc:
        raise fail(str(exc)) from None


@review_app.command("confirm")
def review_confirm(link_id: int, by: ActorOption = "cli", db: DbOption = None) -> None:
    """Confirm a suggested evidence link."""
    from tracker.review import confirm_link

    _review(db, lambda s: confirm_link(s, link_id, actor=by))
    out.print(f"link {link_id} confirmed")


@review_app.command("reject")
def review_reject(link_id: int, by: ActorOption = "cli", db: DbOption = None) -> None:
    """Reject a suggested evidence link."""
    from tracker.review import reject_link

    _review(db, lambda s: reject_link(s, link_id, actor=by))
    out.print(f"link {link_id} rejected")


@review_app.command("link")
def review_link(commitment_id: int, evidence_id: int, by: ActorOption = "cli",
                db: DbOption = None) -> None:
    """Link a commitment to a later item the machine missed."""
    from tracker.review import add_link

    link = _review(db, lambda s: add_link(s, commitment_id, evidence_id, actor=by).id)
    out.print(f"link {link} added")


@review_app.command("set-status")
def review_status(commitment_id: int, status: str,
                  note: Annotated[str | None, typer.Option(help="Why")] = None,
                  by: ActorOption = "cli", db: DbOption = None) -> None:
    """Set a commitment's status (done, in_progress, carried_over, not_reported, pending)."""
    from tracker.review import set_status

    _review(db, lambda s: set_status(s, commitment_id, status, actor=by, note=note))
    out.print(f"commitment {commitment_id}: {status}")


@review_app.command("clear-status")
def review_clear(commitment_id: int, by: ActorOption = "cli", db: DbOption = None) -> None:
    """Give the status decision back to the machine."""
    from tracker.review import set_status

    _review(db, lambda s: set_status(s, commitment_id, None, actor=by))
    out.print(f"commitment {commitment_id}: machine status")


@review_app.command("edit")
def review_edit(
    item_id: int,
    text: Annotated[str | None, typer.Option()] = None,
    field: Annotated[str | None, typer.Option()] = None,
    unit: Annotated[str | None, typer.Option(help="Responsible unit")] = None,
    deadline: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
    by: ActorOption = "cli", db: DbOption = None,
) -> None:
    """Edit a commitment's text, field, responsible unit or deadline."""
    from models.report import ItemUpdate
    from tracker.review import edit_item

    values: dict[str, Any] = {k: v for k, v in (("text", text), ("field", field),
                                                ("responsible_unit", unit)) if v is not None}
    if deadline is not None:
        try:
            values["deadline"] = date.fromisoformat(deadline)
        except ValueError:
            raise fail(f"not a date: {deadline!r} (use YYYY-MM-DD)") from None
    _review(db, lambda s: edit_item(s, item_id, ItemUpdate(**values), actor=by))
    out.print(f"item {item_id} updated")


@review_app.command("tag")
def review_tag(item_id: int, name: str, by: ActorOption = "cli", db: DbOption = None) -> None:
    """Add a tag to an item."""
    from tracker.review import add_tag

    _review(db, lambda s: add_tag(s, item_id, name, actor=by))
    out.print(f"item {item_id}: tag {name!r} added")


@review_app.command("untag")
def review_untag(item_id: int, name: str, by: ActorOption = "cli", db: DbOption = None) -> None:
    """Remove a tag from an item."""
    from tracker.review import remove_tag

    _review(db, lambda s: remove_tag(s, item_id, name, actor=by))
    out.print(f"item {item_id}: tag {name!r} removed")


@review_app.command("split")
def review_split(item_id: int,
                 part: Annotated[list[str], typer.Option("--part", help="Text of one part")],
                 by: ActorOption = "cli", db: DbOption = None) -> None:
    """Split an item into several (give --part once per new item)."""
    from tracker.review import split_item

    ids = _review(db, lambda s: [i.id for i in split_item(s, item_id, part, actor=by)])
    out.print(f"item {item_id} split into {', '.join(map(str, ids))}")


@review_app.command("merge")
def review_merge(item_ids: list[int], by: ActorOption = "cli", db: DbOption = None) -> None:
    """Merge several items of one report into one."""
    from tracker.review import merge_items

    new = _review(db, lambda s: merge_items(s, item_ids, actor=by).id)
    out.print(f"items merged into {new}")


@app.command()
def demo(
    db: DbOption = None,
    accounts: Annotated[bool, typer.Option(
        "--demo-accounts", help="Also make the demo accounts in a database other than the "
        "embedded demo file (never do this on a real one)")] = False,
) -> None:
    """Prepare the demo: the sample series in an empty database, demo accounts if none.

    The demo accounts (known passwords) are made only in the embedded demo database
    (data/tracker.sqlite) unless --demo-accounts says otherwise: `make app` pointed at a
    real database by $DATABASE_URL never opens it with quantri/demo-2024."""
    from tracker import api
    from tracker.db import DEFAULT_PATH, database_path

    engine = _engine(db)
    added = api.load_samples_if_empty(engine)
    out.print(f"sample series: {added} reports loaded" if added else
              "sample series: the database already holds reports, left as it is")
    path = database_path(db)
    embedded = path is not None and path.resolve() == DEFAULT_PATH.resolve()
    if not (embedded or accounts):
        if not api.has_users(engine):
            out.print("no demo accounts in a database other than the demo file: create one "
                      "with `tracker user add NAME --role admin`")
        return
    for username, role in api.create_demo_users_if_none(engine):
        out.print(f"demo account {username!r} ({role}), password {api.DEMO_PASSWORD!r}")


@user_app.command("add")
def user_add(
    username: str,
    role: Annotated[str, typer.Option(help="viewer, editor or admin")] = "viewer",
    name: Annotated[str | None, typer.Option(help="Full name shown in the app")] = None,
    password: Annotated[str, typer.Option(prompt=True, hide_input=True,
                                          confirmation_prompt=True,
                                          help="Prompted for when not given")] = "",
    db: DbOption = None,
) -> None:
    """Create an account for the app."""
    from tracker.accounts import UserError, add_user
    from tracker.db import session_scope

    engine = _engine(db)
    try:
        with session_scope(engine) as session:
            add_user(session, username, password, role=role, full_name=name, actor="cli")
    except UserError as exc:
        raise fail(str(exc)) from None
    out.print(f"user {username!r} ({role}) created")


def _user_change(db: str | None, change) -> None:
    from tracker.accounts import UserError
    from tracker.db import session_scope

    engine = _engine(db)
    try:
        with session_scope(engine) as session:
            change(session)
    except UserError as exc:
        raise fail(str(exc)) from None


@user_app.command("list")
def user_list(db: DbOption = None) -> None:
    """The accounts: name, role, whether active or locked."""
    from sqlmodel import Session

    from models import utcnow
    from tracker.accounts import list_users

    with Session(_engine(db)) as session:
        users = list_users(session)
    table = Table(title="Tài khoản")
    for column in ("Tên đăng nhập", "Họ tên", "Quyền", "Trạng thái"):
        table.add_column(column)
    now = utcnow().replace(tzinfo=None)
    for user in users:
        locked = user.locked_until and user.locked_until.replace(tzinfo=None) > now
        state = "tạm khoá" if locked else ("hoạt động" if user.active else "đã vô hiệu hoá")
        table.add_row(user.username, user.full_name or "", user.role, state)
    out.print(table)


@user_app.command("disable")
def user_disable(username: str, by: ActorOption = "cli", db: DbOption = None) -> None:
    """Disable an account: it cannot sign in, and its open sessions lose their rights."""
    from tracker.accounts import set_active

    _user_change(db, lambda s: set_active(s, username, False, actor=by))
    out.print(f"user {username!r} disabled")


@user_app.command("enable")
def user_enable(username: str, by: ActorOption = "cli", db: DbOption = None) -> None:
    """Enable a disabled account again."""
    from tracker.accounts import set_active

    _user_change(db, lambda s: set_active(s, username, True, actor=by))
    out.print(f"user {username!r} enabled")


@user_app.command("password")
def user_password(
    username: str,
    password: Annotated[str, typer.Option(prompt="New password", hide_input=True,
                                          confirmation_prompt=True,
                                          help="Prompted for when not given")] = "",
    by: ActorOption = "cli",
    db: DbOption = None,
) -> None:
    """Set a new password (and lift a sign-in lock)."""
    from tracker.accounts import set_password

    _user_change(db, lambda s: set_password(s, username, password, actor=by))
    out.print(f"password of {username!r} changed")


if __name__ == "__main__":
    app()
