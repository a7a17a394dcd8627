"""The per-request draft schema without per-request classes: the schema sent and every validation outcome are
those of the exact classes, on the seeds, the fixture pages and generated articles."""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest
from pydantic import ValidationError

from summarise import prepare
from summarise.extract import constrained_model
from summarise.extract.draft import ConstrainedDraft, draft_schema, exact_model
from summarise.extract.request import MAX_CHOICES
from summarise.models import Article

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import articles as generated


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[Article]:
    folder = generated.write_corpus(tmp_path_factory.mktemp("generated"), 30)
    return prepare([ROOT / "seeds", ROOT / "tests" / "fixtures" / "pages", folder])


def _exact(model: type[ConstrainedDraft]) -> Any:
    return exact_model(model.names, model.phrases)


def test_the_schema_sent_is_the_exact_classes_schema(pages: list[Article]) -> None:
    shapes = set()
    for article in pages:
        model = constrained_model(article.cleaned)
        got = model.model_json_schema()
        assert json.dumps(got) == json.dumps(_exact(model).model_json_schema()), article.article_id
        shapes.add((min(len(model.names), 2), min(len(model.phrases), 1)))
    assert len(shapes) >= 2


@pytest.mark.parametrize(
    ("names", "phrases"),
    [((), ()), (("Ana Silva",), ()), (("Ana Silva", "Riverton"), ("on Monday",)), ((), ("July 3", "in May"))],
)
def test_every_shape_of_schema_is_exact(names: tuple[str, ...], phrases: tuple[str, ...]) -> None:
    assert json.dumps(draft_schema(names, phrases)) == json.dumps(exact_model(names, phrases).model_json_schema())


def _answers(text: str, names: tuple[str, ...], phrases: tuple[str, ...]) -> list[Any]:
    first = next(p for p in text.split("\n\n") if len(p.split()) > 8).split(". ")[0].rstrip(".") + "."
    event = {"what": first[:190], "evidence": first[:290]}
    name = names[0] if names else "Nobody Known"
    phrase = phrases[0] if phrases else ""
    return [
        {"summary": first[:380], "events": [event]},
        {"summary": first[:380], "events": [event | {"who": [name], "when": phrase}]},
        {"summary": first[:380], "events": [event | {"who": ["Somebody Invented"]}]},
        {"summary": first[:380], "events": [event | {"who": [" " + name]}]},
        {"summary": first[:380], "events": [event | {"who": [name] * 5}]},
        {"summary": first[:380], "events": [event | {"when": "on a day never written"}]},
        {"summary": first[:380], "events": [event | {"when": " " + phrase}]},
        {"summary": first[:380], "events": [{"what": "Aliens landed.", "evidence": "Aliens landed in the square."}]},
        {"summary": "x", "events": []},
        {"events": [event]},
        {"summary": first[:380], "events": [event], "extra": 1},
        {"summary": first[:380], "events": [event | {"who": [1]}]},
        "not json at all",
    ]


def _outcome(model: Any, method: str, answer: Any, **options: Any) -> Any:
    try:
        return getattr(model, method)(answer, **options).model_dump(mode="json")
    except ValidationError as exc:
        return str(exc)


@pytest.mark.parametrize("strict", [None, True])
def test_answers_are_judged_as_the_exact_classes_judge_them(pages: list[Article], strict: bool | None) -> None:
    checked = 0
    for article in pages[::3]:
        model = constrained_model(article.cleaned)
        exact = _exact(model)
        exact.grounding = model.grounding
        assert len(model.names) <= MAX_CHOICES
        for answer in _answers(article.cleaned, model.names, model.phrases):
            raw = answer if isinstance(answer, str) else json.dumps(answer)
            got = _outcome(model, "model_validate_json", raw, strict=strict)
            assert got == _outcome(exact, "model_validate_json", raw, strict=strict), (article.article_id, raw)
            if not isinstance(answer, str):
                context = {"article": article.cleaned}
                got = _outcome(model, "model_validate", answer, strict=strict, context=context)
                assert got == _outcome(exact, "model_validate", answer, strict=strict, context=context)
            checked += 1
    assert checked > 50


def test_no_class_is_built_for_an_answer_that_passes(pages: list[Article]) -> None:
    article = pages[0]
    model = constrained_model(article.cleaned)
    first = _answers(article.cleaned, model.names, model.phrases)[0]
    model.model_validate(first)
    assert model.built is None
    with pytest.raises(ValidationError):
        model.model_validate({"summary": "x"})
    assert model.built is not None


def test_a_request_names_its_schema_as_before(pages: list[Article]) -> None:
    from instructor.v2.core.response_model import prepare_response_model

    model = constrained_model(pages[0].cleaned)
    wrapped = prepare_response_model(model)
    assert wrapped is not None and wrapped.__name__ == "CheckedSummaryDraft"
    assert wrapped.model_json_schema() == model.model_json_schema()


def test_records_share_which_fields_were_given_until_one_is_assigned() -> None:
    from summarise.models import EventDate

    a, b = EventDate(), EventDate()
    assert a.__pydantic_fields_set__ is b.__pydantic_fields_set__  # one set for both: memory at scale
    a.phrase = "on Monday"
    assert a.model_fields_set == {"phrase"} and b.model_fields_set == set()
    c = b.model_copy(update={"phrase": "today"})
    assert c.model_fields_set == {"phrase"} and b.model_fields_set == set()
