"""Browser tests: the built site in Chromium (a package, so its conftest does not shadow tests/conftest.py)."""
