"""The time a file may take to read: each reader checks it between its units of work (a
paragraph, a table, a PDF page), so a damaged or hostile file stops with one line instead
of holding the batch. OCR and LibreOffice have their own limits (per page, per file)."""

import time

from nlp.read.errors import ReadError

TIME_LIMIT_S = 120.0  # the largest real reports read in under 5 s


class Deadline:
    def __init__(self, name: str, seconds: float | None = None) -> None:
        self.name = name
        self.seconds = TIME_LIMIT_S if seconds is None else seconds
        self.ends = time.monotonic() + self.seconds

    def check(self) -> None:
        if time.monotonic() > self.ends:
            raise ReadError(f"{self.name}: reading took over {self.seconds:.0f} s and was "
                            "stopped (a damaged or hostile file?)")

    def pause(self, seconds: float) -> None:
        """Time spent on work with its own limit (OCR) does not count."""
        self.ends += seconds
