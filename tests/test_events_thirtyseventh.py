"""Events read in the thirty-seventh pass: acts forgone or stopped short of (negated), urgings
not to act, talks left or called off (no meeting held), force coordinated with another (062),
access and visits allowed, parties registered, suspects sent abroad for trial, works of worth
handed back in part, patrols that show force; and political words in routine news that give no
event (performers on parade, nominations accepted, a war's toll, hints offered, a bloc named
as a side, a career's span, a volcano's ash). Every sentence is written by the team."""

from __future__ import annotations

import pytest

from tests.test_events import assert_coded_with_sides, code
from tests.test_events_twentyfourth import assert_no_event


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # urged not to act: a request; the act kept from is none
        ("Nigeria dissuaded Niger from expelling the French envoy.", "020", "NGA", "NER"),
        # force used together with another is military cooperation
        (
            "Kurdish peshmerga coordinated their offensive on Mosul with Iraqi army units.",
            "062",
            None,
            "IRQ",
        ),
        ("Turkey coordinated air strikes with the Azerbaijani army.", "062", "TUR", "AZE"),
        # visits and inspections allowed are access given
        ("Venezuela allowed UN investigators to visit its prisons.", "086", "VEN", None),
        ("Iran permitted IAEA inspectors to enter the Natanz plant.", "086", "IRN", None),
        # a party registered is a political right eased
        (
            "Ethiopia's electoral board registered the Oromo Liberation Front as a political "
            "party.",
            "0812",
            "ETH",
            None,
        ),
        # a suspect sent abroad to stand trial is judicial cooperation
        (
            "Peru sent the drug lord to the United States to stand trial on trafficking charges.",
            "063",
            "PER",
            "USA",
        ),
        # part of a work of worth handed back
        (
            "The Netherlands returned a portion of the looted artefacts to Sri Lanka.",
            "0842",
            "NLD",
            "LKA",
        ),
        # patrols that show force
        ("Chinese bombers flew long-range patrols near Guam.", "150", "CHN", None),
        ("Russian warships began naval patrols off the coast of Norway.", "150", "RUS", None),
        # tribal elders received by an official
        ("The governor of Balochistan received tribal elders from Zhob.", "043", None, None),
    ],
)
def test_codes_and_sides_of_the_thirty_seventh_pass(nlp, sentence, cameo, source, target):
    assert_coded_with_sides(nlp, sentence, cameo, source, target)


@pytest.mark.parametrize(
    "sentence",
    [
        # performers on parade protest nothing
        "Pipers and drummers marched along the seafront during the festival in Oban.",
        # an office at its work
        "Ghana's electoral commission began accepting nominations for the December vote.",
        # a war as a whole, a statistic
        "The Biafran war killed about a million people, historians estimate.",
        # a hint, nothing held out
        "The local elections may offer clues about the mood of Polish voters.",
        # a bloc named as a side in a result
        "The ruling coalition won 52 percent of the vote in the Latvian election.",
        # a career told
        "The new Indian air force chief flew fighter jets for 25 years.",
        # a volcano's emissions and a gene's work
        "Mount Etna released a plume of ash over eastern Sicily on Tuesday.",
        "Kenyan scientists found a gene that helps maize resist drought.",
        # a currency's rally
        "Brazil's real rallied 3 percent against the dollar on Thursday.",
    ],
)
def test_no_event_in_routine_news(nlp, sentence):
    assert_no_event(nlp, sentence)


def test_people_killed_in_a_disaster_are_no_attack(nlp):
    sentence = "Relatives of workers killed in the Rana Plaza collapse met the labour minister."
    harmful = [
        (e.cameo, e.rule) for e in code(nlp, sentence) if e.event_type in ("ASSAULT", "PROTEST")
    ]
    assert not harmful, harmful


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel refrained from striking the Iranian oil terminals.",
        "Pakistan failed to arrest the militant commander.",
        "Russia avoided shelling the Ukrainian port during the talks.",
        "Ankara stopped short of imposing sanctions on Athens.",
        "Turkey held off on imposing tariffs on Greek goods.",
    ],
)
def test_acts_forgone_are_negated(nlp, sentence):
    events = code(nlp, sentence)
    assert events and all(e.modality == "negated" for e in events), [
        (e.cameo, e.modality) for e in events
    ]


