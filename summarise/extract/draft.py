"""The schema a model fills for one article, in which "who" and "when" can only be names and date phrases
written in it, and the check of its answers, without building Pydantic classes for every request.

Building a Pydantic class costs milliseconds (fields collected, validators built), and every request used to
build several: its event and summary classes, the same again to size the prompt, and instructor's wrapper,
whose validator was built again for the answer. Now a request gets a bare subclass of ``ConstrainedDraft`` that
carries the article's names and phrases and builds nothing:

* its JSON Schema is the exact schema of ``exact_model`` with those names and phrases put in. The exact classes
  are built once per shape (no names, one, several; no phrases, some) with placeholder values, and each
  request's schema is that template filled in; a test compares the two on many articles;
* an answer is validated by one class built once, in which "who" and "when" take any string, and then its
  names and phrases are looked up. When anything fails, the exact classes are built for that request and
  validate the answer again, so a re-ask carries the very errors it always did.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from typing import Any, ClassVar, Self, cast

from pydantic import ConfigDict, Field, ValidationError, ValidationInfo, create_model, model_validator

from summarise import ground
from summarise.models import EventDraft, SummaryDraft, list_of, one_of

MAX_EVENTS = 5
WHO = "People or organisations named in the article."
WHEN = "The date words exactly as the article writes them, or empty."
CHOICE = "The number of the listed sentence that states the event."


def choice_ids(count: int) -> list[str]:
    """What the model writes for the listed sentences: "S1", "S2" ... (a token or two, not the sentence)."""
    return [f"S{n}" for n in range(1, count + 1)]


class CheckedSummaryDraft(SummaryDraft):
    """``SummaryDraft`` that, given its article, rejects what it cannot find there.

    The article comes with the class built for each request (``grounding``), or as a validation context.
    It never travels through instructor's ``context``, which would render the article as a template.
    """

    grounding: ClassVar[dict[str, Any]] = {}

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> CheckedSummaryDraft:
        ctx = info.context or type(self).grounding
        text = ctx.get("article")
        if not text:
            return self
        problems = []
        for i, ev in enumerate(self.events):
            found = ground.find_evidence(ev.evidence, ev.what, text, "check")
            if found is None:
                problems.append(f"events[{i}].evidence is not a sentence of the article: copy one sentence exactly")
                continue
            problems += [f"events[{i}].what: {p}" for p in ground.unsupported(ev.what, found.text)]
            if ev.when and not ground.date_written(ev.when, text):
                problems.append(
                    f"events[{i}].when {ev.when!r} is not written in the article: copy it or leave it empty"
                )
        problems += [f"summary: {p}" for p in ground.unsupported(self.summary, text, text)]
        if problems:
            raise ValueError("; ".join(problems))
        return self


def exact_model(
    names: tuple[str, ...], phrases: tuple[str, ...], choices: tuple[str, ...] = ()
) -> type[CheckedSummaryDraft]:
    """The draft as Pydantic classes: the definition every sent schema and every re-ask's errors come from.
    With ``choices`` (the extractive mode) an event's evidence can only be one of those sentences."""
    chosen: dict[str, Any] = {"evidence": (one_of(choices), Field(description=CHOICE))} if choices else {}
    event = create_model(
        "EventDraft",
        __base__=EventDraft,
        **chosen,
        who=(
            list_of(one_of(names or ("",))),
            Field(default_factory=list, max_length=4 if names else 0, description=WHO),
        ),
        when=(one_of(("", *phrases)), Field(default="", description=WHEN)),
    )
    return create_model(
        "CheckedSummaryDraft",
        __base__=CheckedSummaryDraft,
        events=(list_of(event), Field(default_factory=list, max_length=MAX_EVENTS)),
    )


_MARK = "\x00"  # never in an article's text: decoding removes control characters


@lru_cache(maxsize=16)
def _template(names: int, phrases: int, choices: int) -> str:
    """The exact schema with placeholder names, phrases and sentences, as JSON text (built once per shape)."""
    marks = exact_model(
        tuple(f"{_MARK}who{i}" for i in range(names)),
        tuple(f"{_MARK}when{i}" for i in range(phrases)),
        tuple(f"{_MARK}choice{i}" for i in range(choices)),
    )
    return json.dumps(marks.model_json_schema())


def _fill(node: Any, values: dict[str, list[str]]) -> Any:
    """The template with each placeholder replaced: in a list by all its values, alone by its first."""
    if isinstance(node, dict):
        return {k: _fill(v, values) for k, v in node.items()}
    if isinstance(node, list):
        out: list[Any] = []
        for item in node:
            if isinstance(item, str) and item in values:
                out += values[item]
            else:
                out.append(_fill(item, values))
        return out
    if isinstance(node, str) and node in values:
        return values[node][0]
    return node


