"""Persons known from earlier articles complete bare names in later ones."""

from __future__ import annotations

from eventwire.actors.registry import KnownPerson, PersonRegistry, fold_name
from eventwire.batch import ingest_items
from eventwire.ingest import article_from_text
from eventwire.options import Options
from eventwire.records import Actor
from eventwire.store import EventFilter, Store


def test_fold_name_ignores_case_and_accents():
    assert fold_name("Miguel Díaz-Canel") == fold_name("MIGUEL DIAZ-CANEL")


def test_fold_name_reads_a_glued_arabic_article_as_a_word():
    assert fold_name("Hamad bin Jassim al-Thani") == fold_name("Hamad bin Jassim Al Thani")
    assert fold_name("Abdel Fattah el-Sisi").split()[-1] == "sisi"
    assert fold_name("Díaz-Canel") == "diaz-canel"  # a hyphen inside a surname stays


def test_a_surname_names_a_person_only_while_it_is_unambiguous():
    registry = PersonRegistry()
    registry.add(KnownPerson("Ana Petrova", "BGR", "GOV", "Minister", "2024-01-02", "2024-01-02"))
    assert registry.lookup("Petrova").country == "BGR"
    registry.add(KnownPerson("Ivan Petrova", "RUS", "GOV", "Mayor"))
    assert registry.lookup("Petrova") is None
    assert registry.lookup("Ana Petrova").country == "BGR"


def test_sightings_widen_the_dates_and_keep_the_title():
    registry = PersonRegistry()
    registry.add(KnownPerson("Ana Petrova", "BGR", "GOV", "Minister", "2024-03-01", "2024-03-01"))
    registry.add(KnownPerson("Ana Petrova", "BGR", None, None, "2023-11-20", "2023-11-20"))
    known = registry.lookup("ana petrova")
    assert (known.first_seen, known.last_seen, known.role) == (
        "2023-11-20",
        "2024-03-01",
        "Minister",
    )


def test_complete_fills_a_bare_name_but_never_overrides_a_country():
    registry = PersonRegistry()
    registry.add(KnownPerson("Ana Petrova", "BGR", "GOV", "Minister"))
    bare = registry.complete(Actor("Petrova", "Petrova", None, None, "person"))
    assert (bare.name, bare.country, bare.sector, bare.role) == (
        "Ana Petrova",
        "BGR",
        "GOV",
        "Minister",
    )
    other = Actor("Petrova", "Petrova", "SRB", None, "person")
    assert registry.complete(other).country == "SRB"


def test_a_title_seen_in_one_article_codes_the_bare_name_in_the_next(tmp_path, nlp):
    options = Options(db_path=str(tmp_path / "p.duckdb"))
    first = article_from_text(
        "Ugandan leader visits Nairobi\n\nUgandan President Yoweri Museveni visited Nairobi on "
        "Monday and held talks with Kenyan officials on trade.",
        options,
        published="2024-05-06",
    )
    second = article_from_text(
        "Museveni criticises Kenya over fuel\n\nOn Thursday Museveni criticised Kenya over the "
        "price of fuel imports.",
        options,
        published="2024-05-09",
    )
    with Store(options.db_path) as store:
        ingest_items([first], store, options)
        ingest_items([second], store, options)
        events = store.events(EventFilter(article_id=second.id))
    accuse = [e for e in events if e.event_type == "ACCUSE"]
    assert accuse, [(e.event_type, e.source) for e in events]
    (museveni,) = accuse[0].source
    assert (museveni.name, museveni.country, museveni.sector) == ("Yoweri Museveni", "UGA", "GOV")
