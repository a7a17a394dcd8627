"""Page furniture as data: lines that end the story, and lines that are never part of it, each with its reason."""

from __future__ import annotations

import re

TAIL_MARKERS = [
    (
        "list of other stories",
        re.compile(
            r"^(popular|news by theme|recent news|all news|read more|most read|latest news|related( news| stories)?|"
            r"more (news|stories) from .*|top stories|trending( now)?|you may also like|more on this topic|"
            r"weitere nachrichten|mehr zum thema|à lire aussi|lire aussi|популярне|популярное|читайте також|"
            r"читайте также|останні новини|последние новости):?$",
            re.IGNORECASE,
        ),
    ),
    ("donation pitch", re.compile(r"^a message from .*:$", re.IGNORECASE)),
    ("subscription", re.compile(r"^sign up for our (free )?(weekly |daily )?newsletter$", re.IGNORECASE)),
]
_LINK = r"[^\W\d_][^\s|.!?:]*(?:\s[^\s|.!?:]+){0,2}"  # one to three words, the first a word
# Lines that are page furniture wherever they stand.
FURNITURE = [
    ("view counter", re.compile(r"^[•·\s]*\d[\d\s.,]*\s*(переглядiв|переглядів|просмотров|views?)\s*$", re.IGNORECASE)),
    ("link to another story", re.compile(r"\w.*\[views_\d+\]")),
    ("view counter", re.compile(r"\[views_\d+\]")),
    (
        "link to another story",
        re.compile(
            r"^(read also|also read|read more|see also|related|читати також|читайте також|читайте также|"
            r"lesen sie auch|lire aussi|à lire aussi|lea también|leer también|vea también)\s*[:|]",
            re.IGNORECASE,
        ),
    ),
    ("link to another story", re.compile(r"^read the original article on\b", re.IGNORECASE)),
    (
        "navigation",
        re.compile(
            r"^(search|details|all sections|all news|news|world news|menu|home|close|copy|share)$", re.IGNORECASE
        ),
    ),
    ("navigation", re.compile(r"^(укр|рус|eng)(\s+(укр|рус|eng|support us))*$", re.IGNORECASE)),
    ("navigation", re.compile(r"^news\s*/\s*.+/.+$", re.IGNORECASE)),
    ("share buttons", re.compile(r"^share( this article)?( on)?\b.*$", re.IGNORECASE)),
    # A row of link names between pipes ("Facebook | X | Email", "Share: WhatsApp | X", "PT | EN", "Log in |
    # Subscribe"): share targets, languages, sign-in. Each name is a few words with no sentence in it.
    ("row of links", re.compile(r"^(?:[^\W\d_][\w -]{0,24}:\s*)?" + _LINK + r"(?:\s+\|\s+" + _LINK + r")+$")),
    (
        "sign-in",
        re.compile(
            r"^(sign in|sign out|log in|log out|edit profile|saved articles|my reads|following|"
            r"story saved|get app|live score|create free account.*|already have an account.*|"
            r"join [A-Z][\w ]+|newsletters, alerts and recommendations.*)$",
            re.IGNORECASE,
        ),
    ),
    (
        "subscription",
        re.compile(
            r"^(subscribe( now)?!?|newsletter abonnieren|abonnieren|s'abonner|subscribers agree to .*|"
            r"our weekly newsletter .*|"
            r"you will receive it in your mailbox.*|remind me later\.?|not ready to support today\?|"
            r"once|monthly|annual|continue|paiment methods|payment methods)$",
            re.IGNORECASE,
        ),
    ),
    (
        "donation pitch",
        re.compile(
            r"(one-time donation|become (a|our) patron|support us\b|support the [A-Z][\w ]+!|"
            r"support .* monthly|every contribution)",
            re.IGNORECASE,
        ),
    ),
    (
        "promotion",
        re.compile(
            r"^(only the latest news, only the facts.*|.* is the place where you will find .*|"
            r"follow (us|[A-Z][\w ]+) on (twitter|telegram|facebook|x)\b.*|follow us on|"
            r"(subscribe to|join) our (telegram|whatsapp|youtube) channel.*|"
            r"подписывайтесь на (наш|нас)\b.*|підписуйтесь на (наш|нас)\b.*|abonnez-vous à notre .*|"
            r"suscr[ií]bete a nuestro .*|folgen sie uns auf .*|"
            r"get the latest headlines from .*)$",
            re.IGNORECASE,
        ),
    ),
    ("advertisement", re.compile(r"^advertisement:?$", re.IGNORECASE)),
    (
        "cookie notice",
        re.compile(r"\b(we use cookies|cookie (policy|settings)|accept (all )?cookies)\b", re.IGNORECASE),
    ),
    ("copyright", re.compile(r"^copyright\b|all rights reserved", re.IGNORECASE)),
    ("widget", re.compile(r"^(oops!|something went wrong\.|please try again later\.)$", re.IGNORECASE)),
    ("weather widget", re.compile(r"^[A-Z][\w ]+ -?\d*\s*o[CF]$")),
    ("timestamp", re.compile(r"^\d{1,2}:\d{2}$")),
    ("logo list", re.compile(r"^[\w-]*(logo|icons?|lounge|circle|edge|insights|radio.*)$", re.IGNORECASE)),
    ("photo credit", re.compile(r"^[A-Za-z_]+ / (telegram|reuters|ap|afp|getty images)$", re.IGNORECASE)),
    ("illustration caption", re.compile(r"\((illustrative )?photo\)$", re.IGNORECASE)),
]
DATELINE = re.compile(r"^\s*(date\s+\d{4}-\d{2}-\d{2}|updated on:|published( on)?:|posted( on)?:)", re.IGNORECASE)
