"""Parse headlines as clauses: "Chad expels French ambassador", "Kenyan police fire tear gas".

The small English model reads many present-tense headline verbs as nouns ("expels", "pounds",
"summons") or adjectives ("free"), and a sentence with no verb codes no event. The same words
in the past tense parse as wire sentences do ("Chad expelled French ambassador"). So for a short
sentence with no verb, whose likely verb is one the event tables know, the sentence is parsed
again with that word put in the past tense, and the new parse (tags, heads, labels, entities)
replaces the old one for that sentence; the word keeps its text, with the known verb as lemma.
"""

from __future__ import annotations

from typing import cast

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

from eventwire.events.lemmas import base_forms, known_verbs

# Headlines are short: a longer stretch with no verb is a list, a caption or a byline.
_MAX_TOKENS = 24
# Past forms the regular rules get wrong; the parse only needs a verb-looking word.
_IRREGULAR_PAST = {
    "beat": "beat",
    "bring": "brought",
    "buy": "bought",
    "cut": "cut",
    "drive": "drove",
    "fight": "fought",
    "forbid": "forbade",
    "freeze": "froze",
    "give": "gave",
    "hit": "hit",
    "hold": "held",
    "lay": "laid",
    "lead": "led",
    "leave": "left",
    "meet": "met",
    "pay": "paid",
    "put": "put",
    "quit": "quit",
    "seek": "sought",
    "sell": "sold",
    "send": "sent",
    "set": "set",
    "shoot": "shot",
    "shut": "shut",
    "speak": "spoke",
    "strike": "struck",
    "take": "took",
    "tell": "told",
    "throw": "threw",
    "win": "won",
    "withdraw": "withdrew",
    "withhold": "withheld",
}
_VOWELS = frozenset("aeiou")
# Endings stressed in English verbs: "admitted", "referred", "occurred", "kidnapped".
_STRESSED_ENDS = (
    "mit",
    "quit",
    "efer",
    "nfer",
    "sfer",
    "cur",
    "gret",
    "nap",
    "quip",
    "bet",
    "deter",
)
# Words before the verb that end a subject: a name, a noun, a pronoun.
_SUBJECT_ENDS = frozenset({"NOUN", "PROPN", "PRON"})
# A common transitive verb whose parse stands in for a rare one's.
_STAND_IN = "backed"
# Verbs of a byline after a headline: "..., government spokesman says".
_BYLINE_VERBS = frozenset({"say", "tell", "report", "announce", "add", "claim", "confirm"})
# Where a verb-tagged word does a noun's or a modifier's work: "Vietnam brushes aside ...".
_NOMINAL_DEPS = frozenset({"amod", "compound", "nmod", "nsubj", "nsubjpass", "dobj", "pobj"})
# The components that read a sentence again, in pipeline order.
_REPARSE = frozenset(
    {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "eventwire_lemmas", "ner"}
)
# Attributes the second parse hands back to the document.
_ATTRS = [TAG, POS, HEAD, DEP, LEMMA, ENT_IOB, ENT_TYPE]


def past_form(lemma: str) -> str:
    """A past-tense form of a verb lemma, regular unless listed: enough for the parser."""
    if lemma in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ied"
    cvc = (
        len(lemma) > 2
        and lemma[-1] not in _VOWELS | {"w", "x", "y"}
        and lemma[-2] in _VOWELS
        and lemma[-3] not in _VOWELS
    )
    # A stressed last syllable doubles its consonant ("banned", "expelled"), and so does a
    # final "l" in British spelling ("cancelled"); "visited" and "summoned" do not.
    doubled = cvc and (len(lemma) <= 4 or lemma[-1] == "l" or lemma.endswith(_STRESSED_ENDS))
    return lemma + lemma[-1] + "ed" if doubled else lemma + "ed"


