"""Loyalty Terminal's one entry point.

``python main.py`` starts the terminal; sub-commands do the rest (demo data, scanning, printing,
the hub, sync, stats, screenshots). Each sub-command is a module in ``terminal/cli/`` (no Qt) or
``ui/cli/`` (Qt, imported only when run) with ``NAME``, ``HELP``, ``add_arguments`` and ``run``.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from types import ModuleType

import terminal.cli
import ui.cli


def command_modules() -> list[ModuleType]:
    modules = []
    for package in (terminal.cli, ui.cli):
        for info in pkgutil.iter_modules(package.__path__):
            if not info.name.startswith("_"):
                modules.append(importlib.import_module(f"{package.__name__}.{info.name}"))
    return sorted(modules, key=lambda m: m.NAME)


def add_common(parser: argparse.ArgumentParser, default: object = None) -> None:
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help="folder for the database, backups, logs and settings "
                             "(default: $LOYALTY_DATA_DIR or the platform's user-data folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="Loyalty Terminal: a point-of-sale loyalty terminal.")
    add_common(parser)
    parser.add_argument("--demo", action="store_true",
                        help="run on a fresh folder of demo data (with a simulated camera when there is no webcam)")
    parser.add_argument("--camera", metavar="SOURCE",
                        help="webcam index, video file or folder of images to scan from")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation headless (database, camera path, receipt and card, hub, "
                             "window) in a temporary folder; exit 0 when all pass, 1 naming what failed")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        command = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        add_common(command, default=argparse.SUPPRESS)  # else `main.py --data-dir X cmd` would forget X
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "run", None) is not None:
        return int(args.run(args) or 0)
    if args.self_test:
        from ui.selftest import run_self_test

        return run_self_test()
    from ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
