"""recognise stage."""
