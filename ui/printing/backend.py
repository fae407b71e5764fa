"""The Qt side of printing, run in a worker thread: choose the printer, draw PDF pages onto it.

Qt allows painting on a QPrinter outside the GUI thread. Pages are rasterised by QtPdf in black
and white at the printer's resolution (capped, so an A4 page at 1200 dpi does not need half a
gigabyte) and drawn at their true size; a receipt's page size becomes the printer's page size, so a roll printer
feeds exactly the receipt's length.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from terminal.receipts.preferences import PrinterPreferences

MAX_RENDER_DPI = 300
_BLACK_AND_WHITE = QPdfDocumentRenderOptions()
_BLACK_AND_WHITE.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.TextAliased
                                | QPdfDocumentRenderOptions.RenderFlag.PathAliased
                                | QPdfDocumentRenderOptions.RenderFlag.ImageAliased)


class PrintProblem(StrEnum):
    NO_PRINTER = "no_printer"  # none installed at all
    PRINTER_NOT_FOUND = "printer_not_found"  # the chosen one is gone (unplugged, renamed)
    PRINTER_FAILED = "printer_failed"  # it refused the job (offline, out of paper, driver error)
    NO_RECEIPT_YET = "no_receipt_yet"  # "reprint last" before the first sale
    UNKNOWN_RECEIPT = "unknown_receipt"
    WRITE_FAILED = "write_failed"  # the PDF file could not be written
    UNEXPECTED = "unexpected"  # a bug: logged with its traceback


class PrintError(Exception):
    def __init__(self, problem: PrintProblem, detail: str = "") -> None:
        super().__init__(f"{problem} {detail}".strip())
        self.problem = problem
        self.detail = detail


PrinterFactory = Callable[[PrinterPreferences], QPrinter]


def system_printer(preferences: PrinterPreferences,
                   available: Callable[[], list[str]] = QPrinterInfo.availablePrinterNames,
                   default: Callable[[], str] = QPrinterInfo.defaultPrinterName) -> QPrinter:
    """The chosen printer, else the system's default; PrintError says why there is none."""
    names = available()
    if not names:
        raise PrintError(PrintProblem.NO_PRINTER)
    name = preferences.printer_name or default() or names[0]
    if name not in names:
        raise PrintError(PrintProblem.PRINTER_NOT_FOUND, name)
    printer = QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)
    printer.setDocName("Loyalty Terminal")
    return printer


def pdf_file_printer(path: Path) -> QPrinter:
    """A printer that writes a PDF file: the "save as PDF" fallback, and the tests' printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def printer_label(printer: QPrinter) -> str:
    return printer.outputFileName() or printer.printerName()


def print_pdf(pdf: bytes, printer: QPrinter) -> None:
    """Draw every page of ``pdf`` on ``printer``, each at its own size; PrintError if the printer refuses."""
    with tempfile.TemporaryDirectory(prefix="lt-print-") as folder:
        path = Path(folder) / "job.pdf"
        path.write_bytes(pdf)
        document = QPdfDocument()
        if document.load(str(path)) != QPdfDocument.Error.None_:
            raise PrintError(PrintProblem.UNEXPECTED, "the rendered PDF could not be read back")
        try:
            _paint(document, printer)
        finally:
            document.close()


def _paint(document: QPdfDocument, printer: QPrinter) -> None:
    _set_page(printer, document.pagePointSize(0))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(PrintProblem.PRINTER_FAILED, printer_label(printer))
    # On Linux, Qt hands CUPS a PDF: without this hint it would store the page as a JPEG.
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    try:
        for page in range(document.pageCount()):
            size = document.pagePointSize(page)
            if page:
                _set_page(printer, size)
                if not printer.newPage():
                    raise PrintError(PrintProblem.PRINTER_FAILED, printer_label(printer))
            dpi = printer.resolution()
            render_dpi = min(dpi, MAX_RENDER_DPI)
            image = _on_white(document.render(page, QSize(round(size.width() / 72 * render_dpi),
                                                          round(size.height() / 72 * render_dpi)),
                                              _BLACK_AND_WHITE))
            # One bit per dot: a thermal head prints black or nothing, and grey edges would come out
            # dithered, fuzzy text and a QR code with ragged modules.
            image = image.convertToFormat(QImage.Format.Format_Mono, Qt.ImageConversionFlag.ThresholdDither)
            painter.drawImage(QRectF(0, 0, size.width() / 72 * dpi, size.height() / 72 * dpi), image)
    finally:
        painter.end()


def _on_white(rendered: QImage) -> QImage:
    """QtPdf renders onto transparency (newer versions take a fill colour; 6.11 does not)."""
    page = QImage(rendered.size(), QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return page


def _set_page(printer: QPrinter, size_pt: QSizeF) -> None:
    printer.setFullPage(True)
    # In millimetres: QPageSize keeps point sizes as whole points, which would cut 58 mm to 57.86.
    size_mm = QSizeF(size_pt.width() * 25.4 / 72, size_pt.height() * 25.4 / 72)
    page = QPageSize(size_mm, QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch)
    printer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
