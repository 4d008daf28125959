"""Counts of people, days and lines as a sentence shows them.

Chinese puts a measure word after the number whatever it is (1 人, 2 人); English needs the
singular for one ("1 person", "2 people"). Each count is its own numerus message (``tr`` with
``n``, which ``pyside6-lupdate`` recognises, giving the English .ts a singular and a plural
form), so a sentence that holds two counts (people and lines) gets both right.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Counts(QObject):
    """The translation context of the counts; one instance, never shown."""

    def people(self, n: int) -> str:
        """“3 人”: how many people a list or a total covers."""
        return self.tr("{n} 人", "count of people", n).format(n=n)

    def days(self, n: int) -> str:
        """“12 天”: the days of a part month that are paid."""
        return self.tr("{n} 天", "count of days", n).format(n=n)

    def lines(self, n: int) -> str:
        """“4 行”: the lines of a payroll."""
        return self.tr("{n} 行", "count of lines", n).format(n=n)


_COUNTS = Counts()
people = _COUNTS.people
days = _COUNTS.days
lines = _COUNTS.lines
