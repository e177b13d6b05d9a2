"""The ``marsad`` command.

Exit codes: 0 all inputs processed, 1 some inputs rejected, 2 usage error (typer's own).
Each subcommand imports its stage lazily so ``marsad --help`` stays instant.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="marsad (مرصد): Arabic conflict reporting to a geocoded, source-attributed event dataset.",
)


@app.command()
def run(
    inputs: list[Path] = typer.Argument(..., help="Files or folders (.txt .html .htm .json .jsonl .xml .rss .atom)."),
    out: Path = typer.Option(..., "--out", "-o", file_okay=False, help="Output folder (created if missing)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, no summary (rejections are still reported)."),
    reanalyse: bool = typer.Option(
        True, "--reanalyse/--no-reanalyse", help="Re-analyse documents already in the store (default) or keep their events."
    ),
    store_url: Optional[str] = typer.Option(
        None, "--store-url", help="SQLAlchemy URL of the store (default: sqlite file OUT/marsad.sqlite)."
    ),
    max_mb: float = typer.Option(20.0, "--max-mb", help="Reject input files larger than this many megabytes."),
) -> None:
    """Process a corpus end to end and write events, documents, incidents and the report.

    Exit code 0: all inputs processed; 1: some inputs rejected; 2: usage error.
    """
    from marsad.runner import run_corpus

    code = run_corpus(
        [str(p) for p in inputs], out, quiet=quiet, reanalyse=reanalyse, store_url=store_url, max_bytes=int(max_mb * 1_000_000)
    )
    raise typer.Exit(code)


@app.command()
def geo(
    text: Optional[str] = typer.Argument(None, help="Arabic text to geoparse."),
    file: Optional[Path] = typer.Option(None, "--file", "-f", help="Read the text from this file."),
) -> None:
    """Print every place mention with its resolution and the reason it was chosen."""
    from marsad.recognise.places import explain

    if file is not None:
        text = file.read_text(encoding="utf-8")
    if not text:
        raise typer.BadParameter("give a text or --file")
    typer.echo(explain(text))


@app.command()
def evaluate(
    gold_dir: Path = typer.Argument(..., help="Folder with NAME.docs.jsonl and NAME.events.jsonl."),
    out_dir: Path = typer.Argument(..., help="A marsad output folder (its events.jsonl is scored)."),
    name: str = typer.Option("seeds", help="Reference set name."),
    json_out: bool = typer.Option(False, "--json", help="Print one JSON object."),
    details: bool = typer.Option(False, "--details", help="Also list missed references, false positives and wrong fields."),
) -> None:
    """Score a run's events against hand-coded reference events (same rules as score_events.py)."""
    from marsad.evaluate import main as evaluate_main

    evaluate_main(gold_dir, out_dir, name=name, as_json=json_out, show_details=details)


@app.command()
def bench(
    n: int = typer.Option(2000, "--n", help="Number of generated documents."),
    cores: int = typer.Option(1, "--cores", help="Worker processes for the analyse-only figure."),
) -> None:
    """Print documents per second and peak memory of the whole pipeline on generated documents."""
    from marsad.bench import main as bench_main

    bench_main(n, cores=cores)


if __name__ == "__main__":
    app()
