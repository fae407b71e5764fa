"""Which column of an imported file is which field: names in the shop's languages and common synonyms,
or the owner's own mapping (``--map amount=Végösszeg``, the app's import dialog)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from terminal.import_format import header_key

# Per field, the names a column may have (en, hu, ru, uk, lt, fa and what POS exports write), as written;
# they are compared as ``header_key`` spells them (case, accents, spaces and punctuation do not matter).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "customer": ("customer", "customer id", "customer no", "customer number", "customer code", "client",
                 "client id", "member", "member id", "card", "card number", "card no", "loyalty id", "key",
                 "external key", "vásárló", "vevő", "ügyfél", "ügyfélazonosító", "ügyfélkód", "vevőkód",
                 "vásárlókód", "kártyaszám", "клиент", "покупатель", "код клиента", "номер карты", "карта",
                 "клієнт", "покупець", "код клієнта", "номер картки", "картка", "klientas", "pirkėjas",
                 "kliento kodas", "kortelė", "kortelės numeris", "مشتری", "کد مشتری", "شماره کارت"),
    "date": ("date", "datetime", "date time", "timestamp", "sale date", "order date", "purchase date",
             "invoice date", "transaction date", "created", "created at", "dátum", "időpont", "vásárlás dátuma",
             "kelt", "дата", "дата продажи", "дата покупки", "дата и время", "дата продажу", "дата покупки",
             "дата і час", "data", "pirkimo data", "تاریخ"),
    "time": ("time", "sale time", "idő", "время", "час", "laikas", "زمان", "ساعت"),
    "amount": ("amount", "total", "sum", "value", "spend", "gross", "total amount", "order total", "sale amount",
               "paid", "összeg", "végösszeg", "bruttó", "fizetett", "érték", "сумма", "итого", "стоимость",
               "сума", "разом", "вартість", "suma", "iš viso", "mokėta", "مبلغ", "جمع", "مبلغ کل"),
    "receipt": ("receipt", "receipt no", "receipt number", "receipt id", "invoice", "invoice no", "invoice number",
                "order", "order id", "order no", "order number", "transaction", "transaction id", "bill", "ticket",
                "document", "nyugta", "nyugtaszám", "számla", "számlaszám", "bizonylat", "bizonylatszám", "чек",
                "номер чека", "документ", "заказ", "номер заказа", "замовлення", "kvitas", "kvito numeris",
                "čekis", "čekio numeris", "sąskaita", "رسید", "شماره رسید", "فاکتور"),
    "name": ("name", "full name", "customer name", "client name", "név", "teljes név", "vásárló neve", "ügyfél neve",
             "имя", "фио", "ф и о", "имя клиента", "ім'я", "піб", "ім'я клієнта", "vardas", "vardas pavardė",
             "vardas ir pavardė", "نام", "نام مشتری"),
    "phone": ("phone", "telephone", "phone number", "mobile", "tel", "cell", "telefon", "telefonszám", "mobil",
              "телефон", "номер телефона", "номер телефону", "telefonas", "tel nr", "تلفن", "موبایل", "شماره تلفن"),
    "email": ("email", "e-mail", "mail", "email address", "e-mail cím", "email cím", "эл почта", "электронная почта",
              "почта", "ел пошта", "електронна пошта", "el paštas", "ایمیل", "پست الکترونیک"),
    "birthday": ("birthday", "birth date", "date of birth", "dob", "születésnap", "születési dátum", "день рождения",
                 "дата рождения", "день народження", "дата народження", "gimimo data", "gimtadienis",
                 "تاریخ تولد"),
    "consent": ("consent", "opt in", "marketing", "newsletter", "marketing consent", "hozzájárulás", "hírlevél",
                "согласие", "рассылка", "згода", "розсилка", "sutikimas", "naujienlaiškis", "رضایت"),
}
SALES_FIELDS = ("customer", "date", "time", "amount", "receipt")
SALES_REQUIRED = ("customer", "date", "amount")
CUSTOMER_FIELDS = ("customer", "name", "phone", "email", "birthday", "consent")
CUSTOMER_REQUIRED = ("customer",)
_KEYS = {field: {header_key(name) for name in names} for field, names in SYNONYMS.items()}


def names_of(field: str) -> set[str]:
    """The header keys that name ``field``."""
    return _KEYS[field]


class HeaderProblem(ValueError):
    """The header cannot be matched: what is missing, in words, with a hint."""


@dataclass(frozen=True)
class Columns:
    """field -> column index, for the fields the file has."""

    at: Mapping[str, int]

    def get(self, row: list[str], field: str) -> str:
        index = self.at.get(field)
        return row[index].strip() if index is not None and index < len(row) else ""


def parse_mapping(text: str) -> dict[str, str]:
    """``amount=Végösszeg,date=Kelt`` (as --map takes it) -> {"amount": "Végösszeg", "date": "Kelt"}."""
    mapping = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        field, sep, column = part.partition("=")
        field = field.strip().lower()
        if not sep or field not in SYNONYMS or not column.strip():
            raise HeaderProblem(f"--map {part!r} is not FIELD=COLUMN with FIELD one of {', '.join(SYNONYMS)}")
        mapping[field] = column.strip()
    return mapping


def find_columns(header: list[str], fields: tuple[str, ...],
                 mapping: Mapping[str, str] | None = None) -> dict[str, int]:
    """Each field's column, as far as it can be found: the owner's mapping first (by name as written, or
    by 1-based number), then the names in SYNONYMS. HeaderProblem for a mapping that names no column."""
    keys = [header_key(name) for name in header]
    at: dict[str, int] = {}
    for field, column in (mapping or {}).items():
        if field not in fields:
            raise HeaderProblem(f"this file kind has no field {field!r}: it has {', '.join(fields)}")
        wanted = header_key(column)
        if column.isdigit() and 1 <= int(column) <= len(header):
            at[field] = int(column) - 1
        elif wanted in keys:
            at[field] = keys.index(wanted)
        else:
            raise HeaderProblem(f"{field} is mapped to column {column!r}, but the header has no such column "
                                f"(it has {_listing(header)})")
    taken = set(at.values())
    for field in fields:
        if field in at:
            continue
        for index, key in enumerate(keys):
            if index not in taken and key in _KEYS[field]:
                at[field] = index
                taken.add(index)
                break
    return at


def missing_columns(header: list[str], at: Mapping[str, int], required: tuple[str, ...]) -> str | None:
    """Why the header cannot be used, with a hint, or None when every required field has a column."""
    missing = [field for field in required if field not in at]
    if not missing:
        return None
    examples = "; ".join(f"{field}: e.g. {', '.join(SYNONYMS[field][:1] + _local(field))}" for field in missing)
    return (f"no column for {', '.join(missing)} (the header has {_listing(header)}). Name the columns "
            f"({examples}) or say which column holds each")


def mapping_hint(header: list[str], at: Mapping[str, int], required: tuple[str, ...]) -> str:
    """The command line's way to say which column holds a missing field, e.g. ``--map date="Nap"``."""
    missing = [field for field in required if field not in at]
    return " ".join(f'--map {field}="{_guess(header, at)}"' for field in missing[:1])


def match_columns(header: list[str], fields: tuple[str, ...], required: tuple[str, ...],
                  mapping: Mapping[str, str] | None = None) -> Columns:
    """Each field's column; HeaderProblem, with the file's columns named, when a required field has none."""
    at = find_columns(header, fields, mapping)
    problem = missing_columns(header, at, required)
    if problem:
        raise HeaderProblem(problem)
    return Columns(at)


def _listing(header: list[str]) -> str:
    return ", ".join(repr(name) for name in header) if any(header) else "no names"


def _local(field: str) -> tuple[str, ...]:
    """One name per language beyond English, for the hint (the first of each script found)."""
    names = SYNONYMS[field]
    picks = []
    for test in (lambda n: any(c in "áéíóöőúüű" for c in n), lambda n: any("\u0400" <= c <= "\u04ff" for c in n)):
        found = next((n for n in names if test(n)), None)
        if found:
            picks.append(found)
    return tuple(picks)


def _guess(header: list[str], at: Mapping[str, int]) -> str:
    free = [name for index, name in enumerate(header) if index not in at.values() and name]
    return free[0] if free else "COLUMN"
