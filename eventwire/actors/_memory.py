"""What one document has said so far about its actors: the state behind within-doc coreference."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from eventwire.actors._text import fold
from eventwire.records import ActorKind

# Surnames shorter than this are not matched loosely (too many near-misses among short names).
_FUZZY_MIN_LEN = 5
_FUZZY_RATIO = 0.83


@dataclass(eq=False)
class Entity:
    """One actor of the document; every mention of it shares this object, so facts learnt later
    (an appositive title, "of China") reach earlier mentions too."""

    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    role: str | None = None


@dataclass
class Memory:
    """Persons by name key, in order of last mention, and countries in order of last mention."""

    persons: list[Entity] = field(default_factory=list)
    subjects: list[tuple[int, Entity]] = field(default_factory=list)  # (sentence, person)
    countries: list[str] = field(default_factory=list)
    _keys: dict[str, Entity] = field(default_factory=dict)
    _first_words: dict[str, Entity | None] = field(default_factory=dict)
    _country_entities: dict[str, Entity] = field(default_factory=dict)

    def add_person(self, person: Entity) -> None:
        """Remember `person` under its full name and its surname forms, as the latest person."""
        words = person.name.split()
        keys = {person.name, *words[1:], " ".join(words[1:])} if len(words) > 1 else {person.name}
        for key in keys - {""}:
            self._keys[fold(key)] = person
        if len(words) > 1:
            # A weak key: "Xi" for Xi Jinping (family name first); dropped once two persons
            # share it.
            first = fold(words[0])
            known = self._first_words.get(first, person)
            self._first_words[first] = person if known is person else None
        self.touch(person)

    def touch(self, entity: Entity, named: bool = True) -> None:
        """Mark `entity` as the most recently mentioned; an unnamed person ("a Cuban president")
        counts only for its country."""
        if entity.kind == "person" and named:
            if entity in self.persons:
                self.persons.remove(entity)
            self.persons.append(entity)
        if entity.country and len(entity.country) == 3 and entity.kind != "organization":
            if entity.country in self.countries:
                self.countries.remove(entity.country)
            self.countries.append(entity.country)

    def person_named(self, text: str) -> Entity | None:
        """The known person that `text` names: exactly, or as a close spelling of a surname."""
        key = fold(text)
        if key in self._keys:
            return self._keys[key]
        if self._first_words.get(key) is not None:
            return self._first_words[key]
        if len(key) < _FUZZY_MIN_LEN or " " in key:
            return None
        for known, person in self._keys.items():
            if abs(len(known) - len(key)) > 2:
                continue
            close = difflib.SequenceMatcher(None, key, known).ratio() >= _FUZZY_RATIO
            if close and known[0] == key[0] and " " not in known:
                return person
        return None

    def person_by_part(self, name: str) -> Entity | None:
        """A person known by one word only ("Lula") whom the fuller `name` now names."""
        for word in name.split():
            person = self._keys.get(fold(word))
            if person is not None and len(person.name.split()) == 1:
                return person
        return None

    def last_with_role(self, role_word: str, country: str | None) -> Entity | None:
        """The latest person whose role contains `role_word` (and of `country`, when given)."""
        for person in reversed(self.persons):
            has_role = person.role is not None and role_word in person.role.lower().split()
            if has_role and (country is None or person.country == country):
                return person
        return None

    def last_persons(self, count: int, sector: str | None = "GOV") -> list[Entity]:
        """The `count` latest distinct persons of `sector`, oldest first; fewer if unknown."""
        found = [p for p in reversed(self.persons) if sector is None or p.sector == sector]
        return list(reversed(found[:count]))

    def last_subject_before(self, sentence: int) -> Entity | None:
        """The latest person that was a grammatical subject in a sentence before `sentence`."""
        for sent, person in reversed(self.subjects):
            if sent < sentence:
                return person
        return None

    def country_entity(self, iso3: str, name: str) -> Entity:
        """The one Entity for country `iso3` in this document."""
        if iso3 not in self._country_entities:
            self._country_entities[iso3] = Entity(name, "country", iso3)
        return self._country_entities[iso3]
