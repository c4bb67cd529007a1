"""Events read in the thirty-fifth pass: demands met (and met halfway), suspects handed over,
cyber-attacks, marches authorised, lifelines thrown, threats sent, talks walked away from, joint
exercises, forces flooding a city, people driven from their homes, arsenals put beyond use and
plans pressed ahead in defiance of warnings. Every sentence is written by the team."""

from __future__ import annotations

import pytest

from tests.test_events import assert_coded_with_sides, code
from tests.test_events_twentyfourth import assert_no_event


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # a demand met is a concession; "striking" before the owner of the demands is an
        # adjective, not an attack
        ("The Ghanaian government met striking nurses' demands on Friday.", "083", "GHA", None),
        ("Peru's cabinet met the miners halfway by raising the royalty offer.", "080", "PER", None),
        # a suspect or a named person handed to another state's law: an extradition
        (
            "Spanish police handed a suspected arms smuggler to French authorities.",
            "063",
            "ESP",
            "FRA",
        ),
        ("Colombia turned over Luis Ortega to U.S. marshals in Bogota.", "063", "COL", "USA"),
        (
            "Croatia transferred Slobodan Praljak to the U.N. war crimes tribunal.",
            "063",
            "HRV",
            None,
        ),
        # a cyber-attack by a disabling of networks
        ("Iranian hackers disabled government websites in Albania.", "170", "IRN", None),
        # dissent let be; money thrown as a lifeline; threats sent
        ("Togolese police authorised an opposition rally in Lome.", "082", "TGO", None),
        ("The World Bank threw Malawi a 200 million dollar lifeline.", "071", None, "MWI"),
        ("Kenya extended a lifeline to the Somali government.", "071", "KEN", "SOM"),
        ("Al-Shabaab sent death threats to Kenyan teachers.", "130", None, "KEN"),
        ("Moscow sent a stern warning to Tbilisi on Monday.", "130", "RUS", "GEO"),
        # negotiations walked away from; rulers barred from summits; joint exercises
        ("The Philippine government walked away from the talks.", "164", "PHL", None),
        ("The African Union barred Guinea's junta leaders from its summits.", "160", None, None),
        ("Thai marines joined American troops for the Cobra Gold exercises.", "062", "THA", "USA"),
        (
            "Polish troops joined Lithuanian soldiers in exercises near Vilnius.",
            "062",
            "POL",
            "LTU",
        ),
        ("The Spanish air force began refuelling French jets off Libya.", "062", "ESP", "FRA"),
        # a go-between bringing two sides together for talks
        (
            "Norway's envoy brought the government and the rebels together for talks in Oslo.",
            "045",
            "NOR",
            None,
        ),
        # a town flooded with forces; people forced or driven from their homes
        ("Beijing flooded Lhasa with thousands of riot police.", "154", "CHN", None),
        ("Militiamen forced thousands of Darfuri villagers from their homes.", "201", None, None),
        ("Sudanese troops drove hundreds of civilians from Geneina.", "201", "SDN", None),
        # weapons decommissioned; criticism by idiom; land appropriated; a new call-up
        ("The Basque group ETA put its weapons beyond use.", "0873", None, None),
        ("The Turkish president tore into Sweden over the Koran burning.", "111", "TUR", "SWE"),
        ("Israeli authorities appropriated farmland near Nablus.", "1711", "ISR", None),
        ("Azerbaijan ordered the call-up of reservists.", "154", "AZE", None),
        # a road project paid for by a lender is aid; a proposed tax dropped is a concession
        ("The Asian Development Bank financed a road project in Laos.", "071", None, "LAO"),
        ("Kenya's government dropped a proposed tax on bread.", "080", "KEN", None),
        # a demand defied: going ahead with a plan in defiance of warnings
        (
            "Serbia pressed ahead with plans for the vote in defiance of warnings from Brussels.",
            "124",
            "SRB",
            None,
        ),
        # proceedings brought before a court; a bomb planted; ground stood against pressure
        ("Bolivia instituted proceedings against Chile at the World Court.", "115", "BOL", "CHL"),
        ("Ukraine filed proceedings against Russia at the World Court.", "115", "UKR", "RUS"),
        ("Kurdish militants planted a bomb in an Ankara shopping street.", "183", None, None),
        ("Taiwan stood firm against pressure from Beijing.", "124", "TWN", None),
        ("Lithuania stood its ground in the face of Chinese pressure.", "124", "LTU", None),
        # streets filled by demonstrators; a fast begun in protest
        ("Thousands of demonstrators filled the streets of Yerevan.", "141", "ARM", None),
        ("Jailed Kurdish politicians began an indefinite fast in Diyarbakir.", "142", None, None),
        # a dissolution made in answer to protests concedes them
        (
            "The Serbian premier dissolved parliament, bowing to weeks of protests by students.",
            "083",
            "SRB",
            None,
        ),
        # radars and launchers are arms given
        ("Germany delivered a batch of air-defence radars to Ukraine.", "072", "DEU", "UKR"),
        # debts paid off for another; an airlift of relief; arms by the container
        ("Kuwait paid off Sudan's arrears to the IMF.", "071", "KWT", None),
        ("The Red Cross carried out an airlift of medicine to Goma.", "073", None, "COD"),
        ("Iran shipped hundreds of containers of drones to Russia.", "072", "IRN", "RUS"),
        # an invitation withdrawn; ships sent for exercises; forces rushed in or received
        ("Nicaragua withdrew an invitation to OAS observers.", "120", "NIC", None),
        ("Russia sent warships to Cuba for naval exercises.", "150", "RUS", "CUB"),
        ("Nigeria rushed hundreds of police into the city of Jos.", "154", "NGA", None),
        ("Mali received the first troops of a new UN mission in Gao.", "0861", "MLI", None),
        # intelligence handed over; a commission of inquiry set up; a missile's new version
        (
            "Turkish intelligence gave Iraqi officials the names of ISIS recruiters.",
            "064",
            "TUR",
            "IRQ",
        ),
        (
            "Peru's government set up a commission of inquiry into the shootings.",
            "090",
            "PER",
            None,
        ),
        ("Pakistan test-fired a new version of its Shaheen missile.", "150", "PAK", None),
        # censorship and bans: a broadcaster pulled off the air, a party declared illegal or
        # designated a terrorist body; emergency rule invoked
        ("Ecuador's president pulled the opposition channel off the air.", "1721", "ECU", None),
        (
            "Algeria's supreme court declared the Islamic Salvation Front illegal.",
            "1722",
            "DZA",
            None,
        ),
        ("Bahrain designated the Al-Wefaq society a terrorist organisation.", "1722", "BHR", None),
        ("Peru's president invoked emergency rule in Lima.", "1724", "PER", None),
        # cooperation of central banks and of armies; suspects surrendered or delivered
        ("Russia's central bank set up a currency swap line with China.", "061", "RUS", "CHN"),
        ("Kyrgyzstan opened its Manas air base to U.S. troops.", "062", "KGZ", "USA"),
        ("Serbia delivered Radovan Karadzic to the U.N. tribunal.", "063", "SRB", None),
        (
            "Ivory Coast surrendered Charles Ble Goude to the International Criminal Court.",
            "063",
            "CIV",
            None,
        ),
        ("Britain began feeding intelligence to the Ukrainian military.", "064", "GBR", "UKR"),
        ("Israel briefed American officials on intelligence about Iran.", "064", "ISR", "USA"),
        # readiness raised, security tightened, reinforcements called in, shows of force
        ("Taiwan's military stepped up combat readiness on Kinmen.", "152", "TWN", None),
        ("Egypt's army heightened its state of readiness in Sinai.", "152", "EGY", None),
        ("Kenyan police tightened security around Nairobi's malls.", "151", "KEN", None),
        (
            "Thai authorities called in police reinforcements from the provinces.",
            "154",
            "THA",
            None,
        ),
        ("Syrian tanks rolled into Deraa in a show of force.", "150", "SYR", None),
        ("Pakistan conducted a test-launch of its Babur missile.", "150", "PAK", None),
        # a house arrest ended; money lent; arms funnelled; peacekeeping led or taken over
        ("Myanmar's junta ended the house arrest of Aung San Suu Kyi.", "0841", "MMR", None),
        ("China loaned Zambia 500 million dollars for roads.", "071", "CHN", "ZMB"),
        ("Iran funnelled weapons to Houthi rebels in Yemen.", "072", "IRN", None),
        ("Brazilian troops led the U.N. stabilisation mission in Haiti.", "074", "BRA", "HTI"),
        ("The African Union took over peacekeeping duties in Darfur.", "074", None, "SDN"),
        # refuge given, independence acknowledged, an ally shielded from criticism
        ("Saudi Arabia took in ousted Ugandan president Idi Amin.", "075", "SAU", "UGA"),
        ("Britain awarded refugee status to the Chechen envoy Akhmed Zakayev.", "075", "GBR", None),
        ("Russia acknowledged the independence of Abkhazia.", "054", "RUS", None),
        ("China shielded North Korea from censure at the Security Council.", "052", "CHN", "PRK"),
        # monitoring-service phrasing: readiness affirmed, dissatisfaction expressed, a vote in
        # favour, a return to talks, cooperation frozen, a delivery halted
        ("Iran affirmed its readiness to expand ties with Venezuela.", "03", "IRN", "VEN"),
        ("China expressed strong dissatisfaction with Japan's decision.", "111", "CHN", "JPN"),
        ("Belarus voted in favour of Russia's resolution.", "051", "BLR", "RUS"),
        ("Pyongyang said it was willing to return to the six-party talks.", "036", "PRK", None),
        ("Ankara froze military cooperation with Tel Aviv.", "160", "TUR", "ISR"),
        ("Russia halted the delivery of air defence missiles to Iran.", "1622", "RUS", "IRN"),
        ("India dispatched a peacekeeping unit to South Sudan.", "074", "IND", "SSD"),
        ("Israeli settlers beat a Palestinian farmer near Ramallah.", "182", "ISR", "PSE"),
        # an answer to demands told by its means: a concession to those who made them
        (
            "Jordan's king responded to the demands of protesters by announcing electoral reform.",
            "083",
            "JOR",
            None,
        ),
        # blame absolved; mediation left; diplomats told to leave; agencies ousted or their
        # licences revoked; a party licensed; an occupation called off; a right given
        ("Mandela absolved the white police officers of blame.", "056", None, None),
        ("Qatar withdrew from mediating between Chad and the rebels.", "165", "QAT", None),
        ("Lakhdar Brahimi quit as the U.N. mediator for Syria.", "165", None, None),
        ("Rwanda told the Belgian ambassador to leave the country.", "166", "RWA", "BEL"),
        ("Houthi rebels ousted U.N. agencies from areas under their control.", "1663", None, None),
        ("Sudan revoked the licences of 13 foreign aid agencies in Darfur.", "1663", "SDN", None),
        ("Egypt's election commission licensed the Wasat party.", "0812", "EGY", None),
        ("Thai protesters called off their occupation of Bangkok's airports.", "082", "THA", None),
        ("Oman's government gave women the right to vote.", "0833", "OMN", None),
        # a party dissolved by a court; tanks, patrols and flotillas as shows of force;
        # forgiveness extended
        ("A Turkish court dissolved the Welfare Party on Friday.", "1722", "TUR", None),
        ("Russian tanks rolled through the streets of Tskhinvali.", "150", "RUS", None),
        ("Burmese troops patrolled the streets of Rangoon.", "150", "MMR", None),
        ("The Russian navy sailed six warships through the English Channel.", "150", "RUS", None),
        ("Nelson Mandela extended forgiveness to his former jailers.", "056", None, None),
        # control of a town gained by force: ground occupied
        ("M23 rebels gained control of the city of Goma.", "192", None, "COD"),
        # civilians sent abroad to help are aid, not a deployment
        ("Cuba sent a new contingent of teachers to Bolivia.", "070", "CUB", "BOL"),
        # a property returned, whatever it had been (not a confiscation)
        ("The Egyptian government returned seized Coptic land to the church.", "084", "EGY", None),
    ],
)
def test_thirty_fifth_pass_events(nlp, sentence, cameo, source, target):
    assert_coded_with_sides(nlp, sentence, cameo, source, target)


