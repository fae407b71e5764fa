"""The owner's analytics: SQL over the ledger and its projections, for a period in the shop's time zone.

period (days and bounds), sales (sales-side numbers), ratings (NPS, CSAT), confidence (intervals and
the "within the noise" verdict), customers (silence, rhythm, win-back lists), segments (new, VIP,
regular, at risk, lapsed), dashboard
(all of it for a period and its previous), export (CSV) and report (PDF). Definitions: docs/stats.md.
"""
