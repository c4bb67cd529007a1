"""Coding added in the twenty-fourth pass: everyday senses of event words (weather warnings,
barrages of messages, crime figures, contraband, tourists, space occupied, books lent, animals),
leaving a bloc, threats of citizens to their own government, names that only modify a noun.
Every sentence is written by the team."""

from __future__ import annotations

import pytest

from tests.test_events import code, countries
from tests.test_events_twentythird import coded_with


def assert_no_event(nlp, sentence: str) -> None:
    """The sentence codes no event (the events found, if any, in the message)."""
    coded = code(nlp, sentence)
    assert not coded, [(e.cameo, e.rule) for e in coded]


@pytest.mark.parametrize(
    "sentence",
    [
        # a barrage of words, not of shells
        "Angry viewers bombarded the Spanish broadcaster with complaints after the final.",
        "Reporters pelted the Kenyan finance minister with questions about the budget.",
        # a forecast, not a threat
        "Germany's weather service issued a red warning for heavy rain across Bavaria.",
        "Norway's meteorological institute issued a storm warning for the western coast.",
        # crime figures
        "Burglaries and assaults rose in Poland's largest cities last year, police data showed.",
        # contraband taken from smugglers, no one's state
        "Spanish police seized four tonnes of cocaine hidden in a banana shipment in Algeciras.",
        "Kenyan customs officials seized 300 kilograms of ivory at the port of Mombasa.",
        # visitors welcomed, space taken up, books lent
        "Thailand welcomed 2.5 million foreign tourists in December, its tourism ministry said.",
        "The Finnish foreign ministry occupies a former merchant's house near the harbour.",
        "Seals occupying a sandbank off the Dutch coast have doubled in number, rangers said.",
        "Estonia's public libraries lent 8 million books last year, the culture ministry said.",
        # animals, whatever their names begin with
        "Army ants in Costa Rica march across the rainforest floor in columns a metre wide.",
        # a view, not an inquiry; crimes committed, not a commitment
        "From the hilltop visitors can look into Syrian territory with a pair of binoculars.",
        "Most robberies in the city are committed at night, Chilean police figures show.",
        # a report released is no captive set free
        "The poverty survey, released by Ghana's statistics office, covered 15,000 homes.",
        # play in a sports report
        "India's bowlers peppered the English batsmen with bouncers on the second morning.",
        "Ajax have released their veteran Moroccan defender at the end of his contract.",
        "Slovenia's handball team came under siege in the last minutes but held on to win 27-26.",
        # markets, shows, offices, animals, roads and signs
        "Hedge funds attacked the shares of a Korean shipbuilder after its profit warning.",
        "Coffee futures rallied 5 percent in London as frost hit Brazil's growing regions.",
        "The show in Lisbon displays Ming vases on loan from museums in China and Portugal.",
        "The Prado will bring together 80 works by Goya from collections in Spain and France.",
        "Phone scams cost Indian pensioners 3 billion rupees last year, the police said.",
        "Crime fell in Norway last year, the national bureau of investigation said on Friday.",
        "Shark attacks on surfers off Western Australia rose to nine last year, officials said.",
        "The mountain pass to Zermatt will be closed to cars and coaches during the festival.",
        "Craters on Mars could hint at ancient lakes, scientists at the Indian space agency said.",
        "A Peruvian navy training ship docked in Lisbon on its round-the-world voyage.",
        "The Irish rock band agreed to reunite for a charity concert in Dublin next summer.",
        "The carnival in Rio drew two million people, with samba schools and marching bands.",
    ],
)
def test_everyday_senses_are_no_events(nlp, sentence):
    assert_no_event(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        # the same words in their political senses stay events
        ("Russian artillery bombarded the Ukrainian town of Bakhmut with shells.", "19"),
        ("Iran's navy seized a Greek tanker in the Gulf of Oman on Wednesday.", "17"),
        ("Government warplanes struck a crowded market in the rebel-held town of Ariha.", "19"),
        ("Serbian protesters occupied the state television building in Belgrade.", "1"),
        ("Israel occupies the Golan Heights, which it captured from Syria in 1967.", ""),
    ],
)
def test_political_senses_stay(nlp, sentence, cameo):
    coded = code(nlp, sentence)
    if cameo:
        assert any(e.cameo.startswith(cameo) for e in coded), [(e.cameo, e.rule) for e in coded]
    else:
        # a state of affairs in the simple present, told as background, is no new occupation
        assert not any(e.cameo == "192" and e.rule == "verb.occupy" for e in coded)


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        (
            "Gabon withdrew from the Economic Community of Central African States in 2023.",
            "GAB",
            "IGO",
        ),
        (
            "Hungary announced its withdrawal from the International Criminal Court on Thursday.",
            "HUN",
            "",
        ),
        ("Nicaragua withdrew from the Organization of American States in 2023.", "NIC", "IGO"),
    ],
)
def test_leaving_a_body_reduces_relations(nlp, sentence, source, target):
    events = coded_with(nlp, sentence, "160", source, target)
    assert all(e.rule.endswith(".membership") for e in events)


