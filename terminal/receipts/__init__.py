"""Printed matter: receipts for thermal rolls, loyalty cards and card sheets, as reportlab PDFs."""
