"""Errors that carry a Chinese sentence a user can act on."""

from __future__ import annotations


class RuleError(ValueError):
    """An input broke a rule; ``message`` says what is wrong and what to do, in Chinese."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class FieldErrors(ValueError):
    """Several fields of one record are wrong at once, so a form can mark them all."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("；".join(f"{k}：{v}" for k, v in errors.items()))
        self.errors = errors


class EnvironmentFault(RuleError):
    """The machine, not the input or the program, stopped the work: the disk is full, a file
    or folder is read-only, the data file is locked or damaged, a USB stick was pulled out.

    The message says what is wrong and what to do. It is shown like a rule message (a message
    box in the window, exit 3 on the command line) and never as a crash: it is no bug to report.
    """
