"""The eventwire_actors component: countries, organisations, groups, persons and coreference."""

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.actors import ActorMention
from eventwire.nlp import load_pipeline
from eventwire.records import Actor

SEED = Path(__file__).parents[2] / "shared" / "seed" / "iran-cuba-visit.txt"

RULES = {
    "country.name",
    "country.iso3",
    "igo.name",
    "group.people",
    "group.role",
    "org.role",
    "person.title",
    "person.appos",
    "person.name",
    "person.country",
    "person.role",
    "place.capital",
    "place.seat",
    "coref.name",
    "coref.role",
    "coref.counterpart",
    "coref.two_leaders",
    "coref.two_countries",
    "coref.pronoun",
}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def mentions(nlp: Language, text: str) -> list[ActorMention]:
    doc = nlp(text)
    found = doc._.actors
    assert found is not None
    return list(found)


def text_of(doc: Doc, mention: ActorMention) -> str:
    return doc[mention.start : mention.end].text


def by_text(nlp: Language, text: str) -> dict[str, ActorMention]:
    doc = nlp(text)
    return {text_of(doc, m): m for m in doc._.actors}


def only(mention: ActorMention) -> Actor:
    assert len(mention.actors) == 1, mention
    return mention.actors[0]


def summary(actor: Actor) -> tuple:
    return (actor.kind, actor.name, actor.country, actor.sector)


def test_component_is_in_the_pipeline(nlp):
    assert "eventwire_actors" in nlp.pipe_names


def test_mentions_are_sorted_and_well_formed(nlp):
    doc = nlp(
        "Iranian President Ebrahim Raeisi met Cuban officials in Havana. Washington said the UN "
        "Security Council and Syrian rebels would respond. Raeisi and the two leaders left."
    )
    starts = [m.start for m in doc._.actors]
    assert starts == sorted(starts)
    for mention in doc._.actors:
        assert mention.start <= mention.head < mention.end
        assert mention.rule in RULES
        assert mention.actors
        assert all(a.text == text_of(doc, mention) for a in mention.actors)


def test_countries_and_coordination(nlp):
    found = by_text(nlp, "Iran and Cuba signed a trade deal with the U.S. on Friday.")
    assert summary(only(found["Iran"])) == ("country", "Iran", "IRN", None)
    assert summary(only(found["Cuba"])) == ("country", "Cuba", "CUB", None)
    assert only(found["U.S."]).country == "USA"
    assert found["Iran"].rule == "country.name"


def test_demonym_with_a_role_is_one_group(nlp):
    found = by_text(nlp, "Iranian officials said the Iranian foreign ministry had summoned him.")
    officials = only(found["Iranian officials"])
    assert summary(officials) == ("group", "Iranian officials", "IRN", "GOV")
    ministry = only(found["Iranian foreign ministry"])
    assert (ministry.kind, ministry.country, ministry.sector) == ("organization", "IRN", "GOV")
    assert found["Iranian foreign ministry"].rule == "org.role"


def test_groups_with_sector_and_country(nlp):
    found = by_text(
        nlp,
        "Syrian rebels attacked government troops. Protesters in Paris clashed with police. "
        "Hamas militants fired rockets.",
    )
    assert summary(only(found["Syrian rebels"]))[2:] == ("SYR", "REB")
    assert only(found["government troops"]).sector == "MIL"
    protesters = only(found["Protesters"])
    assert (protesters.kind, protesters.country, protesters.sector) == ("group", "FRA", "CVL")
    assert only(found["police"]).sector == "COP"
    hamas = only(found["Hamas militants"])
    assert (hamas.country, hamas.sector) == ("PSE", "REB")


def test_coordinated_demonyms_share_the_role(nlp):
    found = by_text(nlp, "Iranian and Cuban officials met in Havana.")
    mention = found["Iranian and Cuban officials"]
    assert [(a.country, a.sector) for a in mention.actors] == [("IRN", "GOV"), ("CUB", "GOV")]


def test_plural_people(nlp):
    found = by_text(nlp, "Palestinians marched while Americans watched.")
    assert summary(only(found["Palestinians"])) == ("group", "Palestinians", "PSE", "CVL")
    assert only(found["Americans"]).country == "USA"


def test_igos(nlp):
    found = by_text(
        nlp,
        "The European Union and NATO condemned the strike. The IAEA and the UN Security Council "
        "met, and Amnesty International called for an inquiry.",
    )
    assert only(found["European Union"]).country == "EUR"
    assert only(found["NATO"]).country == "IGO"
    assert only(found["IAEA"]).country == "UNO"
    assert only(found["UN Security Council"]).country == "UNO"
    assert only(found["Amnesty International"]).country == "NGO"
    assert found["NATO"].rule == "igo.name"


def test_person_with_nationality_and_title(nlp):
    found = by_text(nlp, "Iranian President Ebrahim Raeisi arrived on Friday.")
    mention = found["Iranian President Ebrahim Raeisi"]
    assert only(mention) == Actor(
        text="Iranian President Ebrahim Raeisi",
        name="Ebrahim Raeisi",
        country="IRN",
        sector="GOV",
        kind="person",
        role="President",
    )
    assert mention.rule == "person.title"


