"""Page furniture in scraped articles: which lines are not the article's prose, and why.

Rules look at one line at a time (:func:`boilerplate_reason`), then at a
line's neighbours (:func:`context_reasons`): the caption after an "Image
caption" label, the links listed under "Most read". They cover the shapes
news pages, blogs, press releases, transcripts and PDF copies share, in
English, German, French and Spanish; none names an outlet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_SHORT_WEEKDAYS = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
_SHORT_MONTHS = "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
_OTHER_WEEKDAYS = (
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|"
    "mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
    "viernes|sábado|domingo"
)
_OTHER_MONTHS = (
    "januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|"
    "november|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|"
    "octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    "septiembre|setiembre|octubre|noviembre|diciembre"
)
#: "September 13, 2023", "13 Sept. 2023", with an optional weekday in front.
_DATE = (
    rf"(({_WEEKDAYS}|{_SHORT_WEEKDAYS})\.?,?\s+)?"
    rf"((({_MONTHS}|{_SHORT_MONTHS})\.?\s+\d{{1,2}}(st|nd|rd|th)?"
    rf"|\d{{1,2}}(st|nd|rd|th)?\s+({_MONTHS}|{_SHORT_MONTHS})\.?),?\s+\d{{4}})"
)
_TIME = r"\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?(\s*[a-z]{2,4})?"
_SHARE_TARGETS = (
    r"facebook|twitter|x|whatsapp|pinterest|linkedin|telegram|reddit|e-?mail|"
    r"print|copy link|viber|tumblr|threads|mastodon|flipboard|bluesky|messenger|"
    r"sms|xing"
)
_SHARE_VERBS = (
    r"share( this( article| story| post| page| release)?)?|(artikel |beitrag )?teilen|"
    r"partager( cet article| l'article)?|compartir|envoyer|send|tweet|pin|save|"
    r"print|drucken|imprimer|imprimir|copy link|link kopieren|copier le lien|"
    r"copiar enlace|speichern|merken"
)
_UPPER = "A-ZÀ-ÖØ-Þ"
#: A capitalised name of up to four words, as in a byline.
_NAME = rf"[{_UPPER}][\w.'’-]*(\s+([{_UPPER}][\w.'’-]*|de|van|von|da|di|del|la|le)){{0,3}}"
_ROLES = (
    r"correspondent|reporter|editor|writer|columnist|contributor|journalist|producer|"
    r"presenter|analyst|staff|korrespondent(in)?|redakteur(in)?|reporter(in)?|autor(in)?|"
    r"journaliste|correspondant(e)?|rédact(eur|rice)|envoyée? spéciale?|redactor(a)?|"
    r"corresponsal|periodista"
)
_LIST_LABELS = (
    r"most (read|popular|viewed|shared|watched)|related( stories| articles| posts| "
    r"topics| content| links| coverage)?|more on this (story|topic)|more (stories|news)"
    r"( from [^.!?]{1,40})?|you (may|might) (also )?like|recommended( for you| "
    r"stories)?|top stories|trending( now| stories| articles)?|read next|up next|"
    r"sigue leyendo|seguir leyendo|lee también|weiterlesen|lire la suite|"
    r"editor('?s'?)? picks?|mehr zum thema|"
    r"meistgelesen|das könnte sie auch interessieren|weitere artikel|les plus lus|"
    r"sur le même sujet|à lire aussi|lo más leído|noticias relacionadas|"
    r"te puede interesar|más noticias"
)
_WEATHER_WORDS = (
    r"sunny|sun|cloudy|clouds?|overcast|clear|fair|fog(gy)?|mist|haze|rain(y)?|"
    r"showers?|drizzle|snow(y)?|sleet|storms?|thunder(storms?)?|wind(y)?|"
    r"intervals|light|heavy|partly|mostly|regen|sonnig|bewölkt|heiter|wolkig|"
    r"schauer|nebel|schnee|gewitter|leichter|starker|averses?|pluie|ensoleillé|"
    r"nuageux|éclaircies|brouillard|neige|couvert|orages?|lluvia|soleado|nublado|"
    r"chubascos|despejado|niebla|nieve|tormenta"
)
_CAPTION_LABELS = r"(image|photo|video|picture) caption,?|bildunterschrift:?|légende:?"


def _line(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` anchored at the start: it is only ever tried on a whole line.

    Unanchored, a search would retry it at every position of a long line,
    which made the patterns quadratic on hostile text.
    """
    return re.compile(rf"\A(?:{pattern})", flags)


