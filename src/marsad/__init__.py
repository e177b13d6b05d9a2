"""marsad (مرصد): Arabic conflict reporting to an ACLED-style event dataset."""

__version__ = "0.1.0"
