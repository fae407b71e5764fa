"""Logging: a named logger per area (scan, db, sync, print, ui) into a rotating file in the data folder."""

from __future__ import annotations

import io
import logging
import logging.handlers
import sys
import threading
from pathlib import Path

from terminal.paths import logs_dir, private_file

FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files (the current one and each new one after a rotation) are 0600.

    Logs carry customer ids, receipt numbers and hub addresses, never names (terminal.erasure also
    redacts old lines at an erasure); still, they are nobody else's business.
    """

    def _open(self) -> io.TextIOWrapper:
        private_file(Path(self.baseFilename))
        return super()._open()


def setup_logging(data_folder: Path, level: int = logging.INFO) -> Path:
    """Log to logs/terminal.log (rotated) and stderr; route uncaught errors of every thread there."""
    path = logs_dir(data_folder) / "terminal.log"
    root = logging.getLogger()
    root.setLevel(level)
    file_handler = PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter(FORMAT))
    console = logging.StreamHandler()
    console.setFormatter(logging.Formatter(FORMAT))
    console.setLevel(logging.WARNING)
    root.addHandler(file_handler)
    root.addHandler(console)

    def excepthook(kind: type[BaseException], value: BaseException, tb: object) -> None:
        logging.getLogger("bug").critical("uncaught exception", exc_info=(kind, value, tb))  # type: ignore[arg-type]

    def thread_excepthook(args: threading.ExceptHookArgs) -> None:
        logging.getLogger("bug").critical("uncaught exception in thread %s", args.thread and args.thread.name,
                                          exc_info=(args.exc_type, args.exc_value, args.exc_traceback))  # type: ignore[arg-type]

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    return path