def test_troops_withdrawn_from_a_mission_are_no_membership_left(nlp):
    # peacekeepers withdrawn from a UN mission (1661), not a withdrawal from the UN (160)
    coded_with(nlp, "Sweden withdrew its troops from the UN mission in Mali.", "1661", "SWE")


def test_an_accord_named_after_a_city_is_no_party(nlp):
    events = coded_with(nlp, "Brazil withdrew from the Kyoto protocol in 2012.", "160", "BRA")
    assert all("JPN" not in countries(e.target) for e in events)


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        # citizens' threats with no one named are aimed at their own government
        ("Chile's biggest union threatened a general strike over the pension reform.", "CHL"),
        (
            "Zambian opposition parties threatened to boycott the vote unless it was postponed.",
            "ZMB",
        ),
    ],
)
def test_citizens_threats_are_aimed_at_their_government(nlp, sentence, country):
    events = coded_with(nlp, sentence, "13", country, prefix=True)
    assert any(
        countries(e.target) == {country} and any(a.sector == "GOV" for a in e.target)
        for e in events
    )


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        # a name that modifies a common noun is no co-doer: the protest is to the government
        ("Inmates at Evin prison in Tehran began a hunger strike, Iranian media said.", "IRN"),
        ("Jailed Belarusian opposition activists staged a hunger strike in 2021.", "BLR"),
    ],
)
def test_names_that_modify_a_noun_are_no_actors(nlp, sentence, country):
    events = coded_with(nlp, sentence, "14", country, prefix=True)
    assert any(countries(e.target) == {country} for e in events)
    assert not any(a.kind == "person" for e in events for a in e.source)


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # talks gathered for, a host's greeting, an apology asked for, a militia called up
        (
            "Defence ministers of Kenya and Uganda gathered in Kampala for talks on the border.",
            "040",
            "KEN",
            "",
        ),
        (
            "The Chilean president was greeted at the airport by Peru's foreign minister.",
            "043",
            "PER",
            "CHL",
        ),
        (
            "The Dutch king asked the Indonesian people for forgiveness for colonial violence.",
            "055",
            "NLD",
            "IDN",
        ),
        (
            "Mali's interim president called up the militia after the attacks on Bamako.",
            "154",
            "MLI",
            "",
        ),
        # cooperation: a search joined, intelligence handed over
        (
            "Brazilian navy ships joined Uruguay's search for the missing fishing boat.",
            "060",
            "BRA",
            "URY",
        ),
        (
            "Jordanian intelligence officials handed Iraqi counterparts a dossier on smugglers.",
            "064",
            "JOR",
            "IRQ",
        ),
        # aid: a rescue team arriving, planes loaded with relief sent
        (
            "A Japanese search and rescue team arrived in Ankara a day after the earthquake.",
            "073",
            "JPN",
            "",
        ),
        (
            "Qatar dispatched three cargo planes loaded with tents and medical supplies to Sudan.",
            "07",
            "QAT",
            "",
        ),
        # an inquiry launched by an office whose name ends in a lower-case "general"
        (
            "Ecuador's attorney general launched a probe into the former energy minister.",
            "090",
            "ECU",
            "",
        ),
    ],
)
def test_twenty_fourth_pass_senses(nlp, sentence, cameo, source, target):
    coded_with(nlp, sentence, cameo, source, target, prefix=len(cameo) == 2)