def test_the_act_one_is_dissuaded_from_is_no_event(nlp):
    events = code(nlp, "Nigeria dissuaded Niger from expelling the French envoy.")
    assert [e.cameo for e in events] == ["020"], [(e.cameo, e.rule) for e in events]
    assert all("FRA" not in {a.country for a in e.target} for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sudan pulled out of talks with Ethiopia over the dam.",
        "The opposition walked out of the negotiations with the ruling party.",
        "Pakistan cancelled the next round of talks with India.",
    ],
)
def test_talks_left_or_called_off_are_no_meeting(nlp, sentence):
    events = code(nlp, sentence)
    assert any(e.cameo.startswith("16") for e in events), [(e.cameo, e.rule) for e in events]
    assert not any(e.event_type == "CONSULT" for e in events), [(e.cameo, e.rule) for e in events]


def test_a_noun_parsed_as_a_clause_is_the_object(nlp):
    events = code(nlp, "Israel allowed ceasefire monitors into Gaza.")
    assert any(e.cameo.startswith("086") for e in events), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # lexical gaps closed
        ("Israel sealed the crossing into Gaza.", "191", "ISR", "PSE"),
        (
            "Indian soldiers tore down the homes of suspected militants in Kashmir.",
            "1712",
            "IND",
            None,
        ),
        (
            "Gunmen sprayed bullets at the convoy of Somalia's interior minister.",
            "190",
            None,
            "SOM",
        ),
        (
            "Britain returned 40 million pounds in stolen funds to the Malawian government.",
            "0842",
            "GBR",
            "MWI",
        ),
        ("Canada took in 40,000 Syrian refugees.", "075", "CAN", "SYR"),
        ("Peruvian soldiers launched a dawn offensive against rebel camps.", "190", "PER", None),
        ("The rebels announced a halt to mortar fire on the capital.", "087", None, None),
        # whom an act is aimed at, whose a thing is, who holds whom a release is asked of
        (
            "Chinese warplanes flew near the island in a show of force aimed at Taipei.",
            "150",
            "CHN",
            "TWN",
        ),
        ("Rioters in Nairobi burned dozens of Indian-owned shops.", "145", "KEN", "IND"),
        ("Norway seized a fishing trawler belonging to a Russian company.", "171", "NOR", "RUS"),
        (
            "Italy demanded the release of an Italian engineer held by gunmen in Nigeria.",
            "10",
            "ITA",
            None,
        ),
        # handed back to whom the particle's phrase names
        ("Germany handed the bronzes back to Nigeria.", "0842", "DEU", "NGA"),
        # a hunger strike in another state's jails is aimed at it
        ("Kurdish prisoners began a hunger strike in Turkish jails.", "142", None, "TUR"),
        # talks by telephone with a partner, the topic aside
        (
            "The Turkish president discussed the war in Sudan by telephone with Egypt's president.",
            "04",
            "TUR",
            "EGY",
        ),
        # a hyphenated country name kept whole
        ("Gunmen attacked a police post in Guinea-Bissau.", "19", None, "GNB"),
        # barriers two states lift between them, routes they open, trade that grows
        (
            "Morocco and Mauritania abolished visa requirements for each other's citizens.",
            "061",
            "MAR",
            "MRT",
        ),
        (
            "Armenia and Georgia opened a new trade route across the Lori border.",
            "06",
            "ARM",
            "GEO",
        ),
        ("Qatar increased liquefied gas exports to Pakistan.", "061", "QAT", "PAK"),
        # aid cut, missions sent away, a navy's formation showing force
        ("Washington cancelled 200 million dollars in economic aid to Cairo.", "162", "USA", "EGY"),
        (
            "Harare threw out an election observer mission from the European Union.",
            "166",
            "ZWE",
            None,
        ),
        ("Mali kicked out French peacekeepers.", "1661", "MLI", "FRA"),
        (
            "A Russian carrier group sailed past Norway in a display of strength.",
            "150",
            "RUS",
            None,
        ),
        # charges a state's prosecutors file against its people, mediation shelved
        ("Egyptian prosecutors filed charges against 12 opposition activists.", "173", "EGY", None),
        ("Norway shelved its mediation between the government and the rebels.", "165", "NOR", None),
        # intelligence handed over, curbs eased, a mission's mandate ended
        (
            "Kenya's intelligence service provided Somali authorities with the locations of "
            "militant camps.",
            "064",
            "KEN",
            "SOM",
        ),
        (
            "Zimbabwe restored the broadcasting licence of an independent radio station.",
            "081",
            "ZWE",
            None,
        ),
        (
            "Authorities switched mobile internet back on in Ethiopia's Amhara region.",
            "081",
            None,
            None,
        ),
        ("Khartoum terminated the mandate of the UN political mission.", "1661", "SDN", None),
        (
            "The Greek and Cypriot air forces flew joint sorties over the Aegean.",
            "062",
            None,
            None,
        ),
        # a regional bloc named by its region
        ("The West African bloc suspended Burkina Faso after the coup.", "", "IGO", "BFA"),
        ("The 27-nation bloc imposed new sanctions on Iran.", "163", "EUR", "IRN"),
        # more wordings of forces massed, talks held, bodies shut, the press freed, relief
        ("Sudan's army mobilised thousands of fighters in Gedaref.", "154", "SDN", None),
        (
            "Rebel and government negotiators sat down for a fourth round of talks in Doha.",
            "040",
            None,
            None,
        ),
        (
            "Moscow ordered the Norwegian council to close its offices in Murmansk.",
            "172",
            "RUS",
            None,
        ),
        (
            "Ethiopia's media authority granted a licence to an opposition television station.",
            "081",
            "ETH",
            None,
        ),
        (
            "UNICEF distributed rice and blankets to flood victims in Bangladesh.",
            "073",
            None,
            "BGD",
        ),
        (
            "Nepali peacekeepers escorted returnees to their villages in South Sudan.",
            "074",
            "NPL",
            None,
        ),
        # an embargo by its goods or by the trade kept from, aimed at whom it was with
        ("Canada prohibited arms sales to Myanmar.", "163", "CAN", "MMR"),
        ("Beijing barred its firms from trading with Taiwan.", "163", "CHN", "TWN"),
        # opposition rallied against a state or body (113)
        (
            "Algeria rallied Arab League members against Morocco's normalisation deal.",
            "113",
            "DZA",
            "MAR",
        ),
        ("Pakistan lobbied the Gulf states to isolate India over Kashmir.", "113", "PAK", "IND"),
        ("Turkey called on Muslim countries to unite against Sweden.", "113", "TUR", "SWE"),
        # mediation, talks and aid put on hold or a mediator's role ended
        ("Qatar put its mediation efforts between Israel and Hamas on hold.", "165", "QAT", None),
        (
            "Switzerland ended its role as mediator between Colombia and the ELN.",
            "165",
            "CHE",
            None,
        ),
        ("The European Union put budget aid to Mali on hold.", "162", "EUR", "MLI"),
        # an aid agency ordered out
        ("Burundi ordered Oxfam to close its offices and leave the country.", "1663", "BDI", None),
        # a province or state named with its capitalised area word is its country's
        (
            "The premier of Guadalcanal Province praised the provincial police commander.",
            "051",
            "SLB",
            None,
        ),
        ("The Lagos State government banned street trading on the highway.", "172", "NGA", None),
        # lawmakers ask their own state; a neighbour blamed; praise lavished on someone
        (
            "Opposition legislators in Caracas demanded that Maduro free the detained activists.",
            "10",
            "VEN",
            "VEN",
        ),
        ("Sudan blamed neighbouring Chad for the raid on El Geneina.", "112", "SDN", "TCD"),
        ("Ruto lavished praise on Ethiopia's prime minister.", "051", "KEN", "ETH"),
        # naval commands are armed forces
        (
            "Thailand shared radar data with Malaysian and Indonesian naval commands.",
            "06",
            "THA",
            "IDN",
        ),
    ],
)
def test_codes_and_sides_of_the_thirty_seventh_pass_second_part(
    nlp, sentence, cameo, source, target
):
    assert_coded_with_sides(nlp, sentence, cameo, source, target)


