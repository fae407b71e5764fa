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
from terminal.vouchers import VoucherError, VoucherProblem


def card_problem(problem: CodeProblem) -> str:
    return {
        CodeProblem.UNKNOWN_FORMAT: QCoreApplication.translate("messages", "Not one of our cards."),
        CodeProblem.BAD_CHECK: QCoreApplication.translate(
            "messages", "That card code has a typing error: please check it and try again."),
        CodeProblem.REVOKED: QCoreApplication.translate(
            "messages", "This card was reported lost and is blocked. Look the customer up by name."),
        CodeProblem.NOT_ISSUED: QCoreApplication.translate("messages", "This card was not issued by this shop."),
    }[problem]


def counter_problem(problem: CounterProblem | RedeemProblem) -> str:
    words = {
        CounterProblem.UNKNOWN_CUSTOMER: QCoreApplication.translate("messages", "That customer is not known here."),
        CounterProblem.ERASED_CUSTOMER: QCoreApplication.translate("messages", "That customer's data was erased."),
        CounterProblem.ALREADY_UNDONE: QCoreApplication.translate("messages", "That was already undone."),
        CounterProblem.NOTHING_TO_UNDO: QCoreApplication.translate("messages", "Nothing to undo."),
        CounterProblem.UNKNOWN_RECEIPT: QCoreApplication.translate("messages", "No receipt with that number."),
        CounterProblem.CARD_ALREADY_BOUND: QCoreApplication.translate(
            "messages", "That card already belongs to a customer."),
        CounterProblem.BAD_AMOUNT: QCoreApplication.translate("messages", "Enter an amount above zero."),
        CounterProblem.NAME_REQUIRED: QCoreApplication.translate("messages", "A name is needed."),
        CounterProblem.BAD_LANGUAGE: QCoreApplication.translate("messages", "That language is not one we speak."),
        CounterProblem.BAD_BIRTHDAY: QCoreApplication.translate(
            "messages", "That is not a birthday: a real date, not in the future."),
        CounterProblem.BAD_PHONE: QCoreApplication.translate(
            "messages", "That is not a phone number: type it as you would dial it."),
        CounterProblem.BAD_EMAIL: QCoreApplication.translate(
            "messages", "That is not an e-mail address: it needs a name, @ and a domain."),
        CounterProblem.SAME_CUSTOMER: QCoreApplication.translate(
            "messages", "That is the same customer: choose the other record."),
        CounterProblem.MERGED_CUSTOMER: QCoreApplication.translate(
            "messages", "That record was already merged into another customer."),
        CounterProblem.BELOW_ZERO: QCoreApplication.translate(
            "messages", "Not done: that would take the balance below zero."),
        CounterProblem.REDEMPTION_REFUSED: QCoreApplication.translate(
            "messages", "The reward cannot be confirmed right now."),
        RedeemProblem.UNKNOWN_REWARD: QCoreApplication.translate("messages", "That reward no longer exists."),
        RedeemProblem.NOT_ENOUGH_STAMPS: QCoreApplication.translate(
            "messages", "Not enough stamps for that reward yet."),
        RedeemProblem.NOT_ENOUGH_POINTS: QCoreApplication.translate(
            "messages", "Not enough points for that reward yet."),
    }
    return words[problem]


def redemption_refused(detail: str) -> str:
    return {
        "hub_refused": QCoreApplication.translate(
            "messages", "The hub says this reward was already used at another counter: not redeemed."),
        "offline_refused": QCoreApplication.translate(
            "messages", "The hub cannot be reached, and the owner allows no rewards offline: try again soon."),
        "offline_cap": QCoreApplication.translate(
            "messages", "The hub cannot be reached and this counter's offline reward limit is used up."),
    }.get(detail, counter_problem(CounterProblem.REDEMPTION_REFUSED))


def campaign_problem(problem: CampaignProblem) -> str:
    return {
        CampaignProblem.NAME_REQUIRED: QCoreApplication.translate("messages", "A campaign needs a name."),
        CampaignProblem.BAD_WINDOW: QCoreApplication.translate("messages", "The campaign must end after it starts."),
        CampaignProblem.BAD_OFFER: QCoreApplication.translate(
            "messages", "That offer cannot work: check the points, the multiplier or the hours."),
        CampaignProblem.UNKNOWN_REWARD: QCoreApplication.translate("messages", "That reward is not in the catalogue."),
        CampaignProblem.BAD_CONTROL_SHARE: QCoreApplication.translate(
            "messages", "The control group must be from 0 to 99 percent."),
        CampaignProblem.NO_AUDIENCE: QCoreApplication.translate("messages", "Nobody is in that audience today."),
        CampaignProblem.UNKNOWN_CAMPAIGN: QCoreApplication.translate("messages", "That campaign is not known here."),
        CampaignProblem.NOT_A_MEMBER: QCoreApplication.translate(
            "messages", "This customer is not in that campaign's offer."),
        CampaignProblem.ALREADY_USED: QCoreApplication.translate(
            "messages", "This offer was already used (here or at another counter)."),
        CampaignProblem.NOT_OPEN: QCoreApplication.translate("messages", "That campaign is not running now."),
        CampaignProblem.SALE_NEEDED: QCoreApplication.translate(
            "messages", "Record the sale first: the offer adds to it."),
        CampaignProblem.OFFLINE_REFUSED: QCoreApplication.translate(
            "messages", "The hub cannot be reached to confirm this offer, and the owner allows none offline: "
                        "try again soon."),
        CampaignProblem.OFFLINE_CAP: QCoreApplication.translate(
            "messages", "The hub cannot be reached to confirm this offer, and this counter's offline limit is "
                        "used up."),
    }[problem]