def _predicate(tok: Token) -> bool:
    """A verb the parse made a predicate: not one it hung on a noun as a modifier ("halts" in
    "Thailand halts air strikes" parsed as a compound, "jailed" in "jailed journalists")."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in _NOMINAL_DEPS:
        return False
    # nor does an infinitive or a participle on a noun, or a verb inside one ("strike demanding
    # right to organise", "pledges to review"); a past form hung on a noun ("air strikes killed
    # 20") is a misparsed predicate
    return not any(
        w.tag_ in ("VBG", "VB") and w.dep_ != "ROOT" and w.head.pos_ in ("NOUN", "PROPN")
        for w in [tok, *tok.ancestors]
    )


def headline_verb(sent: Span) -> tuple[Token, str] | None:
    """The word a verbless short sentence turns on and its lemma, when the event tables know
    it: the first such word after a subject, with something after it."""
    if len(sent) > _MAX_TOKENS:
        return None
    # "Chad expels German envoy, government spokesman says": a byline's verb after a comma
    # leaves the headline before it verbless
    comma = next((t.i for t in sent if t.text == ","), sent.end)
    predicates = [t for t in sent if _predicate(t)]
    if any(t.i < comma or t.lemma_.lower() not in _BYLINE_VERBS for t in predicates):
        return None
    if predicates and sent[-1].text in (".", "!", "?"):
        return None  # a wire sentence whose verb the parse hid is not a headline
    end = comma if predicates else sent.end - 1
    known = known_verbs()
    alpha = [t for t in sent if t.is_alpha]
    # In a headline set in title case every word is capitalised; elsewhere a capital is a name.
    title_case = sum(t.is_title for t in alpha) > 0.7 * len(alpha)
    for tok in sent.doc[sent.start + 1 : end]:
        before = tok.doc[tok.i - 1]
        # ("Zimbabwe unbans ...": a name may be tagged an adjective)
        subject_end = before.pos_ in _SUBJECT_ENDS or (before.is_title and before.is_alpha)
        if not subject_end or (tok.is_title and not title_case):
            continue
        word = tok.lower_
        lemma = next((b for b in [word, *base_forms(word)] if b in known), None)
        if lemma is not None and tok.doc[tok.i + 1].is_alpha:
            return tok, lemma
    return None


@Language.factory("eventwire_headlines")
def make_headlines(nlp: Language, name: str) -> HeadlineParser:
    return HeadlineParser(nlp)


class HeadlineParser:
    """Re-parse verbless headline sentences with their verb in the past tense."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def _parse(self, words: list[str], spaces: list[bool]) -> Doc:
        doc = Doc(self.nlp.vocab, words=words, spaces=spaces)
        for name, proc in self.nlp.pipeline:
            if name in _REPARSE:
                doc = proc(doc)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        found = [(sent, hit) for sent in doc.sents if (hit := headline_verb(sent)) is not None]
        if not found:
            return doc
        rows = numpy.asarray(doc.to_array(_ATTRS), dtype=numpy.uint64)
        for sent, (verb, lemma) in found:
            past = past_form(lemma)
            if past == verb.lower_:
                continue  # already a past form ("Pakistan scrambled fighter jets"): no new reading
            variant = None
            # a rare past form may still read as a modifier ("Zimbabwe unbanned opposition
            # party"); a common verb of the same shape stands in for the parse only
            for form in (past, _STAND_IN):
                words = [t.text for t in sent]
                words[verb.i - sent.start] = form
                parsed = self._parse(words, [bool(t.whitespace_) for t in sent])
                if len(list(parsed.sents)) == 1 and _predicate(parsed[verb.i - sent.start]):
                    variant = parsed
                    break
            if variant is None:
                continue  # the parser still finds no one clause: keep the first reading
            rows[sent.start : sent.end] = variant.to_array(_ATTRS)
            at = verb.i
            rows[at, _ATTRS.index(TAG)] = doc.vocab.strings.add(
                "VBZ" if verb.lower_.endswith("s") else "VBP"
            )
            rows[at, _ATTRS.index(LEMMA)] = doc.vocab.strings.add(lemma)
        doc.from_array(_ATTRS, cast(Ints2d, rows))
        return doc
