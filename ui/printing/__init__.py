"""Printing receipts through Qt's print support, off the GUI thread, with a save-as-PDF fallback."""
