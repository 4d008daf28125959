"""Files people read or fill in: Excel rosters (openpyxl) and PDF sheets (reportlab)."""
