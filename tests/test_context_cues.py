"""The context rules' word lists (data/context_cues.yaml) compile into alternations in the matching form."""
from __future__ import annotations

import re

import pytest

from marsad.events import cues
from marsad.events.knowledge import KnowledgeError


def test_forms_are_in_the_matching_form_and_stars_take_suffixes():
    rx = re.compile(cues.alt("hit_things") + "$")
    assert rx.match("سياره")  # written سيارة*: ة becomes ه, any suffix allowed
    assert rx.match("دورياتها")
    assert not rx.match("طائره")


def test_longest_form_is_tried_first():
    assert re.match(cues.alt("wound_words"), "ما ادي").group() == "ما ادي"


def test_an_unknown_list_is_named():
    with pytest.raises(KnowledgeError, match="context_cues.yaml: no list named 'nope'"):
        cues.alt("nope")
