"""The one exception readers raise for a whole input they cannot use.

Readers raise ``InputError(reason)``; ``iter_inputs`` turns it into one ``Rejection`` naming the
file, so a bad file never stops the run and never produces more than one line of complaint.
"""
from __future__ import annotations


class InputError(Exception):
    """A whole input is unusable; ``str(err)`` is the human-readable reason."""

    def __init__(self, reason: str, severity: str = "error") -> None:
        super().__init__(reason)
        self.reason = reason
        self.severity = severity
