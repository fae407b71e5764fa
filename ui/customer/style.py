"""The customer screen's look: warm and calm, large type, sized from one unit (a 15 mm button)."""

from __future__ import annotations

INK, MUTED, ACCENT, PAPER, LINE = "#2b2118", "#6d5d4f", "#6b4226", "#fbf6ef", "#b89b7a"


def style_sheet(unit: int) -> str:
    def px(factor: float) -> str:
        return f"{max(8, round(unit * factor))}px"

    return f"""
QWidget#customerScreen {{ background: {PAPER}; }}
QLabel {{ color: {INK}; background: transparent; }}
QLabel#shopName {{ font-size: {px(0.95)}; font-weight: 700; color: {ACCENT}; }}
QLabel#idleMessage {{ font-size: {px(0.5)}; color: {MUTED}; }}
QLabel#title {{ font-size: {px(0.5)}; font-weight: 600; }}
QLabel#headline {{ font-size: {px(0.46)}; }}
QLabel#subtitle {{ font-size: {px(0.4)}; font-weight: 600; }}
QLabel#hint {{ font-size: {px(0.3)}; color: {MUTED}; }}
QPushButton {{ font-size: {px(0.4)}; color: {INK}; background: white; border: 3px solid {LINE};
               border-radius: {px(0.18)}; padding: 0 {px(0.25)}; }}
QPushButton:focus {{ border-color: #1d3557; }}
QPushButton:pressed {{ background: #f0e2cf; }}
QPushButton:disabled {{ color: {MUTED}; }}
QPushButton#score {{ font-size: {px(0.5)}; font-weight: 700; padding: 0; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border-color: {ACCENT}; font-weight: 600; }}
QPushButton#primary:pressed {{ background: #4e2f1a; }}
QPushButton#skip {{ background: transparent; border-color: #d8c8b4; color: {MUTED}; }}
QPushButton#smiley {{ background: transparent; border: none; }}
QPushButton#key {{ font-size: {px(0.4)}; border-width: 2px; border-radius: {px(0.12)}; padding: 0; }}
QLineEdit#comment {{ font-size: {px(0.42)}; color: {INK}; background: white; border: 3px solid {LINE};
                     border-radius: {px(0.12)}; padding: 0 {px(0.2)}; }}
"""