def test_a_release_asked_is_aimed_at_the_holder_and_the_holding_is_no_event(nlp):
    events = code(nlp, "Spain called for the release of two Spanish nurses held in Yemen.")
    assert [e.event_type for e in events] == ["REQUEST"], [(e.cameo, e.rule) for e in events]
    assert {a.country for a in events[0].target} == {"YEM"}, events[0].target


def test_the_deed_one_is_held_responsible_for_is_no_event(nlp):
    events = code(nlp, "Nigeria held the militants responsible for the killing of 40 villagers.")
    assert [e.event_type for e in events] == ["ACCUSE"], [(e.cameo, e.rule) for e in events]


def test_a_ban_on_sales_at_home_is_no_embargo(nlp):
    events = code(nlp, "Ghana banned the sale of alcohol near schools.")
    assert all(e.cameo != "163" for e in events), [(e.cameo, e.rule) for e in events]


def test_a_crowd_rallying_against_a_government_still_protests(nlp):
    events = code(nlp, "Thousands of students rallied against the government in Dhaka.")
    assert any(e.event_type == "PROTEST" for e in events), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # the long tail of wire idiom
        ("Pakistani police booked a journalist under sedition laws.", "173", "PAK", None),
        (
            "Ruling-party militias grabbed farms in Zimbabwe's Mashonaland province.",
            "171",
            "ZWE",
            None,
        ),
        ("Saudi warships bottled up the port of Aden.", "191", "SAU", None),
        ("Managua yanked an opposition radio station off the air.", "1721", "NIC", None),
        ("Poland hauled in the Russian ambassador.", "114", "POL", "RUS"),
        (
            "The European Commission put the merger under formal antitrust scrutiny.",
            "090",
            "EUR",
            None,
        ),
        ("Moscow scuttled a UN resolution on Syria.", "120", "RUS", None),
        ("Canberra put ministerial contacts with Fiji on ice.", "160", "AUS", "FJI"),
        ("Niger showed the door to the French ambassador.", "166", "NER", "FRA"),
        ("Chile ditched the pension bill after weeks of protests.", "080", "CHL", None),
        ("Negotiators thrashed out a power-sharing deal in Addis Ababa.", "046", None, None),
        ("Kenya switched on electricity exports to Uganda.", "061", "KEN", "UGA"),
        ("Russia kitted out Malian soldiers with rifles and trucks.", "072", "RUS", "MLI"),
        ("Qatar poured two billion dollars into Egypt's central bank.", "071", "QAT", "EGY"),
        ("The Red Cross doled out blankets to refugees in Chad.", "073", None, None),
        ("Israel summoned 20,000 reservists.", "154", "ISR", None),
        ("Russian warplanes buzzed a US destroyer in the Baltic.", "150", "RUS", None),
        ("The IRA stood down its units.", "087", None, None),
        ("Israeli troops bulldozed Palestinian homes in Hebron.", "1712", "ISR", None),
        ("Bolivia recognised the land titles of Guarani communities.", "0833", "BOL", None),
        ("Nigeria released the seized Norwegian tanker.", "0842", "NGA", None),
        ("Qatar quit its role as mediator between Israel and Hamas.", "165", "QAT", None),
        (
            "Farmers' unions whipped up opposition to the Mercosur deal against Brussels.",
            "113",
            None,
            None,
        ),
    ],
)
def test_idioms_of_the_thirty_seventh_pass(nlp, sentence, cameo, source, target):
    assert_coded_with_sides(nlp, sentence, cameo, source, target)


@pytest.mark.parametrize(
    "sentence",
    [
        "The hotel booked the delegates under a corporate rate.",
        "The company teamed up with a Danish brewer.",
        "Bees buzzed around the hives.",
    ],
)
def test_idioms_keep_their_everyday_senses(nlp, sentence):
    assert_no_event(nlp, sentence)


def test_an_attack_held_off_still_happened(nlp):
    # "held off an attack" repels it; only "held off on" forgoes an act
    events = code(nlp, "The army held off a rebel attack on the town.")
    assert any(e.event_type == "ASSAULT" and e.modality == "asserted" for e in events), [
        (e.cameo, e.modality) for e in events
    ]
