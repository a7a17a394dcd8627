"""Counting tokens the way a server does (llama.cpp's ``/tokenize``, or tiktoken for OpenAI models), and the
time a server says it spent on them."""

from __future__ import annotations

from typing import Any


async def server_tokenize(base_url: str, api_key: str, text: str, *, pieces: bool = False) -> list[Any] | None:
    """llama.cpp's ``/tokenize`` of ``text`` (with each token's text when ``pieces``); None when the server
    has no such endpoint or gives no list."""
    import httpx

    root = base_url.rstrip("/").removesuffix("/v1")
    body: dict[str, Any] = {"content": text} | ({"with_pieces": True} if pieces else {})
    try:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key != "not-needed" else {}
        async with httpx.AsyncClient(timeout=30) as http:
            reply = await http.post(f"{root}/tokenize", json=body, headers=headers)
        tokens = reply.json().get("tokens") if reply.status_code == 200 else None
    except (httpx.HTTPError, ValueError, AttributeError):
        tokens = None
    return tokens if isinstance(tokens, list) else None


def tiktoken_count(model: str, text: str) -> int | None:
    """tiktoken's count for an OpenAI model, if installed with the encoding on disk (never downloaded)."""
    try:
        import tiktoken

        return len(tiktoken.encoding_for_model(model).encode(text))
    except Exception:  # noqa: BLE001 - not installed, unknown model, or an encoding it would have to fetch
        return None


def server_seconds(response: object) -> float:
    """The prompt and generation time a llama.cpp server reports with an answer (``timings``), in seconds;
    0 for servers that report none."""
    extra = getattr(response, "model_extra", None) or {}
    timings = extra.get("timings") if isinstance(extra, dict) else None
    if not isinstance(timings, dict):
        return 0.0
    spent = [timings.get("prompt_ms"), timings.get("predicted_ms")]
    return sum(float(v) for v in spent if isinstance(v, int | float)) / 1000.0
