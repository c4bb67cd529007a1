"""Events read in the thirty-fourth pass: guests of a political movement, another's plan or
verdict deplored, forces lent to a mission, toxic arms, talks ended or sat down to, alerts and
call-ups, and rarer words for seizure, demolition and return. Every sentence is written by the
team."""

from __future__ import annotations

import pytest

from tests.test_events import assert_coded_with_sides, code, sides_of
from tests.test_events_twentyfourth import assert_no_event


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # guests who are a movement or a party are received like a government's envoys
        ("Qatar hosted Hamas and Fatah in Doha last week.", "043", "QAT", "PSE"),
        ("Turkey hosted Hezbollah in Ankara on Monday.", "043", "TUR", "LBN"),
        # worry or dismay at another's plan or verdict is criticism of its author
        (
            "Indonesia expressed concern over Australia's plan to buy nuclear submarines.",
            "111",
            "IDN",
            "AUS",
        ),
        (
            "Canada said it was appalled by Iran's death sentence for a Canadian blogger.",
            "111",
            "CAN",
            "IRN",
        ),
        # forces sent to lead or join a mission abroad protect, not threaten
        ("Rwanda sent 1,000 troops to Mozambique to join a regional mission.", "074", "RWA", None),
        ("Chad deployed soldiers to Mali to serve with the UN mission.", "074", "TCD", None),
        # toxic arms by name or by kind
        ("Iraqi forces used toxic agents against Kurdish villagers.", "2041", "IRQ", None),
        ("Syrian aircraft dropped phosgene on a rebel-held town.", "2041", "SYR", None),
        # talks ended or walked away from; talks sat down to
        ("Colombia terminated negotiations with the ELN rebels.", "164", "COL", "COL"),
        ("Kenya recalled its negotiators from the talks with Somalia.", "164", "KEN", None),
        ("Peru and Ecuador sat down for talks in Lima.", "040", "PER", "ECU"),
        # a call held by telephone
        ("Macron held a telephone conversation with Erdogan on Friday.", "041", "FRA", "TUR"),
        # alerts raised and men called up
        ("Taiwan put its coastal missile batteries on high alert.", "152", "TWN", None),
        ("Ukraine called up 50,000 reservists on Wednesday.", "154", "UKR", None),
        # forces drawn back, troops disengaged
        ("Armenian troops pulled their artillery away from the border.", "0872", "ARM", None),
        ("Thailand and Cambodia completed the disengagement of their troops.", "0872", "THA", None),
        # property given back, permits revoked, offices seized, homes bulldozed
        ("Germany returned looted artefacts to Cameroon.", "0842", "DEU", "CMR"),
        ("Hungary revoked the licence of an opposition radio station.", "172", "HUN", None),
        (
            "Nicaraguan police took over the offices of an independent newspaper.",
            "171",
            "NIC",
            None,
        ),
        ("Israeli forces bulldozed the homes of two Palestinian families.", "1712", "ISR", None),
        # a measure others demanded, passed or approved, yields to them
        (
            "Nepal's parliament passed the electoral reforms demanded by the opposition.",
            "083",
            "NPL",
            "NPL",
        ),
        (
            "Bowing to pressure from unions, Ghana's government approved a new minimum wage.",
            "080",
            "GHA",
            "GHA",
        ),
        (
            "Responding to students' demands, Chile's congress adopted a new education law.",
            "083",
            "CHL",
            "CHL",
        ),
        # a refusal in protest by people of no office is dissent
        (
            "Greek farmers refused to leave the highway in protest at fuel prices.",
            "140",
            "GRC",
            None,
        ),
        # expulsions of a multitude, and of a body's staff
        ("Nigeria expelled more than 10,000 Ghanaian traders in 1983.", "201", "NGA", "GHA"),
        ("Eritrea expelled five UN officials on Monday.", "166", "ERI", None),
        # encirclement in drills shows force; a town surrounded by name is besieged
        ("Chinese warships surrounded Taiwan in military drills.", "150", "CHN", "TWN"),
        ("Russian troops surrounded Mariupol on Sunday.", "191", "RUS", None),
        # people forced to walk ahead of fighters as human shields
        (
            "Burmese soldiers forced villagers to walk in front of them as human shields.",
            "184",
            "MMR",
            None,
        ),
        # closures ordered: a consulate's cuts relations; radio stations' is a restriction
        (
            "Lithuania ordered the closure of the Belarusian consulate in Klaipeda.",
            "161",
            "LTU",
            "BLR",
        ),
        ("The Malian junta forced the closure of independent radio stations.", "172", "MLI", None),
        # a guest welcomed to a city is hosted
        ("The Brazilian president was welcomed to Beijing by Xi Jinping.", "043", "CHN", "BRA"),
        # a suspension lifted, penalties suspended
        ("Guinea's junta lifted its suspension of opposition parties.", "081", "GIN", None),
        ("The Zambian government suspended penalties against striking miners.", "081", "ZMB", None),
        # an aid body ordered to shut its offices and leave
        (
            "Burkina Faso ordered the aid agency to close its offices and leave the country.",
            "1663",
            "BFA",
            None,
        ),
        # joint works begun, and works two states open together
        ("Laos and Vietnam started construction of a joint power line.", "060", "LAO", "VNM"),
        ("Iran and Turkmenistan opened a gas pipeline on Monday.", "060", "IRN", "TKM"),
        # a guest received by name and title
        (
            "President Ruto received U.S. Secretary of State Antony Blinken in Nairobi.",
            "043",
            "KEN",
            "USA",
        ),
        # a strike carried on; warships delivered; talks to be reopened; a mission let in
        ("Nigerian oil workers extended their strike into a third day.", "143", "NGA", None),
        ("Germany delivered two submarines to Israel.", "072", "DEU", "ISR"),
        ("Colombia is ready to reopen peace talks with the ELN.", "036", "COL", None),
        ("Sudan allowed a UN mission to visit Darfur.", "086", "SDN", None),
        # killing by fire; the dead given back; misgivings about another's law
        ("A mob burned a teacher to death in Sialkot.", "1823", None, None),
        ("Hamas handed Israel the remains of two hostages.", "0841", "PSE", "ISR"),
        (
            "Nigeria voiced misgivings about a new law passed by Ghana's parliament.",
            "111",
            "NGA",
            None,
        ),
        # troops withdrawn from a UN mission; a suspect sent abroad to stand trial
        ("Sweden withdrew its troops from the UN mission in Mali.", "1661", "SWE", None),
        ("Argentina handed over the former officer to Italy to stand trial.", "063", "ARG", "ITA"),
        # accreditation withdrawn: inspectors sent away, reporters restricted
        ("Iran withdrew the accreditation of several IAEA inspectors.", "1662", "IRN", None),
        ("Russia withdrew the accreditation of two BBC journalists.", "172", "RUS", "GBR"),
        # a call's partner hung on the telephone; the speaker's "country" is the speaker's
        ("Yeltsin spoke by telephone with German Chancellor Helmut Kohl.", "041", "RUS", "DEU"),
        (
            "Brazil's President Lula said his country would back South Africa's bid.",
            "032",
            "BRA",
            "ZAF",
        ),
        # compromises made; a negotiated settlement reached; a body's staff expelled
        ("Sudan's army chief said he was ready to make compromises.", "030", "SDN", None),
        ("Israel and Hamas reached a negotiated settlement.", "030", "ISR", "PSE"),
        ("Ethiopia expelled seven senior UN aid officials.", "166", "ETH", None),
        # a rights group's offices closed by the state
        (
            "Russian authorities closed the offices of the rights group Memorial.",
            "172",
            "RUS",
            None,
        ),
        # an inquiry into crimes "by" someone aims at them, however the parse hangs the "by"
        (
            "The ICC prosecutor opened an inquiry into war crimes by Russian forces.",
            "090",
            "IGO",
            "RUS",
        ),
        ("A UN panel began investigating war crimes by the Sudanese army.", "090", None, "SDN"),
        # soldiers who seized power
        ("ECOWAS issued an ultimatum to Niger's coup leaders.", "139", None, "NER"),
        # people seized by militias are abducted; by a state's troops, detained
        ("Somali militiamen seized two foreign aid workers in Kismayo.", "181", "SOM", None),
        ("Israeli troops seized two Palestinian teenagers in Hebron.", "173", "ISR", "PSE"),
        # foreign troops received
        ("Somalia welcomed new African Union troops in Mogadishu.", "0861", "SOM", None),
        # a nerve agent the tagger reads as an adverb; troops massing; a currency swap line
        ("Syrian warplanes dropped sarin on Khan Sheikhoun.", "2041", "SYR", None),
        ("Russian troops gathered near the Ukrainian border.", "154", "RUS", None),
        ("Argentina opened a currency swap line with China.", "061", "ARG", "CHN"),
        # a labour strike launched by people of no office is their protest
        ("Guinean doctors launched a strike on Wednesday.", "143", "GIN", None),
        # a concession agreed while bowing to protests
        (
            "Bowing to protests, the Nepalese king agreed to lift the ban on political parties.",
            "08",
            "NPL",
            None,
        ),
    ],
)
def test_events_and_their_sides(nlp, sentence, cameo, source, target):
    assert_coded_with_sides(nlp, sentence, cameo, source, target)


