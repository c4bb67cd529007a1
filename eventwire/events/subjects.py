"""Who did a verb: its subject (inherited through coordination, raising and headline parses)
and the `by` agent of a passive."""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that, in the passive, lend their subject to the act they govern: "is expected to
# visit", "was set to sign", "is said to have met".
RAISING = frozenset({"expect", "set", "schedule", "due", "say", "believe", "report", "slate"})


def subject_of(verb: Token) -> tuple[list[Token], bool]:
    """The subject tokens of a verb (inherited through conj/xcomp) and whether it is passive."""
    current: Token | None = verb
    raised = False  # "is expected to visit": the subject of a passive raising verb acts
    for _ in range(4):
        if current is None:
            break
        subj = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subj:
            subj += _stranded_conjunct(subj[0])
            passive = subj[0].dep_ == "nsubjpass" or any(
                c.dep_ == "auxpass" for c in current.children
            )
            if raised:
                passive = any(c.dep_ == "auxpass" for c in verb.children)
            return subj, passive
        if current.dep_ == "attr" and current.head.lemma_.lower() == "be":
            current = current.head  # "Algeria is mediating": a progressive read as "is" + noun
            continue
        if current.dep_ in ("conj", "xcomp", "advcl") and current.head.i != current.i:
            raised = raised or (current.dep_ == "xcomp" and current.head.lemma_.lower() in RAISING)
            current = current.head
            continue
        if (
            current.dep_ == "pcomp"
            and current.head.dep_ == "prep"
            and current.head.head.pos_ in ("VERB", "AUX")
        ):
            # "responded to the demands by announcing reform": the means has the answer's doer;
            # "stopped the protesters from marching": the one kept from it is its object
            kept = [c for c in current.head.head.children if c.dep_ == "dobj"]
            if current.head.lower_ == "from" and kept and current is verb:
                return kept, False  # (not a conjunct: "barring residents from leaving and
                # blocking the roads" may hang the troops' own act on the kept one)
            current = current.head.head
            continue
        break
    # "the convoy attacked near Gao" is passive; "air strikes killed 20 people", parsed as a
    # clause on "strikes", has an object and is not.
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ == "dobj" for c in verb.children)
        and not _clause_on_root(verb)
    )
    if verb.dep_ == "acl" and not passive:
        issuer = _issuer(verb.head)
        if issuer:
            return issuer, False  # "issued a statement calling for ...": who issued it calls
        return [verb.head], False  # "thousands of workers protested" parsed as a clause on a noun
    fragment = fragment_subject(verb) or _headline_subject(verb) or _fronted_subject(verb)
    if fragment:
        return fragment, False
    return [], passive


# Verbs that take a "to" clause only in the active: "rebels threatened to walk out" can be
# no passive ("were threatened to walk out" is not English).
ACTIVE_ONLY_CONTROL = frozenset(
    {"threaten", "vow", "pledge", "promise", "refuse", "agree", "decide", "offer", "vote"}
    | {"fail", "seek", "try", "attempt", "demand", "plan", "threat"}
)


def _clause_on_root(verb: Token) -> bool:
    """ "Tuareg-led rebels threatened on Monday to walk out", parsed as a participle on a noun
    that heads the sentence: the noun is the subject of a clause the parser missed."""
    on_root = verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN")
    # ... and "Kurdish prisoners pressed on with a hunger strike": a phrasal verb with no
    # agent, which a passive participle would have
    phrasal = any(c.dep_ == "prt" for c in verb.children) and not any(
        c.dep_ == "agent" or c.lower_ == "by" for c in verb.children
    )
    controls = verb.lemma_.lower() in ACTIVE_ONLY_CONTROL and any(
        c.dep_ == "xcomp" for c in verb.children
    )
    return on_root and (controls or phrasal)


# Texts that speak for whoever issues them: "a statement calling for calm".
DOCUMENTS = frozenset(
    {"statement", "letter", "communique", "declaration", "resolution", "report", "petition"}
    | {"decree", "message", "editorial", "appeal", "memorandum", "motion", "bill"}
)
# Verbs by which a text is issued.
ISSUING = frozenset(
    {"issue", "release", "publish", "adopt", "sign", "send", "pass", "deliver", "circulate"}
)