def test_a_space_probe_launched_is_no_inquiry(nlp):
    assert not code(nlp, "India launched a probe to study the far side of the moon.")


def test_an_office_ending_in_general(nlp):
    doc = nlp("The UN secretary general met the Kenyan president in Nairobi.")
    assert any(a.sector == "GOV" and a.country == "UNO" for m in doc._.actors for a in m.actors)
    doc = nlp("Voters in Ghana go to the polls in a general election on Saturday.")
    assert not any(a.sector == "MIL" for m in doc._.actors for a in m.actors)


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "targets"),
    [
        # the sides one stands between
        (
            "Norway offered to mediate between the Colombian government and ELN rebels.",
            "039",
            "NOR",
            {"COL"},
        ),
        (
            "Oman welcomed the prisoner swap between Iran and the United States.",
            "051",
            "OMN",
            {"IRN", "USA"},
        ),
        (
            "Egypt suspended its role as a mediator between Israel and Hamas on Friday.",
            "16",
            "EGY",
            {"ISR", "PSE"},
        ),
        # the accused, not those they are accused of harming
        (
            "Georgian prosecutors accused Russian soldiers of shooting villagers in Gori.",
            "11",
            "GEO",
            {"RUS"},
        ),
        # a region named after a country it is not
        (
            "Nigeria sent more troops to the Niger Delta after attacks on oil pipelines.",
            "154",
            "NGA",
            {"NGA"},
        ),
    ],
)
def test_targets_of_the_twenty_fourth_pass(nlp, sentence, cameo, source, targets):
    events = coded_with(nlp, sentence, cameo, source, prefix=len(cameo) == 2)
    assert any(countries(e.target) == targets for e in events), [
        (e.cameo, countries(e.target)) for e in events
    ]


def test_a_resignation_is_given_up_to_no_one(nlp):
    events = coded_with(
        nlp, "Malawi's president resigned on Tuesday after weeks of protests.", "0831", "MWI"
    )
    assert all(not e.target for e in events)


def test_citizens_ending_a_protest_yield_to_their_government(nlp):
    events = coded_with(nlp, "Kenyan truck drivers ended a ten-day strike on Monday.", "082", "KEN")
    assert any(countries(e.target) == {"KEN"} for e in events)


def test_waters_named_after_a_country_are_no_ones(nlp):
    coded = code(nlp, "Chinese and Russian warships held joint drills in the Sea of Japan.")
    assert all("JPN" not in countries(e.target) for e in coded)


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "targets"),
    [
        # whom one is handed over to, and whom goods are bought from
        ("Peru extradited a drug lord to the United States in 2019.", "063", "PER", {"USA"}),
        (
            "Georgia began importing electricity from Azerbaijan through a new line.",
            "061",
            "GEO",
            {"AZE"},
        ),
        # force shown around a country, and at a crowd
        (
            "Russia staged naval drills around Norway's Svalbard archipelago in May.",
            "15",
            "RUS",
            {"NOR"},
        ),
        (
            "Ugandan police deployed 5,000 officers in Kampala ahead of opposition protests.",
            "15",
            "UGA",
            {"UGA"},
        ),
        # prisoners protest to the state that holds them
        (
            "Hundreds of Kurdish prisoners in Iranian jails began a hunger strike in May.",
            "14",
            "",
            {"IRN"},
        ),
        # a trip made for talks with someone
        (
            "Macron flew to Riyadh for talks with Saudi Crown Prince Mohammed bin Salman.",
            "042",
            "FRA",
            {"SAU"},
        ),
    ],
)
def test_more_targets_of_the_twenty_fourth_pass(nlp, sentence, cameo, source, targets):
    events = coded_with(nlp, sentence, cameo, source, prefix=len(cameo) == 2)
    assert any(countries(e.target) == targets for e in events), [
        (e.cameo, countries(e.target)) for e in events
    ]


def test_doers_abroad_are_not_the_places(nlp):
    sentence = "Jets of the Saudi-led coalition bombed a market in Yemen's Hajjah province."
    events = coded_with(nlp, sentence, "19", "SAU", prefix=True)
    assert all("YEM" not in countries(e.source) for e in events)