@pytest.mark.parametrize(
    "sentence",
    [
        # a firm's worry about its own plan, or a fan's about a club's, is no criticism
        "Analysts expressed concern over the company's plan to cut jobs.",
        "Supporters were angry about the club's decision to sell its captain.",
        # toxic fumes from a fire are no weapon; a farmer clearing his own barn is no attack
        "Residents of a Lagos suburb were exposed to toxic fumes after a factory fire.",
        "A farmer bulldozed an old barn near Leeds.",
        # a coach calling up players is no mobilisation
        "Spain's coach called up three new players for the World Cup qualifiers.",
        # a budget passed on no one's demand; schools shut by snow; clubs training together
        "Kenya's parliament passed the budget on Thursday.",
        "Heavy snow forced the closure of schools in Kabul.",
        "Manchester United and Chelsea began joint training.",
        # a town's new bridge names no partner; a reservation about a timetable is no censure
        "Egypt opened a new bridge over the Nile.",
        "Customs officers seized 40 kilos of cocaine at the port of Antwerp.",
        "The minister expressed reservations about the timetable.",
        # world leaders gathering for a summit are no force and no crowd
        "World leaders gathered in Paris for the climate summit.",
        "The actor launched a strike on the tabloid.",
    ],
)
def test_no_event(nlp, sentence):
    assert_no_event(nlp, sentence)


