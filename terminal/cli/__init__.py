"""Sub-commands of main.py that need no Qt: one module each, discovered by main.py."""
