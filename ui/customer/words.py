"""Words for the feedback reasons: why a rating or a receipt code was refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from terminal.feedback import RatingProblem
from terminal.tokens import TokenProblem


def refusal(problem: str) -> str:
    """For the cashier: what went wrong with a rating or a receipt's feedback code."""
    words = {
        RatingProblem.ALREADY_RATED: QCoreApplication.translate(
            "feedback", "This visit was already rated: one rating per visit."),
        RatingProblem.UNKNOWN_VISIT: QCoreApplication.translate(
            "feedback", "That visit is not known on this terminal."),
        RatingProblem.UNKNOWN_RECEIPT: QCoreApplication.translate(
            "feedback", "No sale with this receipt here (yet): it may be from another till."),
        RatingProblem.BAD_SCORE: QCoreApplication.translate("feedback", "That score is not on the scale."),
        RatingProblem.REASON_TOO_LONG: QCoreApplication.translate("feedback", "That reason is too long."),
        RatingProblem.SETTINGS_INVALID: QCoreApplication.translate(
            "feedback", "The customer screen settings are not valid."),
        TokenProblem.MALFORMED: QCoreApplication.translate(
            "feedback", "That receipt code is damaged: try again, or type the receipt number."),
        TokenProblem.BAD_SIGNATURE: QCoreApplication.translate("feedback", "That receipt code is not from this shop."),
        TokenProblem.EXPIRED: QCoreApplication.translate("feedback", "That receipt code has expired."),
    }
    return words.get(problem, problem)
