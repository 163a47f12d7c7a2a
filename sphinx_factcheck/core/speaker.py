"""Who a sentence attributes its words to: the named person (or body) behind a quote.

English news syntax only, by design small: the forms a reporter uses to name
a speaker ("Name said", "Name, a spokesperson for X, said", "..., said Name,
director of X", "quoted Name as saying", "according to Name").
"""

from __future__ import annotations

import re

_VERBS = (
    r"said|says|told|added|warned|stated|pledged|promised|accused|denied|denies|"
    r"claimed|announced|confirmed|insisted|argued|wrote|noted|explained|declared|"
    r"reported|tweeted|estimated|predicted|vowed|called"
)
_VERB = re.compile(rf"\b(?:{_VERBS})\b")
#: "..., said Name" / "...,” said Name": the reporter's inverted attribution.
_INVERTED = re.compile(
    '[,\u201c\u201d"\u00bb\u00ab]\\s*'
    r"(?:said|says|added|wrote|noted|told reporters|sagte|sagt|erklärte|"
    r"betonte|dijo|afirmó|explicó|aseguró)\s+"
)
#: Quote marks that close a quotation: an attribution right after one needs no other sign.
_CLOSING_QUOTES = '\u201c\u201d"\u00bb\u00ab'
#: The name between is bounded (a name is short): unbounded, every "quoted" read the rest of
#: the text looking for "as saying", and a text of many was quadratic.
_QUOTED_AS_SAYING = re.compile(r"\bquoted\s+(.{1,200}?)\s+as\s+saying\b")
_PASSIVE_QUOTED = re.compile(r"\b(?:was|were)\s+quoted\b")
_ACCORDING_TO = re.compile(r"\baccording to\s+(?:the\s+)?", re.IGNORECASE)