@pytest.mark.parametrize(
    "sentence",
    [
        # a film project paid for is no aid; a project of works is
        "The culture ministry financed a film project about the revolution.",
        # a test flight of an airliner or a faction of a fan club is no politics
        "Supporters of the football club set up a fan zone in the square.",
        # a festival filling the streets; the Ramadan fast
        "Thousands of dancers filled the streets of Rio during the carnival.",
        "Indonesia and Malaysia started the fast a day after Saudi Arabia.",
        # a trade mission led is no peacekeeping
        "The Dutch trade minister led a trade mission to Vietnam.",
    ],
)
def test_thirty_fifth_pass_non_events(nlp, sentence):
    assert_no_event(nlp, sentence)


def test_striking_is_an_attack_when_it_acts(nlp):
    """The adjective reading needs the owner right after the participle."""
    events = code(nlp, "The army began striking rebel positions near Goma.")
    assert any(e.cameo.startswith("19") for e in events), [(e.cameo, e.rule) for e in events]


def test_relief_words_inside_a_tax_are_no_aid(nlp):
    """A tax "on food" drops no food: the head noun decides."""
    events = code(nlp, "Mexico's government dropped a proposed tax on food.")
    assert events and all(not e.cameo.startswith("07") for e in events)
    laden = code(nlp, "Jordan sent two planes loaded with medical supplies to Gaza.")
    assert any(e.cameo.startswith("07") for e in laden)


