"""Page furniture as data: lines that end the story, and lines that are never part of it, each with its reason."""

from __future__ import annotations

import re

from summarise.lexicon import CAPITALS

TAIL_MARKERS = [
    (
        "list of other stories",
        re.compile(
            r"^(popular|news by theme|recent news|all news|read more|most read|latest news|related( news| stories)?|"
            r"more (news|stories) from .*|top stories|trending( now)?|you may also like|more on this topic|"
            r"weitere nachrichten|mehr zum thema|à lire aussi|lire aussi|популярне|популярное|читайте також|"
            r"читайте также|останні новини|последние новости|most popular|related content|more from \S+(\s\S+){0,2}|"
            r"les plus lus|lo más leído|noticias relacionadas|leggi anche|i più letti|czytaj (też|także)|"
            r"najczęściej czytane|leia também|veja também|mais lidas|notícias relacionadas|самое читаемое|"
            r"новости партнёров|більше новин|найпопулярніше|ilgili haberler|baca juga|berita terkait|"
            r"meistgelesen|das könnte sie auch interessieren|cele mai citite|nejčtenější|"
            r"nejnovější zprávy|mest lästa|mest læste|mest leste|luetuimmat|legolvasottabb|en çok okunan(lar)?|"
            r"τα πιο δημοφιλή|meest gelezen|populairste):?$",
            re.IGNORECASE,
        ),
    ),
    ("donation pitch", re.compile(r"^a message from .*:$", re.IGNORECASE)),
    ("subscription", re.compile(r"^sign up for our (free )?(weekly |daily )?newsletter$", re.IGNORECASE)),
]
_CREDIT = r"[^\W\d_][\w.&'-]*(?: [^\W\d_][\w.&'-]*)?"  # an agency or a writer's initials: one or two words
# A page's "skip to content" link, in the languages read: never its masthead nor its headline.
SKIP_LINKS = (
    r"skip to|hoppa till (?:huvud)?innehåll(?:et)?|(?:zum (?:haupt)?inhalt|direkt zum inhalt)(?: springen)?"
    r"|aller au contenu|passer au contenu|ir al contenido|saltar al contenido|vai al contenuto|salta al contenuto"
    r"|przejdź do (?:głównej )?treści|přejít na (?:hlavní )?obsah|přeskočit na (?:hlavní )?obsah"
    r"|preskočiť na (?:hlavný )?obsah|spring til (?:hoved)?indhold|(?:hopp|gå) til (?:hoved)?innhold"
    r"|(?:siirry|hyppää) (?:pää)?sisältöön|ugrás a (?:fő )?tartalomhoz|ugrás a (?:fő )?tartalomra"
    r"|(?:ga )?naar (?:de )?(?:hoofd)?inhoud|перейти к (?:основному )?(?:содержанию|содержимому)"
    r"|перейти до (?:основного )?(?:змісту|вмісту)|(?:salt|sari|treci) la con[țţ]inut(?:ul)?"
    r"|(?:ana )?içeriğe (?:geç|atla)"
    r"|μετάβαση στο (?:κύριο )?περιεχόμενο|(?:preskoči|prijeđi) na (?:glavni )?sadržaj|(?:ir|pular) para o conteúdo"
    r"|(?:langsung|lewati) ke (?:konten|isi)"
)
_LINK = r"[^\W\d_][^\s|.!?:]*(?:\s[^\s|.!?:]+){0,2}"  # one to three words, the first a word
# ... or a count of comments ("14 komentarzy"), not a fact ("12 injured") nor a date ("20 noiembrie 2026")
_COMMENTS = r"\d+\s+(?:comments?|komentarzy|komentarze|komentáře|komentářů|kommentare|kommentarer|commenti|commentaires"
_COMMENTS += r"|comentarios|comentários|yorum|reacties|hozzászólás|kommenttia|comentarii|коментарів|комментариев)"
# The label of a line that credits a story ("Source: AFP"), in the languages read.
SOURCE_LABELS = "source|kaynak|sumber|fonte|fuente|quelle|источник|джерело|źródło"
# A cookie notice, in the languages read: a word for cookies, one for the site (whole: "we", "web", "strona"; or a
# stem: "сайтом", "sitesi", "stránku"), one that asks consent or points to settings or a policy, and no figure (a
# report of a cookie fine states one: "fined the retailer 40 million euros ... without users' consent").
_COOKIES = r"cookie|çerez|kolačić|kolacic|eväste|süti|piškot|μπισκότ|kakor|informasjonskaps"
_SITE_WORDS = (
    r"we|our|vi bruker|vi använder|vi bruger|wij|web|site|website|sitio|sito|seite|nossa|nuestra|notre|unsere|nasz"
    r"|nase|naše|situs|strona|stronie"
)
_SITE_STEMS = (
    r"сайт|sitesi|siteyi|sitemiz|stránk|stranic|webbplats|nettsted|hjemmeside|verkkosivu|sivusto|weboldal|honlap"
    r"|ιστότοπ|ιστοσελίδ|webová|webové|веб-сайт|вебсайт"
)
_CONSENT = (
    r"accept|acept|accett|akceptuj|aceit|akzept|privacy|privacidad|privacidade|política|politique|datenschutz"
    r"|polityk|configur|settings|einstellung|принять|принима|соглаш|политик|настройк|kabul|ayarlar"
    r"|súhlas|souhlas|nastaven|prihva|postavk|godkend|godta|godkänn|samtyk|hyväksy|asetuks|elfogad|beállít"
    r"|αποδοχ|αποδέχ|ρυθμίσ|setuju|terima|pengaturan|zgod[ęy]\b|ustawie"
)
# Lines that are page furniture wherever they stand.
FURNITURE = [
    # "4 min read", "14 min read · Share | Save", "Lesezeit: 3 Min.": the reading time, and the widgets beside it
    (
        "reading time",
        re.compile(
            r"^\d{1,3}\s*(min|mins|minutes?|minuten|minutos|minuti)\.?\s+(read|de lecture|de lectura|di lettura|"
            r"leestijd|czytania|okuma|lesezeit|de leitura)\b[^.!?]{0,60}$"
            r"|^(reading time|lesezeit|leestijd|temps de lecture|tiempo de lectura|tempo di lettura|czas czytania)"
            r"\s*:?\s*\d{1,3}\s*(min|mins|minutes?|minuten|minutos|minuti)\b\.?[^.!?]{0,60}$",
            re.IGNORECASE,
        ),
    ),
    ("view counter", re.compile(r"^[•·\s]*\d[\d\s.,]*\s*(переглядiв|переглядів|просмотров|views?)\s*$", re.IGNORECASE)),
    ("link to another story", re.compile(r"\w.*\[views_\d+\]")),
    ("view counter", re.compile(r"\[views_\d+\]")),
    (
        "link to another story",
        re.compile(
            r"^(read also|also read|read more|see also|related|читати також|читайте також|читайте также|"
            r"lesen sie auch|lire aussi|à lire aussi|lea también|leer también|vea también|más información|"
            r"leggi anche|czytaj (też|także)|leia também|veja também|baca juga|next article|previous article|"
            r"citiți și|citește și|citeste si|čtěte také|čtěte též|přečtěte si také|läs också|læs også|les også|"
            r"lue myös|olvassa el|lees ook|διαβάστε επίσης|ayrıca (bakınız|okuyun))\s*[:|]",
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
    # A row of buttons, each a word or a few in brackets: "[Accetta tutti] [Rifiuta] [Personalizza]", "[Tilmeld]"
    ("buttons", re.compile(r"^(?:\[[^\[\]]{1,40}\]\s*){1,8}$")),
    # A row of link names between pipes ("Facebook | X | Email", "Share: WhatsApp | X", "PT | EN", "Log in |
    # Subscribe"): share targets, languages, sign-in. Each name is a few words with no sentence in it.
    (
        "row of links",
        re.compile(
            r"^(?:[^\W\d_][\w -]{0,24}:\s*)?" + _LINK + r"(?:\s+\|\s+" + _LINK + r")+(?:\s+\|\s+" + _COMMENTS + ")?$"
        ),
    ),
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
    (
        "advertisement",
        re.compile(
            r"^(advertisement|ad|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|reklama|реклама|"
            r"reklam|iklan|advertentie|publicitate|διαφήμιση|annons|annonce|annonse|anuncio|oglas|mainos|hirdetés|inzerce"
            r"|reklame)"
            r"(:?|\s*[·•|–—-]\s*(scroll|continue|story continues)\b[^.!?]{0,40})$",
            re.IGNORECASE,
        ),
    ),
    # "27 comments", "Comments (12)", "Комментарии (3)": the counter of the comments under the story
    (
        "comments",
        re.compile(
            r"^(\d+\s+)?(comments?|commenti|commentaires?|comentarios|comentários|komentarze|kommentare|"
            r"комментари[йи]|коментар(і|ів)|yorum(lar)?|komentar|comentarii|komentáře|kommentarer|kommentit|"
            r"hozzászólások|σχόλια|reacties)(\s*\(\d+\))?$"
            r"|^comments are closed\b.*$|^sign in to join the conversation$",
            re.IGNORECASE,
        ),
    ),
    ("licensing widget", re.compile(r"^(purchase|buy) (licensing|reprint) rights$", re.IGNORECASE)),
    ("view counter", re.compile(r"^(views|переглядів|просмотров|просмотры|wyświetle[nń]\w*)\s*:\s*\d[\d\s.,]*$", re.I)),
    (
        "share buttons",
        re.compile(
            r"^(partager|compartir|comparte|condividi|compartilhar|partilhar|udostępnij|teilen|поделиться|"
            r"поділитися|paylaş|bagikan)\b[^.!?]{0,40}$",
            re.IGNORECASE,
        ),
    ),
    # "(Reporting by A; Editing by B)", "(PAP, Meridian, aw)", "(AP/Reuters/rzk)", "Source: AFP, Daily News"
    ("credits", re.compile(r"^\((additional )?(reporting|writing|editing) by\b[^()]*\)$", re.IGNORECASE)),
    ("credits", re.compile(r"^\(" + _CREDIT + r"(\s*[,/;]\s*" + _CREDIT + r")+\)$")),
    (
        "credits",
        re.compile(
            r"^(" + SOURCE_LABELS + r")\s*:\s*" + _CREDIT + r"(\s*[,/]\s*" + _CREDIT + r")*$",
            re.IGNORECASE,
        ),
    ),
    ("credits", re.compile(r"^[\w .'-]{3,80} contributed to this report\.?$", re.IGNORECASE)),
    ("separator", re.compile(r"^[_*=~-]{3,}$")),
    # a teaser cut short: "… the second phase would ..."
    ("truncated teaser", re.compile(r"\w[,;]?\s+(\.\.\.|…)$")),
    (
        "subscription",
        re.compile(
            r"(^|[.!?:]\s+)(Subscribe|SUBSCRIBE|Sign up|Sign Up|SIGN UP)\b[^!?]{0,80}$"
            r"|^(?i:(únete a|iscriviti alla|zapisz się|abonnez-vous|assine a) (nuestra |la |do |à )?newsletter\b.*)$",
        ),
    ),
    ("widget", re.compile(r"^(load more( updates| stories| posts)?|pinned:.*)$", re.IGNORECASE)),
    # a newsletter's sign-up in any language read, ending with its button, not a stop: "Newsletter Vijesti Plus 24 -
    # ... Upišite e-mail. Pretplati se"
    (
        "subscription",
        re.compile(
            r"^(?!.*\d{4})(?!.*[.!?\"”»]\s*$)(?=.*\bnewsletter)(?=.*\b(?:sign up|subscribe(?!r)|upišite|pretplati se"
            r"|abonnez|suscríbete|iscriviti|zapisz się|inscreva-se|jetzt anmelden|prenumerera|tilaa|feliratkozás"
            r"|abonează-te|přihlaste se|prihláste sa)\b).{0,300}$",
            re.IGNORECASE,
        ),
    ),
    (
        "update banner",
        re.compile(r"^(update|updated|aktualizacja|atualizado|actualizado|aggiornamento)\s+\d{1,2}[:.h]\d{2}$", re.I),
    ),
    ("disclaimer", re.compile(r"^the views expressed (here |in this (article|piece) )?are\b.*$", re.IGNORECASE)),
    (
        "cookie notice",
        re.compile(r"\b(we use cookies|cookie (policy|settings)|accept (all )?cookies)\b", re.IGNORECASE),
    ),
    # a site that says it uses cookies and asks to accept them or points to its policy, in any language
    (
        "cookie notice",
        re.compile(
            rf"^(?!.*\d)(?=.*\b(?:{_COOKIES}))(?=.*\b(?:(?:{_SITE_WORDS})\b|{_SITE_STEMS}))(?=.*(?:{_CONSENT})).{{0,400}}$",
            re.IGNORECASE,
        ),
    ),
    (
        "copyright",
        re.compile(
            r"^(copyright|©|\(c\)\s+(19|20)\d\d)|all rights reserved|toate drepturile rezervate|"
            r"všechna práva vyhrazena|todos os direitos reservados|todos los derechos reservados|"
            r"tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati|wszelkie prawa zastrzeżone|"
            r"tüm hakları saklıdır|все права защищены|всі права захищені|alle rettigheder forbeholdes|"
            r"alla rättigheter förbehållna|kaikki oikeudet pidätetään|minden jog fenntartva|"
            r"με επιφύλαξη παντός δικαιώματος|alle rechten voorbehouden",
            re.IGNORECASE,
        ),
    ),
    ("widget", re.compile(r"^(oops!|something went wrong\.|please try again later\.)$", re.IGNORECASE)),
    ("weather widget", re.compile(r"^[A-Z][\w ]+ -?\d*\s*o[CF]$")),
    ("timestamp", re.compile(r"^\d{1,2}:\d{2}$")),
    ("logo list", re.compile(r"^[\w-]*(logo|icons?|lounge|circle|edge|insights|radio.*)$", re.IGNORECASE)),
    ("photo credit", re.compile(r"^[A-Za-z_]+ / (telegram|reuters|ap|afp|getty images)$", re.IGNORECASE)),
    ("illustration caption", re.compile(r"\((illustrative )?photo\)$", re.IGNORECASE)),
]
DATELINE = re.compile(r"^\s*(date\s+\d{4}-\d{2}-\d{2}|updated on:|published( on)?:|posted( on)?:)", re.IGNORECASE)


_ADVERT = dict(FURNITURE)["advertisement"]


def advertised(lines: list[str], i: int) -> bool:
    """Whether a line stands right under an advertisement's label ("Advertisement", "Anzeige"), no blank line
    between: it is the advertisement's pitch, not a headline (an empty slot's label often stands a blank line
    above the headline)."""
    return i > 0 and bool(_ADVERT.match(lines[i - 1].strip()))


PITCH_MAX = 200  # characters: an advertisement's pitch, not a paragraph of the story
# A pitch names its brand, then a dash ("Pellmore Insurance - cover for the whole family ..."); a story's paragraph
# under an empty slot's label does not.
_BRAND = re.compile(r"^[A-ZÀ-Þ][\w&'.]*(?:\s+[A-ZÀ-Þ][\w&'.]*){0,3}\s+[-–]\s+\S")
# In another alphabet or before an em dash, a pitch also names a price or a share ("Orbenna Подорожі — зимові тури ...
# зі знижкою до 25%"): "BERLIN — The central bank ..." is a dateline and "Владимир Путин — о решении ..." a quote.
_ANY_BRAND = re.compile(rf"^{CAPITALS}[\w&'.]*(?:\s+{CAPITALS}[\w&'.]*){{0,3}}\s+[-–—]\s+\S.*\d")


def pitch(line: str) -> bool:
    """Whether a line under an advertisement's label is its pitch: short, a brand and a dash first
    ("Pellmore Insurance - cover for the whole family from 12 crowns a month. Get a quote")."""
    text = line.strip()
    if not text or len(text) > PITCH_MAX:
        return False
    shouted = text.split()[0].isupper() and len(text.split()[0]) > 1  # "BERLIN —", "WASHINGTON —": a dateline
    return bool(_BRAND.match(text)) or (not shouted and bool(_ANY_BRAND.match(text)))
