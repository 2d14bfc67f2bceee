"""Files -> text: one reader per format behind one `read_with_hints()`.

Every failure is a `ReadError` with a one-line message a person can act on.
"""

import tempfile
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from nlp.messages import warning
from nlp.normalize import nfc, noting_changes
from nlp.read.doc import read_doc
from nlp.read.docx import read_docx, saved_at
from nlp.read.errors import ReadError
from nlp.read.limits import Deadline
from nlp.read.ocr import Progress
from nlp.read.pdf import Part, page_picture, read_pdf
from nlp.read.txt import decode_text

MAX_BYTES = 20 * 1024 * 1024
SUPPORTED = (".txt", ".doc", ".docx", ".pdf")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 (and other old Office files)


@dataclass
class Reading:
    """What a reader gives: the text, NFC with \\n line ends, and how it was read."""

    text: str
    # Where Word's heading styles put headings, {offset: level}. Only .docx files carry
    # them; a heading style with no number of its own ("Heading 2: Về Công nghệ thông
    # tin") is otherwise invisible in plain text.
    hints: dict[int, int] = field(default_factory=dict)
    scanned_pages: int = 0  # pages read by OCR: their text may hold misread characters
    ocr_confidence: float | None = None  # Tesseract's mean word confidence there, 0-100
    # A PDF holding several documents (a cover letter, then the report it submits): each
    # one on its own; empty for a file of one document.
    parts: list[Part] = field(default_factory=list)
    # When the file was last saved, by its own properties (Word's, the PDF's), UTC: of two
    # versions of one document, the later saved is the newer one. Timezone-aware.
    saved: datetime | None = None
    # A PDF's pages: where each one's text begins in `text` (None: nothing of it kept).
    page_starts: list[int | None] = field(default_factory=list)
    # Invisible characters taken out as it was read ("U+200B ZERO WIDTH SPACE", …)
    invisible: list[str] = field(default_factory=list)
    legacy_lines: int = 0  # lines typed in TCVN3 inside Unicode text, decoded

    @property
    def notes(self) -> list[str]:
        """What reading changed, for the report's warnings."""
        notes = []
        if self.invisible:
            notes.append(warning("invisible", ", ".join(self.invisible)))
        if self.legacy_lines:
            notes.append(warning("legacy", self.legacy_lines))
        return notes


def read_file(path: str | Path) -> str:
    """Return the text of a report file, NFC-normalised with \\n line ends."""
    return read_document(path).text


def read_with_hints(path: str | Path) -> tuple[str, dict[int, int]]:
    """The text, and where Word's heading styles put headings: {offset: level}."""
    reading = read_document(path)
    return reading.text, reading.hints


def read_document(path: str | Path, progress: Progress | None = None) -> Reading:
    """Read one file; `progress(done, total)` is called as the pages of a scan are read."""
    with noting_changes() as changes:
        reading = _read_document(Path(path), progress)
    reading.invisible = [f"U+{ord(c):04X} {unicodedata.name(c, '?')}"
                         for c in sorted(changes.invisible)]
    reading.legacy_lines = changes.legacy_lines
    return reading


def _read_document(path: Path, progress: Progress | None) -> Reading:
    if not path.is_file():
        raise ReadError(f"{path}: no such file")
    size = path.stat().st_size
    if size == 0:
        raise ReadError(f"{path.name}: the file is empty")
    if size > MAX_BYTES:
        raise ReadError(
            f"{path.name}: {size / 1e6:.1f} MB is over the {MAX_BYTES // 2**20} MB limit")
    data = path.read_bytes()
    suffix = path.suffix.lower()
    hints: dict[int, int] = {}
    scanned, confidence, parts, saved, page_starts = 0, None, [], None, []
    deadline = Deadline(path.name)
    if data[:8] == OLE_MAGIC and suffix in (".doc", ".docx", ""):
        # a Word 97-2003 file, whatever its name says
        text, hints, saved = read_doc(path, deadline)
    elif suffix in (".docx", ".doc"):
        text, hints = read_docx(path, deadline)  # a .docx, even when named .doc
        saved = saved_at(path)
    elif suffix == ".pdf":
        pdf = read_pdf(path, data, progress, deadline)
        text, scanned, confidence, saved = (pdf.text, pdf.scanned_pages, pdf.ocr_confidence,
                                            pdf.saved)
        page_starts = _nfc_offsets(text, pdf.page_starts)
        parts = [replace(part, text=nfc(part.text),
                         page_starts=_nfc_offsets(part.text, part.page_starts))
                 for part in pdf.parts]
    elif suffix in (".txt", ""):
        text = decode_text(data, name=path.name)
    else:
        raise ReadError(
            f"{path.name}: unsupported file type {suffix!r} (use {', '.join(SUPPORTED)})")
    text = nfc(text)
    if not text.strip():
        raise ReadError(f"{path.name}: no text found in the file")
    return Reading(text, hints, scanned, confidence, parts, saved, page_starts)


def _nfc_offsets(text: str, offsets: list[int | None]) -> list[int | None]:
    """Offsets into `text` moved to the same places in its NFC form."""
    return [None if at is None else len(nfc(text[:at])) for at in offsets]


def read_bytes(data: bytes, filename: str) -> str:
    """Like read_file, for a file already in memory (an upload); errors name `filename`."""
    return read_bytes_with_hints(data, filename)[0]


def read_bytes_with_hints(data: bytes, filename: str) -> tuple[str, dict[int, int]]:
    """Like read_with_hints, for a file already in memory; errors name `filename`."""
    reading = read_bytes_document(data, filename)
    return reading.text, reading.hints


def read_bytes_document(data: bytes, filename: str, progress: Progress | None = None
                        ) -> Reading:
    """Like read_document, for a file already in memory; errors name `filename`."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / (Path(filename).name or "upload.txt")
        path.write_bytes(data)
        return read_document(path, progress)



__all__ = ["MAX_BYTES", "SUPPORTED", "Part", "Reading", "ReadError", "decode_text",
           "page_picture", "read_bytes",
           "read_bytes_document", "read_bytes_with_hints", "read_document", "read_file",
           "read_with_hints"]
