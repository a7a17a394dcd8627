"""What a language model fills: every list and string bounded, extra keys forbidden, so that small
models under grammar-constrained decoding stop. Data only; code checks every item before it is shown."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints


def one_of(values: tuple[str, ...]) -> Any:
    """``Literal[values]`` built at run time: a string field that can only take these values."""
    return Literal.__getitem__(values)


def list_of(item: Any) -> Any:
    """``list[item]`` for an item type built at run time."""
    return list[item]


Short = Annotated[str, StringConstraints(strip_whitespace=True, max_length=80)]
Sentence = Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


_GIVEN: dict[frozenset[str], set[str]] = {}


class Record(Strict):
    """A model that is never assigned to once made. Which of its fields were given is one set shared by every
    record given the same fields: pydantic keeps a set per instance, most of a small model's size."""

    def model_post_init(self, context: Any, /) -> None:
        self._share_given()

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        copied = super().model_copy(update=update, deep=deep)
        copied._share_given()
        return copied

    def __setattr__(self, name: str, value: Any) -> None:
        # Assigned after all: the record takes a set of its own before pydantic marks the field given.
        object.__setattr__(self, "__pydantic_fields_set__", set(self.__pydantic_fields_set__))
        super().__setattr__(name, value)

    def _share_given(self) -> None:
        given = self.__pydantic_fields_set__
        object.__setattr__(self, "__pydantic_fields_set__", _GIVEN.setdefault(frozenset(given), given))


class EventDraft(Strict):
    """One event as a model reports it, before any check."""

    what: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=200)] = Field(
        description="What happened, in one short sentence."
    )
    who: list[Short] = Field(default_factory=list, max_length=4, description="People or organisations involved.")
    where: Short = Field(default="", description="Place, or empty.")
    when: Annotated[str, StringConstraints(strip_whitespace=True, max_length=40)] = Field(
        default="", description="The date words exactly as the article writes them, or empty."
    )
    evidence: Sentence = Field(description="One sentence copied word for word from the article.")


class SummaryDraft(Strict):
    """What the map step asks of a model for one article."""

    summary: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=400)] = Field(
        description="Two sentences at most on what the article reports."
    )
    events: list[EventDraft] = Field(default_factory=list, max_length=5)


class StatementDraft(Strict):
    text: Sentence = Field(description="One sentence of the overview.")
    event_ids: list[Annotated[str, StringConstraints(max_length=40)]] = Field(
        min_length=1, max_length=4, description="Ids of the events this sentence rests on."
    )


HEADLINE_MAX = 140  # characters: a model writing a longer headline is cut there (see merge.overview.whole)


class OverviewDraft(Strict):
    """What the reduce step asks of a model: a headline and an overview that cite events."""

    headline: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=HEADLINE_MAX)]
    headline_event_ids: list[Annotated[str, StringConstraints(max_length=40)]] = Field(min_length=1, max_length=3)
    overview: list[StatementDraft] = Field(default_factory=list, max_length=4)


class SameEventDraft(Strict):
    """A model's answer to: do these two reports describe one real-world event?"""

    same_event: bool