def _issuer(document: Token) -> list[Token]:
    """Who issued a text: the subject of "issued" in "X issued a statement ..."."""
    if document.lemma_.lower() not in DOCUMENTS or document.dep_ != "dobj":
        return []
    verb = document.head
    if verb.lemma_.lower() not in ISSUING:
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _fronted_subject(verb: Token) -> list[Token]:
    """ "At a summit hosted by Egypt, Saudi Arabia endorsed ...", "After mediation by Norway,
    Venezuela's government restored ...": the parse may hang the subject after an opening
    phrase and its comma on that phrase, as an appositive ending right before the verb."""
    if verb.pos_ not in ("VERB", "AUX") or verb.i < 2:
        return []
    before = verb.doc[verb.i - 1]
    opening = [c for c in verb.children if c.dep_ in ("prep", "advcl") and c.i < verb.i]
    for phrase in opening:
        for tok in phrase.subtree:
            if (
                tok.dep_ == "appos"
                and tok.right_edge.i == before.i
                and tok.left_edge.i > 0
                and verb.doc[tok.left_edge.i - 1].text == ","
            ):
                return [tok]
    return []


def fragment_subject(verb: Token) -> list[Token]:
    """ "Pakistan's air force scrambled fighter jets", parsed as one noun phrase with no verb:
    the words before the participle are its subject (the noun after it, its object)."""
    head = verb.head
    if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD") or head.pos_ != "NOUN":
        return []
    # The phrase must be left with no verb of its own: the sentence's root, or a second
    # subject of the reporting verb ("..., a military spokesman said").
    rivals = [c for c in head.head.children if c.dep_ == "nsubj" and c.i != head.i]
    if not (head.dep_ == "ROOT" or (head.dep_ == "nsubj" and rivals)):
        return []
    return [
        c
        for c in head.children
        if c.i < verb.i
        and (c.dep_ in ("nmod", "poss") or (c.dep_ == "compound" and c.pos_ == "PROPN"))
    ] + [
        # "Pakistan shared intelligence with ...": the name may hang on the participle itself
        c
        for c in verb.children
        if c.i < verb.i and c.dep_ in ("npadvmod", "nsubj") and c.pos_ == "PROPN"
    ]


def _stranded_conjunct(subj: Token) -> list[Token]:
    """ "In March Brazil and Argentina signed": a first conjunct the parser hung elsewhere."""
    edge = subj.left_edge.i
    doc = subj.doc
    if edge >= 2 and doc[edge - 1].lower_ == "and" and doc[edge - 2].pos_ == "PROPN":
        first = doc[edge - 2]
        if first.dep_ in ("pobj", "npadvmod", "nmod", "compound") and first.head.i != subj.i:
            return [first]
    # Headline style, "Kenya, Somalia agree to reopen border": the first name hangs loose.
    if edge >= 2 and doc[edge - 1].text == "," and doc[edge - 2].pos_ == "PROPN":
        first = doc[edge - 2]
        if first.dep_ in ("dep", "npadvmod", "nmod") and first.left_edge.is_sent_start:
            return [first]
    return []


def _headline_subject(verb: Token) -> list[Token]:
    """ "Turkey shells Kurdish positions": a name the parser hung on the verb as a compound;
    "Turkey massed tanks ..." with the name opening the sentence hung as an adverbial noun."""
    if verb.dep_ != "ROOT":
        return []
    return [
        c
        for c in verb.lefts
        if (
            c.dep_ in ("compound", "dep", "nmod")
            or (c.dep_ == "npadvmod" and c.left_edge.is_sent_start)
        )
        and c.pos_ == "PROPN"
        and c.ent_type_ not in ("DATE", "TIME")
    ][:1]


def agent_of(tok: Token) -> list[Token]:
    """The `by` phrase objects of a passive verb or of an event noun."""
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            out.extend(c for c in child.children if c.dep_ == "pobj")
    if not out and tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children):
        # "was recognised as an independent state by the United States": the parser may hang
        # the agent on the noun of the "as" phrase
        named = [
            o for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children
        ]
        for noun in named:
            for by in noun.children:
                if by.dep_ == "prep" and by.lower_ == "by":
                    out.extend(c for c in by.children if c.dep_ == "pobj")
    return out
