"""The compiled translations (built_translations) and a clean English start and end for every test with
a QApplication (screens_language) are in tests/conftest.py, for every directory's screens."""
