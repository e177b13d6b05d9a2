"""adoc.tokens is built lazily: every way of reading it gives what the eager tokenizer built."""
from __future__ import annotations

import copy
import pickle

from marsad.models import Document
from marsad.pipeline import prepare
from marsad.text.tokens import LazyTokens, _build, tokenize

TEXT = "وَاستهدفت قوات النظام بالمدفعيّة بلدة «المزيريب» في 29 تموز."


def _tokens() -> LazyTokens:
    adoc = prepare(Document("t", TEXT))
    tokenize(adoc)
    return adoc.tokens


def test_lazy_tokens_read_like_the_eager_list():
    eager = _build(prepare(Document("t", TEXT)).norm.text)
    assert len(eager) == 9
    assert isinstance(_tokens(), list)
    assert len(_tokens()) == 9 and bool(_tokens())
    assert _tokens() == eager and eager == _tokens()
    assert _tokens()[3] == eager[3] and _tokens()[1:3] == eager[1:3]
    assert list(_tokens()) == eager and list(reversed(_tokens())) == eager[::-1]
    assert [] + _tokens() == eager and _tokens() + [] == eager
    assert repr(_tokens()) == repr(eager)
    assert _tokens().index(eager[2]) == 2 and eager[5] in _tokens()


def test_lazy_tokens_copy_pickle_and_mutate():
    eager = _build(prepare(Document("t", TEXT)).norm.text)
    assert copy.deepcopy(_tokens()) == eager and copy.copy(_tokens()) == eager
    assert pickle.loads(pickle.dumps(_tokens())) == eager
    toks = _tokens()
    toks.append(eager[0])
    assert len(toks) == 10 and toks[-1] == eager[0]