def draft_schema(names: tuple[str, ...], phrases: tuple[str, ...], choices: tuple[str, ...] = ()) -> dict[str, Any]:
    """``exact_model(names, phrases, choices).model_json_schema()``, without building the classes."""
    template = json.loads(_template(min(len(names), 2), min(len(phrases), 1), min(len(choices), 2)))
    values = {f"{_MARK}who0": list(names), f"{_MARK}who1": [], f"{_MARK}when0": list(phrases)}
    values |= {f"{_MARK}choice0": choice_ids(len(choices)), f"{_MARK}choice1": []}
    return cast(dict[str, Any], _fill(template, values))


class _LooseEvent(EventDraft):
    """An event whose "who" and "when" take any string, as given: looked up afterwards."""

    model_config = ConfigDict(defer_build=True)
    who: list[str] = Field(default_factory=list)
    when: str = ""


class _LooseDraft(CheckedSummaryDraft):
    model_config = ConfigDict(defer_build=True)
    events: list[_LooseEvent] = Field(default_factory=list, max_length=MAX_EVENTS)  # type: ignore[assignment]


Validate = Callable[[type[CheckedSummaryDraft], dict[str, Any]], CheckedSummaryDraft]


class ConstrainedDraft(CheckedSummaryDraft):
    """The base of each request's draft class: the article's names and phrases, and nothing built for them.

    Validation returns an instance of the loose draft when the answer passes (the same fields and values the
    exact class would give), else raises the exact class's own errors.
    """

    model_config = ConfigDict(defer_build=True)
    names: ClassVar[tuple[str, ...]] = ()
    phrases: ClassVar[tuple[str, ...]] = ()
    choices: ClassVar[tuple[str, ...]] = ()
    built: ClassVar[type[CheckedSummaryDraft] | None] = None

    @classmethod
    def exact(cls) -> type[CheckedSummaryDraft]:
        """The exact classes for this request, built on first need."""
        if cls.built is None or cls.built.grounding is not cls.grounding:
            cls.built = exact_model(cls.names, cls.phrases, cls.choices)
            cls.built.grounding = cls.grounding
        return cls.built

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        if args or kwargs:
            return cls.exact().model_json_schema(*args, **kwargs)
        return draft_schema(cls.names, cls.phrases, cls.choices)

    @classmethod
    def model_validate(cls, obj: Any, *, strict: bool | None = None, context: Any = None, **kw: Any) -> Self:
        obj = cls.resolve(obj)
        return cls._checked(lambda model, ctx: model.model_validate(obj, strict=strict, context=ctx, **kw), context)

    @classmethod
    def model_validate_json(
        cls, json_data: str | bytes | bytearray, *, strict: bool | None = None, context: Any = None, **kw: Any
    ) -> Self:
        if cls.choices:
            try:
                data = json.loads(json_data)
            except ValueError:
                data = None
            if isinstance(data, dict):
                return cls.model_validate(data, strict=strict, context=context, **kw)
        return cls._checked(
            lambda model, ctx: model.model_validate_json(json_data, strict=strict, context=ctx, **kw), context
        )

    @classmethod
    def resolve(cls, data: Any) -> Any:
        """An answer of the extractive mode with each listed sentence's number ("S3") replaced by the sentence;
        anything else as it is."""
        if not cls.choices or not isinstance(data, dict) or not isinstance(data.get("events"), list):
            return data
        by_id: dict[Any, str] = dict(zip(choice_ids(len(cls.choices)), cls.choices, strict=True))
        events = [
            {**ev, "evidence": by_id.get(ev.get("evidence"), ev.get("evidence"))} if isinstance(ev, dict) else ev
            for ev in data["events"]
        ]
        return {**data, "events": events}

    @classmethod
    def _checked(cls, validate: Validate, context: Any) -> Self:
        ctx = context or cls.grounding
        try:
            loose = validate(_LooseDraft, ctx)
        except ValidationError:
            loose = None
        if loose is not None and cls._allowed(loose):
            return cast(Self, loose)
        return cast(Self, validate(cls.exact(), ctx))

    @classmethod
    def _allowed(cls, draft: CheckedSummaryDraft) -> bool:
        """Whether every name and date phrase is one the exact schema admits (as given, not stripped)."""
        names, phrases, choices = set(cls.names), {"", *cls.phrases}, set(cls.choices)
        most = 4 if cls.names else 0
        return all(
            len(ev.who) <= most
            and all(w in names for w in ev.who)
            and ev.when in phrases
            and (not choices or ev.evidence in choices)
            for ev in draft.events
        )


def draft_class(
    names: tuple[str, ...], phrases: tuple[str, ...], text: str, choices: tuple[str, ...] = ()
) -> type[ConstrainedDraft]:
    """A request's draft class: a bare subclass (no fields of its own, nothing built) named as the exact one."""
    model = cast(
        type[ConstrainedDraft],
        type(
            "CheckedSummaryDraft", (ConstrainedDraft,), {"__module__": __name__, "__qualname__": "CheckedSummaryDraft"}
        ),
    )
    model.names, model.phrases, model.grounding = names, phrases, {"article": text}
    model.choices = choices
    return model