def test_appositive_counterpart_takes_the_reference_role(nlp):
    doc = nlp(
        "Iranian President Ebrahim Raeisi and his Cuban counterpart, Miguel Díaz-Canel Bermúdez, "
        "held talks in Tehran."
    )
    persons = [m for m in doc._.actors if m.actors[0].kind == "person"]
    assert len(persons) == 2
    cuban = only(persons[1])
    assert summary(cuban) == ("person", "Miguel Díaz-Canel Bermúdez", "CUB", "GOV")
    assert cuban.role == "President"
    assert doc[persons[1].head].text == "counterpart"  # the token the verb attaches to


def test_title_with_country_after_the_name(nlp):
    found = by_text(nlp, "Foreign Minister Wang Yi of China met reporters.")
    wang = only(found["Foreign Minister Wang Yi"])
    assert summary(wang) == ("person", "Wang Yi", "CHN", "GOV")
    assert wang.role == "Foreign Minister"


def test_un_chief(nlp):
    found = by_text(nlp, "Talks were praised by the UN chief Antonio Guterres on Monday.")
    guterres = only(found["UN chief Antonio Guterres"])
    assert (guterres.name, guterres.country, guterres.role) == ("Antonio Guterres", "UNO", "chief")


def test_appositive_title_after_the_name(nlp):
    doc = nlp("Ebrahim Raeisi, the Iranian president, met Putin. Raisi praised Russia.")
    first, *rest = doc._.actors
    assert summary(only(first)) == ("person", "Ebrahim Raeisi", "IRN", "GOV")
    variant = next(m for m in rest if text_of(doc, m) == "Raisi")
    assert only(variant).name == "Ebrahim Raeisi"  # a spelling variant merges


def test_surnames_leaders_and_countries_resolve_later(nlp):
    doc = nlp(
        "Iranian President Ebrahim Raeisi and his Cuban counterpart, Miguel Díaz-Canel Bermúdez, "
        "held talks. Raeisi and Díaz-Canel signed five agreements. The two leaders praised the "
        "deal. Officials from both countries will meet again."
    )
    found = {text_of(doc, m): m for m in doc._.actors}
    assert only(found["Raeisi"]).country == "IRN"
    assert found["Raeisi"].rule == "coref.name"
    assert summary(only(found["Díaz-Canel"])) == (
        "person",
        "Miguel Díaz-Canel Bermúdez",
        "CUB",
        "GOV",
    )
    leaders = found["The two leaders"]
    assert leaders.rule == "coref.two_leaders"
    assert [a.name for a in leaders.actors] == ["Ebrahim Raeisi", "Miguel Díaz-Canel Bermúdez"]
    both = found["both countries"]
    assert [a.country for a in both.actors] == ["IRN", "CUB"]
    officials = found["Officials"]
    assert [(a.country, a.sector) for a in officials.actors] == [("IRN", "GOV"), ("CUB", "GOV")]


def test_the_president_and_pronouns(nlp):
    doc = nlp(
        "Venezuelan President Nicolas Maduro met Bolivian leaders in Caracas. The president "
        "later flew to Havana. He said Venezuela would help."
    )
    found = {text_of(doc, m): m for m in doc._.actors}
    assert found["president"].rule == "coref.role"
    assert only(found["president"]).name == "Nicolas Maduro"
    assert found["He"].rule == "coref.pronoun"
    assert only(found["He"]).name == "Nicolas Maduro"
    assert summary(only(found["Bolivian leaders"]))[2:] == ("BOL", "GOV")


def test_capitals_as_actors_only_as_arguments(nlp):
    found = by_text(nlp, "Washington said it would act, and Beijing warned of retaliation.")
    assert summary(only(found["Washington"])) == ("country", "United States", "USA", "GOV")
    assert only(found["Beijing"]).country == "CHN"
    assert found["Beijing"].rule == "place.capital"
    assert by_text(nlp, "The talks were held in Tehran on Friday.") == {}
    assert by_text(nlp, "The leaders met at Tehran’s cultural complex.").get("Tehran") is None


def test_seat_of_power(nlp):
    found = by_text(nlp, "The Kremlin rejected the proposal.")
    assert summary(only(found["Kremlin"])) == ("country", "Russia", "RUS", "GOV")


def test_no_actors_in_dates_numbers_or_boilerplate(nlp):
    text = (
        "This site stores cookies to remember your choices. Accept them to keep reading, "
        "or change your preferences at any time. Privacy settings. In 2001, 45 people "
        "died on 3 May."
    )
    assert mentions(nlp, text) == []


def test_role_words_that_are_not_nouns_are_ignored(nlp):
    found = by_text(nlp, "In general, the general election was quiet.")
    assert found == {}