#: Words between a speaker and the verb that do not break the attribution.
_AUXILIARIES = {
    "has",
    "have",
    "had",
    "also",
    "previously",
    "repeatedly",
    "later",
    "then",
    "again",
    "earlier",
    "once",
    "reportedly",
    "recently",
    "publicly",
    "flatly",
    "would",
    "will",
    "separately",
    "further",
}
#: Lowercase words that may sit inside a name ("Osama bin Laden", "Ursula von der Leyen").
_PARTICLES = {"bin", "ibn", "al", "de", "del", "der", "van", "von", "da", "di", "du", "le", "la"}
_PRONOUNS = {
    "He",
    "She",
    "They",
    "It",
    "We",
    "I",
    "You",
    "This",
    "That",
    "There",
    "These",
    "Those",
    "Who",
    "Which",
}
#: Capitalised words that start a sentence or clause and are no part of a name.
_NOT_NAMES = {
    "The",
    "A",
    "An",
    "But",
    "And",
    "Or",
    "As",
    "In",
    "On",
    "At",
    "After",
    "Before",
    "However",
    "Asked",
    "When",
    "While",
    "Meanwhile",
    "Also",
    "So",
    "Yet",
    "Still",
    "Then",
    "Later",
    "Earlier",
    "Separately",
    "Instead",
    "Now",
    "Today",
    "Yesterday",
    "If",
    "Though",
    "Although",
    "Because",
    "Since",
    "Reporting",
    "Speaking",
    "Writing",
    "Last",
    "Next",
    "Previously",
    *_PRONOUNS,
}
#: Titles and ranks written before a name; they are dropped so the person remains.
_TITLES = {
    "President",
    "Vice",
    "Prime",
    "Minister",
    "Deputy",
    "Chief",
    "Cabinet",
    "Secretary",
    "Secretary-General",
    "General",
    "Admiral",
    "Colonel",
    "Lieutenant",
    "Major",
    "Captain",
    "Sergeant",
    "Commander",
    "Senator",
    "Sen.",
    "Rep.",
    "Representative",
    "Governor",
    "Gov.",
    "Mayor",
    "Judge",
    "Justice",
    "Ambassador",
    "Chancellor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "Bishop",
    "Rev.",
    "Dr.",
    "Doctor",
    "Professor",
    "Prof.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Director",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Chief Executive",
    "Executive",
    "CEO",
    "Foreign",
    "Defense",
    "Defence",
    "Interior",
    "Finance",
    "Trade",
    "State",
    "Supreme",
    "Leader",
    "White",
    "House",
    "Press",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Speaker",
    "Attorney",
    "Inspector",
    "Officer",
    "Premier",
    "Councillor",
    "Councilor",
    "Commissioner",
    "Envoy",
    "Special",
    "Developer",
    "Operator",
    "Retailer",
    "Carmaker",
    "Insurer",
    "Regulator",
    "Economist",
    "Analyst",
    "Lawyer",
    "Researcher",
    "Scientist",
    "Activist",
    "Campaigner",
    "Founder",
    "Owner",
    "Coach",
    "Manager",
    "Superintendent",
    "Sheriff",
    "Dean",
    "Principal",
    "Trustee",
    "Alderman",
    "Detective",
    "Coroner",
    "Magistrate",
    "Auditor",
    "Treasurer",
    "Comptroller",
    "Clerk",
    "Rabbi",
    "Imam",
}
#: Endings of compound titles ("Gewerkschaftschef", "Regierungssprecherin").
_TITLE_ENDINGS = (
    "chef",
    "chefin",
    "sprecher",
    "sprecherin",
    "minister",
    "ministerin",
    "präsident",
    "präsidentin",
    "leiter",
    "leiterin",
    "vorsitzender",
    "vorsitzende",
    "direktor",
    "direktorin",
    "bürgermeister",
    "bürgermeisterin",
)
#: Nationality adjectives commonly written before a title and a name.
_NATIONALITIES = {
    "American",
    "British",
    "Chinese",
    "French",
    "German",
    "Indian",
    "Iranian",
    "Israeli",
    "Italian",
    "Japanese",
    "Korean",
    "North",
    "South",
    "Palestinian",
    "Russian",
    "Spanish",
    "Syrian",
    "Turkish",
    "Ukrainian",
    "U.S.",
    "US",
    "UN",
    "U.N.",
    "EU",
    "NATO",
    "UK",
    "Canadian",
    "Australian",
    "Mexican",
    "Brazilian",
    "Polish",
    "Saudi",
    "Egyptian",
    "Pakistani",
    "Afghan",
    "Iraqi",
    "Taiwanese",
    "Vietnamese",
    "European",
}
#: Last words of organisations' names: a run ending in one is a body, kept whole.
_ORGANISATION_WORDS = {
    "Ministry",
    "Agency",
    "Office",
    "Department",
    "Council",
    "Institute",
    "Committee",
    "Government",
    "Party",
    "Commission",
    "Court",
    "Bank",
    "Association",
    "Union",
    "Organization",
    "Organisation",
    "Service",
    "Services",
    "Administration",
    "Bureau",
    "Center",
    "Centre",
    "Police",
    "Army",
    "Navy",
    "Forces",
    "Command",
    "Parliament",
    "Assembly",
    "Senate",
    "Congress",
    "Embassy",
    "University",
    "Foundation",
    "Group",
    "Company",
    "Corporation",
    "Inc.",
    "Ltd",
    "News",
    "Times",
    "Post",
    "Press",
    "Network",
    "House",
    "College",
    "Authority",
    "Board",
    "Federation",
    "Fund",
    "Institution",
    "Society",
    "Trust",
    "Alliance",
    "Coalition",
}
#: Words that join the parts of a body's name ("Royal College of Nurses").
_ORGANISATION_JOINERS = {"of", "for", "on"}
#: Articles before a role noun in an inverted attribution, in the languages above.
_ARTICLES = {"the", "el", "la", "le", "der", "die", "das", "los", "las", "les"}
_APOSTROPHES = "\u2019'"
#: How many characters around a verb or quote mark are read for the name: far more than a name
#: with an apposition ("Name, a spokesperson for X,") takes.
_REACH = 600
_SPACE = re.compile(r"\s")
_TRAILING_PUNCTUATION = ',.;:!?)]}\u201d"' + _APOSTROPHES


def speaker_of(text: str) -> str | None:
    """The person or body a sentence attributes its words to, when it names one."""
    for finder in (_inverted, _quoted_as_saying, _before_verb, _according_to, _passive):
        speaker = finder(text)
        if speaker:
            return speaker
    return None


def _inverted(text: str) -> str | None:
    for match in _INVERTED.finditer(text):
        after_quote = _before(text, match.start() + 1).rstrip(", ").endswith(tuple(_CLOSING_QUOTES))
        words, closed = _run_after(text, match.end(), role=after_quote)
        if words and (closed or after_quote or _ends_attribution(text, match.end(), words)):
            name = _clean(words)
            if name:
                return name
    return None


def _quoted_as_saying(text: str) -> str | None:
    match = _QUOTED_AS_SAYING.search(text)
    if not match:
        return None
    words = match.group(1).split()
    if all(_is_name_word(word) or word in _PARTICLES for word in words):
        return _clean(words)
    return None


def _before_verb(text: str) -> str | None:
    for match in _VERB.finditer(text):
        before = _strip_auxiliaries(_before(text, match.start()))
        apposition = before.endswith(",")
        name = _clean(_run_before_apposition(before) if apposition else _run_before(before))
        if name:
            return name
    return None


def _according_to(text: str) -> str | None:
    match = _ACCORDING_TO.search(text)
    if not match:
        return None
    words, _ = _run_after(text, match.end())
    return _clean(words)


