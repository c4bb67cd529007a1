"""The left-to-right reader behind the eventwire_actors component (private).

It walks the tokens once. At each token it tries, in order: a pronoun, "both countries", a phrase
of the form [det] [countries/demonyms/IGOs] [titles/roles] [Name] ("the Iranian foreign
ministry", "Iranian President Ebrahim Raeisi", "Syrian rebels"), and finally a bare name (a known
person, a new PERSON, a capital or a seat of power used as an actor). Facts about a person are kept
in a Memory, so later surnames, "the president" and "the two leaders" resolve to them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.actors._memory import Entity, Memory
from eventwire.actors._mention import (
    CIVIL_CRAFT,
    COUNTED,
    COUNTRY_NOUNS,
    DETS,
    HONORIFICS,
    KINDS_OF_WORK,
    LEADER_NOUNS,
    MAX_NAME,
    NUMERIC_ENTS,
    POSSESSIVE,
    SOCIAL_PARTIES,
    STARTERS,
    STATE_NOUNS,
    STEADFAST,
    SUBJ,
    SUBSTANCE_AGENTS,
    TITLE_ADJS,
    TRAVEL,
    Gaz,
    Mention,
    Phrase,
    civic_modifiers,
    complete_notable,
    is_argument,
    mention_head,
    owned_by_state,
    past_particle,
    phrase_sector,
)
from eventwire.actors.countries import country_by_iso3
from eventwire.actors.notables import notable
from eventwire.actors.places import find_place, seat_of_power
from eventwire.actors.sectors import CREATURE_NAMES, role_for


class Reader:
    """Reads the actor mentions of one Doc, given its table matches by start token."""

    def __init__(self, doc: Doc, gaz: dict[int, Gaz], sentence_of: list[int]) -> None:
        self.doc = doc
        self.gaz = gaz
        self.covered = {i for g in gaz.values() for i in range(g.start, g.end)}
        self.sentence_of = sentence_of
        self.memory = Memory()
        self.mentions: list[Mention] = []

    # -- token helpers -------------------------------------------------------------------------

    def _skip_space(self, i: int) -> int:
        # Inline spaces (a double space, a non-breaking space) are noise; a newline ends a phrase.
        while i < len(self.doc) and self.doc[i].is_space and "\n" not in self.doc[i].text:
            i += 1
        return i

    def _nameable(self, i: int) -> bool:
        tok = self.doc[i]
        if i in self.covered or not tok.text[:1].isupper() or tok.ent_type_ in NUMERIC_ENTS:
            return False
        return tok.pos_ == "PROPN" or (tok.is_title and tok.pos_ in ("NOUN", "ADJ", "X"))

    def _name_end(self, i: int) -> int:
        """The end of a personal or place name starting at i (i itself when there is none)."""
        doc, k = self.doc, i
        while k < len(doc) and k - i < MAX_NAME:
            nxt = self._skip_space(k) if k > i else k
            if nxt < len(doc) and self._nameable(nxt):
                k = nxt + 1
                continue
            tok = doc[k]
            glued = k > i and not doc[k - 1].whitespace_ and not tok.whitespace_
            if tok.text == "-" and glued and k + 1 < len(doc) and self._nameable(k + 1):
                k += 1
                continue
            after = past_particle(doc, k)
            if k > i and k < after < len(doc) and self._nameable(after):
                k = after
                continue
            break
        return k

    def _is_personal(self, start: int, end: int) -> bool:
        return any(t.ent_type_ == "PERSON" for t in self.doc[start:end])

    # -- output ----------------------------------------------------------------------------------

    def _add(self, start: int, end: int, rule: str, entities: list[Entity]) -> Mention:
        mention = Mention(start, end, rule, entities, mention_head(self.doc, start, end))
        self.mentions.append(mention)
        head = self.doc[mention.head]
        named = rule != "person.role"
        for entity in entities:
            self.memory.touch(entity, named)
            if entity.kind == "person" and named and is_argument(head) and head.dep_ != "pobj":
                subject = head.dep_ in SUBJ or (head.dep_ == "conj" and head.head.dep_ in SUBJ)
                if subject:
                    self.memory.subjects.append((self.sentence_of[start], entity))
        return mention

    def _country(self, gaz: Gaz) -> Entity:
        if gaz.igo is not None:
            return Entity(gaz.igo.name, "organization", gaz.igo.code, gaz.igo.sector)
        if gaz.ethnic:
            return Entity(self.doc[gaz.start : gaz.end].text, "group", gaz.iso3)
        iso3 = gaz.iso3 or ""
        country = country_by_iso3(iso3)
        return self.memory.country_entity(iso3, country.name if country else iso3)

    def _person(
        self, name: str, country: str | None, sector: str | None, role: str | None
    ) -> Entity:
        """The person called `name`: the known one, completed with what is new, or a new one."""
        person = self.memory.person_named(name) or self.memory.person_by_part(name)
        if person is None:
            person = Entity(name, "person", country, sector, role)
            complete_notable(person)
        else:
            person.country = person.country or country
            person.sector = person.sector or sector
            person.role = person.role or role
            if len(name.split()) > len(person.name.split()):
                person.name = name  # the fuller form is the better canonical name
        self.memory.add_person(person)
        return person

    # -- the walk --------------------------------------------------------------------------------

    def read(self) -> list[Mention]:
        """All mentions of the document, in token order."""
        i = 0
        while i < len(self.doc):
            i = max(self._read_at(i), i + 1)
        self._owned_by_capitals()
        return [m for m in self.mentions if not self._no_one(m)]

    def _owned_by_capitals(self) -> None:
        """ "Kyiv's drones", "Moscow's troops": what a capital's possessive owns is that state's
        (a country's possessive is read into its phrase; a capital is read on its own)."""
        owners = {
            self.doc[m.head].head.i: m.entities[0].country
            for m in self.mentions
            if m.rule == "place.capital" and owned_by_state(self.doc[m.head])
        }
        for mention in self.mentions:
            country = owners.get(mention.head)
            for entity in mention.entities if country else []:
                if entity.country is None and entity.kind in ("group", "organization"):
                    entity.country = country

    def _no_one(self, mention: Mention) -> bool:
        """A role word that names a kind of story ("the spy franchise", "a police drama") or is
        no noun at all ("held firm against pressure")."""
        if not mention.rule.endswith(".role"):
            return False
        last = self.doc[mention.end - 1]
        if (
            mention.end - mention.start == 1
            and role_for(last.text) is not None
            and (
                last.pos_ in ("ADJ", "ADV")
                # "held firm", "stood firm": no company with no article before it
                or (not list(last.children) and last.head.lemma_.lower() in STEADFAST)
            )
        ):
            return True
        if mention.end >= len(self.doc):
            return False
        return last.dep_ == "compound" and self.doc[mention.end].lower_ in KINDS_OF_WORK

    def _read_at(self, i: int) -> int:
        tok = self.doc[i]
        # Fast path: most tokens are lower-case words that can start nothing.
        if i not in self.gaz and not tok.text[:1].isupper() and tok.lower_ not in STARTERS:
            return i + 1
        if tok.lower_ in ("he", "she") and tok.dep_ in SUBJ:
            return self._pronoun(i)
        if tok.lower_ == "the" and i + 3 < len(self.doc) and self._the_country(i + 1):
            return self._the_countrys(i + 3)
        phrase = self._phrase(i)
        if phrase.det and ("both" in phrase.det or "two" in phrase.det) and phrase.start is None:
            j = self._skip_space(phrase.end)
            if j < len(self.doc) and self.doc[j].lower_ in COUNTRY_NOUNS:
                return self._two_countries(i, j + 1)
        if phrase.start is None:
            return self._bare_name(self._skip_space(phrase.end))
        if phrase.roles:
            return self._role_phrase(phrase)
        if phrase.people is not None:
            entity = self._country(phrase.people)
            # "Iraqi Kurds", "Turkish Cypriots": a people of the state its adjective names
            states = [g.iso3 for g in phrase.mods if g.iso3 and not g.ethnic and g.igo is None]
            start = phrase.start if states else phrase.people.start
            # A nation's people as an actor ("Albanians fled", "Kurds marched") are civilians.
            group = Entity(
                self.doc[start : phrase.people.end].text,
                "group",
                states[0] if states else entity.country,
                "CVL",
            )
            self._add(start, phrase.people.end, "group.people", [group])
            return phrase.end
        return self._mods_phrase(phrase)

    def _phrase(self, i: int) -> Phrase:
        doc, phrase = self.doc, Phrase(origin=i, end=i)
        j, pending = i, None
        if doc[j].lower_ in DETS or doc[j].lower_ in HONORIFICS:
            phrase.det, j = doc[j].lower_, self._skip_space(j + 1)
        if j < len(doc) and doc[j].lower_ == "two":
            phrase.det, j = (phrase.det + " two").strip(), self._skip_space(j + 1)
        phrase.end = j
        while j < len(doc):
            j = self._skip_space(j)
            if j >= len(doc):
                break
            gaz, low = self.gaz.get(j), doc[j].lower_
            if gaz is not None and gaz.kind in ("name", "iso3", "igo", "adjective"):
                if phrase.roles:
                    break
                phrase.mods.append(gaz)
                j = gaz.end
                if j < len(doc) and doc[j].text in POSSESSIVE:
                    j += 1
                elif j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ == "led":
                    j += 2  # "the Saudi-led coalition", "a US-led force": the leader's
                elif gaz.kind == "adjective" and j + 1 < len(doc) and doc[j].lower_ in ("and", ","):
                    nxt = self.gaz.get(self._skip_space(j + 1))
                    if nxt is not None and nxt.kind in ("adjective", "iso3", "name"):
                        j = nxt.start  # "Iranian and Cuban officials", "Egyptian and U.S. forces"
            elif gaz is not None and gaz.kind == "role":
                phrase.roles.append(gaz)
                j = gaz.end
                after = self.gaz.get(j + 1) if j + 1 < len(doc) else None
                if after is not None and doc[j].text in ("'", "’") and after.kind == "role":
                    j += 1  # "Kenya's main teachers' union": the union is the actor
            elif gaz is not None and gaz.kind == "people" and not phrase.roles:
                phrase.people, j = gaz, gaz.end
                phrase.start = gaz.start if phrase.start is None else phrase.start
                phrase.end = j
                break
            elif phrase.mods and not phrase.roles and (role_at := self._role_after_modifiers(j)):
                # "French rail workers", "Chinese internet regulators": a demonym's role
                # behind a few lower-case words that modify it
                j = role_at
                continue
            elif low in TITLE_ADJS:
                # Part of the phrase only before a title or a nationality: "senior officials".
                nxt = self.gaz.get(self._skip_space(j + 1))
                if nxt is None or nxt.kind == "people":
                    break
                pending = j if pending is None else pending
                j += 1
                continue
            else:
                break
            first = phrase.mods[0] if phrase.mods else phrase.roles[0]
            if phrase.start is None:
                phrase.start = first.start if pending is None else pending
            phrase.end = j
        return phrase

    def _role_after_modifiers(self, j: int) -> int | None:
        """The start of a role up to two lower-case modifier words after `j`, or None."""
        doc = self.doc
        for k in range(j + 1, min(j + 3, len(doc))):
            gaz = self.gaz.get(k)
            if gaz is None or gaz.kind != "role":
                continue
            role = role_for(doc[gaz.start : gaz.end].text)
            words = doc[j:k]
            if role is None:
                return None
            if (role.generic or role.sector is None) and not civic_modifiers(
                words, doc[gaz.start : gaz.end].text
            ):
                return None  # "a South Korean girl group" is no one's agent
            if all(
                w.is_alpha
                and (
                    # ("China's commerce ministry": the tagger may call a lower-case word PROPN)
                    (w.is_lower and w.pos_ in ("NOUN", "ADJ", "PROPN"))  # "Pakistan scrambled
                    # fighter jets" is no name; a creed or movement is: "Nepal's Maoist rebels"
                    or (w.ent_type_ == "NORP" and w.pos_ in ("ADJ", "PROPN"))
                    # an institution's own name: "Turkey's Constitutional Court"
                    or (w.is_title and doc[gaz.start].is_title and w.pos_ in ("ADJ", "PROPN"))
                )
                and w.dep_ in ("compound", "amod", "nmod")
                and (gaz.start <= w.head.i < gaz.end or j <= w.head.i < k)
                for w in words
            ):
                return k
            return None
        return None

    def _mods_phrase(self, phrase: Phrase) -> int:
        """Countries, demonyms or IGOs without a role: a country, an IGO or a nationality."""
        name_start = self._skip_space(phrase.end)
        for k in (name_start, name_start + 1):
            # "British engineer John Miller": an occupation of no sector between them
            if k < len(self.doc) and self.doc[k].is_lower and self.doc[k].dep_ == "compound":
                name_start = k + 1
        name_end = self._name_end(name_start) if name_start < len(self.doc) else name_start
        assert phrase.start is not None
        if name_end > name_start:
            name = self.doc[name_start:name_end].text
            known = self.memory.person_named(name)
            if known is not None or self._is_personal(name_start, name_end):
                origin = self._country(phrase.mods[-1])
                person = self._person(name, origin.country, None, None)
                self._add(phrase.start, name_end, "person.country", [person])
                return name_end
        for gaz in phrase.mods:
            if gaz.kind == "adjective" and self._counted_people(gaz):
                # "thousands of Nepalese marched": a demonym with no plural of its own, counted
                country = self._country(gaz).country
                people = Entity(self.doc[gaz.start : gaz.end].text, "group", country, "CVL")
                self._add(gaz.start, gaz.end, "group.people", [people])
                continue
            if gaz.kind == "adjective":
                continue
            rule = {"igo": "igo.name", "iso3": "country.iso3"}.get(gaz.kind, "country.name")
            self._add(gaz.start, gaz.end, rule, [self._country(gaz)])
        return phrase.end

    def _counted_people(self, gaz: Gaz) -> bool:
        """Whether a demonym stands alone as people counted: "thousands of Sudanese", "5,000
        Chinese" (not "the Chinese said", often the government)."""
        word = self.doc[gaz.end - 1]
        if word.dep_ in ("amod", "compound") or gaz.end - gaz.start != 1:
            return False
        if any(c.dep_ == "nummod" for c in word.children):
            return True
        of = word.head
        return (
            word.dep_ == "pobj"
            and of.lower_ == "of"
            and (of.head.lower_ in COUNTED or of.head.pos_ == "NUM")
        )

    def _role_phrase(self, phrase: Phrase) -> int:
        """Titles and role words, with or without a name: persons, groups and institutions."""
        doc = self.doc
        assert phrase.start is not None
        head_gaz = phrase.roles[-1]
        role_text = doc[phrase.roles[0].start : head_gaz.end].text
        head_role = role_for(doc[head_gaz.start : head_gaz.end].text)
        if head_role is None:
            return phrase.end
        prior = doc[phrase.roles[0].start - 1] if phrase.roles[0].start > 0 else None
        if prior is not None and prior.lower_ in CIVIL_CRAFT and head_role.sector == "MIL":
            return phrase.end  # "a passenger jet", "a cargo plane": no one's forces
        if prior is not None and prior.lower_ in SOCIAL_PARTIES and head_role.sector == "PTY":
            return phrase.end  # "a wedding party", "a search party"
        if prior is not None and prior.lower_ in SUBSTANCE_AGENTS and head_role.sector == "COP":
            return phrase.end  # "chemical agents", "a nerve agent"
        following = self._skip_space(head_gaz.end)
        if following < len(doc) and doc[following].lower_ in CREATURE_NAMES:
            return phrase.end  # "army ants", "monarch butterflies", "soldier termites"
        origins = [self._country(g) for g in phrase.mods]
        sector = phrase_sector(doc, phrase, head_role, role_text, bool(origins))
        country = origins[-1].country if origins else None
        name_start = self._skip_space(phrase.end)
        name_end = self._name_end(name_start) if name_start < len(doc) else name_start
        if head_role.kind == "person" and head_role.title and name_end > name_start:
            name = doc[name_start:name_end].text
            person = self._person(name, country, sector, role_text)
            self._add(phrase.start, name_end, "person.title", [person])
            return name_end
        if head_role.kind == "person":
            return self._singular_role(phrase, role_text, country, sector)
        head_word = doc[head_gaz.start : head_gaz.end].text.lower()
        if (
            head_word in LEADER_NOUNS
            and not phrase.mods
            and phrase.det in ("the", "both", "the two", "two")
        ):
            leaders = self.memory.last_persons(2)
            if len(leaders) == 2:
                self._add(phrase.origin, phrase.end, "coref.two_leaders", leaders)
                return phrase.end
        if head_word == "opposition" and phrase.det not in ("the", "") and not phrase.mods:
            return phrase.end  # "their opposition to ..." is a stance, not the opposition
        name = doc[phrase.start : phrase.end].text
        kind = head_role.kind if head_role.kind != "person" else "group"
        # "Turkey's Kurdish rebels": a people's adjective beside a state adds no second actor
        origins = [o for o in origins if o.country] or origins
        entities = [Entity(name, kind, o.country, sector) for o in origins] or [
            Entity(name, kind, None, sector)
        ]
        rule = "org.role" if kind == "organization" else "group.role"
        self._add(phrase.start, phrase.end, rule, entities)
        return phrase.end

    def _singular_role(
        self, phrase: Phrase, role_text: str, country: str | None, sector: str | None
    ) -> int:
        """A singular role: "his Cuban counterpart, Miguel Díaz-Canel", "the president"."""
        doc, memory = self.doc, self.memory
        assert phrase.start is not None
        role_word = role_text.lower().split()[-1]
        reference = memory.last_persons(1, None)[-1] if memory.persons else None
        if role_word == "counterpart" and reference is not None:
            sector, role_text = reference.sector, reference.role or role_text
        comma = self._skip_space(phrase.end)
        # "his Cuban counterpart, Miguel Díaz-Canel", or with no comma "counterpart Xi Jinping".
        follows_name = comma < len(doc) and doc[comma].pos_ == "PROPN" and doc[comma].is_title
        if comma < len(doc) and (doc[comma].text == "," or follows_name):
            name_start = self._skip_space(comma + 1) if doc[comma].text == "," else comma
            name_end = self._name_end(name_start) if name_start < len(doc) else name_start
            name = doc[name_start:name_end].text
            if name_end > name_start and (len(name.split()) > 1 or memory.person_named(name)):
                person = self._person(name, country, sector, role_text)
                self._add(phrase.start, name_end, "person.appos", [person])
                return name_end
        previous = self._appositive_target(phrase)
        # "..., a Kuwaiti official said" after Saddam Hussein names the speaker, not Saddam
        speaks = phrase.end < len(doc) and doc[phrase.end].pos_ in ("VERB", "AUX")
        if previous is not None and previous.country not in (None, country) and country:
            previous = None
        if previous is not None and not speaks:
            previous.country = previous.country or country
            previous.sector = previous.sector or sector
            previous.role = previous.role or role_text
            self._add(phrase.start, phrase.end, "person.appos", [previous])
            return phrase.end
        found = None
        if role_word == "counterpart" and country is not None:
            found = next((p for p in reversed(memory.persons) if p.country == country), None)
        elif phrase.det in ("the", "his", "her") or (country and phrase.det not in ("a", "an")):
            # "the president", "Guyana's president"; "a Cuban president" stays generic.
            found = memory.last_with_role(role_word, country)
        if found is not None:
            rule = "coref.counterpart" if role_word == "counterpart" else "coref.role"
            memory.touch(found)
            self._add(phrase.start, phrase.end, rule, [found])
            return phrase.end
        name = doc[phrase.start : phrase.end].text
        self._add(
            phrase.start,
            phrase.end,
            "person.role",
            [Entity(name, "person", country, sector, role_text)],
        )
        return phrase.end

    def _appositive_target(self, phrase: Phrase) -> Entity | None:
        """The person just before ", the Iranian president" when this phrase is its appositive."""
        if not self.mentions or phrase.det not in ("the", "a", "an", ""):
            return None
        k = (phrase.start or 0) - (1 if phrase.det else 0) - 1
        while k >= 0 and self.doc[k].is_space:
            k -= 1
        if k < 1 or self.doc[k].text != ",":
            return None
        last = self.mentions[-1]
        k -= 1
        while k >= 0 and self.doc[k].is_space:
            k -= 1
        person = last.entities[0] if len(last.entities) == 1 else None
        if last.end - 1 == k and person is not None and person.kind == "person":
            return person
        return None

    def _the_country(self, i: int) -> bool:
        """Whether doc[i:i+2] is "country's" (or "nation's", "kingdom's")."""
        return self.doc[i].lower_ in STATE_NOUNS and self.doc[i + 1].text in POSSESSIVE

    def _the_countrys(self, i: int) -> int:
        """ "visiting Lebanon, asked the country's judiciary": the role after "the country's"
        belongs to the last state the sentence named as a country or by its capital (not
        an agency's adjective: "after Venezuela's election, the U.S. Treasury threatened the
        country's central bank")."""
        sentence = self.sentence_of[i]
        named = [
            m
            for m in self.mentions
            if self.sentence_of[m.start] == sentence
            and m.rule in ("country.name", "country.iso3", "place.capital")
        ]
        before = len(self.mentions)
        end = self._read_at(i)
        if named and len(self.mentions) > before and self.mentions[before].start == i:
            country = named[-1].entities[0].country
            for entity in self.mentions[before].entities:
                if entity.country is None and entity.kind != "person":
                    entity.country = country
        return end

    def _two_countries(self, start: int, end: int) -> int:
        countries = self.memory.countries[-2:]
        if len(countries) == 2:
            entities = [
                self.memory.country_entity(c, getattr(country_by_iso3(c), "name", c))
                for c in countries
            ]
            self._add(start, end, "coref.two_countries", entities)
        return end

    def _pronoun(self, i: int) -> int:
        sentence = self.sentence_of[i]
        # Conservative: a pronoun after another person in its own sentence is left alone.
        for mention in reversed(self.mentions):
            if self.sentence_of[mention.start] != sentence:
                break
            if any(e.kind == "person" for e in mention.entities):
                return i + 1
        person = self.memory.last_subject_before(sentence)
        if person is not None:
            self._add(i, i + 1, "coref.pronoun", [person])
        return i + 1

    def _bare_name(self, i: int) -> int:
        """A name with nothing before it: a known person, a new PERSON, a capital or a seat."""
        if i >= len(self.doc):
            return i
        end = self._name_end(i)
        if end == i:
            return i + 1
        text = self.doc[i:end].text
        known = self.memory.person_named(text)
        if known is not None:
            self.memory.add_person(known)
            self._add(i, end, "coref.name", [known])
            return end
        seat = seat_of_power(text)
        head = self.doc[mention_head(self.doc, i, end)]
        if seat is not None and is_argument(head):
            country = country_by_iso3(seat[0])
            name = country.name if country else seat[0]
            self._add(i, end, "place.seat", [Entity(name, "country", seat[0], seat[1])])
            return end
        # NER takes "Buenos Aires" or "Kosovo" for a person now and then; the gazetteer knows.
        # A notable's full name is a person even where NER missed it ("Yasser Arafat").
        # So is a notable's bare surname as a clause's subject ("Modi paid a state visit"):
        # the small model tags such a name GPE or nothing now and then.
        personal = (
            self._is_personal(i, end)
            or (len(text.split()) > 1 and notable(text))
            or (head.dep_ in ("nsubj", "nsubjpass") and notable(text) is not None)
        )
        place = find_place(text)
        # A notable's surname outranks a small town of that name ("Bush" the president, not the
        # Egyptian town); a capital or a country keeps its name ("Jordan", "Lima").
        # a name that only modifies a common noun names a place or a kind, not someone:
        # "inmates at Korydallos prison", "Jailed Mapuche activists" (a misread capital)
        modified = head
        while modified.dep_ in ("compound", "amod") and modified.head.i > modified.i:
            modified = modified.head
        modifier = modified.i >= end and modified.pos_ == "NOUN"
        if modifier and not notable(text):
            return end
        if personal and (place is None or (notable(text) and place.kind == "city")):
            self._add(i, end, "person.name", [self._person(text, None, None, None)])
            return end
        # The small model often tags "Washington" or "Kyiv" ORG or nothing: the capital table,
        # not the label, decides; only persons were ruled out above.
        argument = is_argument(head) or owned_by_state(head)  # "Kyiv's drones struck"
        if argument and not (head.dep_ == "dobj" and head.head.lemma_ in TRAVEL):
            place = find_place(text)
            if place is not None and place.kind == "capital":
                country = country_by_iso3(place.country_iso3)
                name = country.name if country else place.country_iso3
                entity = Entity(name, "country", place.country_iso3, "GOV")
                self._add(i, end, "place.capital", [entity])
        return end