def test_talks_travelled_for_are_the_travellers(nlp):
    events = coded_with(
        nlp,
        "Brazil's president flew to Beijing for talks with Chinese leaders.",
        "040",
        "BRA",
        "CHN",
    )
    assert events


@pytest.mark.parametrize(
    ("sentence", "cameo", "source"),
    [
        # concessions, property given back, deadlines defied, missiles moved, arms taken up
        ("Ecuador's government restored fuel subsidies after ten days of protests.", "080", "ECU"),
        ("Spain returned 20 million euros in embezzled funds to Equatorial Guinea.", "0842", "ESP"),
        (
            "Striking Nigerian doctors ignored a government deadline to return to work.",
            "120",
            "NGA",
        ),
        ("Pakistan moved missile launchers closer to its eastern border in March.", "154", "PAK"),
        ("Villagers in Colombia's Cauca region took up arms against the guerrillas.", "154", "COL"),
    ],
)
def test_more_twenty_fourth_pass_senses(nlp, sentence, cameo, source):
    coded_with(nlp, sentence, cameo, source)


@pytest.mark.parametrize(
    ("sentence", "text", "country", "sector"),
    [
        # a union named by its members, and a party named after "main" or "largest"
        (
            "Ghana's main teachers' union called a strike on Monday.",
            "Ghana's main teachers' union",
            "GHA",
            "LAB",
        ),
        (
            "Peru's largest opposition party boycotted the vote.",
            "Peru's largest opposition party",
            "PER",
            "OPP",  # the opposition, as PLOVER codes a party out of power
        ),
    ],
)
def test_actors_named_through_their_members(nlp, sentence, text, country, sector):
    doc = nlp(sentence)
    found = {
        (doc[m.start : m.end].text, a.country, a.sector) for m in doc._.actors for a in m.actors
    }
    assert (text, country, sector) in found, found


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        # where a harm with no place of its own fell
        (
            "Gunmen abducted 80 pupils from a boarding school in Cameroon's North-West region.",
            "CMR",
        ),
        (
            "Gunmen shot dead a nurse and the guard escorting her in the Afghan city of Jalalabad.",
            "AFG",
        ),
    ],
)
def test_where_the_harm_fell(nlp, sentence, country):
    events = [e for e in code(nlp, sentence) if e.cameo[:2] in ("18", "19")]
    assert any(country in countries(e.target) for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        # crowds and seas that invade or storm a place
        "Thousands of Ajax supporters invaded Lisbon before the final, Portuguese police said.",
        "Holidaymakers stormed the beaches of Crete as temperatures reached 38 degrees.",
        "Rising seas are invading the rice fields of Bangladesh's southern coast.",
        # ordnance left over from old wars, and a disposal team's controlled blast
        "A farmer was injured when his plough hit a landmine left over from the war in Angola.",
        "Army engineers detonated an unexploded wartime bomb found on a building site in Cologne.",
        # works of art and fiction about wars and riots
        "A new opera about the 1529 siege of Vienna opened at the Hungarian State Opera.",
        "The Kenyan novel's hero investigates a murder in the slums of Nairobi.",
        # figures and trends
        "The number of people arrested for drink-driving in Ireland fell by a fifth last year.",
        "Attacks on delivery riders in Lima have declined since the new rules, a survey found.",
        # market share, trading halted, films financed, causes blamed, tourists visiting
        "A Kenyan start-up has seized 40 percent of the country's ride-hailing market.",
        "Trading on the Karachi exchange was halted for an hour after the index plunged.",
        "The thriller, co-financed by the Danish Film Institute, opens in Copenhagen on Friday.",
        "Investigators blamed an electrical fault for the fire at a hotel in the Czech town.",
        "A tour group from Korea visited the royal palace in Bangkok on Tuesday.",
    ],
)
def test_conflict_words_that_tell_no_conflict(nlp, sentence):
    assert_no_event(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        # the political senses stay
        ("Supporters of the opposition alliance occupied Bangkok's main airport in 2008.", "14"),
        ("Russian troops invaded the Ukrainian town of Bucha in February 2022.", "19"),
        ("Rebels detonated a roadside bomb that killed four soldiers in Mali.", "18"),
    ],
)
def test_conflict_words_in_their_political_senses(nlp, sentence, cameo):
    assert any(e.cameo.startswith(cameo) for e in code(nlp, sentence))


