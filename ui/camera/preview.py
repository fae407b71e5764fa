"""The camera's live picture with the found code outlined, and a line saying what the camera is doing."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from terminal.scan.model import CameraStatus, Detection
from ui.camera.worker import CameraWorker

MESSAGE_MS = 4000  # how long "not one of our cards" stays


class PreviewView(QWidget):
    """Paints the newest frame, fitted and centred, mirrored if asked, with an outline on each code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mirror = False
        self.image = QImage()
        self.detections: tuple[Detection, ...] = ()
        self.placeholder = ""
        self.setMinimumSize(160, 120)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # a camera's 4:3 box, not a tall strip of black
        self.setSizePolicy(policy)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(320, 240)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width * 3 // 4

    def set_frame(self, image: QImage, detections: tuple[Detection, ...]) -> None:
        self.image, self.detections = image, detections
        self.update()

    def clear(self, placeholder: str) -> None:
        self.image, self.detections, self.placeholder = QImage(), (), placeholder
        self.update()

    def target_rect(self) -> QRectF:
        if self.image.isNull():
            return QRectF()
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2,
                      size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(32, 32, 36))
        if self.image.isNull():
            painter.setPen(QColor(230, 230, 230))
            font = painter.font()
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * 1.2)
            else:  # the style sheet set the size in pixels
                font.setPixelSize(round(font.pixelSize() * 1.2))
            painter.setFont(font)
            painter.drawText(self.rect().adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder)
            return
        target = self.target_rect()
        painter.translate(target.topLeft())
        factor = target.width() / self.image.width()
        if self.mirror:  # flip the picture and the outlines together
            painter.translate(target.width(), 0)
            painter.scale(-1, 1)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)  # cheap: the preview is small
        painter.drawImage(QRectF(0, 0, target.width(), target.height()), self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(40, 220, 90), 3))
        for detection in self.detections:
            painter.drawPolygon(QPolygonF([QPointF(x * factor, y * factor) for x, y in detection.points]))


class CameraPanel(QWidget):
    """The preview and a status line; a retry button when the camera is missing."""

    def __init__(self, worker: CameraWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.view = PreviewView(self)
        self.view.mirror = worker.settings.mirror
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.message_label = QLabel(self)
        self.message_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message_label.hide()
        self.retry_button = QToolButton(self)
        self.retry_button.setText(self.tr("Try again"))
        self.retry_button.clicked.connect(lambda: self.worker.restart())
        self.retry_button.hide()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(MESSAGE_MS)
        self._message_timer.timeout.connect(self.message_label.hide)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.message_label)
        layout.addLayout(status_row)
        layout.addStretch(1)
        self.setMaximumWidth(420)  # the cashier's screen comes first
        worker.frame_ready.connect(self.view.set_frame)
        worker.status_changed.connect(self.show_status)
        worker.foreign_code.connect(self.show_foreign)
        self.show_status(worker.status, "")

    def status_text(self, status: CameraStatus) -> tuple[str, str]:
        """A short line under the picture, and the explanation shown in place of the picture."""
        other_ways = self.tr("Scan with the barcode scanner or type the code.")
        texts = {
            CameraStatus.STARTING: (self.tr("Camera: starting…"), self.tr("Starting the camera…")),
            CameraStatus.RUNNING: (self.tr("Camera on: hold the card's code up to it"), ""),
            CameraStatus.NO_CAMERA: (self.tr("Camera: none found"), self.tr("No camera found.") + " " + other_ways),
            CameraStatus.DISCONNECTED: (self.tr("Camera: disconnected, reconnecting…"),
                                        self.tr("The camera was disconnected. Trying to reconnect…") + " "
                                        + other_ways),
            CameraStatus.ENDED: (self.tr("Camera: the video has ended"), self.tr("The camera's video has ended.")),
            CameraStatus.STOPPED: (self.tr("Camera: off"), self.tr("Camera off.") + " " + other_ways),
        }
        return texts[status]

    @Slot(object, str)
    def show_status(self, status: CameraStatus, detail: str) -> None:
        text, explanation = self.status_text(status)
        self.status_label.setText(text)
        self.status_label.setToolTip(detail)
        self.retry_button.setVisible(status in (CameraStatus.NO_CAMERA, CameraStatus.DISCONNECTED,
                                                CameraStatus.ENDED))
        if status is not CameraStatus.RUNNING:
            self.view.clear(explanation)

    @Slot(str)
    def show_foreign(self, text: str) -> None:
        self.message_label.setText(self.tr("Not one of our cards."))
        self.message_label.show()
        self._message_timer.start()

    def set_mirror(self, mirror: bool) -> None:
        self.view.mirror = mirror
        self.view.update()