def test_talks_sat_down_to_are_one_event(nlp):
    events = code(nlp, "Peru and Ecuador sat down for talks in Lima.")
    assert len([e for e in events if e.event_type == "CONSULT"]) == 1, [
        (e.cameo, e.rule) for e in events
    ]


def test_a_deportation_of_thousands_stays_a_deportation(nlp):
    assert sides_of(nlp, "Pakistan deported 5,000 Afghan migrants.", "174")


def test_a_states_refusal_in_protest_stays_a_refusal(nlp):
    events = code(nlp, "Iran refused to attend the talks in protest at the sanctions.")
    assert events and all(e.event_type == "REJECT" for e in events), [
        (e.cameo, e.rule) for e in events
    ]


def test_reforms_demanded_earlier_are_no_demand_now(nlp):
    events = code(
        nlp, "Indonesia scrapped the clove monopoly, part of the reforms demanded by the IMF."
    )
    assert not [e for e in events if e.event_type == "REQUEST"], [(e.cameo, e.rule) for e in events]


def test_a_state_office_outranks_a_religious_honorific(nlp):
    found = sides_of(
        nlp, "Iran's Supreme Leader Ayatollah Ali Khamenei rejected the offer.", "12", sectors=True
    )
    assert any(("IRN", "GOV") in src for src, _ in found), found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a name with the Arabic article glued by a hyphen is one name, not two actors
        ("Iraqi cleric Moqtada al-Sadr rejected the offer.", "Iraqi cleric Moqtada al-Sadr"),
        ("President Hafez al-Assad received Warren Christopher.", "President Hafez al-Assad"),
    ],
)
def test_names_with_a_glued_article_stay_whole(nlp, sentence, name):
    events = code(nlp, sentence)
    assert any(a.text == name for e in events for a in e.source), [
        [a.text for a in e.source] for e in events
    ]


def test_the_doers_of_a_probed_crime_are_no_investigators(nlp):
    sentence = "The ICC prosecutor opened an inquiry into war crimes by Russian forces."
    assert all("RUS" not in src for src, _ in sides_of(nlp, sentence, "090"))


def test_coup_leaders_are_soldiers(nlp):
    found = sides_of(
        nlp, "ECOWAS issued an ultimatum to Niger's coup leaders.", "139", sectors=True
    )
    assert any(("NER", "MIL") in tgt for _, tgt in found), found
