"""The terminal's camera settings: which camera (or video / folder), its resolution, mirror, scan window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from terminal.scan.settings import CameraSettings

RESOLUTIONS = ((640, 480), (1280, 720), (1920, 1080))


class CameraSettingsDialog(QDialog):
    saved = Signal(object)  # CameraSettings

    def __init__(self, settings: CameraSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Camera"))
        self.enabled = QCheckBox(self.tr("Scan cards with the camera"))
        self.enabled.setChecked(settings.enabled)
        self.source = QComboBox()
        self.source.setEditable(True)
        for index in range(3):
            self.source.addItem(self.tr("Camera {0}").format(index), str(index))
        self._select_source(settings.source)
        video_button = QPushButton(self.tr("Video file…"))
        video_button.clicked.connect(self._choose_video)
        folder_button = QPushButton(self.tr("Folder of images…"))
        folder_button.clicked.connect(self._choose_folder)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(video_button)
        source_row.addWidget(folder_button)
        self.resolutions = list(RESOLUTIONS)
        if (settings.width, settings.height) not in self.resolutions:
            self.resolutions.append((settings.width, settings.height))
        self.resolution = QComboBox()
        self.resolution.addItems([f"{width} × {height}" for width, height in self.resolutions])
        self.resolution.setCurrentIndex(self.resolutions.index((settings.width, settings.height)))
        self.mirror = QCheckBox(self.tr("Show the picture like a mirror"))
        self.mirror.setChecked(settings.mirror)
        self.same_card_window = QDoubleSpinBox(minimum=0.5, maximum=60.0, singleStep=0.5, decimals=1,
                                     value=settings.debounce_seconds, suffix=self.tr(" s"))
        self.same_card_window.setToolTip(self.tr("The same card seen again within this time is the same scan."))
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(self.tr("Camera"), source_row)
        form.addRow(self.tr("Resolution"), self.resolution)
        form.addRow(self.mirror)
        form.addRow(self.tr("Same card again within"), self.same_card_window)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _select_source(self, source: str) -> None:
        found = self.source.findData(source)
        if found < 0:
            self.source.addItem(source, source)
            found = self.source.count() - 1
        self.source.setCurrentIndex(found)

    def _choose_video(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Video file"), "",
                                              self.tr("Videos (*.mp4 *.avi *.mkv *.mov *.webm)"))
        if path:
            self._select_source(path)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder of images"))
        if path:
            self._select_source(path)

    def collect(self) -> CameraSettings:
        text = self.source.currentText().strip()
        data = self.source.currentData()
        source = data if data is not None and self.source.itemText(self.source.currentIndex()) == text else text
        width, height = self.resolutions[self.resolution.currentIndex()]
        return CameraSettings(source=source or "0", width=width, height=height, mirror=self.mirror.isChecked(),
                              debounce_seconds=self.same_card_window.value(), enabled=self.enabled.isChecked())

    def _save(self) -> None:
        self.saved.emit(self.collect())
        self.accept()
