"""The first run's simple pages: language, shop, loyalty rules, owner PIN and its recovery code.

Each page starts at a sane default, ``reset()`` puts it back there (the wizard's "Skip" button), and
``retranslate()`` sets its words again when the language changes. The camera, printer and hub pages,
which talk to devices and the network, live in ui/first_run/device_pages.py.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from terminal import first_run
from terminal.first_run import Template
from terminal.loyalty import Rules
from terminal.owner_access import MAX_PIN, MIN_PIN, make_recovery_code, valid_pin
from terminal.shop import Shop

ERROR_STYLE = "color: #b00020; font-size: 14px;"


class Page(QWizardPage):
    """A wizard page that can go back to its defaults and be translated again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)

    def retranslate(self) -> None:
        raise NotImplementedError

    def reset(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def error_label() -> QLabel:
        label = QLabel(wordWrap=True)
        label.setStyleSheet(ERROR_STYLE)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        return label


class LanguagePage(Page):
    language_chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default = current if current in dict(first_run.LANGUAGES) else "en"
        self.list = QListWidget()
        self.list.setStyleSheet("font-size: 20px;")
        for code, name in first_run.LANGUAGES:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.list.addItem(item)
        self.layout_.addWidget(self.list)
        self.reset()
        self.list.currentItemChanged.connect(self._chosen)
        self.retranslate()

    def _chosen(self, item: QListWidgetItem | None, _old: QListWidgetItem | None) -> None:
        if item is not None:
            self.language_chosen.emit(self.language)

    @property
    def language(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else self.default

    def reset(self) -> None:
        codes = [code for code, _name in first_run.LANGUAGES]
        self.list.setCurrentRow(codes.index(self.default))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Language"))
        self.setSubTitle(self.tr("Welcome! A few steps set up the counter; skip any of them, and change everything "
                                 "later in the settings. First, the language of the screens: it changes at once."))


class ShopPage(Page):
    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.initial = shop
        form = QFormLayout()
        self.name = QLineEdit(maxLength=80)
        self.address = QLineEdit(maxLength=160)
        self.country = QComboBox()
        self.currency = QComboBox()
        self.currency.addItems(list(first_run.CURRENCIES))
        self.timezone = QComboBox()
        self.timezone.addItems(list(first_run.timezones()))
        self.timezone.setEditable(True)  # type to jump: "Kyiv"
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.labels = [QLabel() for _ in range(5)]
        for label, widget in zip(self.labels, (self.name, self.address, self.country, self.currency, self.timezone),
                                 strict=True):
            form.addRow(label, widget)
        self.layout_.addLayout(form)
        self.error = self.error_label()
        self.layout_.addWidget(self.error)
        self.retranslate()
        self.reset()
        self.country.currentIndexChanged.connect(self._country_changed)
        self.timezone.currentTextChanged.connect(lambda _text: self.error.clear())

    def _fill_countries(self) -> None:
        chosen = self.country.currentData()
        self.country.blockSignals(True)
        self.country.clear()
        names = {"Austria": self.tr("Austria"), "Belgium": self.tr("Belgium"), "Czechia": self.tr("Czechia"),
                 "Germany": self.tr("Germany"), "Estonia": self.tr("Estonia"), "Finland": self.tr("Finland"),
                 "France": self.tr("France"), "United Kingdom": self.tr("United Kingdom"),
                 "Hungary": self.tr("Hungary"), "Ireland": self.tr("Ireland"), "Iran": self.tr("Iran"),
                 "Italy": self.tr("Italy"), "Lithuania": self.tr("Lithuania"), "Latvia": self.tr("Latvia"),
                 "Netherlands": self.tr("Netherlands"), "Poland": self.tr("Poland"), "Romania": self.tr("Romania"),
                 "Slovakia": self.tr("Slovakia"), "Spain": self.tr("Spain"), "Sweden": self.tr("Sweden"),
                 "Ukraine": self.tr("Ukraine"), "United States": self.tr("United States")}
        for country in sorted(first_run.COUNTRIES, key=lambda c: names.get(c.name, c.name)):
            self.country.addItem(names.get(country.name, country.name), country.code)
        self.country.setCurrentIndex(max(0, self.country.findData(chosen or first_run.DEFAULT_COUNTRY)))
        self.country.blockSignals(False)

    def _country_changed(self) -> None:
        country = first_run.country(self.country.currentData())
        if country is not None:
            self.currency.setCurrentText(country.currency)
            self.timezone.setCurrentText(country.timezone)

    def reset(self) -> None:
        self.name.setText("" if self.initial.name == Shop().name else self.initial.name)
        self.address.setText(self.initial.address)
        match = (first_run.country(self.initial.country)
                 or next((c for c in first_run.COUNTRIES if c.timezone == self.initial.timezone), None)
                 or first_run.country(first_run.DEFAULT_COUNTRY))
        self.country.blockSignals(True)
        self.country.setCurrentIndex(max(0, self.country.findData(match.code if match else "")))
        self.country.blockSignals(False)
        self.currency.setCurrentText(self.initial.currency)
        self.timezone.setCurrentText(self.initial.timezone)
        self.error.clear()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your shop"))
        self.setSubTitle(self.tr("Printed on receipts and cards. Change it later under Loyalty rules and shop (F10)."))
        for label, text in zip(self.labels, (self.tr("Shop name"), self.tr("Address"), self.tr("Country"),
                                             self.tr("Currency"), self.tr("Time zone")), strict=True):
            label.setText(text)
        self.name.setPlaceholderText(Shop().name)
        self._fill_countries()

    def validatePage(self) -> bool:
        if not first_run.valid_timezone(self.timezone.currentText().strip()):
            self.error.setText(self.tr("“{0}” is not a time zone. Choose one from the list, such as "
                                       "Europe/Budapest.").format(self.timezone.currentText()))
            return False
        self.error.clear()
        return True

    def shop(self) -> Shop:
        zone = self.timezone.currentText().strip()
        return first_run.with_defaults(replace(self.initial, name=self.name.text(), address=self.address.text().strip(),
                                               currency=self.currency.currentText(), timezone=zone,
                                               country=self.country.currentData() or self.initial.country))


class RulesPage(Page):
    def __init__(self, current: Rules | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = current  # the set-up run again: the last choice keeps the shop's rules as they are
        self.group = QButtonGroup(self)
        self.buttons: dict[Template, QRadioButton] = {}
        self.details: dict[Template, QLabel] = {}
        for template in (Template.CAFE, Template.SALON, Template.RETAIL, Template.DEFAULT):
            button = QRadioButton()
            button.setStyleSheet("font-size: 17px; font-weight: bold;")
            detail = QLabel(wordWrap=True)
            detail.setIndent(28)
            self.group.addButton(button)
            self.buttons[template], self.details[template] = button, detail
            self.layout_.addWidget(button)
            self.layout_.addWidget(detail)
        self.layout_.addStretch(1)
        self.retranslate()
        self.reset()

    @property
    def template(self) -> Template:
        return next(t for t, b in self.buttons.items() if b.isChecked())

    def rules(self) -> Rules | None:
        """The template's rules; None for "keep the defaults" (nothing to write)."""
        return None if self.template is Template.DEFAULT else first_run.template_rules(self.template)

    def reset(self) -> None:
        self.buttons[Template.DEFAULT].setChecked(True)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Loyalty rules"))
        self.setSubTitle(self.tr("Start from a template; every number and reward can be changed later (F10)."))
        names = {Template.CAFE: self.tr("Café stamp card"), Template.SALON: self.tr("Salon points"),
                 Template.RETAIL: self.tr("Retail tiers"), Template.DEFAULT: self.tr("Stamps and points (standard)")}
        if self.current is not None:
            names[Template.DEFAULT] = self.tr("Keep the current rules")
        for template, button in self.buttons.items():
            button.setText(names[template])
            rules = self.current if template is Template.DEFAULT and self.current is not None else \
                first_run.template_rules(template)
            self.details[template].setText(self.describe(rules))

    def describe(self, rules: Rules) -> str:
        parts = []
        stamp_rewards = [r.name for r in rules.rewards if r.cost_stamps]
        if stamp_rewards:
            parts.append(self.tr("A stamp per visit; a full card of %n stamp(s): {0}.", "", rules.card_size)
                         .format(stamp_rewards[0]))
        if rules.points_per_unit:
            parts.append(self.tr("%n point(s) per unit spent; rewards: {0}.", "", rules.points_per_unit).format(
                ", ".join(f"{r.name} ({r.cost_points})" for r in rules.rewards if r.cost_points)))
        if len(rules.tiers) > 1:
            parts.append(self.tr("Tiers: {0}.").format(", ".join(t.name for t in rules.tiers)))
        if rules.birthday_points:
            parts.append(self.tr("%n point(s) on a birthday.", "", rules.birthday_points))
        return " ".join(parts)


class PinPage(Page):
    def __init__(self, pin_already_set: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pin_already_set = pin_already_set
        self.intro = QLabel(wordWrap=True)
        self.layout_.addWidget(self.intro)
        form = QFormLayout()
        self.pin, self.repeat = self._field(), self._field()
        self.pin_label, self.repeat_label = QLabel(), QLabel()
        form.addRow(self.pin_label, self.pin)
        form.addRow(self.repeat_label, self.repeat)
        self.layout_.addLayout(form)
        self.error = self.error_label()
        self.layout_.addWidget(self.error)
        self.layout_.addStretch(1)
        self.pin.setEnabled(not pin_already_set)
        self.repeat.setEnabled(not pin_already_set)
        self.retranslate()

    def _field(self) -> QLineEdit:
        field = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=MAX_PIN)
        field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        field.setStyleSheet("font-size: 22px; letter-spacing: 4px;")
        return field

    @property
    def chosen_pin(self) -> str | None:
        return self.pin.text() or None

    def reset(self) -> None:
        self.pin.clear()
        self.repeat.clear()
        self.error.clear()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Owner PIN"))
        self.setSubTitle(self.tr("The PIN guards the owner's dashboard, the settings and manual adjustments."))
        self.intro.setText(self.tr("A PIN is already set. Change it later with the old one (More → Change owner "
                                   "PIN).") if self.pin_already_set else
                           self.tr("Choose {0} to {1} digits. Skip, and the first person to open the owner's "
                                   "screen (F8) chooses it.").format(MIN_PIN, MAX_PIN))
        self.pin_label.setText(self.tr("PIN"))
        self.repeat_label.setText(self.tr("Repeat PIN"))

    def validatePage(self) -> bool:
        pin = self.pin.text()
        if not pin and not self.repeat.text():
            return True
        if not valid_pin(pin):
            self.error.setText(self.tr("A PIN is {0} to {1} digits.").format(MIN_PIN, MAX_PIN))
            return False
        if pin != self.repeat.text():
            self.error.setText(self.tr("The two PINs differ."))
            return False
        self.error.clear()
        return True


class RecoveryPage(Page):
    """The recovery code for a forgotten PIN, made here, printed or saved before anything is stored."""

    print_requested = Signal(str)
    save_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = make_recovery_code()
        self.intro = QLabel(wordWrap=True)
        self.code_label = QLabel(self.code)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setStyleSheet("font-family: 'DejaVu Sans Mono', monospace; font-size: 30px; padding: 12px;"
                                      "border: 1px solid #888;")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_button, self.save_button = QPushButton(), QPushButton()
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.code))
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.code))
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.status = QLabel(wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (self.intro, self.code_label):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.status)
        self.layout_.addStretch(1)
        self.retranslate()

    def reset(self) -> None:
        self.status.clear()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recovery code"))
        self.setSubTitle(self.tr("For a forgotten PIN: print it and keep it away from the counter."))
        self.intro.setText(self.tr("This code sets a new PIN when the old one is forgotten (F8, then “Forgot the "
                                   "PIN?”). It is shown only now."))
        self.print_button.setText(self.tr("Print"))
        self.save_button.setText(self.tr("Save as PDF…"))
