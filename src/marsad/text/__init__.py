"""Text layer: cleaning, matching form, sentences and tokens, all keeping offsets to the original."""
