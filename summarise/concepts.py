"""What happened and where, in words any language's report of it shares. Data and two lookups.

Reports of one event in two languages share few words ("earthquake", "Erdbeben", "séisme"), and reports
in one language use synonyms ("quake", "tremor"). Merging compares *concepts* as well as words: each
kind of happening news reports (a quake, an arrest, talks, an arrival, a ruling ...) is one concept,
known by word beginnings in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish,
Turkish, Russian and Ukrainian (as ASCII, the way ``merge.items`` compares text). Countries are
concepts too, by their ISO code: the names of every country in those languages come from pycountry's
translations, so "Türkei", "Turquie" and "Turkey" are one place.

A stem ending in ``=`` matches the whole word only (short or ambiguous words: "met", "sign").
``TOPICS`` are what a report is about rather than what happened (a storm, a death toll, a deal): they
help two reports meet but, unlike kinds of happening, two different ones do not tell events apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from summarise.countries import country_of

EVENT_WORDS: dict[str, str] = {
    "quake": "earthqua quake= quakes= tremor seism erdbeben beben= terremot sismo zemletryas aardbeving deprem "
    "trzesien zemletrus",
    "aftershock": "aftershock nachbeben replique replica= replicas= naschok artci=",
    "collapse": "collaps einsturz eingestur sturzte einsturzt effondr derrumb crollo crolla desab obrush ruhnul "
    "instort ingestort zawal obval coktu",
    "toll": "toll= death= deaths= dead= killed killing todesopfer tote= toten= morts= muertos fallecid vittim "
    "mortos pogib doden= dodental ofiar zagin zagib hayatini",
    "arrest": "arrest detain detent festgenom festnahm verhaft interpell arrestat detuv detenid zaderzh arestov "
    "aresztow zatrzyman tutuklan gozaltin zatrim gearresteerd",
    "protest": "protest march= marched marching demonstr rally rallies marsch kundgeb manif defil cortege marcha "
    "protesta corteo passeata shestvi miting betoging gosteri",
    "strike": "strike= strikes= walkout streik greve= greves= huelga sciopero zabastov staking= stakingen= grev= "
    "strajk strayk",
    "blockade": "blocked= blockad blockier blocus bloqu bloccat blokad blokkad abluka",
    "meeting": "meet= meets= met= meeting traf= treffen rencontr reunio reunion incontr vstrech vstretil talks= "
    "negotiat gesprach verhandl pourparl entretien entretenu negocia conversac colloqu peregovor "
    "received= receives= empfing empfang recu= recue= recibio accolse prinyal ontmoet overleg gesprek= "
    "gesprekken onderhandel spotkan rozmow negocj gorust gorusm muzakere zustrich",
    "summit": "summit gipfel sommet cumbre vertice sammit cupula= zirve topontmoet samit",
    "arrival": "arriv landed= ankunft angekom eintraf eingetroff llego= llegada llegó= arrivo arrivat chegar "
    "chegou chegada pribyl pribyti priezd aangekom przybyl przylecia pribuv",
    "departure": "depart abreise abgereist abflug quitte= quitta partit partira salio= partio= partito despeg "
    "otbyl uekhal vyletel pokinul vertrok vertrek= wyjecha odlecia ayrild pokinuv",
    "signing": "sign= signs= signed= signing= unterzeichn unterschrieb signe= signee= signat firmo= firmaron "
    "firmato assinou podpisa onderteken imzala pidpis",
    "agreement": "deal= deals= agreement accord= accords= accordo pact= pacto pakt treaty abkommen vertrag "
    "vereinbar traite= tratado acuerdo soglash dogovor overeenkom akkoord= porozumien umowa= umowe= "
    "umowy= anlasma ugoda= ugodu=",
    "press conference": "conferenc konferenz pressekonf briefing persconf konferencj",
    "ruling": "ruling ruled= unconstitution verdict judgment judgement convict urteil jugement arret= fallo= "
    "sentencia sentenza acordao conden reshenie uitspraak vonnis= wyrok orzekl virok guilty= schuldig "
    "coupabl culpable colpevol culpado winny= winnym= mahkum",
    "appeal": "appeal challeng berufung appel= appelle appela apelac apelar ricorso appello apellyac obzhalov "
    "beroep= temyiz apelyat",
    "suspension": "halted= halts= suspend suspens ausgesetzt stopp eingestellt suspendu sospes priostanov "
    "opgeschort geschorst wstrzyma zawieszon askiya durdurul prizupin",
    "evacuation": "evacu evakuier evakuac evakuir ewakuac evakuats",
    "landfall": "landfall",
    "outage": "outage blackout stromausfall panne= coupure apagon sin= luz= electricid electricit strom= power= "
    "elektrich stroomstor kesinti znestrum",
    "emergency": "emergenc notstand urgence emergencia chrezvych calamit calamid katastrophenfall noodtoest "
    "wyjatkow olaganustu nadzvichay",
    "rate decision": "repo= interest zins leitzins taux= tasa= tipos= tasso juros stavk rente= stopy= faiz=",
    "cut": "cut= cuts= lowered lowers reduc senk baiss recort bajo= rebaj ridott taglio snizh verlaag obniz "
    "indirdi= zniz",
    "election": "elect vote= voted votes= voting polls= ballot wahl= wahlen abstimm scrutin vot= votaron eleccion "
    "elezion eleic vybory= vyborov= vyborakh= vyboram= vyborami= vyboriv= golosov verkiez wybory= wyborach= "
    "wyborow wyborcz glosow secim",
    "attack": "attack airstrik bombing bombard shelling angriff anschlag attaque attentat ataque atentado attacco "
    "ataka udar= obstrel aanval aanslag atak= ataku= zamach ostrzal saldir obstril",
    "resignation": "quit= quits= resign rucktritt zuruckgetret demission dimission renunci dimiss dimess dimett "
    "otstavk ontslag aftred rezygn dymisj istifa vidstavk",
    "flood": "flood uberschwemm hochwasser inond inundac alluvion navodnen overstrom powodz sel= taskin povin=",
    "storm": "hurrican storm= typhoon cyclone hurrikan sturm= taifun ouragan tempete cyclon huracan tormenta "
    "uragan shtorm tajfun huragan burza= firtina kasirga",
    "fire": "wildfire blaze= waldbrand incendi pozhar bosbrand pozar yangin pozhezh",
    "visit": "visit besuch visite= visita vizit bezoek wizyt ziyaret",
    "expulsion": "expel expuls ausgewiesen ausweis grata= vyslal vyslan vysylk uitgewez wydalon",
    "recall": "odwola recall= recalled= recalls= zuruckbeordert rappele rappelle convoca richiam otozval",
    "concession": "conced concession eingestand niederlage= derrota= sconfitta porazhen nederlaag porazk yenilgi",
    "result": "victory= won= win= wins= result= results= sieg= siege= gewann gewonnen ergebnis endergebnis "
    "victoire remporte resultat gano= victoria resultado vittoria vinto risultat venceu pobed itog "
    "overwinn wygral wygran zwyciest kazand zafer= peremog",
    "phone call": "phone telephon telefon telefoon",
    "takeover": "sale= sold= bought= buy= buys= venta= venda= cessione vendita prodazh takeover acquisit acquir "
    "merger buyout ubernahm fusion rachat adquisic adquir acquisiz pogloshen sliyan overname przejec",
    "inquiry": "inquiry enquiry investigat probe= probes= ermittl untersuchung enquete indagin inchiesta istrutt "
    "diligenc rassledov onderzoek sledztw dochodzen sorustur rozslid",
    "sanctions": "sanction sanktion sancion sanzion sanctie sankcj yaptirim sanktsi",
    "ceasefire": "ceasefire truce waffenstillstand waffenruhe cessez treve= tregua peremiri wapenstil rozejm ateskes",
    "crash": "crash= crashed crashes= absturz abgesturz ecrase accidente avari accident= accidents= acidente= "
    "acidentes= neergestort katastrof rozbil",
    "shooting": "shooting gunman gunmen gunfire schiesser fusillade tiroteo sparatoria strelb schietpart strzelan "
    "strilyan",
    "explosion": "exploded= explode= explodes= explosion explosions blast= explodi vzryv explosi ontploff wybuch "
    "patlama vibukh",
    "release": "released freed freigelassen libere liberad liberat osvobozhd vrijgelat uwolni serbest",
    "charges": "charged= indicted indictment angeklagt anklage inculpe acusad imputat obvinen aangeklaagd oskarz "
    "suclan obvinuv",
    "sentence": "sentenced verurteilt condamne condenad condannat prigovor veroordeeld skaza ceza= cezas pena= "
    "penas= zasudzh osuzhd jailed imprison",
    "testimony": "testif testimon hearing anhorung aussage audition temoign comparec audizion slushani getuig "
    "zeznan svidch",
    "shares": "shares= stock= stocks= titolo= azioni= aktie= aktien= kurs= acciones= acoes= aktsii= bourse= "
    "borsa= boerse= borse=",
    "injunction": "injunction banned= ban= bans= barred= prohibit interdit= interdiction verbot= verboten "
    "untersagt prohib vietat zakaz verbod= verboden yasak zaboron",
    "earnings": "earnings profit= profits= loss= losses= revenue revenues= gewinn verlust umsatz benefice perte= "
    "pertes= beneficio perdida ganancia utile= perdita fatturato lucro prejuizo receita ubytok "
    "vyruchk zysk strat= winst verlies omzet",
    "layoffs": "layoff laid= redundanc stellenabbau entlass licenciem despido despidos esuberi licenziam "
    "sokrashchen zwolnien",
    "closure": "closure shutdown shut= shuts= schliessung stillleg fermeture cierre chiusura fechamento zakryt "
    "sluiting",
    "reopening": "reopen wiedereroffn wiederaufgenomm rouvert rouvr reabri reapertur riapert riapr heropend "
    "ponownie= vozobnov",
    "deployment": "buildup deploy massing= massed= sosredotoch zoseredi styanul styagiva aufmarsch "
    "truppenaufmarsch zusammengezogen deploie despliegue desplego dispiegam dispiegat rozmieszcz",
    "ceremony": "ceremon zeremon wreath kranzniederleg gerbe= ofrenda venok krans= uroczyst tseremon",
}

# A happening that holds others: a visit spans its arrival, its talks and its departure.
UMBRELLAS = frozenset({"c:visit", "c:summit"})
TOPICS = frozenset({"toll", "agreement", "storm", "flood", "fire", "rate decision", "shares"})

# A figure that changed: "the toll rose to 31". Such a report is dated by the update, while the
# happening it measures came before it.
UPDATE_WORDS = frozenset(
    """rose risen climbed increased reached jumped stieg gestiegen erhoht augmente passe grimpe aumento
    ascendio subio alcanzo salito aumentato subiu vyroslo vozroslo uvelichilos dostiglo rises climbs tops topped
    passes passed exceeds exceeded surpassed steigt depasse alourdi supera supero superou eleva elevaron elevo
    prevysilo prevysil stijgt gestegen wzrosla wzrosl yukseldi""".split()
)


# A word as news writes it, with its inner apostrophes and hyphens ("Russia's", "Jong-un", "Vil'ka").
WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
# Cyrillic soft and hard signs have no Latin letter (anyascii gives an apostrophe, which would split a
# name in two: "Вилька" is "vilka", not "vil" and "ka").
_SILENT = str.maketrans("", "", "ьъЬЪ")


def ascii_words(text: str) -> list[str]:
    """Words of a text, transliterated to lower-case ASCII, possessives and hyphens split off: how concepts
    and names are compared across languages."""
    out = []
    for w in WORD.findall(text.translate(_SILENT)):
        for part in re.split(r"[-'’]", anyascii(w).lower()):
            part = re.sub(r"[^a-z]", "", part)
            if part and part != "s":
                out.append(part)
    return out


def _table() -> tuple[dict[str, str], dict[str, str]]:
    prefixes: dict[str, str] = {}
    whole: dict[str, str] = {}
    for concept, words in EVENT_WORDS.items():
        for w in words.split():
            if w.endswith("="):
                whole[w[:-1]] = concept
            else:
                prefixes[w] = concept
    return prefixes, whole


_PREFIXES, _WHOLE = _table()
_LONGEST = max(len(p) for p in _PREFIXES)


@lru_cache(maxsize=1 << 16)
def concept_of(word: str) -> str | None:
    """The kind of happening an ASCII lower-case word names, if any."""
    if word in _WHOLE:
        return _WHOLE[word]
    for n in range(min(len(word), _LONGEST), 3, -1):
        found = _PREFIXES.get(word[:n])
        if found:
            return found
    return None


def first_kind(words: list[str]) -> str | None:
    """The kind of happening the earliest such word names: what a sentence reports first is what it
    reports ("Police arrested 17 people during the march" is an arrest, not a march)."""
    for w in words:
        found = concept_of(w)
        if found and found not in TOPICS:
            return "c:" + found
    return None


# "after the ruling", "nach dem Absturz", "tras el accidente": a happening named after one of these words is
# the background a sentence dates itself by, not what it reports.
_SINCE = frozenset(
    "after since following nach seit apres depuis tras despues desde dopo apos depois na sinds posle".split()
)
_ARTICLES = frozenset(
    "the a an der die das dem den des le la les l el los las del al il lo gli i o os as do da de het".split()
)


def main_kind(words: list[str]) -> str | None:
    """The kind of happening a sentence reports (``first_kind``), passing over a happening it names only as
    the time of another ("the day after the ruling, he said he would appeal" is no ruling)."""
    return first_kind([w for n, w in enumerate(words) if not _dated_by(words[max(0, n - 2) : n])])


def _dated_by(before: list[str]) -> bool:
    """Whether a word follows "after", "since" ... (an article between them aside)."""
    words = [x for x in before if x not in _ARTICLES]
    return bool(words) and words[-1] in _SINCE


def kinds(words: list[str]) -> frozenset[str]:
    """The happenings (and topics) a list of ASCII lower-case words speaks of, as ``c:`` keys."""
    return frozenset("c:" + c for c in {concept_of(w) for w in words} if c)


def countries(words: list[str]) -> frozenset[str]:
    """The countries a list of ASCII lower-case words names, as ``c:`` keys of their ISO codes."""
    return frozenset("c:" + c for c in {country_of(w) for w in words} if c)


def concepts(words: list[str]) -> frozenset[str]:
    """The happenings and countries a list of ASCII lower-case words speaks of, as ``c:`` keys."""
    return kinds(words) | countries(words)
