"""The OCR eval's own measure on one real page, as a test: the first page of the report in
../shared/realdata's March 2026 signed scan reads within 5% character error rate of its
hand transcription (`make eval` measures every transcribed page the same way)."""

import json

from bench.eval_ocr import cer, normal
from nlp.read import read_document
from tests.conftest import ROOT
from tests.nlp.test_ocr import needs_tesseract
from tests.nlp.test_realdata import real

TRANSCRIPT = ROOT / "tests" / "fixtures" / "realdata" / "scan_transcript.json"


@needs_tesseract
def test_the_report_page_reads_within_a_few_percent_of_a_hand_transcription(tmp_path,
                                                                              monkeypatch):
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(real("lamdong/da06_2026-03_signed_scan.pdf")))
    page = pdfium.PdfDocument.new()
    page.import_pages(source, [1])  # page 2 of the scan: the report's first page
    path = tmp_path / "bao-cao.pdf"
    page.save(str(path))
    monkeypatch.setenv("TRACKER_OCR_CACHE", str(tmp_path / "ocr-cache"))
    text = read_document(path).text
    gold = json.loads(TRANSCRIPT.read_text(encoding="utf-8"))["pages"]["2"]
    body = [normal(line) for line in gold if len(normal(line)) >= 20]
    pooled, _, _ = cer(body, normal(text))
    assert pooled <= 0.05, pooled
