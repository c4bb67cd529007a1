"""The actor tables: countries, organisations, sectors and places (no spaCy model needed)."""

import pycountry
import pytest

from eventwire.actors import find_country, find_igo, find_place, sector_for
from eventwire.actors.countries import all_countries, country_by_iso3

# The 193 UN member states, by ISO 3166 alpha-3 (written out here, not derived from our table).
_UN_CODES = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK
DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB
GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO
LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB
ZWE
"""
UN_MEMBERS = _UN_CODES.split()


def test_the_un_member_list_is_complete_and_valid():
    assert len(UN_MEMBERS) == len(set(UN_MEMBERS)) == 193
    for code in UN_MEMBERS:
        assert pycountry.countries.get(alpha_3=code) is not None, code


def test_every_un_member_and_the_extras_are_in_the_table():
    codes = {country.iso3 for country in all_countries()}
    assert set(UN_MEMBERS) <= codes
    assert {"KOS", "PSE", "TWN", "VAT"} <= codes
    assert len(codes) == 197


@pytest.mark.parametrize("code", UN_MEMBERS)
def test_each_member_is_found_by_its_own_name(code):
    country = country_by_iso3(code)
    assert country is not None
    assert find_country(country.name) == country
    assert find_country(code) == country


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("United States", "USA"),
        ("the U.S.", "USA"),
        ("US", "USA"),
        ("USA", "USA"),
        ("America", "USA"),
        ("American", "USA"),
        ("Americans", "USA"),
        ("Britain", "GBR"),
        ("British", "GBR"),
        ("Britons", "GBR"),
        ("Emirati", "ARE"),
        ("UAE", "ARE"),
        ("Chinese", "CHN"),
        ("Hong Kong", "CHN"),
        ("Dutch", "NLD"),
        ("Iranian", "IRN"),
        ("Iranians", "IRN"),
        ("Cuban", "CUB"),
        ("Israeli", "ISR"),
        ("Palestinian", "PSE"),
        ("Palestinians", "PSE"),
        ("Saudi", "SAU"),
        ("North Korean", "PRK"),
        ("South Korean", "KOR"),
        ("Ivorian", "CIV"),
        ("Ivory Coast", "CIV"),
        ("Côte d’Ivoire", "CIV"),
        ("Congolese", "COD"),
        ("Filipino", "PHL"),
        ("Philippine", "PHL"),
        ("Kosovo", "KOS"),
        ("Taiwan", "TWN"),
        ("Holy See", "VAT"),
        ("Iran’s", "IRN"),
        ("IRAN", "IRN"),
        ("Burma", "MMR"),
        ("Türkiye", "TUR"),
    ],
)
def test_find_country_variants_and_demonyms(text, iso3):
    found = find_country(text)
    assert found is not None, text
    assert found.iso3 == iso3


@pytest.mark.parametrize("text", ["us", "turkey", "china", "Kiwi", "Washington", "", "cookies"])
def test_find_country_rejects_words_that_are_not_countries(text):
    assert find_country(text) is None


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        ("UN", "UNO", "United Nations"),
        ("the U.N.", "UNO", "United Nations"),
        ("UN Security Council", "UNO", "UN Security Council"),
        ("General Assembly", "UNO", "UN General Assembly"),
        ("UNHCR", "UNO", "UNHCR"),
        ("UNICEF", "UNO", "UNICEF"),
        ("WHO", "UNO", "World Health Organization"),
        ("IAEA", "UNO", "International Atomic Energy Agency"),
        ("WFP", "UNO", "World Food Programme"),
        ("EU", "EUR", "European Union"),
        ("European Commission", "EUR", "European Commission"),
        ("European Parliament", "EUR", "European Parliament"),
        ("NATO", "IGO", "NATO"),
        ("African Union", "IGO", "African Union"),
        ("ASEAN", "IGO", "ASEAN"),
        ("OPEC", "IGO", "OPEC"),
        ("Arab League", "IGO", "Arab League"),
        ("OAS", "IGO", "Organization of American States"),
        ("OSCE", "IGO", "OSCE"),
        ("G7", "IGO", "G7"),
        ("G20", "IGO", "G20"),
        ("BRICS", "IGO", "BRICS"),
        ("SCO", "IGO", "Shanghai Cooperation Organisation"),
        ("GCC", "IGO", "Gulf Cooperation Council"),
        ("IMF", "IGO", "International Monetary Fund"),
        ("World Bank", "IGO", "World Bank"),
        ("WTO", "IGO", "World Trade Organization"),
        ("ICC", "IGO", "International Criminal Court"),
        ("ICJ", "UNO", "International Court of Justice"),
        ("Interpol", "IGO", "Interpol"),
        ("ECOWAS", "IGO", "ECOWAS"),
        ("Red Cross", "NGO", "International Committee of the Red Cross"),
        ("ICRC", "NGO", "International Committee of the Red Cross"),
        ("Amnesty International", "NGO", "Amnesty International"),
        ("Human Rights Watch", "NGO", "Human Rights Watch"),
    ],
)
def test_find_igo(text, code, name):
    igo = find_igo(text)
    assert igo is not None, text
    assert (igo.code, igo.name) == (code, name)


@pytest.mark.parametrize("text", ["who", "is", "us", "union", "Iran", "army", "congress"])
def test_find_igo_ignores_ordinary_words(text):
    assert find_igo(text) is None


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [
        ("PLO", "PSE", "GOV"),
        ("Knesset", "ISR", "LEG"),
        ("Tamil Tigers", "LKA", "REB"),
        ("FARC", "COL", "REB"),
        ("Sinn Fein", "GBR", "PTY"),
        ("Xinhua", "CHN", "JRN"),
        ("UNIFIL", "UNO", None),
    ],
)
def test_named_organisations_table(text, code, sector):
    igo = find_igo(text)
    assert igo is not None, text
    assert igo.code == code
    if sector is not None:
        assert igo.sector == sector


def test_organisations_table_is_well_formed():
    from eventwire.actors._text import table_rows

    codes = {c.iso3 for c in all_countries()} | {"IGO", "UNO", "EUR", "NGO", "ISM", "MNC"}
    sectors = {"", "GOV", "MIL", "COP", "SPY", "LEG", "JUD", "PTY", "REB", "PRM", "OPP", "LAB"}
    sectors |= {"BUS", "JRN", "REL", "MED", "EDU", "CVL", "UAF"}
    seen: set[str] = set()
    for name, code, sector, aliases in table_rows("organisations.tsv", 4):
        assert code in codes, name
        assert sector in sectors, name
        for phrase in (name, *(a for a in aliases.split("|") if a)):
            assert len(phrase) >= 3, phrase
            assert phrase not in seen, phrase  # one organisation per name
            seen.add(phrase)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("president", "GOV"),
        ("Prime Minister", "GOV"),
        ("foreign minister", "GOV"),
        ("chancellor", "GOV"),
        ("king", "GOV"),
        ("emir", "GOV"),
        ("government", "GOV"),
        ("ministry", "GOV"),
        ("cabinet", "GOV"),
        ("officials", "GOV"),
        ("foreign ministry spokesman", "GOV"),
        ("parliament", "LEG"),
        ("lawmakers", "LEG"),
        ("senator", "LEG"),
        ("MP", "LEG"),
        ("congress", "LEG"),
        ("army", "MIL"),
        ("troops", "MIL"),
        ("soldiers", "MIL"),
        ("military", "MIL"),
        ("air force", "MIL"),
        ("navy", "MIL"),
        ("general", "MIL"),
        ("government troops", "MIL"),
        ("police", "COP"),
        ("police officers", "COP"),
        ("court", "JUD"),
        ("judge", "JUD"),
        ("prosecutor", "JUD"),
        ("rebels", "REB"),
        ("insurgents", "REB"),
        ("rebel leader", "REB"),
        ("militants", "UAF"),
        ("militia", "PRM"),
        ("protesters", "CVL"),
        ("demonstrators", "CVL"),
        ("activists", "OPP"),
        ("opposition", "OPP"),
        ("opposition leader", "OPP"),
        ("party", "PTY"),
        ("party officials", "PTY"),
        ("company", "BUS"),
        ("firm", "BUS"),
        ("journalists", "JRN"),
        ("media", "JRN"),
        ("students", "EDU"),
        ("doctors", "MED"),
        ("hospital", "MED"),
        ("refugees", "REF"),
        ("clergy", "REL"),
        ("church", "REL"),
        ("spy", "SPY"),
        ("intelligence agency", "SPY"),
        ("civilians", "CVL"),
        ("residents", "CVL"),
        ("labour union", "LAB"),
    ],
)
def test_sector_for(text, sector):
    assert sector_for(text) == sector


@pytest.mark.parametrize("text", ["officers", "leader", "spokesman", "weather", ""])
def test_sector_for_words_without_a_sector(text):
    assert sector_for(text) is None


def test_find_place_capitals_and_possessives():
    tehran = find_place("Tehran’s")
    assert tehran is not None
    assert (tehran.name, tehran.country_iso3, tehran.kind) == ("Tehran", "IRN", "capital")
    assert tehran.lat == pytest.approx(35.69, abs=0.1)
    assert tehran.lon == pytest.approx(51.42, abs=0.1)


@pytest.mark.parametrize(
    ("text", "iso3", "kind"),
    [
        ("Paris", "FRA", "capital"),  # not Paris, Texas
        ("Tripoli", "LBY", "capital"),  # the capital beats Tripoli, Lebanon
        ("Hyderabad", "IND", "city"),  # the larger of India's and Pakistan's
        ("Washington", "USA", "capital"),
        ("Havana", "CUB", "capital"),
        ("Sao Paulo", "BRA", "city"),
        ("Kiev", "UKR", "capital"),
        ("Hong Kong", "CHN", "capital"),
        ("Texas", "USA", "region"),
        ("Iran", "IRN", "country"),
        ("the United States", "USA", "country"),
        ("Singapore", "SGP", "capital"),
    ],
)
def test_find_place(text, iso3, kind):
    place = find_place(text)
    assert place is not None, text
    assert (place.country_iso3, place.kind) == (iso3, kind)


def test_country_places_have_no_coordinates():
    place = find_place("Cuba")
    assert place is not None
    assert (place.name, place.lat, place.lon) == ("Cuba", None, None)


@pytest.mark.parametrize("text", ["Nice", "Mobile", "Iranian", "Atlantis", "", "the"])
def test_find_place_rejects_non_places(text):
    assert find_place(text) is None


def test_a_capitalised_area_word_marks_a_province_or_state() -> None:
    # "Kwara State", "Malaita Province": the area word makes the name a place
    assert find_place("Kwara State").country_iso3 == "NGA"
    assert find_place("Malaita Province", subdivisions=True).country_iso3 == "SLB"
    # a name that no table holds stays unknown, area word or not
    assert find_place("Smith County") is None
