"""Records and word lists of the actor reader (private): table matches, mentions under
construction, the words that start a phrase or join a name, and where a mention attaches.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from eventwire.actors._memory import Entity
from eventwire.actors.igos import Igo
from eventwire.actors.notables import notable
from eventwire.actors.sectors import Role, sector_for


@dataclass(frozen=True)
class Gaz:
    """A table match over doc[start:end]: kind is name, iso3, adjective, people, igo or role.

    `ethnic` marks a people that is not a country ("Kurdish", "Tamils"); its iso3 is the state it
    mostly lives in, or None.
    """

    start: int
    end: int
    kind: str
    iso3: str | None = None
    igo: Igo | None = None
    ethnic: bool = False


@dataclass
class Mention:
    """A mention under construction; entities are shared with other mentions of the same actor."""

    start: int
    end: int
    rule: str
    entities: list[Entity]
    head: int = -1


@dataclass
class Phrase:
    """What the phrase reader collected from [det] [mods] [roles] before a possible name."""

    origin: int = 0
    det: str = ""
    mods: list[Gaz] = field(default_factory=list)
    roles: list[Gaz] = field(default_factory=list)
    people: Gaz | None = None
    start: int | None = None
    end: int = 0


DETS = {"the", "a", "an", "his", "her", "their", "its", "our", "both"}
TITLE_ADJS = {
    "senior",
    "top",
    "former",
    "deputy",
    "acting",
    "vice",
    "new",
    "then",
    "outgoing",
    "incoming",
    "interim",
    "late",
    "veteran",
    "exiled",
    "ruling",
    "local",
    "special",  # "Chinese and Pakistani special forces"
    "elite",
    # "Mexican federal agents", "Argentine provincial police"
    "federal",
    "provincial",
    "municipal",
    # "Venezuela's main opposition parties", "the country's largest union"
    "main",
    "largest",
    "biggest",
    "leading",
    "major",
}
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir"}
PARTICLES = {
    "bin",
    "ibn",
    "al",
    "el",
    "de",
    "da",
    "van",
    "von",
    "der",
    "del",
    "la",
    "le",
    "abu",
    "di",
    "dos",
    "du",
}
NUMERIC_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
SUBJ = {"nsubj", "nsubjpass"}
ARGS = {"nsubj", "nsubjpass", "dobj", "iobj", "dative", "agent"}
COUNTRY_NOUNS = {"countries", "nations"}
# "the country's", "the kingdom's": a state named before, by its kind
STATE_NOUNS = {"country", "nation", "kingdom", "republic", "emirate"}
LEADER_NOUNS = {"leaders", "presidents"}
POSSESSIVE = {"'s", "’s", "'", "’"}
MAX_NAME = 8
# Generic words that say nothing of who a group is: "a Kenyan group" is not the government.
BARE_GROUP_WORDS = {"group", "groups", "unit", "units"}
# "visited Buenos Aires" names a destination, not the government seated there.
TRAVEL = {"visit", "reach", "leave", "tour", "enter", "flee", "cross", "return"}
# Sectors of office: their holders, once out of office, are elites (ELI).
OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL"})
STARTERS = DETS | HONORIFICS | TITLE_ADJS | {"two", "he", "she"}


def mention_head(doc: Doc, start: int, end: int) -> int:
    """The token of doc[start:end] that attaches it to the sentence (an argument when several)."""
    outside = [
        t
        for t in doc[start:end]
        if (t.head.i == t.i or not start <= t.head.i < end) and not (t.is_punct or t.is_space)
    ]
    if not outside:
        return end - 1
    args = [t for t in outside if t.dep_ in ARGS or t.dep_ in ("conj", "appos", "pobj")]
    return (args or outside)[-1].i


def complete_notable(person: Entity) -> None:
    """Give a person the text does not place the country and sector of a well-known namesake."""
    known = notable(person.name)
    if known is None or (person.country and person.country != known.country):
        return
    person.country = known.country
    person.sector = person.sector or known.sector
    person.role = person.role or known.role
    if len(person.name.split()) == 1 and len(known.name.split()) > 1:
        person.name = known.name  # "Yeltsin" is Boris Yeltsin


def is_argument(token: Token) -> bool:
    """True when `token` is a verb's subject or object ("Washington said", "talks with Beijing")."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ in ARGS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ("with", "against", "by")


# What a capital's possessive names as the state's own: "Moscow's troops", "Kyiv's drones",
# "Beijing's embassy", "Tehran's claims" (not "Paris's museums" or "Lima's residents").
STATE_OWNED = frozenset(
    {"troops", "forces", "army", "military", "navy", "drones", "drone", "missiles", "warplanes"}
    | {"jets", "embassy", "envoy", "ambassador", "diplomats", "government", "officials"}
    | {"ministry", "sanctions", "decision", "policy", "move", "offensive", "invasion"}
    | {"annexation", "claims", "claim", "demands", "proposal", "plan", "offer", "refusal"}
    | {"crackdown", "blockade", "strikes", "withdrawal", "support", "backing"}
)


