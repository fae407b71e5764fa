"""The owner edits the loyalty rules and the shop's details; saving writes one settings event."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from terminal.hub_address import AddressProblem, address_problem
from terminal.languages import LANGUAGES
from terminal.loyalty import Reward, Rules, RulesError, StampMode, Tier, validate
from terminal.money import AmountError, parse_amount
from terminal.shop import CURRENCIES, Shop, ShopError, countries, time_zones, valid_timezone
from terminal.shop import validate as validate_shop
from ui.formatting import format_amount_input, local_format
from ui.messages import shop_problem

INT_FIELDS = {
    "card_size": (1, 50), "points_per_unit": (0, 1000), "visit_window_minutes": (0, 24 * 60),
    "welcome_points": (0, 100_000), "birthday_points": (0, 100_000), "birthday_window_days": (0, 60),
    "expiry_months": (0, 120),
}
MONEY_FIELDS = ("points_spend", "stamp_amount", "min_stamp_amount")


class SettingsDialog(QDialog):
    saved = Signal(object, object)  # Rules, Shop

    def __init__(self, rules: Rules, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = shop.currency
        self.setWindowTitle(self.tr("Loyalty rules and shop details"))
        self.resize(760, 620)
        self.error = QLabel(objectName="errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        tabs = QTabWidget()
        tabs.addTab(self._rules_tab(rules), self.tr("Stamps and points"))
        tabs.addTab(self._rewards_tab(rules), self.tr("Rewards"))
        tabs.addTab(self._tiers_tab(rules), self.tr("Tiers"))
        tabs.addTab(self._shop_tab(shop), self.tr("Shop"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _rules_tab(self, rules: Rules) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        labels = {
            "card_size": self.tr("Stamps for a full card"), "points_per_unit": self.tr("Points earned"),
            "visit_window_minutes": self.tr("One stamp per card within (minutes)"),
            "welcome_points": self.tr("Welcome bonus (points)"), "birthday_points": self.tr("Birthday bonus (points)"),
            "birthday_window_days": self.tr("Birthday window (± days)"),
            "expiry_months": self.tr("Points expire after months without a visit (0: never)"),
        }
        self.int_inputs: dict[str, QSpinBox] = {}
        for name, (low, high) in INT_FIELDS.items():
            spin = QSpinBox(minimum=low, maximum=high, value=getattr(rules, name))
            self.int_inputs[name] = spin
            form.addRow(labels[name], spin)
        self.stamp_mode = QComboBox()
        self.stamp_mode.addItem(self.tr("One stamp per visit"), StampMode.PER_VISIT)
        self.stamp_mode.addItem(self.tr("One stamp per amount spent"), StampMode.PER_AMOUNT)
        self.stamp_mode.setCurrentIndex(0 if rules.stamp_mode == StampMode.PER_VISIT else 1)
        form.addRow(self.tr("Stamps"), self.stamp_mode)
        self.money_inputs = {name: QLineEdit(format_amount_input(getattr(rules, name), self.currency))
                             for name in MONEY_FIELDS}
        form.insertRow(2, self.tr("for each amount spent"), self.money_inputs["points_spend"])
        self.points_words = QLabel()
        form.insertRow(3, "", self.points_words)
        self.int_inputs["points_per_unit"].valueChanged.connect(self._say_points)
        self.money_inputs["points_spend"].textChanged.connect(self._say_points)
        self._say_points()
        form.addRow(self.tr("Amount per stamp"), self.money_inputs["stamp_amount"])
        form.addRow(self.tr("Smallest sale that earns a stamp"), self.money_inputs["min_stamp_amount"])
        form.addRow(QLabel(self.tr("Points are rounded down to whole points after the tier multiplier.")))
        return page

    def _say_points(self) -> None:
        """The points rule in words: "1 point per 100 Ft"."""
        try:
            spend = parse_amount(self.money_inputs["points_spend"].text() or "0")
        except AmountError:
            self.points_words.setText(self.tr("Type the amount that earns the points, e.g. 1 or 100."))
            return
        points = self.int_inputs["points_per_unit"].value()
        self.points_words.setText(self.tr("%n points per %1, rounded down", "", points)
                                  .replace("%1", local_format(self.currency).money(spend)))

    def _table(self, headers: list[str], rows: list[list[str]]) -> QWidget:
        page = QWidget()
        table = QTableWidget(len(rows), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        add = QPushButton(self.tr("Add a row"))
        add.clicked.connect(lambda: table.insertRow(table.rowCount()))
        remove = QPushButton(self.tr("Remove the selected row"))
        remove.clicked.connect(lambda: table.removeRow(table.currentRow()) if table.currentRow() >= 0 else None)
        layout = QVBoxLayout(page)
        layout.addWidget(table)
        layout.addWidget(add)
        layout.addWidget(remove)
        page.table = table  # type: ignore[attr-defined]
        return page

    def _rewards_tab(self, rules: Rules) -> QWidget:
        page = self._table([self.tr("Code"), self.tr("Name"), self.tr("Stamps"), self.tr("Points")],
                           [[r.id, r.name, str(r.cost_stamps), str(r.cost_points)] for r in rules.rewards])
        self.rewards_table: QTableWidget = page.table  # type: ignore[attr-defined]
        return page

    def _tiers_tab(self, rules: Rules) -> QWidget:
        page = self._table([self.tr("Name"), self.tr("12-month spend"), self.tr("or visits"), self.tr("Points %")],
                           [[t.name, format_amount_input(t.min_spend, self.currency), str(t.min_visits),
                             str(t.multiplier_pct)] for t in rules.tiers])
        self.tiers_table: QTableWidget = page.table  # type: ignore[attr-defined]
        return page

    def _shop_tab(self, shop: Shop) -> QWidget:
        """Free text where it is text; the currency, time zone and country chosen from lists, never typed."""
        page = QWidget()
        form = QFormLayout(page)
        self.shop_inputs = {name: QLineEdit(str(getattr(shop, name))) for name in
                            ("name", "address", "receipt_footer", "feedback_base_url")}
        self.currency_box = self._choice(CURRENCIES, shop.currency, lambda code: code)
        self.timezone = self._choice(time_zones(), shop.timezone, lambda zone: zone.replace("_", " "))
        self.country = self._choice(countries(), shop.country, _country_name)
        rows = [(self.tr("Shop name"), self.shop_inputs["name"]), (self.tr("Address"), self.shop_inputs["address"]),
                (self.tr("Currency"), self.currency_box), (self.tr("Time zone"), self.timezone),
                (self.tr("Country (phone numbers, dates)"), self.country),
                (self.tr("Receipt footer"), self.shop_inputs["receipt_footer"]),
                (self.tr("Feedback page address"), self.shop_inputs["feedback_base_url"])]
        for label, widget in rows:
            form.addRow(label, widget)
        if not valid_timezone(shop.timezone):
            form.addRow(QLabel(self.tr("The saved time zone “{0}” is not one: choose the shop's from the list.")
                               .format(shop.timezone), objectName="errorText"))
        self.feedback_warning = QLabel(wordWrap=True)
        self.feedback_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback_warning.setStyleSheet("color: #8a4b00;")
        form.addRow("", self.feedback_warning)
        self.shop_inputs["feedback_base_url"].textChanged.connect(self._warn_feedback)
        self._warn_feedback(shop.feedback_base_url)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(shop.language)))
        form.addRow(self.tr("Language (screens, receipts, feedback page)"), self.language)
        return page

    def _choice(self, values: tuple[str, ...], current: str, words: Callable[[str], str]) -> QComboBox:
        """A list to pick from (type a few letters to jump); the current value selected when it is one."""
        box = QComboBox()
        for value in values:
            box.addItem(words(value), value)
        box.setCurrentIndex(max(0, box.findData(current)) if current in values else -1)
        box.setMaxVisibleItems(15)
        return box

    def _warn_feedback(self, url: str) -> None:
        """What the receipts' feedback code will do with this address, in words."""
        problem = address_problem(url)
        if problem is AddressProblem.EMPTY:
            text = self.tr("No hub address: receipts carry a code to hold to the counter camera.")
        elif problem is AddressProblem.LOOPBACK:
            text = self.tr("This address is this computer itself: customers' phones cannot open it. Receipts "
                           "carry a code for the counter camera instead. Use the hub's address on the shop's "
                           "network, such as http://192.168.1.20:8765/f.")
        elif problem is AddressProblem.NOT_HTTP:
            text = self.tr("Not a web address: receipts carry a code for the counter camera instead. It starts "
                           "with http://, such as http://192.168.1.20:8765/f.")
        else:
            text = ""
        self.feedback_warning.setText(text)

    @staticmethod
    def _cells(table: QTableWidget) -> list[list[str]]:
        rows = []
        for r in range(table.rowCount()):
            items = [table.item(r, c) for c in range(table.columnCount())]
            cells = [item.text().strip() if item is not None else "" for item in items]
            if any(cells):
                rows.append(cells)
        return rows

    def collect(self) -> tuple[Rules, Shop]:
        """The rules and shop as typed; ValueError (with the field in words) when something is off."""
        values: dict = {name: spin.value() for name, spin in self.int_inputs.items()}
        values["stamp_mode"] = self.stamp_mode.currentData()
        for name, line in self.money_inputs.items():
            try:
                values[name] = parse_amount(line.text() or "0")
            except AmountError as exc:
                raise ValueError(self.tr("“{0}” is not an amount.").format(line.text())) from exc
        try:
            values["rewards"] = tuple(Reward(code, name or code, int(stamps or 0), int(points or 0))
                                      for code, name, stamps, points in self._cells(self.rewards_table))
            values["tiers"] = tuple(Tier(name, parse_amount(spend or "0"), int(visits or 0), int(pct or 100))
                                    for name, spend, visits, pct in self._cells(self.tiers_table))
        except (ValueError, AmountError) as exc:
            raise ValueError(self.tr("Rewards and tiers need whole numbers and amounts.")) from exc
        rules = replace(Rules(), **values)
        validate(rules)
        shop = Shop.from_json({**{name: line.text().strip() for name, line in self.shop_inputs.items()},
                               "currency": self.currency_box.currentData() or "",
                               "timezone": self.timezone.currentData() or "",
                               "country": self.country.currentData() or "",
                               "language": self.language.currentData()})
        validate_shop(shop)
        return rules, shop

    def _save(self) -> None:
        try:
            rules, shop = self.collect()
        except RulesError as exc:
            self.error.setText(self.tr("These rules cannot work: check “{0}”.").format(str(exc)))
            self.error.show()
            return
        except ShopError as exc:
            self.error.setText(shop_problem(exc))
            self.error.show()
            return
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.saved.emit(rules, shop)
        self.accept()


def _country_name(code: str) -> str:
    territory = QLocale.codeToTerritory(code)
    name = QLocale.territoryToString(territory) if territory != QLocale.Country.AnyCountry else ""
    return f"{name} ({code})" if name else code