@pytest.mark.parametrize(
    ("sentence", "cameo", "source"),
    [
        # events named by a word before the noun
        ("Belarusian opposition activists staged street actions in Minsk on Sunday.", "141", "BLR"),
        ("Nurses in Finland began industrial action over pay on Monday.", "143", "FIN"),
        ("North Korea held a military parade in Pyongyang to show off new missiles.", "150", "PRK"),
        ("Turkey's central bank signed a currency swap with Qatar's central bank.", "06", "TUR"),
        # media unblocked, abuses documented, oil shipped, peacekeepers let in
        (
            "Ethiopia's new government unblocked 260 news websites in June.",
            "0811",
            "ETH",
        ),
        (
            "Amnesty researchers documented abuses by Congolese soldiers in Ituri province.",
            "092",
            "",
        ),
        ("Kazakhstan began shipping crude oil to China through a new pipeline.", "061", "KAZ"),
        ("Sudan let the first UN peacekeepers into Darfur on Monday.", "0861", "SDN"),
    ],
)
def test_twenty_fourth_pass_nouns_and_verbs(nlp, sentence, cameo, source):
    coded_with(nlp, sentence, cameo, source, prefix=len(cameo) == 2)


def test_the_one_country_named_among_the_doers_is_theirs(nlp):
    # students with no country and a union of Indonesia: they protest to Indonesia's government
    sentence = "Students and Indonesia's biggest labour union staged a rally in Jakarta."
    events = coded_with(nlp, sentence, "14", "IDN", prefix=True)
    assert any(countries(e.target) == {"IDN"} for e in events)


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # the one state a sentence names is its institutions' of no country
        ("The government suspended parliament in Port-au-Prince on Monday.", "17", "HTI", ""),
        ("The army was ordered onto the streets of Islamabad after the attack.", "15", "PAK", ""),
        (
            "The opposition urged the electoral commission in Lusaka to delay the vote.",
            "02",
            "ZMB",
            "ZMB",
        ),
    ],
)
def test_the_sentences_one_state(nlp, sentence, cameo, source, target):
    coded_with(nlp, sentence, cameo, source, target, prefix=True)


def test_the_one_state_named_is_not_the_doers_when_it_is_the_target_abroad(nlp):
    events = coded_with(
        nlp, "The government accused Russia of meddling in the election.", "11", prefix=True
    )
    assert all("RUS" not in countries(e.source) for e in events)


def test_a_states_coercion_with_no_one_named_falls_on_its_people(nlp):
    events = coded_with(
        nlp, "Turkey's government imposed a curfew on Monday.", "17", "TUR", prefix=True
    )
    assert any(a.country == "TUR" and a.sector == "CVL" for e in events for a in e.target)


def test_drills_joined_with_others_are_cooperation(nlp):
    events = coded_with(
        nlp, "Pakistan joined China and Turkey for naval drills in the Arabian Sea.", "062", "PAK"
    )
    assert any({"CHN", "TUR"} <= countries(e.target) for e in events)
    # drills around a country are shown to it, not held with it
    coded_with(nlp, "China staged military drills around Taiwan on Monday.", "150", "CHN", "TWN")


def test_forces_landing_on_a_peace_mission_protect(nlp):
    sentence = (
        "About 400 Kenyan police officers landed in Haiti as part of a multinational mission."
    )
    coded_with(nlp, sentence, "074", "KEN", "HTI")


def test_drills_joined_and_elections_shunned(nlp):
    coded_with(nlp, "Japan joined the Malabar naval exercises with India.", "062", "JPN", "IND")
    coded_with(nlp, "Bangladesh's opposition shunned the January election.", "143", "BGD", "BGD")


@pytest.mark.parametrize(
    "sentence",
    [
        "A grain silo exploded at the port of Santos in Brazil, injuring three workers.",
        "Korea's forwards besieged the Indian circle in the closing minutes but lost 2-1.",
    ],
)
def test_machines_that_blow_up_and_play_under_siege(nlp, sentence):
    assert_no_event(nlp, sentence)