def _passive(text: str) -> str | None:
    if not _PASSIVE_QUOTED.search(text):
        return None
    words, _ = _run_after(text, 0)
    return _clean(words)


def _before(text: str, end: int) -> str:
    """The text before ``end``, as far back as a name and its apposition reach.

    Reading only so far keeps a sentence of very many verbs or quote marks
    linear; a word cut by the limit is left out.
    """
    start = end - _REACH
    if start <= 0:
        return text[:end]
    window = text[start:end]
    space = _SPACE.search(window)
    return window[space.end() :] if space else ""


def _words_after(text: str, start: int) -> list[str]:
    """The words from ``start`` on, as far as a name and what follows it reach."""
    end = start + _REACH
    words = text[start:end].split()
    return words[:-1] if end < len(text) else words  # the last may be cut


def _is_name_word(word: str) -> bool:
    return (
        bool(word)
        and word[0].isupper()
        and all(character.isalnum() or character in _APOSTROPHES + ".-" for character in word)
    )


def _strip_auxiliaries(before: str) -> str:
    words = before.rstrip().split(" ")
    while words and words[-1] in _AUXILIARIES:
        words.pop()
    return " ".join(words).rstrip()


def _run_before(before: str) -> list[str]:
    """The capitalised words that end ``before`` (a name written just before a verb)."""
    run: list[str] = []
    words = before.split()
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        joins_body = (
            run
            and word in _ORGANISATION_JOINERS
            and position
            and words[position - 1] in _ORGANISATION_WORDS
        )
        if _is_name_word(word) or (run and word in _PARTICLES) or joins_body:
            run.insert(0, word)
        else:
            break
    while run and run[0] in _PARTICLES:
        run.pop(0)
    return run


def _run_before_apposition(before: str) -> list[str]:
    """``Name, a spokesperson for X,`` -> the words of Name (the apposition is skipped)."""
    inner = before[:-1]
    comma = inner.rfind(",")
    if comma < 0:
        return []
    apposition = inner[comma + 1 :].strip()
    if not apposition or not apposition[0].islower():
        return []
    return _run_before(inner[:comma])


def _run_after(text: str, start: int, *, role: bool = False) -> tuple[list[str], bool]:
    """The capitalised words from ``start`` on, and whether punctuation closed the run.

    With ``role``, an article and one lowercase word may come first ("dijo el
    climatólogo Andrés Peña", "said the economist Jane Doe").
    """
    run: list[str] = []
    words = _words_after(text, start)
    if (
        role
        and len(words) > 2
        and words[0] in _ARTICLES
        and words[1].isalpha()
        and (words[1].islower() and words[1] not in _AUXILIARIES)
    ):
        words = words[2:]
    for word in words:
        bare = word.rstrip(_TRAILING_PUNCTUATION)
        if not run and bare in ("the", "The"):
            continue
        if not (_is_name_word(bare) or (run and bare in _PARTICLES)):
            return run, False
        run.append(bare)
        if bare != word and not _is_initial(word):
            return run, True
    return run, True


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _ends_attribution(text: str, start: int, words: list[str]) -> bool:
    """After ``said Name`` comes what describes Name ("of X", "who ..."), not a clause."""
    rest = _words_after(text, start)[len(words) :]
    return not rest or rest[0] in ("of", "from", "at", "in", "who", "with")


def _clean(words: list[str]) -> str | None:
    """The name in a run of capitalised words: no opening word, title or possessor."""
    run = [word for word in words if word]
    while run and run[0] in _NOT_NAMES:
        run.pop(0)
    if not run or run[0] in _PRONOUNS:
        return None
    is_body = run[-1] in _ORGANISATION_WORDS
    possessor = max((i for i, word in enumerate(run[:-1]) if _is_possessive(word)), default=-1)
    if possessor >= 0 and not is_body:
        run = run[possessor + 1 :]  # "North Korea's Kim Jong Un" -> "Kim Jong Un"
    if not is_body:
        while len(run) > 1 and (_is_title(run[0]) or run[0] in _NATIONALITIES):
            run.pop(0)
        # "Health Secretary Mark Ellison": a title after a word or two that qualify it
        title = max((i for i, word in enumerate(run[:3]) if _is_title(word)), default=-1)
        if title >= 0 and len(run) - title - 1 >= 2:
            run = run[title + 1 :]
    if run and _is_possessive(run[-1]):
        return None  # "Kim's limousine": a possessor, not a speaker
    name = " ".join(run).strip(_TRAILING_PUNCTUATION + " ")
    if not name or name in _TITLES or name in _NOT_NAMES:
        return None
    return name


def _is_title(word: str) -> bool:
    return word in _TITLES or (len(word) > 6 and word.lower().endswith(_TITLE_ENDINGS))


def _is_possessive(word: str) -> bool:
    return word.endswith(tuple(mark + "s" for mark in _APOSTROPHES))
