"""Pages in the shapes real sites produce (tests/fixtures/pages): date, title, lead, figures, furniture and
hard sentences, scored per page. The floors are the scores measured when the corpus was written; a change
that lowers one fails here (``python tests/page_corpus.py -v`` shows what each page got wrong).
"""

from __future__ import annotations

import pytest

from .page_corpus import FIELDS, score_all

FLOORS = {"date": 1.0, "title": 1.0, "lead": 1.0, "figures": 0.975, "furniture": 0.98, "sentences": 1.0}


@pytest.fixture(scope="module")
def scores() -> tuple[dict[str, float], list]:
    return score_all()


@pytest.mark.parametrize("field", FIELDS)
def test_no_field_falls_below_its_floor(field: str, scores: tuple[dict[str, float], list]) -> None:
    totals, pages = scores
    wrong = {p.name: p.wrong[field] for p in pages if field in p.wrong}
    assert totals[field] >= FLOORS[field], wrong


def test_the_corpus_has_thirty_pages_in_several_languages(scores: tuple[dict[str, float], list]) -> None:
    import json

    from .page_corpus import PAGES

    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    assert len(scores[1]) == len(expected) >= 30
    assert len({v["language"] for v in expected.values()}) >= 5


def test_a_lead_that_opens_with_a_dateline_keeps_its_sentence(scores: tuple[dict[str, float], list]) -> None:
    _, pages = scores
    wire = next(p for p in pages if p.name.startswith("01_"))
    assert wire.right["lead"] == 1.0 and wire.right["date"] == 1.0
