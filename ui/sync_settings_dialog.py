"""The terminal's sync preferences: hub address, token, schedule and the offline redemption policy."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from terminal.sync.settings import OfflineRedemption, SyncSettings


class SyncSettingsDialog(QDialog):
    """Edits a SyncSettings; `saved` carries the new one (the caller stores it and applies it)."""

    saved = Signal(object)

    def __init__(self, settings: SyncSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Sync with the hub"))
        self.resize(680, 360)
        self.hub_url = QLineEdit(settings.hub_url, placeholderText="http://192.168.1.10:8765")
        self.token = QLineEdit(settings.token, echoMode=QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("from: main.py hub add-terminal NAME"))
        for field in (self.hub_url, self.token):
            field.setMinimumWidth(340)
        self.interval = QSpinBox(minimum=1, maximum=240, value=settings.interval_minutes)
        self.interval.setSuffix(self.tr(" min"))
        self.policy = QComboBox()
        self.policy.addItem(self.tr("Refuse redemptions"), OfflineRedemption.REFUSE)
        self.policy.addItem(self.tr("Allow a few, then refuse"), OfflineRedemption.ALLOW)
        self.policy.setCurrentIndex(self.policy.findData(settings.offline_redemption))
        self.cap = QSpinBox(minimum=0, maximum=100, value=settings.offline_cap)
        self.policy.currentIndexChanged.connect(self._policy_changed)
        form = QFormLayout()
        form.addRow(self.tr("Hub address"), self.hub_url)
        form.addRow(self.tr("This terminal's token"), self.token)
        form.addRow(self.tr("Sync every"), self.interval)
        form.addRow(self.tr("When the hub cannot be reached"), self.policy)
        form.addRow(self.tr("Redemptions allowed until the next sync"), self.cap)
        note = QLabel(self.tr("Sales never wait for the hub. Leave the address empty to turn sync off."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._policy_changed()

    def _policy_changed(self) -> None:
        self.cap.setEnabled(self.policy.currentData() == OfflineRedemption.ALLOW)

    def value(self) -> SyncSettings:
        return SyncSettings.from_json({**self._settings.to_json(), "hub_url": self.hub_url.text().strip(),
                                       "token": self.token.text().strip(), "interval_minutes": self.interval.value(),
                                       "offline_redemption": str(self.policy.currentData()),
                                       "offline_cap": self.cap.value()})

    def _save(self) -> None:
        self.saved.emit(self.value())
        self.accept()