def voucher_problem(problem: VoucherProblem) -> str:
    """A voucher that gives nothing: said plainly, so the cashier can tell the customer why."""
    return {
        VoucherProblem.MALFORMED: QCoreApplication.translate(
            "messages", "This voucher cannot be read: scan it again or type the code under the QR."),
        VoucherProblem.FORGED: QCoreApplication.translate(
            "messages", "Not one of our vouchers: it was changed, made up or is another shop's. Nothing applied."),
        VoucherProblem.NO_SECRET: QCoreApplication.translate(
            "messages", "This terminal cannot check vouchers yet: finish the set-up or sync with the hub once."),
        VoucherProblem.UNKNOWN: QCoreApplication.translate(
            "messages", "This voucher's campaign has not reached this terminal yet: sync, then scan it again."),
        VoucherProblem.NOT_YET: QCoreApplication.translate(
            "messages", "This voucher is not valid yet: its campaign has not started."),
        VoucherProblem.EXPIRED: QCoreApplication.translate(
            "messages", "This voucher has expired: its campaign has ended. Nothing applied."),
        VoucherProblem.USED: QCoreApplication.translate(
            "messages", "This voucher was already used (here or at another counter). Nothing applied."),
        VoucherProblem.ERASED: QCoreApplication.translate(
            "messages", "This voucher's customer was erased: nothing to apply."),
        VoucherProblem.NO_VOUCHERS: QCoreApplication.translate(
            "messages", "Happy hours are for everyone: they have no vouchers."),
    }[problem]


def shop_problem(error: ShopError) -> str:
    return {
        ShopProblem.NAME_REQUIRED: QCoreApplication.translate("messages", "The shop needs a name."),
        ShopProblem.CURRENCY: QCoreApplication.translate(
            "messages", "“{0}” is not a currency: choose one from the list (like EUR or HUF)."),
        ShopProblem.TIMEZONE: QCoreApplication.translate(
            "messages", "“{0}” is not a time zone: choose the shop's from the list (like "
                                  "Europe/Budapest)."),
        ShopProblem.COUNTRY: QCoreApplication.translate(
            "messages", "“{0}” is not a country: choose one from the list."),
        ShopProblem.FEEDBACK_URL: QCoreApplication.translate(
            "messages", "“{0}” is not a web address: it starts with https:// (or http://)."),
        ShopProblem.TOO_LONG: QCoreApplication.translate(
            "messages", "A shop detail is too long (at most 300 characters)."),
    }[error.problem].format(error.text)


def storage_words(problem: Problem) -> str:
    """What a cashier is told when the disk refused a write: it was not saved, and what to do."""
    return {
        Problem.DISK_FULL: QCoreApplication.translate(
            "messages", "The disk is full: this was NOT saved. Free some space on the "
                        "disk, then try again."),
        Problem.READ_ONLY: QCoreApplication.translate(
            "messages", "The data folder cannot be written: this was NOT saved. Check the "
                        "folder's permissions, then try again."),
        Problem.DAMAGED: QCoreApplication.translate(
            "messages", "The database is damaged: this was NOT saved. Close the app and "
                        "start it again to restore it."),
        Problem.UNREADABLE: QCoreApplication.translate(
            "messages", "The database cannot be read: this was NOT saved. Check the disk, "
                        "then start the app again."),
    }.get(Problem.DAMAGED if problem is Problem.TRUNCATED else problem, QCoreApplication.translate(
            "messages", "The database cannot be used: this was NOT saved. Start the app again."))


def staff_problem(problem: StaffProblem) -> str:
    return {
        StaffProblem.NOT_ALLOWED: QCoreApplication.translate(
            "messages", "Your role does not allow this: ask a manager or the owner."),
        StaffProblem.NOT_SIGNED_IN: QCoreApplication.translate("messages", "Sign in with your PIN first."),
        StaffProblem.UNKNOWN_MEMBER: QCoreApplication.translate(
            "messages", "That staff member is not known here (or has left)."),
        StaffProblem.NAME_REQUIRED: QCoreApplication.translate("messages", "A name is needed."),
        StaffProblem.BAD_PIN: QCoreApplication.translate(
            "messages", "A PIN is digits only: at least 6 for owners and managers, 4 for cashiers."),
        StaffProblem.LAST_OWNER: QCoreApplication.translate("messages", "The shop needs at least one owner."),
    }[problem]


def known_error(error: Exception) -> str | None:
    """Words for an error a person can act on, or None when it is a bug."""
    if isinstance(error, CampaignError):
        return campaign_problem(error.problem)
    if isinstance(error, CardCodeError):
        return card_problem(error.problem)
    if isinstance(error, VoucherError):
        return voucher_problem(error.problem)
    if isinstance(error, CounterError):
        if error.problem == CounterProblem.REDEMPTION_REFUSED:
            return redemption_refused(error.detail)
        return counter_problem(error.problem)
    if isinstance(error, AmountError):
        return QCoreApplication.translate("messages", "That is not an amount: type it like 4.50.")
    if isinstance(error, ShopError):
        return shop_problem(error)
    if isinstance(error, StaffError):
        return staff_problem(error.problem)
    if isinstance(error, RulesError):
        return QCoreApplication.translate(
            "messages", "These loyalty rules cannot work: check “{0}”.").format(str(error))
    problem = storage_problem(error)
    if problem is not None:
        return storage_words(problem)
    return None
