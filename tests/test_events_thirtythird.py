"""Events read in the thirty-third pass: armed forces driving into a place, weapons tests, trade
barred, and rarer verbs of force, censure and confinement. Every sentence is written by the
team."""

from __future__ import annotations

import pytest

from tests.test_events import assert_coded_with_sides, code, sides_of
from tests.test_events_twentyfourth import assert_no_event


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # armed forces driving into a place use force there; police poured in show their power
        ("Israeli tanks pushed into the centre of Rafah, residents said.", "190", "ISR", "PSE"),
        ("Ethiopian troops swept into Somalia in December 2006.", "190", "ETH", "SOM"),
        ("Turkish troops moved into northern Syria on Wednesday.", "190", "TUR", "SYR"),
        ("Chinese paramilitary police poured into Lhasa on Friday.", "153", "CHN", None),
        (
            "Zimbabwe's army rolled armoured vehicles onto the streets of Harare.",
            "154",
            "ZWE",
            None,
        ),
        # weapons tested: a nuclear blast is such arms used, a missile test a show of force
        ("Pakistan carried out five underground nuclear tests in May 1998.", "2042", "PAK", None),
        ("India conducted three nuclear explosions at Pokhran.", "2042", "IND", None),
        ("North Korea carried out another ballistic missile test on Sunday.", "150", "PRK", None),
        # goods barred at the border are an embargo, whatever the verb
        ("Indonesia prohibited exports of palm oil to India.", "163", "IDN", None),
        ("Ukraine restricted imports of Russian fertiliser.", "163", "UKR", "RUS"),
        # rarer verbs
        ("Russian agents poisoned a Bulgarian arms dealer in Sofia.", "2041", "RUS", None),
        ("Russian artillery battered Ukrainian positions around Bakhmut.", "194", "RUS", "UKR"),
        ("Turkish drones hammered Kurdish militant hideouts in northern Iraq.", "194", "TUR", None),
        ("The Iranian foreign ministry reprimanded the Swedish ambassador.", "111", "IRN", "SWE"),
        ("Chinese authorities incarcerated hundreds of Uyghur writers.", "173", "CHN", None),
        ("The Nicaraguan government curbed press freedom.", "1721", "NIC", None),
        # chemical arms, by whatever verb they are delivered
        ("Syrian forces used chemical weapons against rebels in Ghouta.", "2041", "SYR", "SYR"),
        ("A Japanese cult released sarin nerve gas on the Tokyo subway.", "2041", None, None),
        ("Chemical bombs were dropped on Halabja in Iraq by Iraqi aircraft.", "2041", "IRQ", None),
        # a leader named like an animal is still a leader
        ("Mexican President Vicente Fox criticised the U.S. plan.", "111", "MEX", "USA"),
        # the agent of a passive, hung by the parser on the "as" phrase
        ("Kosovo was recognised as an independent state by France.", "054", "FRA", "KOS"),
        # an inquiry launched, in the passive
        ("A probe into the mayor's finances was launched by Peru's Congress.", "090", "PER", None),
        # a state taking over firms' assets seizes them
        ("Venezuelan authorities took over the assets of U.S. oil firms.", "171", "VEN", "USA"),
        # a dissident named with a title the tagger read as an adjective
        ("Cuban dissident Guillermo Farinas ended his hunger strike.", "082", "CUB", "CUB"),
        # people held as human shields; hands hacked off
        (
            "Iraq held hundreds of Western hostages as human shields.",
            "184",
            "IRQ",
            None,
        ),
        ("Rebels hacked off the hands of villagers in Sierra Leone.", "182", "SLE", "SLE"),
        # a raid by armed men of no state is an attack; the police's is a search and seizure
        ("Maoist rebels raided a police post in eastern Nepal.", "190", "NPL", "NPL"),
        ("Mexican police raided the offices of a drug cartel in Sinaloa.", "171", "MEX", "MEX"),
        # cooperation scaled back
        ("The European Union scaled back cooperation with Belarus.", "160", "EUR", "BLR"),
        # captives' crews handed to their own state go home; a suspect handed over is extradited
        ("Iran handed over 15 British sailors to the British embassy.", "0841", "IRN", "GBR"),
        ("Brazil handed over a mafia boss to Italian authorities.", "063", "BRA", "ITA"),
        # censorship ended is eased
        ("Myanmar's government ended censorship of newspapers.", "081", "MMR", None),
        # a promise not to yield is a refusal; a promise not to attack an intent to de-escalate
        ("Thailand's prime minister vowed not to give in to protesters.", "124", "THA", None),
        ("Serbia vowed not to recognise Kosovo's independence.", "12", "SRB", "KOS"),
        ("Israel pledged not to attack Iran.", "0356", "ISR", "IRN"),
        # shots counted in one attack are no tally
        ("A gunman shot Slovakia's prime minister five times in Handlova.", "19", None, "SVK"),
        # bailiffs are officers of the courts; a firm's shares seized are no market share
        ("Russian bailiffs seized the shares of Yukos.", "171", "RUS", "RUS"),
        # forces taking up positions: peacekeepers protect, police show their power
        ("Irish peacekeepers took up positions in southern Lebanon.", "074", "IRL", "LBN"),
        ("French riot police took up positions across central Paris.", "153", "FRA", None),
        ("Ukrainian sea drones crippled a Russian navy landing ship.", "190", "UKR", "RUS"),
        ("Israeli jets flattened a residential tower in Gaza City.", "1712", "ISR", None),
        # what a subject faces or draws is done to it, by whoever it comes from
        ("The Kenyan government faces criticism from the opposition.", "111", "KEN", "KEN"),
        ("Israel drew condemnation from Turkey over the raid.", "111", "TUR", "ISR"),
        # a bill suspended or a project cancelled under pressure is backing down
        ("Hong Kong's government suspended the extradition bill.", "080", "CHN", None),
        ("The Serbian government cancelled the lithium mine project.", "080", "SRB", None),
        # forces arriving to help another's forces protect it (074); plain arrivals deploy
        ("French troops arrived in Mali to help the government.", "074", "FRA", "MLI"),
        ("Nigerian troops landed in Gambia on Thursday.", "154", "NGA", "GMB"),
        # men and shoppers named by their people are its civilians
        ("Hundreds of Yazidi men were massacred by militants in Sinjar.", "202", None, "IRQ"),
        ("Shoppers across Saudi Arabia boycotted Danish dairy products.", "14", "SAU", "DNK"),
        # people saved at sea by a state's ships; citizenship and refugee status granted;
        # children given back
        ("The Italian coast guard rescued 400 Eritrean migrants.", "073", "ITA", "ERI"),
        ("Turkey granted citizenship to thousands of Syrian refugees.", "0833", "TUR", "SYR"),
        ("Uganda granted refugee status to 5,000 Congolese.", "075", "UGA", None),
        ("Russia returned 20 Ukrainian children taken during the war.", "0841", "RUS", "UKR"),
        # forces promised or sent for another's protection or a UN mission: no threat
        ("Rwanda is ready to send troops to help protect civilians.", "0334", "RWA", None),
        ("Ghana deployed 800 troops to the UN mission in Mali.", "074", "GHA", None),
    ],
)
def test_events_and_their_sides(nlp, sentence, cameo, source, target):
    assert_coded_with_sides(nlp, sentence, cameo, source, target)


