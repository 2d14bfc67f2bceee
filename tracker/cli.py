"""The `tracker` command line."""

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(help="Follow up on commitments in Vietnamese work reports.",
                  no_args_is_help=True, add_completion=False)
err = Console(stderr=True)

CUE_LABELS = {"done": "đã xong", "in_progress": "đang làm", "not_done": "chưa xong",
              "planned": "kế hoạch"}


class Format(StrEnum):
    json = "json"
    table = "table"


@app.callback()
def main() -> None:
    """Follow up on commitments in Vietnamese work reports."""


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
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None
    for warning in report.warnings:
        err.print(f"[yellow]warning:[/yellow] {file.name}: {warning}", highlight=False)
    if format is Format.json:
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    _print_table(report, file)


def _print_table(report, file: Path) -> None:
    console = Console()
    meta = report.to_dict()["report"]
    console.print(f"[bold]{file.name}[/bold]: {meta['title'] or '(no title)'}")
    console.print(f"  Số: {meta['number'] or '—'}   Nơi ban hành: {meta['place'] or '—'}   "
                  f"Ngày: {meta['issued'] or '—'}")
    console.print(f"  Cơ quan: {meta['agency'] or '—'}")
    period, following = meta["period"], meta["next_period"]
    console.print(f"  Kỳ báo cáo: {period['label'] or '—'} ({period['start']} → {period['end']})")
    console.print(f"  Kỳ tới: {following['label'] or '—'} "
                  f"({following['start']} → {following['end']})")
    for kind, title in (("commitment", "Nhiệm vụ kỳ tới"), ("action", "Kết quả đã thực hiện")):
        items = [item for item in report.items if item.kind == kind]
        table = Table(title=f"{title} ({len(items)})", show_lines=False, expand=True)
        table.add_column("#", justify="right", width=3)
        table.add_column("Lĩnh vực", max_width=24)
        table.add_column("Nội dung", ratio=1)
        table.add_column("Tín hiệu", width=10)
        for number, item in enumerate(items, start=1):
            table.add_row(str(number), item.field or "", item.text,
                          CUE_LABELS.get(item.cue, item.cue))
        console.print(table)


if __name__ == "__main__":
    app()
