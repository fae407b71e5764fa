"""The owner's screens: PIN dialog, dashboard (tiles, charts, lists), exports and import."""
