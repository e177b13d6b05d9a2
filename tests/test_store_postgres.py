"""The same store on PostgreSQL, when one is offered: MARSAD_TEST_POSTGRES_URL=postgresql+psycopg://…

Skipped otherwise (CI has no PostgreSQL); it shows that the Store needs only a URL to change backend.
The test drops and recreates marsad's tables in that database.
"""
from __future__ import annotations

import json
import os

import pytest

from marsad.runner import run_corpus

URL = os.environ.get("MARSAD_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="MARSAD_TEST_POSTGRES_URL not set")

AR = "شهدت مدينة درعا اشتباكات عنيفة بين قوات النظام وأهالي المنطقة، وقتل ثلاثة مدنيين جراء القصف."


def test_run_twice_on_postgresql(tmp_path):
    from sqlalchemy import create_engine, func, select

    from marsad.store import sql

    engine = create_engine(URL)
    sql.METADATA.drop_all(engine)
    corpus = tmp_path / "in"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"d{i}.txt").write_text(f"{AR}\nالخبر {i}", encoding="utf-8")
    out = tmp_path / "out"
    assert run_corpus([str(corpus)], out, quiet=True, store_url=URL) == 0
    assert run_corpus([str(corpus)], out, quiet=True, store_url=URL) == 0
    assert not (out / "marsad.sqlite").exists()
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(sql.documents)).scalar_one() == 3
        assert [r.status for r in conn.execute(select(sql.runs.c.status))] == ["ok", "ok"]
    assert len((out / "documents.jsonl").read_text(encoding="utf-8").splitlines()) == 3
    assert all(json.loads(x)["doc_id"].startswith("d") for x in (out / "events.jsonl").read_text().splitlines())
    engine.dispose()