def test_factions_of_a_country_are_its_actors(nlp):
    events = code(nlp, "Rival Libyan factions held talks in Tunis.")
    assert any(e.cameo == "040" and any(a.country == "LBY" for a in e.source) for e in events)


def test_the_visit_of_someone_names_the_visitor(nlp):
    """A visit's "of" phrase is its doer, and where it went may hang on the visitor."""
    assert_coded_with_sides(
        nlp, "The visit of the Iranian president to Havana ended on Friday.", "042", "IRN", "CUB"
    )


def test_an_approval_of_something_keeps_its_patient(nlp):
    """ "the endorsement of the plan": the "of" phrase is what is endorsed, not who."""
    events = code(nlp, "The endorsement of Kenya's plan by the African Union came on Monday.")
    assert not any(
        e.cameo.startswith("05") and any(a.country == "KEN" for a in e.source) for e in events
    ), [(e.cameo, e.rule) for e in events]


def test_a_bomb_set_beside_a_patrol_targets_the_patrols_force(nlp):
    assert_coded_with_sides(
        nlp,
        "Hezbollah guerrillas detonated a roadside bomb near an Israeli army patrol.",
        "183",
        "LBN",
        "ISR",
    )


def test_a_bomb_planted_targets_whom_it_killed(nlp):
    assert_coded_with_sides(
        nlp,
        "Separatists planted the bomb that killed 12 Russian soldiers in Grozny.",
        "183",
        None,
        "RUS",
    )


def test_a_place_named_near_a_blast_is_no_target_of_its_own(nlp):
    """ "near the Line of Control" places the blast; only a force or a people is struck."""
    events = code(nlp, "Militants detonated a bomb near the Line of Control in Kashmir.")
    assert all(not any(a.text == "Line of Control" for a in e.target) for e in events)


def test_aid_in_planes_of_relief_keeps_its_cargo(nlp):
    """Relief carried "of" or "with" a vehicle is the aid sent."""
    events = code(nlp, "Turkey dispatched two planes of aid to Syria.")
    assert any(e.cameo.startswith("07") for e in events), [(e.cameo, e.rule) for e in events]
