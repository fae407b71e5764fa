"""Words for the feedback reasons: why a rating or a receipt code was refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from terminal.feedback import RatingProblem
from terminal.tokens import TokenProblem


def _tr(text: str) -> str:
    return QCoreApplication.translate("feedback", text)


def refusal(problem: str) -> str:
    """For the cashier: what went wrong with a rating or a receipt's feedback code."""
    words = {
        RatingProblem.ALREADY_RATED: _tr("This visit was already rated: one rating per visit."),
        RatingProblem.UNKNOWN_VISIT: _tr("That visit is not known on this terminal."),
        RatingProblem.UNKNOWN_RECEIPT: _tr("No sale with this receipt here (yet): it may be from another till."),
        RatingProblem.BAD_SCORE: _tr("That score is not on the scale."),
        RatingProblem.REASON_TOO_LONG: _tr("That reason is too long."),
        RatingProblem.SETTINGS_INVALID: _tr("The customer screen settings are not valid."),
        TokenProblem.MALFORMED: _tr("That receipt code is damaged: try again, or type the receipt number."),
        TokenProblem.BAD_SIGNATURE: _tr("That receipt code is not from this shop."),
        TokenProblem.EXPIRED: _tr("That receipt code has expired."),
    }
    return words.get(problem, problem)
