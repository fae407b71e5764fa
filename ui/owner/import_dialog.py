"""Before an import: the file's detected format (each part can be overridden), which column is which
field (the owner maps the ones whose names differ), the first rows, and how bad rows are handled.

The preview (detection reads the whole file) runs on the owner worker; the dialog only shows it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from terminal.import_format import FileFormat
from terminal.importer import FIELDS, ImportFailed, ImportKind, ImportOptions, Preview, preview, refused_path
from ui.owner.worker import OwnerWorker


class ImportDialog(QDialog):
    def __init__(self, worker: OwnerWorker, kind: ImportKind, path: Path, earn_points: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.kind, self.path = worker, kind, path
        self.shown: Preview | None = None
        self._mapped: dict[str, str] = {}  # field -> 1-based column, as the owner chose it
        self._loads = 0  # previews asked for; only the latest is shown
        title = self.tr("Import customers") if kind is ImportKind.CUSTOMERS else self.tr("Import sales")
        self.setWindowTitle(f"{title}: {path.name}")
        self.resize(940, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(self._format_box())
        self.mapping_box = QGroupBox(self.tr("Columns"))
        self.mapping_form = QFormLayout(self.mapping_box)
        self.field_boxes: dict[str, QComboBox] = {}
        fields, required = FIELDS[kind]
        for field in fields:
            box = QComboBox()
            box.activated.connect(lambda _index, f=field: self._field_chosen(f))
            self.field_boxes[field] = box
            label = self._field_label(field) + (" *" if field in required else "")
            self.mapping_form.addRow(label, box)
        layout.addWidget(self.mapping_box)
        self.problem = QLabel("", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #b00020; font-size: 14px;")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.strict = QCheckBox(self.tr("Import nothing if any row is bad"))
        self.earn_points = QCheckBox(self.tr("Imported sales earn points under today's rules"))
        self.earn_points.setChecked(earn_points)
        self.earn_points.setVisible(kind is ImportKind.SALES)
        aside = QLabel(self.tr("Otherwise the good rows are imported and the bad ones set aside, with their "
                               "reasons, in %1.").replace("%1", refused_path(path).name),
                       wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        for widget in (self.strict, aside, self.earn_points):
            layout.addWidget(widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.check_button = self.buttons.addButton(self.tr("Check only"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.check_button.setToolTip(self.tr("Read and check every row; import nothing"))
        self.import_button.clicked.connect(lambda: self._finish(check=False))
        self.check_button.clicked.connect(lambda: self._finish(check=True))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.checking = False
        self._set_ready(False)
        self.reload()

    # -- layout ---------------------------------------------------------------------------------------
    def _format_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("How the file is written"))
        grid = QGridLayout(box)
        self.encoding = self._choices([
            ("UTF-8", "utf-8"), (self.tr("UTF-8 with BOM"), "utf-8-sig"), ("UTF-16", "utf-16"),
            (self.tr("Windows-1250 (Central European)"), "cp1250"), (self.tr("Windows-1251 (Cyrillic)"), "cp1251"),
            (self.tr("Windows-1252 (Western)"), "cp1252")])
        self.delimiter = self._choices([(self.tr("Comma"), "comma"), (self.tr("Semicolon"), "semicolon"),
                                        (self.tr("Tab"), "tab")])
        self.decimal = self._choices([(self.tr("Point (4.50)"), "."), (self.tr("Comma (4,50)"), ",")])
        self.date_order = self._choices([(self.tr("Day first (01.04.2025)"), "dmy"),
                                         (self.tr("Month first (4/1/2025)"), "mdy")])
        for column, (label, combo) in enumerate(((self.tr("Encoding"), self.encoding),
                                                 (self.tr("Delimiter"), self.delimiter),
                                                 (self.tr("Decimal mark"), self.decimal),
                                                 (self.tr("Dates"), self.date_order))):
            grid.addWidget(QLabel(label), 0, column)
            grid.addWidget(combo, 1, column)
            combo.activated.connect(self.reload)
        self.evidence = QLabel("", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.evidence.setStyleSheet("color: #555;")
        grid.addWidget(self.evidence, 2, 0, 1, 4)
        return box

    def _choices(self, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("Detected"), None)
        for label, value in items:
            box.addItem(label, value)
        return box

    def _field_label(self, field: str) -> str:
        return {
            "customer": self.tr("Customer (the old system's key)"), "date": self.tr("Date"), "time": self.tr("Time"),
            "amount": self.tr("Amount"), "receipt": self.tr("Receipt"), "name": self.tr("Name"),
            "phone": self.tr("Phone"), "email": self.tr("E-mail"), "birthday": self.tr("Birthday"),
            "consent": self.tr("Consent"),
        }[field]

    # -- preview --------------------------------------------------------------------------------------
    def options(self, check: bool = False) -> ImportOptions:
        delimiter = self.delimiter.currentData()
        return ImportOptions(encoding=self.encoding.currentData(), delimiter=delimiter,
                             decimal=self.decimal.currentData(), date_order=self.date_order.currentData(),
                             mapping=dict(self._mapped) or None, strict=self.strict.isChecked(), check=check,
                             earn_points=self.kind is ImportKind.SALES and self.earn_points.isChecked())

    def reload(self) -> None:
        self._loads += 1
        asked, kind, path, options = self._loads, self.kind, self.path, self.options()
        self._set_ready(False)
        self.worker.run(lambda db: (asked, preview(path, kind, options)), on_done=self._show,
                        on_error=self._preview_failed)

    def _field_chosen(self, field: str) -> None:
        column = self.field_boxes[field].currentData()
        if column is None:
            self._mapped.pop(field, None)
        else:
            self._mapped[field] = column
        self.reload()

    def _show(self, result: tuple[int, Preview]) -> None:
        asked, shown = result
        if asked != self._loads:
            return
        self.shown = shown
        self.evidence.setText(self._describe(shown.format))
        if self.encoding.currentIndex() + self.delimiter.currentIndex() + self.decimal.currentIndex() \
                + self.date_order.currentIndex() == 0:
            self._show_detected(shown.format)
        self.evidence.setToolTip("\n".join(shown.format.evidence))
        for field, box in self.field_boxes.items():
            box.clear()
            box.addItem(self.tr("(not in the file)"), None)
            for index, name in enumerate(shown.header):
                box.addItem(name or self.tr("column %1").replace("%1", str(index + 1)), str(index + 1))
            at = shown.columns.get(field)
            box.setCurrentIndex(0 if at is None else at + 1)
        self.problem.setText(shown.problem or "")
        self.problem.setVisible(shown.problem is not None)
        self._fill_table(shown)
        self._set_ready(shown.problem is None)

    def _describe(self, fmt: FileFormat) -> str:
        delimiter = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}[fmt.delimiter]
        order = self.tr("day first") if fmt.date_order.value == "dmy" else self.tr("month first")
        decimal = self.tr("decimal point") if fmt.decimal == "." else self.tr("decimal comma")
        return (self.tr("Read as: %1, %2-separated, %3, dates %4")
                .replace("%1", fmt.encoding).replace("%2", delimiter).replace("%3", decimal).replace("%4", order))

    def _show_detected(self, fmt: FileFormat) -> None:
        """Each 'Detected' choice says what was detected."""
        found = {self.encoding: fmt.encoding, self.decimal: fmt.decimal, self.date_order: fmt.date_order.value,
                 self.delimiter: {",": "comma", ";": "semicolon", "\t": "tab"}[fmt.delimiter]}
        for box, value in found.items():
            at = box.findData(value)
            label = box.itemText(at) if at > 0 else value
            box.setItemText(0, self.tr("Detected: %1").replace("%1", label))

    def _fill_table(self, shown: Preview) -> None:
        width = max([len(shown.header)] + [len(row) for row in shown.rows])
        fields_at = {index: field for field, index in shown.columns.items()}
        self.table.clear()
        self.table.setColumnCount(width)
        self.table.setRowCount(len(shown.rows))
        labels = []
        for index in range(width):
            name = shown.header[index] if index < len(shown.header) else ""
            field = fields_at.get(index)
            labels.append(f"{name}\n→ {self._field_label(field)}" if field else name)
        self.table.setHorizontalHeaderLabels(labels)
        for row_number, row in enumerate(shown.rows):
            for column, text in enumerate(row):
                self.table.setItem(row_number, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _preview_failed(self, error: Exception) -> bool:
        if not isinstance(error, ImportFailed | OSError):
            return False
        message = "; ".join(p.message for p in error.problems) if isinstance(error, ImportFailed) else str(error)
        self.problem.setText(message)
        self.problem.show()
        self._set_ready(False)
        return True

    def _set_ready(self, ready: bool) -> None:
        self.import_button.setEnabled(ready)
        self.check_button.setEnabled(ready)

    def _finish(self, check: bool) -> None:
        self.checking = check
        self.accept()