#: (reason, pattern on the stripped line); a line matching one is boilerplate.
BOILERPLATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "advertising",
        _line(
            r"[\W_]*(advert(i)?(s|z)(e)?ments?|sponsored( content)?|ad|anzeige|werbung|publicité|"
            r"publicidad|pubblicità|reklame)[\W_]*"
            r"((scroll to continue|continue reading|(story|article|content) continues)"
            r"( (below|with content))?( advertisement)?[\W_]*)?"
            r"|(story|article|content) continues below( (the )?advertisement)?[\W_]*",
            re.IGNORECASE,
        ),
    ),
    (
        "comment form",
        _line(
            r"(please )?(enter|leave|post|add|write) (your|a) (comment|reply|name|email|e-mail)"
            r"( address)?( here)?[!.:]*|(leave a reply|cancel reply|comments?)[!.:]*"
            r"|leave a reply\W*cancel reply|save my name.*|you have entered an incorrect email.*"
            r"|your email address will not be published.*|required fields are marked.*"
            r"|(name|email|e-mail|website|comment)\s*\*?\s*:?|(post|submit) comment|submit|Δ"
            r"|\d+ (thoughts|comments|responses|replies|kommentare|commentaires|comentarios)"
            r"( on .{1,200})?|(like|gefällt) (this|mir):?",
            re.IGNORECASE,
        ),
    ),
    ("weather header", _line(r"-?\d{1,3}([.,]\d)?\s*°?\s*[CF]", re.IGNORECASE)),
    (
        "weather widget",
        _line(
            rf"(((?i:{_WEATHER_WORDS})\s+){{1,3}}|[{_UPPER}][\w'-]*(\s+[{_UPPER}][\w'-]*)?\s+)?"
            rf"-?\d{{1,3}}([.,]\d)?\s*°\s*[CFcf]?"
            rf"(\s*/\s*-?\d{{1,3}}\s*°\s*[CFcf]?)?"
            rf"(\s+[{_UPPER}][\w'-]*(\s+[{_UPPER}][\w'-]*){{0,2}})?"
        ),
    ),
    (
        "cookie notice",
        _line(
            r"(?=.*\bcookies?\b)(?=.*\b(we use|this (site|website) uses|our use of|accept|reject|"
            r"cookie (policy|settings|preferences)|manage|consent|wir verwenden|wir nutzen|"
            r"akzeptieren|nous utilisons|accepter|utilizamos|usamos|aceptar)).{1,600}",
            re.IGNORECASE,
        ),
    ),
    (
        "date header",
        _line(
            rf"({_WEEKDAYS}),?\s+(({_MONTHS})\s+\d{{1,2}}|\d{{1,2}}\s+({_MONTHS})),?\s+\d{{4}}",
            re.IGNORECASE,
        ),
    ),
    (
        "date header",
        _line(
            rf"((published|updated|posted|last updated|modified)( on)?:?\s+)?({_TIME},?\s+)?"
            rf"{_DATE}(,?\s+(at\s+)?{_TIME})?",
            re.IGNORECASE,
        ),
    ),
    (
        "date header",
        _line(
            r"((published|updated|posted|aktualisiert|veröffentlicht|mis à jour|publié|"
            r"actualizado|publicado)\s+)?(\d+|an?|one)\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|"
            r"weeks?|months?)\s+ago|vor\s+\d+\s+(minuten|stunden|tagen)|il y a \d+\s+"
            r"(minutes?|heures?|jours?)|hace \d+\s+(minutos?|horas?|días?)",
            re.IGNORECASE,
        ),
    ),
    (
        "read time",
        _line(
            r"\d+\s*(min(ute)?s?|min\.)\s+(read|lesezeit|de lecture|de lectura)|"
            r"((reading|read|listening) time|lesezeit|lesedauer|temps de lecture|tiempo de lectura)"
            r"\s*:?\s*(about |ca\. |environ |unos )?\d+\s*(min(ute)?s?|min\.?|minuten|minutos)\.?|"
            r"(listen to this article|artikel anhören|écouter cet article|escuchar (este )?"
            r"art[íi]culo)[^.!?]{0,40}",
            re.IGNORECASE,
        ),
    ),
    (
        "breadcrumb",
        _line(r"Home(?=[A-Z])\S.*|(Home|Startseite|Accueil|Inicio|Portada)\s*[›»>/|].*"),
    ),
    (
        "cookie notice",
        _line(
            r"accept( all| cookies)?|reject( all)?|((manage|cookie) )?(preferences|settings)|"
            r"manage cookies|alle akzeptieren|einstellungen|tout accepter|tout refuser|paramètres|"
            r"aceptar( todo)?|rechazar( todo)?|configuración",
            re.IGNORECASE,
        ),
    ),
    (
        "navigation",
        _line(
            r"(most popular|most read|related( articles| posts| stories)?|read more|share( this)?|"
            r"subscribe|sign up|newsletter|follow us|trending( now)?|previous (article|post|story)|"
            r"next (article|post|story)|more from (the )?author|editor('?s'?)? picks?|"
            r"popular (posts|category|categories|stories)|recent (posts|comments)|"
            r"you (may|might) (also )?like|skip to (main )?content|load more( updates| posts| "
            r"stories| articles)?|show more|loading|(sign|log) (in|out)|tags?|home|menu|search|"
            r"live|key events|show key events only|pinned|refresh|accessibility help|your account|"
            r"transcripts?)[\W\d\s]*",
            re.IGNORECASE,
        ),
    ),
    (
        "navigation",
        _line(
            r"(please )?(turn on|enable) javascript[^.]{0,80}\.?|javascript (is )?(required|"
            r"disabled)[^.]{0,80}\.?",
            re.IGNORECASE,
        ),
    ),
    (
        "share buttons",
        _line(
            rf"((((click to )?({_SHARE_VERBS}))(\s+(on|to|via|by|sur|par|en|auf|per|with))?"
            rf"(\s+({_SHARE_TARGETS}))?"
            rf"|({_SHARE_TARGETS}))( \(opens in new window\))?[\s,|·•/:]*)+",
            re.IGNORECASE,
        ),
    ),
    (
        "copyright",
        _line(
            r"(copyright\s*(©|\(c\))?|©|\(c\))\s*\d{4}.*|©[^.!?]{1,100}\d{4}\.?"
            r"|.{0,200}(all rights reserved|tous droits réservés|alle rechte vorbehalten|"
            r"todos los derechos reservados)\.?",
            re.IGNORECASE,
        ),
    ),
    (
        "byline",
        _line(
            rf"(?i:by|von|par|por|door):?\s+{_NAME}((\s*,\s*|\s+(?i:and|und|et|y)\s+|\s*&\s*){_NAME})*"
            r"(\s*[|,]\s*(?i:associated press|the associated press|ap|reuters|afp))?\.?"
        ),
    ),
    (
        "byline",
        _line(
            r"(staff( and wire)? reports?|from staff reports|newsroom|redacción|redaktion|"
            r"rédaction|agencias|agenturen)",
            re.IGNORECASE,
        ),
    ),
    ("byline", _line(rf"({_NAME}\s*,\s*)?([{_UPPER}]?[\w-]+\s+){{0,3}}(?i:{_ROLES})")),
    (
        "photo credit",
        _line(
            r".{0,400}?[\s(]*+\b(photo(graph)?s?|pictures?|images?|foto(s|grafie)?|bild(er)?|"
            r"crédit photo|credits?|video)\s*(by\s+|:\s*|©\s*)[^.!?:]{1,60}\)?"
            r"|(getty images|shutterstock|alamy|afp( via getty images)?|epa(-efe)?|pa media|"
            r"reuters|ap photo[^.!?]{0,60})",
            re.IGNORECASE,
        ),
    ),
    ("caption label", _line(_CAPTION_LABELS, re.IGNORECASE)),
    (
        "related link",
        _line(
            r"(read more|read also|see also|also read|more|watch|listen|lire aussi|à lire aussi|"
            r"voir aussi|à voir aussi|lesen sie auch|auch interessant|mehr dazu|te puede interesar|"
            r"lee también|leer más|ver también)\s*:\s*.{1,150}",
            re.IGNORECASE,
        ),
    ),
    ("related link", _line(_LIST_LABELS, re.IGNORECASE)),
    (
        "tags",
        _line(
            r"(tags?|topics?|filed under|categories|category|posted in|etiquetas|schlagwörter|"
            r"themen|mots-clés|thèmes|catégories)\s*:\s*[^.!?]{1,200}",
            re.IGNORECASE,
        ),
    ),
    (
        "contact",
        _line(
            r"(media|press) (contacts?|enquiries|inquiries)\s*:?.{0,200}|[\w.+-]+@[\w-]+(\.[\w-]+)+"
            r"|(tel\.?|phone|telefon|tél\.?)?\s*+:?\s*+\+?\d[\d\s().-]{6,}\d",
            re.IGNORECASE,
        ),
    ),
    ("end mark", _line(r"[#*=~_\-–—.•·]{3,}|-\s*30\s*-|ends", re.IGNORECASE)),
    (
        "release notice",
        _line(
            r"for immediate release|embargoed[^.!?]{0,80}|not for (publication|distribution)"
            r"[^.!?]{0,60}|(this is a )?rush transcript.*",
            re.IGNORECASE,
        ),
    ),
    ("release notice", _line(r"(STRICTLY )?CONFIDENTIAL[^a-z.!?]{0,60}")),
    ("stage direction", _line(r"[\[(](?=[^\])]*[A-Z]{3})[A-Z0-9 ,.:'&/-]{2,60}[\])]")),
    (
        "programme promotion",
        _line(
            r"(watch|listen to|tune in to|catch)\b[^.!?]{0,60}\b(weeknights|weekdays|every (day|"
            r"night|week|morning|evening)|daily|on demand|live on)\b[^!?]{0,30}",
            re.IGNORECASE,
        ),
    ),
    (
        "newsletter",
        _line(
            r"(?=.*\b(newsletters?|bulletin|boletín|inbox|postfach|posteingang|boîte (mail|de "
            r"réception)|bandeja de entrada)\b)(?=.*\b(sign up|subscribe|get|receive|abonnieren|"
            r"bestellen|erhalten|inscrivez|abonnez|recevez|suscríbete|suscribirse|recibe|recibir|"
            r"ihrem|your|votre|tu)\b).{1,200}",
            re.IGNORECASE,
        ),
    ),
    (
        "newsletter",
        _line(
            r"(thanks for reading[!.,]?\s*)?.{0,80}\b(subscribe|sign up|abonnieren|abonnez-vous|"
            r"suscríbete)\b\s+(for free|now|today|to (receive|get|read|support))[^?]{0,120}",
            re.IGNORECASE,
        ),
    ),
    (
        "navigation",
        _line(
            r"view (this )?(email |post |newsletter )?(online|in (your )?browser)|unsubscribe|"
            r"im browser (anzeigen|ansehen)|abmelden|voir (la version )?en ligne|se désabonner|"
            r"ver en (el )?navegador|darse de baja",
            re.IGNORECASE,
        ),
    ),
    ("label", _line(r"[∙•·▪►▶]\s*[\w'-]+(\s+[\w'-]+)?")),
    (
        "page number",
        _line(
            r"\d{1,4}|[-–]\s*\d{1,4}\s*[-–]|(page|seite|página|p\.)\s*\d+(\s*(of|von|de|sur|/)\s*\d+)?",
            re.IGNORECASE,
        ),
    ),
    (
        "page header",
        _line(
            r".{0,160}(\s{2,}+|\s*+[|·–-]\s*+)(page|seite|página)\s*\d+(\s*(of|von|de|sur|/)\s*\d+)?"
            r"|(page|seite|página)\s*\d+(\s*(of|von|de|sur|/)\s*\d+)?(\s{2,}+|\s*+[|·–-]\s*+).{0,160}",
            re.IGNORECASE,
        ),
    ),
    (
        "figure caption",
        _line(
            r"(table|figure|fig\.|chart|graph|tabelle|abbildung|grafik|tableau|graphique|tabla|"
            r"gráfico|figura)\s*\d+[.:]\s*[^.!?]{0,100}",
            re.IGNORECASE,
        ),
    ),
)

