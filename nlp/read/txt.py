"""Plain-text reports: UTF-8 (BOM or not), UTF-16, Windows-1258 or legacy TCVN3."""

from charset_normalizer import from_bytes

from nlp.normalize import decode_tcvn3, vietnamese_score
from nlp.read.errors import ReadError


def decode_text(data: bytes, *, name: str = "text") -> str:
    """Decode a plain-text report: UTF-8 (BOM or not), UTF-16, Windows-1258 or TCVN3."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")  # an odd last byte is no reason to fail
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        raise ReadError(f"{name}: this is a binary file, not a text report")
    candidates = [decode_tcvn3(data), data.decode("cp1258", errors="replace")]
    guess = from_bytes(data).best()
    if guess is not None:
        candidates.append(str(guess))
    best = max(candidates, key=vietnamese_score)
    if vietnamese_score(best) < 3:
        raise ReadError(f"{name}: unknown text encoding (not UTF-8, UTF-16, Windows-1258 or TCVN3)")
    return best


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    control = sum(b < 9 or 13 < b < 32 for b in sample)
    return control > len(sample) * 0.05
