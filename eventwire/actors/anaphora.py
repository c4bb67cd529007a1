"""Countries named again by a description: "the neighbouring country", "its Himalayan
neighbour", "the emirate", "the Asian power".

Wire copy names a country once and then describes it: "Ecuador, after weeks of complaints from
Peru, gave in to the neighbouring country's demand", "Bahrain, which accused Qatar of backing
militants, cut ties with the emirate". Such a phrase stands for a country the sentence named
before it: a kingdom, emirate or sultanate for the last state of that form; a neighbour, partner
or "the Asian power" for the last state that is not the clause's own subject. A bare "the
country" is left alone (it is as often the doer's own). Written by the eventwire team.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.actors import ActorMention
from eventwire.actors.countries import country_by_iso3
from eventwire.records import Actor

# States by the form a description may name them with.
FORMS = {
    "kingdom": frozenset(
        {"SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA"}
        | {"KHM", "BTN", "LSO", "SWZ", "TON"}
    ),
    "emirate": frozenset({"QAT", "KWT", "ARE"}),
    "sultanate": frozenset({"OMN", "BRN"}),
}
# Descriptions that stand for another state than the doer's, with or without a modifier.
OTHER_STATE = frozenset({"neighbour", "neighbor"})
# Descriptions that need a modifier to stand for a state: "the South American country", "the
# island nation", "its NATO ally", "the Gulf state", "the former Soviet republic".
MODIFIED_STATE = frozenset(
    {"country", "nation", "power", "partner", "ally", "state", "republic", "giant", "rival"}
)
# Modifiers that make "the state" or "the country" no other state: "the state broadcaster".
NOT_A_STATE = frozenset({"whole", "entire", "same", "host", "home", "own", "other"})
# Relative pronouns whose antecedent is the subject.
RELATIVES = frozenset({"who", "which", "that"})
# Clauses inside a subject that name other states: "Uganda, whose troops entered South Sudan,".
ASIDES = frozenset({"relcl", "acl", "advcl", "npadvmod", "prep", "parataxis"})


def described_countries(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """Mentions for descriptions that stand for a state named earlier in their sentence."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for tok in doc:
        if tok.i in taken or tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS"):
            continue
        word = tok.lower_
        if not (word in FORMS or word in OTHER_STATE or word in MODIFIED_STATE):
            continue
        lead = [c for c in tok.children if c.dep_ in ("det", "poss")]
        if not lead or lead[0].lower_ not in ("the", "its", "their"):
            continue
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
        if any(m.lower_ in NOT_A_STATE for m in mods):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue  # "the kingdom of Jordan" is a name the gazetteer reads
        if word in MODIFIED_STATE and not mods:
            continue
        if any(m.i in taken for m in mods):
            continue  # "the Palestinian state": the adjective names it
        country = _referent(tok, word, mentions)
        if country is None:
            continue
        start = min(c.left_edge.i for c in (*lead, *mods)) if mods else lead[0].i
        span = doc[start : tok.i + 1]
        name = getattr(country_by_iso3(country), "name", country)
        actor = Actor(text=span.text, name=name, country=country, kind="country")
        found.append(ActorMention(start, tok.i + 1, tok.i, (actor,), "coref.described"))
        taken.update(range(start, tok.i + 1))
    return found


def _referent(tok: Token, word: str, mentions: list[ActorMention]) -> str | None:
    sent = tok.sent
    named = [
        m.actors[0].country
        for m in mentions
        if sent.start <= m.start < tok.i and len({a.country for a in m.actors}) == 1
        if m.actors[0].country
    ]
    form = FORMS.get(word)
    if form is not None:
        return next((c for c in reversed(named) if c in form), None)
    # With no subject parsed, the sentence's first state is the one it is about.
    own = _subject_countries(tok, sent, mentions) or set(named[:1])
    return next((c for c in reversed(named) if c not in own and country_by_iso3(c)), None)


def _subjects_above(tok: Token, passive: bool = True) -> list[Token]:
    """The subjects of the clauses above `tok`, a relative pronoun read as its noun."""
    deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)
    return [
        verb.head if c.lower_ in RELATIVES and verb.dep_ == "relcl" else c
        for verb in tok.ancestors
        for c in verb.children
        if c.dep_ in deps
    ]


def _subject_countries(tok: Token, sent: Span, mentions: list[ActorMention]) -> set[str]:
    """The countries of the subjects of the clauses above `tok` (the doer's own state)."""
    subjects = {i for s in _subjects_above(tok) for i in _own_words(s)}
    return {
        a.country
        for m in mentions
        if sent.start <= m.start < sent.end and m.head in subjects
        for a in m.actors
        if a.country
    }


def _own_words(subject: Token) -> set[int]:
    """The subject's words without the clauses and asides that describe it."""
    aside = {t.i for c in subject.children if c.dep_ in ASIDES for t in c.subtree}
    return {t.i for t in subject.subtree if t.i not in aside}


# Sectors of the state a people's "their" can own: "Moroccans marched against their government".
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})


def owned_by_people(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """A state body of no country owned by "their" takes the country of the people whose clause
    it is in: "Thousands of Moroccans marched against their government's normalisation of ties
    with Israel" is Morocco's government, not Israel's."""
    out = []
    for m in mentions:
        head = doc[m.head]
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "their"), None)
        bodies = [a for a in m.actors if a.country is None and a.sector in STATE_ROLES]
        if owner is None or not bodies or len(m.actors) != 1:
            out.append(m)
            continue
        # ("Thousands of Moroccans": the people may sit anywhere in the subject)
        subjects = {t.i for s in _subjects_above(head, passive=False) for t in s.subtree}
        peoples = {
            a.country
            for n in mentions
            if n.head in subjects
            for a in n.actors
            if a.country and a.kind == "group"
        }
        if len(peoples) == 1:
            actor = replace(m.actors[0], country=peoples.pop())
            m = ActorMention(m.start, m.end, m.head, (actor,), m.rule + ".owner")
        out.append(m)
    return out