#: Words that may sit around a date or time in a time stamp line, in the languages above.
_STAMP_WORDS = re.compile(
    r"\b(published|updated|posted|last|first|modified|aired|broadcast|on|at|veröffentlicht|"
    r"aktualisiert|stand|zuletzt|am|um|publié|mis|à|jour|le|modifié|publicado|actualizado|el|de|"
    r"a|las|la|y|et|und|and|gmt|utc|bst|cet|cest|mez|mesz|et|edt|est|pt|pdt|pst|ct|cdt|uhr|h|"
    rf"{_WEEKDAYS}|{_SHORT_WEEKDAYS}|{_OTHER_WEEKDAYS}|today|yesterday|heute|gestern|"
    r"aujourd'hui|hier|hoy|ayer)\b\.?|\b[A-Z]{1,3}T\b",
    re.IGNORECASE,
)
_STAMP_DATES = re.compile(
    rf"{_DATE}|\b\d{{1,2}}(\.|er|º)?\s+(de\s+)?({_OTHER_MONTHS}|{_MONTHS})\.?(\s+de)?\s+\d{{4}}\b"
    rf"|\b({_MONTHS}|{_SHORT_MONTHS}|{_OTHER_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}\b"
    r"|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}(t[\d:.+z-]+)?\b",
    re.IGNORECASE,
)
_STAMP_TIMES = re.compile(
    r"\b\d{1,2}([:.h]\d{2}){1,2}\s*([ap]\.\s?m\.|[ap]m\b)?|\b\d{1,2}\s*([ap]\.\s?m\.|[ap]m\b)",
    re.IGNORECASE,
)
#: The lookbehind starts a try only where a run of spaces starts: a try from inside the run
#: would end the same way, and retrying there made a long run of spaces quadratic.
_TRAILING_BYLINE = re.compile(rf"(?<!\s)\s++(?i:by|von|par|por)\s++{_NAME}\s*$")
#: Lines set as columns (a PDF's running head, a flattened table): a wide gap inside.
_COLUMN_GAP = re.compile(r"\S\s{4,}\S")
_CAPTION_LABEL = re.compile(_CAPTION_LABELS, re.IGNORECASE)
_LIST_LABEL = re.compile(rf"({_LIST_LABELS})\W*", re.IGNORECASE)
_ENDS_SENTENCE = re.compile(r"[.!:;…\"”’»]$")
_MAX_STAMP_WORDS = 16
_MAX_LINK_WORDS = 15


