"""Sub-commands of main.py that use Qt: one module each; they import Qt only inside ``run``."""
