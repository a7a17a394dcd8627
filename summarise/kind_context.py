"""What the words around a word of a kind of happening say of it: a judgement that is no judgement ("defended his
title"), a release that frees nobody ("released a video"), a kind in a relative clause on who it befell ("the
workers who were kidnapped were freed"). Read by ``concepts.first_kind`` and ``concepts.main_kind``; a fire "under
control" in the languages read (``UNDER_CONTROL``) also by merging's words and by the dates of an ended state."""

from __future__ import annotations

import re

from summarise.lexicon import stem_lookup, stem_table

# What a champion or a candidate defends, and a passive's "was defended by" (a lawyer's work): no judgement.
_KEPT = frozenset("title titles crown championship lead record seat majority belt goal net".split())
_PASSIVE = frozenset("was were been being is are".split())


# What is released when nobody is freed: "released a video", "released its figures", "merilis rekaman".
_MEDIA = frozenset(
    """video videos footage figures data recording recordings photo photos photographs images pictures list
    details results album film clip audio tape letter documents transcript poll survey guidance forecast estimates
    numbers statistics nagranie nagrania wideo rekaman""".split()
)
_PUBLISHING = frozenset("released releases releasing merilis".split())  # verbs that also publish; "freed" never
_MEDIA_PEOPLE = frozenset("journalists journalist crew reporters reporter staff editor editors workers".split())


def published(words: list[str], n: int) -> bool:
    """Whether the release word at ``n`` publishes something: an active verb that also publishes, its object a
    medium right after it ("released a video of the hostages"), not people who work with one ("released two video
    journalists")."""
    if words[n] not in _PUBLISHING:
        return False
    after = words[n + 1 : n + 4]
    return any(
        w in _MEDIA and (k + 1 >= len(after) or after[k + 1] not in _MEDIA_PEOPLE) for k, w in enumerate(after[:2])
    )


# Words that demand or call for something (en de fr es pt it nl pl cs sk ru uk ro hu fi sv da no hr tr el id):
# a release they ask for ("demanding the release of 12 fighters") has not happened.
_DEMANDS = (
    "demand", "urged", "urging", "fordert", "forder", "exig", "reclam", "pide", "pidi", "pede", "pedi", "chied",
    "richiest", "eist", "eisen", "zada", "domaga", "pozad", "trebov", "trebu", "vimaga", "cerut", "ceran",
    "cerere", "kovetel", "vaati", "krav", "kraev", "krev", "zahtij", "zahtjev", "talep", "isted", "zito", "apait",
    "menuntut", "tuntut", "meminta",
)  # fmt: skip
DEMAND_REACH = 8  # words before a release where what demands it stands


def demanded(words: list[str], n: int) -> bool:
    """Whether the release word at ``n`` is asked for, not told: a noun of release ("uwolnienia", "propuštění",
    "the release of") with a word that demands within DEMAND_REACH words before it ("żądają okupu w wysokości 3
    mln dolarów oraz uwolnienia"); a verb tells a release ("Bowing to international demands, the junta released
    the journalist")."""
    if not (words[n] in ("release", "releases") or words[n].endswith(_NOUN_ENDINGS)):
        return False
    return any(_demands(w) for w in words[max(0, n - DEMAND_REACH) : n])


# How a noun of release ends, as ASCII: "liberation", "Freilassung", "uwolnienia", "propusteni", "osvobozhdeniia".
_NOUN_ENDINGS = ("ion", "ung", "nie", "nia", "niu", "eni", "iia", "ija", "cao", "asi", "mas")


def _demands(word: str) -> bool:
    return word == "cer" or word.startswith(_DEMANDS)  # Romanian "cer", a whole word: "cere" is also "sky"


# Words that refuse what follows within REFUSAL_REACH words (en sv da no de nl fr es it pt pl ro).
_REFUSALS = frozenset(
    """not never refuse refuses refused refusing won't inte aldrig ikke aldri nicht nie kein keine niet nooit pas
    jamais refuse refusent no nunca rechaza rechazan non mai rifiuta nao recusa nie odmawia odmowil nu refuza""".split()
)
REFUSAL_REACH = 3


def refused(words: list[str], n: int) -> bool:
    """Whether the word at ``n`` is refused: a word of refusal within REFUSAL_REACH words before it ("will not
    accept", "tänker inte acceptera", "nicht hinnehmen")."""
    return bool(_REFUSALS & set(words[max(0, n - REFUSAL_REACH) : n]))


# Romanian "reținut" is a detention only as a passive ("a fost reținut"): "instanța a reținut că" (the court held
# that), "un ton reținut" (a restrained tone).
_PASSIVE_ONLY = frozenset("retinut retinuta retinuti retinute".split())


def detained(words: list[str], n: int) -> bool:
    """Whether the arrest word at ``n`` tells a detention: a word that is one only as a passive has "fost" or
    "fiind" before it."""
    return words[n] not in _PASSIVE_ONLY or (n > 0 and words[n - 1] in ("fost", "fiind"))


