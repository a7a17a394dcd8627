"""A strike, a blockade or a protest suspended: its end. The verb "suspend" and what it suspends, as ASCII words of
one clause (``merge.items`` reads them)."""

from __future__ import annotations

from summarise.concepts import concept_of

# What goes on until it is suspended or called off: its suspension is its end. The verb "suspend" by its ASCII
# beginnings (en fr es pt ro, it, de, nl, pl, hu, cs sk, fi, tr, ru uk, el, hr).
PAUSES = frozenset("c:" + k for k in "strike blockade protest ceasefire".split())
SUSPEND_ROOTS = (
    "suspend", "suspens", "sospes", "sospen", "ausgesetzt", "aussetz", "opgeschort", "opschort", "zawies",
    "felfugg", "pozastav", "keskeyt", "askiya", "priostanov", "prizupin", "anastol", "obustav",
)  # fmt: skip
SUSPEND_REACH = 4  # words after "suspend" where what it suspends is named
# Auxiliaries of a passive ("was suspended", "a fost suspendată", "wurde ausgesetzt", "è sospeso", "queda
# suspendida"), as ASCII.
PASSIVE = frozenset(
    """was were been is are be wurde wurden worden ist sind fost zostal zostala zostalo zostaly zostali byl byla
    bylo byly byli bol bola boli bylo byl byla byli fue fueron sido queda quedo quedan fu e stato stata stati
    foi foram werd blev ble blevet oli olivat lett etait est ete""".split()
)
_LINKS = frozenset(
    "to for of from in on at by with a de du des pour para por per fur zu von mit na do w z za u v k s pe la cu di da"
    " con en em op van voor til till pa med".split()
)  # prepositions, as ASCII


def suspends(words: list[str], language: str | None = None) -> bool:
    """Whether a clause tells that a strike, a blockade or a protest was suspended: the verb "suspend"
    (``SUSPEND_ROOTS``) with the strike as its object ("the union suspended the strike", "zawiesili strajk"), as
    the subject of its passive ("greva ... a fost suspendată", "lo sciopero è sospeso") or right before it at the
    clause's end ("hat den Streik ausgesetzt"); not a suspension of something else beside a strike ("flights were
    suspended because of the strike", "suspended sentences for protesters")."""
    lasting = ["c:" + (concept_of(w, language) or "") in PAUSES for w in words]  # read once: a long clause is linear
    last = -1  # where the last strike before the word stands
    for n, w in enumerate(words):
        if w.startswith(SUSPEND_ROOTS):
            after = lasting[n + 1 : n + 1 + SUSPEND_REACH]
            for k, named in enumerate(after):  # its object, no preposition between ("sentences to 12 protesters")
                if named and not _LINKS & set(words[n + 1 : n + 1 + k]):
                    return True
            if last >= 0 and (PASSIVE & set(words[last + 1 : n]) or (n == len(words) - 1 and last >= n - 2)):
                return True
        if lasting[n]:
            last = n
    return False
