"""The owner's choices for the customer's screen: the question, the reasons, the idle message, the timeout."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from terminal.feedback import FeedbackSettings, RatingError, Scale, validate_settings


class FeedbackSettingsDialog(QDialog):
    saved = Signal(object)  # FeedbackSettings

    def __init__(self, settings: FeedbackSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Customer screen"))
        self.resize(560, 480)
        self.scale = QComboBox()
        self.scale.addItem(self.tr("How likely to recommend us, 0–10 (NPS)"), Scale.NPS)
        self.scale.addItem(self.tr("How was your visit, five smileys (CSAT)"), Scale.CSAT)
        self.scale.setCurrentIndex(0 if settings.scale == Scale.NPS else 1)
        self.reasons = QPlainTextEdit("\n".join(settings.reasons))
        self.idle_message = QLineEdit(settings.idle_message)
        self.idle_message.setMaxLength(120)
        self.timeout = QSpinBox(minimum=5, maximum=600, value=settings.timeout_seconds, suffix=self.tr(" s"))
        self.progress = QSpinBox(minimum=0, maximum=60, value=settings.progress_seconds, suffix=self.tr(" s"))
        self.error = QLabel(objectName="errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Question"), self.scale)
        form.addRow(self.tr("“What mattered most?”\n(one per line)"), self.reasons)
        form.addRow(self.tr("Message when idle"), self.idle_message)
        form.addRow(self.tr("Back to idle after no touch for"), self.timeout)
        form.addRow(self.tr("Show the stamp card for (0: skip)"), self.progress)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def collect(self) -> FeedbackSettings:
        reasons = tuple(line.strip() for line in self.reasons.toPlainText().splitlines() if line.strip())
        settings = FeedbackSettings(scale=self.scale.currentData(), reasons=reasons,
                                    idle_message=self.idle_message.text().strip(),
                                    timeout_seconds=self.timeout.value(), progress_seconds=self.progress.value())
        validate_settings(settings)
        return settings

    def _save(self) -> None:
        try:
            settings = self.collect()
        except RatingError:
            self.error.setText(self.tr("Give one to twelve different reasons, each under 40 characters."))
            self.error.show()
            return
        self.saved.emit(settings)
        self.accept()
