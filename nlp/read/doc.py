"""Old Word 97-2003 .doc: converted to .docx by LibreOffice (headless, time-limited) in a
temporary folder, then read by the .docx reader, so both formats give the same text."""

import hashlib
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections import OrderedDict
from datetime import datetime
from pathlib import Path

from nlp.read.docx import read_docx, saved_at
from nlp.read.errors import ReadError
from nlp.read.limits import Deadline

TIMEOUT_S = 120
KEPT = 16  # converted .doc files remembered per process, by content

# Each conversion starts LibreOffice (1-2 s); the same bytes read again in one process
# (an upload saved twice, a draft read beside its final) come from here.
_converted: OrderedDict[str, tuple[str, dict[int, int], datetime | None]] = OrderedDict()
_converted_lock = threading.Lock()  # app sessions read files in threads of one process


def soffice() -> str | None:
    """LibreOffice's command, if installed (Debian: libreoffice-writer-nogui)."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_doc(path: Path, deadline: Deadline | None = None
             ) -> tuple[str, dict[int, int], datetime | None]:
    """The text, heading hints and last-saved time (LibreOffice keeps the .doc's)."""
    key = hashlib.sha256(path.read_bytes()).hexdigest()
    with _converted_lock:
        kept = _converted.get(key)
        if kept is not None:
            _converted.move_to_end(key)
    if kept is None:
        kept = _convert(path, deadline)  # outside the lock: LibreOffice takes seconds
        with _converted_lock:
            _converted[key] = kept
            while len(_converted) > KEPT:
                _converted.popitem(last=False)
    text, hints, saved = kept
    return text, dict(hints), saved


def _convert(path: Path, deadline: Deadline | None
             ) -> tuple[str, dict[int, int], datetime | None]:
    program = soffice()
    if program is None:
        raise ReadError(f"{path.name}: reading old Word .doc files needs LibreOffice "
                        "(Debian package libreoffice-writer-nogui; `make install` adds it)")
    with tempfile.TemporaryDirectory(prefix="doc2docx-") as folder:
        work = Path(folder)
        source = work / "in.doc"  # a plain name: LibreOffice names its output after it
        shutil.copyfile(path, source)
        command = [program, f"-env:UserInstallation={(work / 'profile').as_uri()}",
                   "--headless", "--norestore", "--nolockcheck",
                   "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(work), str(source)]
        started = time.monotonic()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   start_new_session=True)
        try:
            _, errors = process.communicate(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise ReadError(f"{path.name}: LibreOffice took over {TIMEOUT_S} s to convert "
                            "this .doc; it may be damaged") from None
        converted = work / "in.docx"
        if process.returncode != 0 or not converted.is_file():
            detail = errors.decode("utf-8", "replace").strip().splitlines()
            raise ReadError(f"{path.name}: LibreOffice could not convert this .doc"
                            + (f" ({detail[-1][:120]})" if detail else ""))
        if deadline:
            deadline.pause(time.monotonic() - started)  # LibreOffice has its own limit
        return (*read_docx(converted, deadline), saved_at(converted))
