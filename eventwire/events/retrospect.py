"""Acts a sentence looks back on or makes up: commemorated, told in a history, a book or an
exhibition, or played out in a film, a novel or a game.

"Lithuania marks 30 years since Soviet troops stormed the Vilnius TV tower": the news is the
ceremony; the storming is thirty years old, a memory no event coder counts as an event of the
day. Nor is "The exhibition traces how Soviet tanks crushed the 1956 uprising" an act of 1956
reported now: it says what a museum shows. Acts inside what is commemorated, marked years on, or
told by a book, a film, an exhibition or a historian are not coded; the commemoration and anything
else the sentence reports stay events ("Protesters marked the anniversary of the coup by marching
on parliament" is a protest). Fiction is the same: "In the film, rebels seize the capital", "a
play in which miners occupy the pit", "the war game lets players blockade Taiwan". A past act a
report mentions in passing ("Fidel Castro visited Tehran in May 2001") is no retrospect: it is
coded as a historical event.
Written by the eventwire team from general news usage.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from eventwire.events.triggers import Trigger

# Verbs whose object is always a memory: "Sarajevo remembers the siege".
RECALLING_VERBS = frozenset(
    {"commemorate", "remember", "mourn", "memorialise", "memorialize", "recall", "relive"}
)
# Verbs that look back only on a date or on the dead: "marked 30 years since", "honours victims
# of the bombing", "observed a minute's silence for"; not "honour the ceasefire".
MARKING_VERBS = frozenset({"mark", "observe", "celebrate", "honour", "honor", "commemorate"})
MARKED = frozenset(
    {"anniversary", "year", "decade", "century", "centenary", "centennial", "bicentenary"}
    | {"jubilee", "day", "silence", "victims", "dead", "memory", "fallen", "martyrs"}
)
# Nouns whose complements are remembered: "the anniversary of the invasion", "a day of mourning
# for those killed", "a memorial to the victims of the bombing".
REMEMBRANCE_NOUNS = frozenset(
    {"anniversary", "commemoration", "remembrance", "memory", "centenary", "centennial"}
    | {"bicentenary", "mourning", "memorial", "monument", "commemorations", "retrospective"}
)
# Works and people whose subject is the past, as subjects of a verb of telling: "the exhibition
# traces how", "the historian argues that", "the miniseries ends with". Not words with a sense in
# the news itself: "a new chapter in relations began with the visit", "the fighting season
# began with attacks", "a series of blasts ended with", "a show of force", "history shows".
DEPICTING_NOUNS = frozenset(
    {"exhibition", "exhibit", "museum", "gallery", "book", "biography", "memoir", "memoirs"}
    | {"novel", "documentary", "film", "movie", "podcast", "opera", "musical", "lecture"}
    | {"textbook", "archive", "archives", "historian", "historians", "scholar", "scholars"}
    | {"author", "biographer", "drama", "miniseries", "docudrama", "memorial", "novelist"}
    | {"filmmaker"}
)
# Made-up stories, which tell what no one did: "In the thriller, ...", "a novel in which ...", "the
# series sees ...". Some have news senses ("a series of blasts", "a show of force", "the blame
# game", "a play for power"), so they count only as a work's own clause, never with "of".
FICTION_NOUNS = frozenset(
    {"film", "movie", "novel", "play", "series", "thriller", "sitcom", "game", "show", "episode"}
    | {"sequel", "comedy", "franchise", "blockbuster", "hit", "fantasy", "saga", "story", "tale"}
    | {"screenplay", "script", "videogame", "anime", "manga", "comic", "opera", "musical", "drama"}
    | {"miniseries", "docudrama", "satire", "spoof", "parody", "novella", "romance", "western"}
    | {"cartoon", "animation", "finale", "trailer", "mockumentary", "biopic", "serial"}
)
# "In the film, ...", "In the latest Bond thriller, ...": all the sentence tells is the story.
_STORIES = "|".join(sorted(FICTION_NOUNS))
_IN_THE_STORY = re.compile(
    rf"^\W*in (the|a|an|this|that|his|her|their|its) ([\w'’-]+ ){{0,3}}({_STORIES})s?\s*,",
    re.IGNORECASE,
)
# Works that carry their subject in their own complement: "a documentary about how the army
# crushed the uprising" (not "film" or "series": "a film of police beating a student" is
# evidence, "a series of attacks" is news).
WORK_NOUNS = frozenset(
    {"exhibition", "documentary", "biography", "memoir", "memoirs", "novel", "textbook"}
    | {"museum", "docudrama", "retrospective"}
)
TELLING_VERBS = frozenset(
    {"trace", "recount", "retell", "tell", "detail", "chronicle", "document", "describe"}
    | {"depict", "portray", "show", "cover", "explain", "examine", "reexamine", "re-examine"}
    | {"explore", "revisit", "recall", "recreate", "reconstruct", "dramatise", "dramatize"}
    | {"narrate", "relive", "follow", "feature", "display", "hold", "house", "argue", "debate"}
    | {"use", "end", "open", "begin", "start", "focus", "centre", "center", "look", "reveal"}
    | {"remember", "commemorate", "honour", "honor", "celebrate", "study", "analyse", "analyze"}
    | {"see", "record"}
    # what a story or a game has its people do: "the film imagines a coup", "lets players"
    | {"imagine", "envision", "envisage", "let", "star", "pit", "cast", "put"}
)
# The third-person forms of verbs of telling, which a parse may take for plural nouns.
TELLS = frozenset(
    {"details", "documents", "displays", "traces", "recounts", "chronicles", "shows", "covers"}
    | {"explains", "examines", "explores", "depicts", "portrays", "recalls", "tells"}
    | {"describes", "features", "revisits", "records", "imagines", "sees", "lets", "stars"}
    | {"follows", "pits", "envisions"}
)
# Spans of time that make an act a memory: "28 years after", "three decades since".
YEAR_UNITS = frozenset({"year", "years", "decade", "decades", "century", "centuries"})
YEAR_UNITS |= frozenset({"generation", "generations"})
# "On this day in 1990, ...", "Thirty years ago today, ...": the whole sentence looks back.
_ON_THIS_DAY = re.compile(
    r"^\W*on this (day|date|week) in \d{4}\b|\b(years|decades) ago (today|this week|this month)\b",
    re.IGNORECASE,
)


def retrospects(sent: Span) -> frozenset[int]:
    """The words of a sentence that tell what it looks back on: an act among them is a memory
    or a story, not news."""
    if _ON_THIS_DAY.search(sent.text) or _IN_THE_STORY.search(sent.text):
        return frozenset(range(sent.start, sent.end))
    heads: list[Token] = []  # each with all it governs
    under: list[Token] = []  # all these govern, but not themselves
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and (lemma in RECALLING_VERBS or _marks_a_date(tok)):
            heads.extend(
                c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp")
            )
            if lemma not in RECALLING_VERBS:
                # "observed a minute's silence for the 193 people killed in the bombings"
                heads.extend(
                    c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "to")
                )
        elif tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in REMEMBRANCE_NOUNS | WORK_NOUNS:
            under.append(tok)
        elif tok.dep_ == "relcl" and _story_in_which(tok):
            heads.append(tok)  # "a film in which villagers expel occupying soldiers"
        elif tok.pos_ in ("VERB", "AUX") and lemma in TELLING_VERBS and _told_by_a_work(tok):
            heads.extend(c for c in tok.children if c.dep_ not in ("nsubj", "conj", "cc"))
        elif tok.lower_ in ("after", "since") and _years_before(tok):
            # "28 years after Bosnian Serb forces overran the enclave"
            if tok.dep_ != "mark":
                heads.append(tok)
            elif tok.head.dep_ != "ROOT":
                heads.append(tok.head)
            else:
                # the parse hung the sentence's own verb on "after": the phrase up to a comma
                phrase = _up_to_comma(tok)
                heads.extend(t for t in phrase if t.head.i not in {p.i for p in phrase})
        elif _misparsed_telling(tok):
            # "A new biography details how ...", "Hanoi's military museum displays wreckage of
            # bombers shot down ...": the parse took the verb for a noun
            return frozenset(range(sent.start, sent.end)) - {t.i for t in sent if t.i <= tok.i}
    if heads or under:
        # "killed in the Madrid train bombings 20 years ago", in a sentence of remembrance
        heads.extend(
            t.head for t in sent if t.lower_ == "ago" and _years_before(t) and t.head.i != t.i
        )
    found = {t.i for h in heads for t in h.subtree}
    found |= {t.i for h in under for t in h.subtree if t.i != h.i}
    return frozenset(found)


def looked_back_on(trig: Trigger, words: frozenset[int]) -> bool:
    """Whether the trigger is among the words of a sentence's `retrospects`."""
    return (trig.verb or trig.word).i in words