def boilerplate_reason(line: str) -> str | None:
    """Why a single line is page furniture rather than article text, or None."""
    stripped = line.strip()
    if not stripped:
        return None
    for reason, pattern in BOILERPLATE_PATTERNS:
        if pattern.fullmatch(stripped):
            return reason
    if _is_time_stamp(stripped):
        return "date header"
    if _COLUMN_GAP.search(stripped) and not _ENDS_SENTENCE.search(stripped):
        return "columns"
    return None


def _is_time_stamp(line: str) -> bool:
    """A line that gives only when something was published: dates, times and their labels."""
    if len(line.split()) > _MAX_STAMP_WORDS:
        return False
    rest, dates = _STAMP_DATES.subn(" ", line)
    rest, times = _STAMP_TIMES.subn(" ", rest)
    if not dates and not times:
        return False
    rest = _TRAILING_BYLINE.sub("", rest)
    rest = _STAMP_WORDS.sub(" ", rest)
    return not any(character.isalnum() for character in rest)


def context_reasons(texts: Sequence[str], reasons: Sequence[str | None]) -> list[str | None]:
    """``reasons`` with what follows a caption label or a list label marked too.

    ``texts`` are the stripped lines. The line after "Image caption" is the
    caption; the short, unpunctuated lines under "Most read" or "Related
    topics" (blank lines between them allowed) are the listed links.
    """
    result = list(reasons)
    following: str | None = None
    for position, text in enumerate(texts):
        if not text:
            continue
        if following == "photo caption" and result[position] is None:
            result[position] = following
            following = None
            continue
        if (
            following == "related link"
            and len(text.split()) <= _MAX_LINK_WORDS
            and not _ENDS_SENTENCE.search(text)
        ):
            result[position] = result[position] or following
            continue
        following = None
        if _CAPTION_LABEL.fullmatch(text):
            following = "photo caption"
        elif _LIST_LABEL.fullmatch(text):
            following = "related link"
    return result


