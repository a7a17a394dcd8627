"""The floor to compare against: the same articles through a plain instructor loop, nothing else.

No cleaning, no checks, no cache, no merge: each page's text goes into one prompt and instructor fills a small
Pydantic model from an OpenAI-compatible server, at most ``concurrency`` calls at once. A program that does
real work on top of this cannot be faster; how far above it summarise runs is what summarise's own work costs.

    python benchmarks/floor.py FOLDER BASE_URL CONCURRENCY
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import instructor
import openai
from pydantic import BaseModel, Field


class Event(BaseModel):
    what: str = Field(max_length=200)
    evidence: str = Field(max_length=300)


class Summary(BaseModel):
    summary: str = Field(max_length=400)
    events: list[Event] = Field(default_factory=list, max_length=5)


def prompt(text: str) -> str:
    return f'Summarise the news article between the lines of three quotes, and list its events.\n"""\n{text}\n"""'


async def run(folder: Path, base_url: str, concurrency: int) -> int:
    """Fill one Summary per page; returns how many were filled."""
    client = openai.AsyncOpenAI(base_url=base_url, api_key="not-needed", max_retries=2)
    patched = instructor.from_openai(client, mode=instructor.Mode.JSON_SCHEMA)
    gate = asyncio.Semaphore(concurrency)

    async def one(path: Path) -> Summary:
        async with gate:
            return await patched.chat.completions.create(
                model="standin",
                response_model=Summary,
                messages=[{"role": "user", "content": prompt(path.read_text(encoding="utf-8"))}],
                max_retries=1,
                temperature=0.0,
                seed=7,
                max_tokens=700,
            )

    filled = await asyncio.gather(*(one(p) for p in sorted(folder.glob("*.txt"))))
    await client.close()
    return len(filled)


if __name__ == "__main__":
    print(asyncio.run(run(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]))))