@pytest.mark.parametrize(
    "sentence",
    [
        # people who are no force pour into a country; storms batter coasts; pupils sit tests
        "Thousands of Ukrainian refugees poured into Poland.",
        "Storms battered the coast of Florida on Sunday.",
        "Pupils in Kenya sat a national mathematics test.",
        "A gas explosion killed four people in a Lagos market.",
        "Inflation hammered household budgets across Argentina.",
        # a firm taking over a plant buys it; a space probe launched is no inquiry
        "Tata Motors took over a Ford car plant in Gujarat on Monday.",
        "A space probe to Mars was launched by India on Tuesday.",
        # a bowling side strikes three times in a cricket match
        "India struck three times in the first hour to bowl out New Zealand for 146.",
        "Workers levelled the ground for a new stadium in Doha.",
        # a rescue by no actor is no aid
        "A patrol boat ran aground off Tonga, and its crew of twelve was rescued unhurt.",
        "Lifeguards rescued two fishermen off Mombasa.",
    ],
)
def test_no_event(nlp, sentence):
    assert_no_event(nlp, sentence)


def test_chemical_agents_are_no_police(nlp):
    sentence = "Russian troops unleashed chemical agents on Ukrainian trenches."
    found = sides_of(nlp, sentence, "2041", sectors=True)
    assert found, [(e.cameo, e.rule) for e in code(nlp, sentence)]
    assert all(("UKR", "COP") not in tgt for _, tgt in found), found


def test_force_not_ruled_out_in_the_passive_is_no_refusal(nlp):
    sentence = (
        "Military action against Iran has not been ruled out, Israel's defence minister said."
    )
    events = code(nlp, sentence)
    assert not [e for e in events if e.event_type == "REJECT"], [(e.cameo, e.rule) for e in events]


def test_protests_faced_are_no_official_complaint(nlp):
    sentence = "The Serbian government faced mass protests in Belgrade."
    events = code(nlp, sentence)
    assert events and all(e.cameo != "114" for e in events), [(e.cameo, e.rule) for e in events]
    assert any(("SRB" in {a.country for a in e.target}) for e in events)


def test_a_man_of_no_people_is_no_actor(nlp):
    assert_no_event(nlp, "A man stabbed two people in a Paris street on Sunday.")


def test_forces_promised_for_protection_are_no_threat(nlp):
    events = code(nlp, "Ghana promised to deploy 800 troops to the UN mission in Mali.")
    assert events and all(e.event_type == "AGREE" for e in events), [
        (e.cameo, e.rule) for e in events
    ]
