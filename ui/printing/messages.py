"""Print problems in words for the cashier: what happened, and what to do about it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.printing.backend import PrintProblem


def problem_text(problem: PrintProblem, detail: str = "") -> str:
    """One or two short sentences for the window's banner. The sale itself is always safe."""
    # Written out call by call so pyside6-lupdate finds every string.
    if problem == PrintProblem.NO_PRINTER:
        text = QCoreApplication.translate("Printing", "No printer found. The sale is saved; "
                                                      "use “Save receipt as PDF”.")
    elif problem == PrintProblem.PRINTER_NOT_FOUND:
        text = QCoreApplication.translate("Printing", "Printer “{detail}” not available. The sale is saved; "
                                                      "check it or choose another.")
    elif problem == PrintProblem.PRINTER_FAILED:
        text = QCoreApplication.translate("Printing", "The printer refused the receipt (offline? paper?). "
                                                      "The sale is saved; reprint when ready.")
    elif problem == PrintProblem.NO_RECEIPT_YET:
        text = QCoreApplication.translate("Printing", "There is no receipt to reprint yet.")
    elif problem == PrintProblem.UNKNOWN_RECEIPT:
        text = QCoreApplication.translate("Printing", "Receipt {detail} was not found.")
    elif problem == PrintProblem.WRITE_FAILED:
        text = QCoreApplication.translate("Printing", "The PDF could not be saved: {detail}")
    else:
        text = QCoreApplication.translate("Printing", "Printing failed (an internal error, see the log). "
                                                      "The sale is saved.")
    return text.format(detail=detail)


def printed_text(receipt_no: str, where: str) -> str:
    return QCoreApplication.translate("Printing", "Receipt {number} sent to {where}.").format(
        number=receipt_no, where=where)