def test_seed_article(nlp):
    if not SEED.exists():
        pytest.skip("shared seed article not available")
    doc = nlp(SEED.read_text(encoding="utf-8"))
    actors = doc._.actors
    persons = [a for m in actors for a in m.actors if a.kind == "person"]
    raeisi = next(a for a in persons if "Raeisi" in a.name)
    assert (raeisi.name, raeisi.country, raeisi.sector) == ("Ebrahim Raeisi", "IRN", "GOV")
    cuban = next(a for a in persons if "Díaz-Canel" in a.name)
    assert (cuban.name, cuban.country, cuban.sector) == ("Miguel Díaz-Canel Bermúdez", "CUB", "GOV")
    countries = [m for m in actors if m.rule == "country.name"]
    first_two = [only(m).country for m in countries[:2]]
    assert first_two == ["IRN", "CUB"]
    leaders = next(m for m in actors if text_of(doc, m) == "The two leaders")
    assert {a.name for a in leaders.actors} == {raeisi.name, cuban.name}
    cookie_start = doc.text.index("We use cookies")
    assert all(doc[m.start].idx < cookie_start for m in actors)


def test_a_short_name_learns_the_full_title_later(nlp):
    doc = nlp("Lula praised the deal. Brazilian President Luiz Inacio Lula da Silva signed it.")
    first = doc._.actors[0]
    assert text_of(doc, first) == "Lula"
    assert summary(only(first)) == ("person", "Luiz Inacio Lula da Silva", "BRA", "GOV")


def test_destinations_are_not_metonyms(nlp):
    found = by_text(nlp, "The president visited Buenos Aires on Wednesday.")
    assert "Buenos Aires" not in found


def test_unplaced_generic_roles_are_dropped(nlp):
    assert by_text(nlp, "Several members of the delegation left early.") == {}


def test_possessive_country_title_resolves_to_the_known_person(nlp):
    doc = nlp("Guyanese President Irfaan Ali spoke first. Later, Guyana's president left Caracas.")
    found = {text_of(doc, m): m for m in doc._.actors}
    assert found["Guyana's president"].rule == "coref.role"
    assert only(found["Guyana's president"]).name == "Irfaan Ali"


def test_ethnic_groups_take_their_state_or_wait_for_one(nlp):
    found = by_text(nlp, "Tamil rebels and Kurdish guerrillas fought while Chechens fled.")
    assert summary(only(found["Tamil rebels"]))[2:] == ("LKA", "REB")
    assert summary(only(found["Kurdish guerrillas"]))[2:] == (None, "REB")
    assert summary(only(found["Chechens"]))[2:] == ("RUS", "CVL")


def test_ethnic_group_is_placed_where_it_acts(nlp):
    from eventwire.options import Options
    from eventwire.pipeline import code_doc
    from eventwire.records import Article, article_id_for

    text = "Kurdish rebels attacked a police station in Diyarbakir, Turkey, on Sunday."
    article = Article(article_id_for("t", (text,)), "t", "t", (text,))
    events = code_doc(nlp, article, Options())
    assert any(a.country == "TUR" and a.sector == "REB" for e in events for a in e.source)


def test_igo_officials_and_militant_groups_have_sectors(nlp):
    found = by_text(nlp, "UN Secretary-General Maria Olsen condemned al-Qaeda on Monday.")
    assert summary(only(found["UN Secretary-General Maria Olsen"]))[2:] == ("UNO", "GOV")
    assert summary(only(found["al-Qaeda"]))[2:] == ("ISM", "REB")


def test_notables_are_placed_without_a_title(nlp):
    found = by_text(nlp, "Yeltsin met Yasser Arafat in Moscow on Tuesday.")
    yeltsin = only(found["Yeltsin"])
    assert (yeltsin.kind, yeltsin.name, yeltsin.country, yeltsin.sector) == (
        "person",
        "Boris Yeltsin",
        "RUS",
        "GOV",
    )
    assert summary(only(found["Yasser Arafat"]))[2:] == ("PSE", "GOV")


def test_a_title_in_the_text_beats_the_table(nlp):
    # The text's own country wins over a namesake's.
    found = by_text(nlp, "Chilean President Boris Yeltsin spoke in Santiago.")
    assert summary(only(found["Chilean President Boris Yeltsin"]))[2:] == ("CHL", "GOV")


def test_surnames_shared_by_one_country_still_place_the_person():
    from eventwire.actors.notables import notable

    bush = notable("Bush")
    assert bush is not None and (bush.country, bush.sector) == ("USA", "GOV")
    assert notable("George W. Bush").first_seen == "2001"
    assert notable("Nobody Atall") is None


def test_plural_groups_jets_and_generic_units(nlp):
    found = by_text(
        nlp, "Rival militias and Russian jets struck; Iraqi army units and a Kenyan group watched."
    )
    assert summary(only(found["militias"]))[3] == "PRM"
    assert summary(only(found["Russian jets"]))[2:] == ("RUS", "MIL")
    assert summary(only(found["Iraqi army units"]))[2:] == ("IRQ", "MIL")
    # A bare "group" with a nationality is not that country's government.
    assert summary(only(found["Kenyan group"]))[2:] == ("KEN", None)


def test_named_organisations_are_actors_with_their_country(nlp):
    found = by_text(nlp, "The PLO rejected the plan, and the Knesset voted against it.")
    assert summary(only(found["PLO"]))[2:] == ("PSE", "GOV")
    assert summary(only(found["Knesset"]))[2:] == ("ISR", "LEG")