_MONTH_NUMBERS = {
    name: number
    for names in (
        _MONTHS,
        "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec",
        "januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember",
        "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
        "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre",
    )
    for number, name in enumerate(names.split("|"), start=1)
} | {"jänner": 1, "sept": 9, "setiembre": 9}
_PUBLISHED_LABEL = re.compile(
    r"(published|posted|first published|veröffentlicht|publié|publicado)\b", re.IGNORECASE
)
_DAY_MONTH_YEAR = re.compile(
    r"(\d{1,2})(?:\.|er|º|st|nd|rd|th)?\s+(?:de\s+)?([^\W\d_]+)\.?"
    r"(?:\s+de)?,?\s+(\d{4})"
)
#: The month name is tried from the start of a word only (a try from inside it ends the same
#: way), and never gives letters back: a long word made it quadratic.
_MONTH_DAY_YEAR = re.compile(
    r"(?<![^\W\d_])([^\W\d_]++)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?"
    r"\s+(\d{4})"
)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b")


def published_date(line: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a time stamp line that says when the article was published.

    Only a line labelled as the publication ("Published", "Publié le",
    "Veröffentlicht am") counts, never an "Updated" line.
    """
    stripped = line.strip()
    if not _PUBLISHED_LABEL.match(stripped) or not _is_time_stamp(stripped):
        return None
    for match in _DAY_MONTH_YEAR.finditer(stripped):
        month = _MONTH_NUMBERS.get(match[2].lower())
        if month:
            return int(match[3]), month, int(match[1])
    for match in _MONTH_DAY_YEAR.finditer(stripped):
        month = _MONTH_NUMBERS.get(match[1].lower())
        if month:
            return int(match[3]), month, int(match[2])
    numeric = _NUMERIC_DATE.search(stripped)
    if numeric and numeric[1]:
        return int(numeric[3]), int(numeric[2]), int(numeric[1])
    if numeric:
        return int(numeric[4]), int(numeric[5]), int(numeric[6])
    return None
