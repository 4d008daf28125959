"""Every file format people receive or hand in: Excel sheets (read and written) and PDF sheets.

Rosters, sign-in sheets, exam results and appraisal lists are Excel (openpyxl writes them);
appraisal sheets and transcripts are PDF (reportlab, with an embedded CJK font). The GUI and the
CLI reach these through ``swdesk.services`` or directly; nothing here knows about Qt.
"""