def _marks_a_date(verb: Token) -> bool:
    """ "marked 30 years since", "honours victims of", "observed a minute's silence"."""
    if verb.lemma_.lower() not in MARKING_VERBS:
        return False
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lemma_.lower() in MARKED or obj.lower_ in MARKED:
            return True
        if any(c.lower_ in ("anniversary", "remembrance", "liberation") for c in obj.children):
            return True  # "Liberation Day", "the 80th anniversary"
    return False


def _told_by_a_work(verb: Token) -> bool:
    """The verb's subject is a work or a historian: "the exhibition traces", "the podcast's new
    season covers", "the textbook chapter explains"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # "The documentary uses rarely seen footage": the subject hangs on the misread auxiliary
    subjects += [
        g for c in verb.children if c.dep_ == "aux" for g in c.children if g.dep_ == "nsubj"
    ]
    if not subjects and verb.dep_ in ("dep", "conj", "xcomp"):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "re-examined"
    for subj in subjects:
        words = [subj] + [c for c in subj.children if c.dep_ in ("compound", "poss")]
        if any(w.lower_ in DEPICTING_NOUNS for w in words) or _a_story(subj):
            return True
    return False


def _a_story(noun: Token) -> bool:
    """A made-up story, not "a series of blasts" or "a show of force"."""
    if noun.lemma_.lower() not in FICTION_NOUNS and noun.lower_ not in FICTION_NOUNS:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in noun.children)


def _story_in_which(verb: Token) -> bool:
    """ "a film in which ...", "a novel where ...": the clause tells the story."""
    if not _a_story(verb.head):
        return False
    return any(
        t.lower_ in ("which", "where", "whom") and t.i < verb.i
        for c in verb.children
        if c.i < verb.i
        for t in c.subtree
    )


def _misparsed_telling(tok: Token) -> bool:
    """A verb of telling the parse read as a noun, after a work: "biography details how"."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in TELLS:
        return False
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    if before is not None and (before.lower_ in DEPICTING_NOUNS or _a_story(before)):
        return True
    after = tok.doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    return (
        after is not None
        and after.lower_ in ("how", "why", "what")
        and any(t.lower_ in DEPICTING_NOUNS for t in tok.doc[tok.sent.start : tok.i])
    )


def _up_to_comma(tok: Token) -> list[Token]:
    """ "Two years after the quake, Japan offered aid": "after the quake", or nothing when no
    comma closes the phrase before the sentence's verb."""
    for t in tok.doc[tok.i : tok.head.i]:
        if t.text == ",":
            return list(tok.doc[tok.i : t.i])
    return []


def _years_before(tok: Token) -> bool:
    """ "28 years after", "three decades since", "20 years ago": a span of years just before."""
    prev = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    return prev is not None and prev.lower_ in YEAR_UNITS
