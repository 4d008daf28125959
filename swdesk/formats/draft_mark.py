"""The large diagonal "草稿 — 不能签字" drawn across a page of a document that is not final.

A draft printed for checking must never be signed by mistake: a small subtitle is easy to miss
on paper, a grey band across the whole page is not. The 签领表 of an unapproved payroll and the
绩效考评表 before 定稿 draw the same mark, with the same words, size and angle.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

DRAFT_MARK = "草稿 — 不能签字"
MARK_SIZE = 54
MARK_ANGLE = 35
MARK_GREY = 0.6
MARK_ALPHA = 0.35  # drawn over the content, so the words under it stay readable


def draw_draft_mark(c: Canvas, font: str, page_w: float, page_h: float) -> None:
    """The mark across the middle of the page; the canvas state is left as it was."""
    c.saveState()
    c.setFillGray(MARK_GREY)
    c.setFillAlpha(MARK_ALPHA)
    c.setFont(font, MARK_SIZE)
    c.translate(page_w / 2, page_h / 2)
    c.rotate(MARK_ANGLE)
    c.drawCentredString(0, 0, DRAFT_MARK)
    c.restoreState()
