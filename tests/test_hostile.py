"""Hostile articles (tests/fixtures/hostile): no crash, no traceback, every output format valid, article text
reaching the model byte for byte (never a template), and nothing from an article runs in an output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarise.cli import app
from summarise.pipeline import prepare

from .standin import StandIn

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"
runner = CliRunner()


@pytest.fixture(scope="module")
def briefed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = tmp_path_factory.mktemp("hostile")
    outputs: dict[str, object] = {}
    with StandIn() as server:
        for fmt in ("json", "md", "html"):
            out = tmp / f"b.{fmt}"
            result = runner.invoke(
                app,
                [
                    "brief",
                    str(HOSTILE),
                    "-f",
                    fmt,
                    "-o",
                    str(out),
                    "--model",
                    "openai:standin",
                    "--base-url",
                    server.base_url,
                    "--cache-dir",
                    str(tmp / "cache"),
                    "--context-window",
                    "8192",
                    "-q",
                ],
            )
            outputs[fmt] = (result.exit_code, result.output, out.read_text(encoding="utf-8"))
        outputs["requests"] = list(server.chat_requests)
    return outputs


def test_no_traceback_and_every_format_is_written(briefed: dict[str, object]) -> None:
    for fmt in ("json", "md", "html"):
        code, output, text = briefed[fmt]  # type: ignore[misc]
        assert code in (0, 1) and "Traceback" not in output and text
    briefing = json.loads(briefed["json"][2])  # type: ignore[index]
    failed = {a["path"].split("/")[-1]: a["reason"] for a in briefing["articles"] if a["status"] == "failed"}
    assert "binary_png.txt" in failed and "binary" in failed["binary_png.txt"]


def test_article_text_reaches_the_model_byte_for_byte(briefed: dict[str, object]) -> None:
    article = next(a for a in prepare([HOSTILE / "template_syntax.txt"]))
    contents = [r["body"]["messages"][0]["content"] for r in briefed["requests"]]  # type: ignore[attr-defined]
    sent = next(c for c in contents if "Greyford" in c)
    assert article.cleaned in sent
    for token in ("{{", "{%", "{#", "${", "%s"):
        if token in article.cleaned:
            assert token in sent


def test_decoded_encodings_are_text_not_replacement_characters() -> None:
    for name in ("russian_cp1251.txt", "utf16_bom.txt", "french_latin1.txt", "windows1251_meta.html"):
        article = prepare([HOSTILE / name])[0]
        assert "\ufffd" not in article.cleaned and len(article.cleaned.split()) > 20, name


def test_nothing_from_an_article_can_run_in_markdown_or_html(briefed: dict[str, object]) -> None:
    md = briefed["md"][2].lower()  # type: ignore[index]
    html = briefed["html"][2].lower()  # type: ignore[index]
    for raw in ("<script", "<iframe", "onerror=", "](javascript:"):
        assert raw not in md
    assert "<script" not in html.replace("<script>/*summarise*/", "") and "<iframe" not in html
    assert 'href="javascript:' not in html


def test_a_twenty_megabyte_file_fails_alone_with_its_reason(tmp_path: Path) -> None:
    from .fixtures.hostile.make_big import big_article

    big_article(tmp_path / "big.txt", megabytes=20)
    (tmp_path / "ok.txt").write_text((HOSTILE / "template_syntax.txt").read_text(encoding="utf-8"))
    articles = {a.article_id: a for a in prepare([tmp_path])}
    assert "not one news article" in articles["big"].hints["error"] and articles["ok"].cleaned


def test_the_html_briefing_runs_nothing_in_a_real_browser(briefed: dict[str, object], tmp_path: Path) -> None:
    import re
    import shutil
    import subprocess

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("no headless Chromium on this machine (Debian's chromium package; .ci/run installs it)")
    page = tmp_path / "briefing.html"
    page.write_text(briefed["html"][2], encoding="utf-8")  # type: ignore[index]
    dumped = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'p'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    ).stdout.lower()
    assert "<body" in dumped and "briefing for" in dumped  # the page rendered
    assert "<script" not in dumped and "<iframe" not in dumped  # no element from an article
    assert not re.search(r"<[a-z][^>]*\son[a-z]+=", dumped)  # no event handler attribute
    # Inside a tag only: the page now shows each article's text, where such words are text, not attributes.
    assert not re.search(r"""<[a-z][^>]*\s(href|src)=["']?\s*javascript:""", dumped)