def owned_by_state(token: Token) -> bool:
    """True when `token` is the possessor of a state's agents or acts ("Moscow's troops")."""
    return token.dep_ == "poss" and token.head.lower_ in STATE_OWNED


# Verbs after which a bare "firm" says how, not who.
STEADFAST = frozenset({"hold", "stand", "remain", "stay"})
# Stories a role word may name the kind of: "the spy franchise", "a police drama".
KINDS_OF_WORK = frozenset(
    {"franchise", "film", "films", "movie", "movies", "novel", "novels", "thriller", "thrillers"}
    | {"series", "drama", "dramas", "show", "shows", "game", "games", "comedy", "genre"}
)


# Words that make a bare "group" someone's voice: "Kenyan rights groups".
_CIVIC_WORDS = frozenset({"rights", "human", "aid", "relief", "advocacy", "civic", "exile"})


# Bodies a state sends, whatever their business: "a Laotian trade delegation".
SENT_BODIES = frozenset({"delegation", "delegations"})


def civic_modifiers(words: Span, role_text: str) -> bool:
    """ "Malaysian Muslim groups", "Kenyan rights groups": modifiers that say whom a generic
    group speaks for, by a sector of their own or as civic bodies."""
    if role_text.lower() in SENT_BODIES:
        return True  # "a Laotian trade delegation" is sent by its state, whatever its business
    if role_text.lower() not in BARE_GROUP_WORDS:
        return False  # "Syrian security officials" stay two nationalities and their officials
    lowered = [w.lower_ for w in words]
    return all(w in _CIVIC_WORDS for w in lowered) or (
        sector_for(" ".join([*lowered, role_text])) is not None
    )


# Craft that carry no forces: "a passenger jet", "a cargo plane".
CIVIL_CRAFT = frozenset(
    {"passenger", "cargo", "commercial", "private", "jumbo", "business", "charter"}
    | {"chartered", "airline", "civilian", "executive", "light", "freight", "medical"}
)
# Parties that are gatherings or crews, not political parties: "a wedding party".
SOCIAL_PARTIES = frozenset(
    {"wedding", "birthday", "dinner", "search", "rescue", "hunting", "boarding", "landing"}
    | {"garden", "tea", "christmas", "farewell", "engagement", "house", "street", "working"}
)
# Agents that are substances, not people: "chemical agents", "a nerve agent".
SUBSTANCE_AGENTS = frozenset({"chemical", "nerve", "biological", "toxic", "blistering"})
# Words that count people: "thousands of Sudanese".
COUNTED = frozenset(
    {"thousands", "hundreds", "dozens", "millions", "tens", "scores", "crowds", "number"}
)


def past_particle(doc: Doc, k: int) -> int:
    """Where a name goes on after the particle at k ("bin Salman"; "al-Sadr", glued to the name
    by a hyphen); k itself when doc[k] is no particle."""
    if doc[k].lower_ not in PARTICLES:
        return k
    hyphen = k + 2 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_
    return k + 2 if hyphen else k + 1


def phrase_sector(
    doc: Doc, phrase: Phrase, head_role: Role, role_text: str, origins: bool
) -> str | None:
    """The sector of a role phrase: its role's, or what its country, IGO or "former" make it."""
    assert phrase.start is not None
    head_gaz = phrase.roles[-1]
    igo = next((g.igo for g in phrase.mods if g.igo is not None), None)
    prior = doc[phrase.roles[0].start - 1] if phrase.roles[0].start > 0 else None
    sector = sector_for(role_text)
    if sector is None and role_text.lower() in BARE_GROUP_WORDS:
        sector = sector_for(doc[phrase.start : phrase.end].text)  # "Muslim groups": REL
    if igo is not None and igo.sector and sector in (None, "UAF"):
        sector = igo.sector  # "Hamas militants" are Hamas's armed wing, not unidentified
    elif igo is not None and igo.sector in ("REB", "PRM") and sector == "MIL":
        sector = igo.sector  # "an al-Shabaab commander" commands no state's army
    elif (
        sector is None
        and igo is None
        and origins
        and head_role.generic
        and doc[head_gaz.end - 1].lower_ not in BARE_GROUP_WORDS
    ):
        # A country's "leaders", "spokesman" or "officials" speak for it; a people's
        # ("Kurdish leaders") speak for its civilians.
        sector = "CVL" if any(g.ethnic for g in phrase.mods) else "GOV"
    elif sector is None and igo is not None and head_role.kind == "person" and head_role.title:
        sector = "GOV"  # "U.N. Secretary-General", "the EU's foreign policy chief"
    elif sector == "BUS" and origins and prior is not None and prior.lower_ == "chief":
        sector = "GOV"  # "Hong Kong's chief executive" heads a territory, not a firm
    # "Ex-president" is tokenised "Ex", "-", "president", before the phrase
    before = doc[max(phrase.start - 2, 0) : head_gaz.start]
    if sector in OFFICE_SECTORS and any(t.lower_ in ("former", "ex") for t in before):
        sector = "ELI"  # "former President X": out of office, an elite, as PLOVER codes it
    return sector