# Jobs, posts, positions, as ASCII, in the languages read: a cut of them is job losses ("would cut about 4,000 jobs",
# "piano di tagli" stays a cut where no job is named).
_JOBS = frozenset(
    """jobs job posts positions roles workforce staff stellen arbeitsplatze emplois postes empleos puestos posti
    lavoratori miejsc etatow banen jobb jobbar tyopaikkaa tyopaikkoja munkahelyet munkahely pracovnich mist radnih
    locuri locurile rabochikh robochikh""".split()
)
JOBS_REACH = 4  # words after a cut where the jobs it cuts are named
# Words that tell jobs lost when the jobs are named within JOBS_REACH words either side ("Abbau von rund 4.000
# Stellen", "4000 banen verdwijnen", "supprimer 1 200 emplois", "will shed 900 jobs"), as ASCII beginnings, and
# English ones as whole words; alone they are no happening ("eliminated from the cup"). Not "lost" or "staff" ("staff
# lost access to the systems"), nor words that are also other things' ("posts", "positions", "postes", "miejsc").
_LOSS = tuple(
    "abbau streich wegfall verdwijn schrap supprim suppress elimin zrus likvid nedlaeg nedskaer zlikwid".split()
)
_LOSS_WORDS = frozenset("axe axed axes axing shed sheds shedding slash slashed slashes slashing".split())
_LOST_JOBS = frozenset(
    "jobs job stellen arbeitsplatze emplois empleos banen jobb jobbar tyopaikkaa tyopaikkoja munkahelyet munkahely "
    "pracovnich radnih etatow".split()
)


def _job_losses(words: list[str], n: int, found: str | None) -> bool:
    """Whether the word at ``n`` tells job losses: a cut word (``found``) with a jobs word within JOBS_REACH
    words after it, or a jobs word with a word of losing them within JOBS_REACH words either side."""
    if found == "cut":
        return bool(_JOBS & set(words[n + 1 : n + 1 + JOBS_REACH]))
    if found is not None or words[n] not in _LOST_JOBS:
        return False
    near = words[max(0, n - JOBS_REACH) : n] + words[n + 1 : n + 1 + JOBS_REACH]
    return any(w.startswith(_LOSS) or w in _LOSS_WORDS for w in near)


# English "fine" is a penalty only as the noun of one: "a fine of", "the fine on Pellix", "record fine", "a 380 million
# fine"; not "a fine day", "the fine print", "visibility was fine on Tuesday".
_FINE_AFTER = frozenset("of on for against over".split())
_FINE_ARTICLE = frozenset("a the its their his her this that".split())
_FINE_BEFORE = frozenset("record million billion heavy hefty biggest largest antitrust maximum euro pound".split())


def kind_in_context(words: list[str], n: int, found: str | None, language: str | None) -> str | None:
    """The kind of happening the word at ``n`` names only with the words around it: job losses ("cut 4,000
    jobs", "Abbau von rund 4.000 Stellen") or, in English, a fine ("a record fine on Pellix")."""
    if _job_losses(words, n, found):
        return "c:layoffs"
    if found is None and words[n] in ("fine", "fines") and language in (None, "en"):
        before = words[n - 1] if n else ""
        if before in _FINE_BEFORE or (before in _FINE_ARTICLE and words[n + 1 : n + 2] and words[n + 1] in _FINE_AFTER):
            return "c:fine"
    return None


def judges(words: list[str], n: int) -> bool:
    """Whether the reaction word at ``n`` judges a happening: not "defended his title", "was defended by"."""
    return not (_KEPT & set(words[n + 1 : n + 4]) or (n and words[n - 1] in _PASSIVE))


def in_relative(words: list[str], n: int) -> bool:
    """Whether the word at ``n`` stands in a relative clause: within two words of a relative pronoun; after
    Indonesian "yang" only a passive right after it ("yang diculik"), as "pihak yang berwenang" (the authorities)
    is a name for people."""
    before = words[max(0, n - 2) : n]
    if "yang" in before:
        return bool(before) and before[-1] == "yang" and words[n].startswith("di")
    return bool(_RELATIVE & set(before))


# Words that open a relative clause, in the languages where they do nothing else ("that", "que", "che" also
# open what someone said, so they are left out).
_RELATIVE = frozenset(
    """who whom whose which yang ktory ktora ktore ktorzy ktorych kotoryi kotoraya kotoroe kotorye kotorykh kteri
    ktery ktera ktere kotryi kotra""".split()
)

# A fire "under control" in the languages read ("bajo control", "unter Kontrolle", "under kontroll", "pod kontrolą";
# not Romanian "a scăpat de sub control", got out of control): its end, read by merging and by dates.
UNDER = r"under|bajo|sob|sotto|unter|sous|onder|pod|(?<!de\s)sub|υπό"
CONTROL = frozenset("control controle controllo kontrolle contrôle kontroll kontrol kontrolą kontrolou έλεγχο".split())
UNDER_CONTROL = re.compile(rf"\b(?:{UNDER})\s+(?:{'|'.join(sorted(CONTROL))})\b", re.IGNORECASE)


# The one a crime is laid to, by a noun of the person ("the suspect in the robbery", "osumnjičenih za oružanu pljačku",
# "ο ύποπτος για την ένοπλη ληστεία", "der Tatverdächtige des Überfalls"): the crime named after it is what they are
# suspected of, not what the sentence reports. Not the adjective of an event's cause ("a suspected gas explosion").
_SUSPECTS = stem_table(
    {
        "suspect": "suspect= suspects= osumnjic ypopt tatverdacht sospettat sospechoso= sospechosos= suspeito= "
        "suspeitos= supheli misstankt= misstankta= mistenkt= mistenkte= mistaenkt= mistaenkte= epailty= epaillyt "
        "podejrzan podezrel podozrevaem pidozriuvan pidozryuvan gyanusit"
    }
)
SUSPECT_REACH = 4  # words from the suspect to the crime ("osumnjičenih za oružanu pljačku")
# The crimes a suspect is suspected of; not what is done to the suspect ("the suspect was arrested").
CRIMES = frozenset("c:" + k for k in "robbery murder attack kidnapping shooting corruption".split())


def suspected_of(before: list[str]) -> bool:
    """Whether a word follows, within SUSPECT_REACH words, a noun of a suspect."""
    return any(stem_lookup(w, _SUSPECTS) for w in before)
