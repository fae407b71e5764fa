"""Words for the domain's reason codes: the domain says why, the UI says it to a person."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from terminal.campaigns import CampaignError, CampaignProblem
from terminal.cards import CardCodeError, CodeProblem
from terminal.counter import CounterError, CounterProblem
from terminal.health import Problem, storage_problem
from terminal.loyalty import RedeemProblem, RulesError
from terminal.money import AmountError
from terminal.shop import ShopError, ShopProblem
from terminal.staff import StaffError, StaffProblem


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def card_problem(problem: CodeProblem) -> str:
    return {
        CodeProblem.UNKNOWN_FORMAT: _tr("Not one of our cards."),
        CodeProblem.BAD_CHECK: _tr("That card code has a typing error: please check it and try again."),
        CodeProblem.REVOKED: _tr("This card was reported lost and is blocked. Look the customer up by name."),
        CodeProblem.NOT_ISSUED: _tr("This card was not issued by this shop."),
    }[problem]


def counter_problem(problem: CounterProblem | RedeemProblem) -> str:
    words = {
        CounterProblem.UNKNOWN_CUSTOMER: _tr("That customer is not known here."),
        CounterProblem.ERASED_CUSTOMER: _tr("That customer's data was erased."),
        CounterProblem.ALREADY_UNDONE: _tr("That was already undone."),
        CounterProblem.NOTHING_TO_UNDO: _tr("Nothing to undo."),
        CounterProblem.UNKNOWN_RECEIPT: _tr("No receipt with that number."),
        CounterProblem.CARD_ALREADY_BOUND: _tr("That card already belongs to a customer."),
        CounterProblem.BAD_AMOUNT: _tr("Enter an amount above zero."),
        CounterProblem.NAME_REQUIRED: _tr("A name is needed."),
        CounterProblem.BAD_BIRTHDAY: _tr("That is not a birthday: a real date, not in the future."),
        CounterProblem.BAD_PHONE: _tr("That is not a phone number: type it as you would dial it."),
        CounterProblem.BAD_EMAIL: _tr("That is not an e-mail address: it needs a name, @ and a domain."),
        CounterProblem.SAME_CUSTOMER: _tr("That is the same customer: choose the other record."),
        CounterProblem.MERGED_CUSTOMER: _tr("That record was already merged into another customer."),
        CounterProblem.BELOW_ZERO: _tr("Not done: that would take the balance below zero."),
        CounterProblem.REDEMPTION_REFUSED: _tr("The reward cannot be confirmed right now."),
        RedeemProblem.UNKNOWN_REWARD: _tr("That reward no longer exists."),
        RedeemProblem.NOT_ENOUGH_STAMPS: _tr("Not enough stamps for that reward yet."),
        RedeemProblem.NOT_ENOUGH_POINTS: _tr("Not enough points for that reward yet."),
    }
    return words[problem]


def redemption_refused(detail: str) -> str:
    return {
        "hub_refused": _tr("The hub says this reward was already used at another counter: not redeemed."),
        "offline_refused": _tr("The hub cannot be reached, and the owner allows no rewards offline: try again soon."),
        "offline_cap": _tr("The hub cannot be reached and this counter's offline reward limit is used up."),
    }.get(detail, counter_problem(CounterProblem.REDEMPTION_REFUSED))


def campaign_problem(problem: CampaignProblem) -> str:
    return {
        CampaignProblem.NAME_REQUIRED: _tr("A campaign needs a name."),
        CampaignProblem.BAD_WINDOW: _tr("The campaign must end after it starts."),
        CampaignProblem.BAD_OFFER: _tr("That offer cannot work: check the points, the multiplier or the hours."),
        CampaignProblem.UNKNOWN_REWARD: _tr("That reward is not in the catalogue."),
        CampaignProblem.BAD_CONTROL_SHARE: _tr("The control group must be from 0 to 99 percent."),
        CampaignProblem.NO_AUDIENCE: _tr("Nobody is in that audience today."),
        CampaignProblem.UNKNOWN_CAMPAIGN: _tr("That campaign is not known here."),
        CampaignProblem.NOT_A_MEMBER: _tr("This customer is not in that campaign's offer."),
        CampaignProblem.ALREADY_USED: _tr("This offer was already used (here or at another counter)."),
        CampaignProblem.NOT_OPEN: _tr("That campaign is not running now."),
        CampaignProblem.SALE_NEEDED: _tr("Record the sale first: the offer adds to it."),
    }[problem]


def shop_problem(error: ShopError) -> str:
    return {
        ShopProblem.NAME_REQUIRED: _tr("The shop needs a name."),
        ShopProblem.CURRENCY: _tr("“{0}” is not a currency: choose one from the list (like EUR or HUF)."),
        ShopProblem.TIMEZONE: _tr("“{0}” is not a time zone: choose the shop's from the list (like "
                                  "Europe/Budapest)."),
        ShopProblem.COUNTRY: _tr("“{0}” is not a country: choose one from the list."),
        ShopProblem.FEEDBACK_URL: _tr("“{0}” is not a web address: it starts with https:// (or http://)."),
        ShopProblem.TOO_LONG: _tr("A shop detail is too long (at most 300 characters)."),
    }[error.problem].format(error.text)


def storage_words(problem: Problem) -> str:
    """What a cashier is told when the disk refused a write: it was not saved, and what to do."""
    return {
        Problem.DISK_FULL: _tr("The disk is full: this was NOT saved. Free some space on the disk, then try again."),
        Problem.READ_ONLY: _tr("The data folder cannot be written: this was NOT saved. Check the folder's "
                               "permissions, then try again."),
        Problem.DAMAGED: _tr("The database is damaged: this was NOT saved. Close the app and start it again to "
                             "restore it."),
        Problem.TRUNCATED: _tr("The database is damaged: this was NOT saved. Close the app and start it again to "
                               "restore it."),
        Problem.UNREADABLE: _tr("The database cannot be read: this was NOT saved. Check the disk, then start the "
                                "app again."),
    }.get(problem, _tr("The database cannot be used: this was NOT saved. Start the app again."))


def staff_problem(problem: StaffProblem) -> str:
    return {
        StaffProblem.NOT_ALLOWED: _tr("Your role does not allow this: ask a manager or the owner."),
        StaffProblem.NOT_SIGNED_IN: _tr("Sign in with your PIN first."),
        StaffProblem.UNKNOWN_MEMBER: _tr("That staff member is not known here (or has left)."),
        StaffProblem.NAME_REQUIRED: _tr("A name is needed."),
        StaffProblem.BAD_PIN: _tr("A PIN is digits only: at least 6 for owners and managers, 4 for cashiers."),
        StaffProblem.LAST_OWNER: _tr("The shop needs at least one owner."),
    }[problem]


def known_error(error: Exception) -> str | None:
    """Words for an error a person can act on, or None when it is a bug."""
    if isinstance(error, CampaignError):
        return campaign_problem(error.problem)
    if isinstance(error, CardCodeError):
        return card_problem(error.problem)
    if isinstance(error, CounterError):
        if error.problem == CounterProblem.REDEMPTION_REFUSED:
            return redemption_refused(error.detail)
        return counter_problem(error.problem)
    if isinstance(error, AmountError):
        return _tr("That is not an amount: type it like 4.50.")
    if isinstance(error, ShopError):
        return shop_problem(error)
    if isinstance(error, StaffError):
        return staff_problem(error.problem)
    if isinstance(error, RulesError):
        return _tr("These loyalty rules cannot work: check “{0}”.").format(str(error))
    problem = storage_problem(error)
    if problem is not None:
        return storage_words(problem)
    return None
