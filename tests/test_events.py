"""Event coding on sentences written by the team: types, actors, modality, dates, places."""

from __future__ import annotations

from datetime import datetime

import pytest

from eventwire.options import Options
from eventwire.pipeline import code_doc
from eventwire.records import Article, Event, article_id_for

PUBLISHED = datetime(2023, 12, 8, 12, 0)


def code(nlp, text: str) -> list[Event]:
    article = Article(
        id=article_id_for("t", (text,)),
        source="test",
        title="t",
        paragraphs=(text,),
        published=PUBLISHED,
        published_precision="minute",
    )
    return code_doc(nlp, article, Options())


def countries(actors) -> set[str | None]:
    return {a.country for a in actors}


def sides_of(nlp, sentence: str, prefix: str, sectors: bool = False) -> list[tuple[set, set]]:
    """(source, target) of each event coded whose CAMEO code starts with `prefix`: the sides'
    countries, or (country, sector) pairs with `sectors`."""

    def side(actors) -> set:
        return {(a.country, a.sector) for a in actors} if sectors else countries(actors)

    return [
        (side(e.source), side(e.target)) for e in code(nlp, sentence) if e.cameo.startswith(prefix)
    ]


def assert_coded_with_sides(
    nlp, sentence: str, prefix: str, source: str | None, target: str | None
) -> None:
    """An event whose CAMEO code starts with `prefix` is coded, with the source and target
    countries on one of them when given (None: any)."""
    found = sides_of(nlp, sentence, prefix)
    assert found, [(e.cameo, e.rule) for e in code(nlp, sentence)]
    assert any(
        (source is None or source in src) and (target is None or target in tgt)
        for src, tgt in found
    ), found


def only(events: list[Event], event_type: str) -> Event:
    found = [e for e in events if e.event_type == event_type]
    assert found, f"no {event_type} in {[(e.event_type, e.cameo) for e in events]}"
    return found[0]


def test_threat_to_sanction_is_one_threaten_with_the_target(nlp):
    events = code(nlp, "Iran threatened to impose sanctions on Cuba.")
    assert [e.event_type for e in events] == ["THREATEN"]
    assert events[0].cameo == "1312"
    assert countries(events[0].source) == {"IRN"}
    assert countries(events[0].target) == {"CUB"}


def test_light_verb_talks_with_place_and_weekday(nlp):
    event = only(code(nlp, "China and Russia held talks in Beijing on Tuesday."), "CONSULT")
    assert countries(event.source) | countries(event.target) == {"CHN", "RUS"}
    assert event.location is not None and event.location.country == "CHN"
    assert (event.date, event.date_reason) == ("2023-12-05", "text")


def test_negation(nlp):
    event = only(code(nlp, "France did not attack Germany."), "ASSAULT")
    assert event.modality == "negated"


def test_future_visit(nlp):
    # CAMEO codes a meeting its doer will hold as the intent to meet (036, AGREE); the visit is
    # still in the future, on the date the text gives
    event = only(code(nlp, "The Egyptian president will visit Paris next month."), "AGREE")
    assert event.cameo == "036"
    assert event.modality == "future"
    assert event.date == "2024-01"
    assert countries(event.source) == {"EGY"}
    assert countries(event.target) == {"FRA"}


def test_hypothetical(nlp):
    event = only(code(nlp, "Officials said Russia may invade Georgia."), "ASSAULT")
    assert event.modality == "hypothetical"


def test_historical_event_keeps_its_own_date(nlp):
    event = only(code(nlp, "Canada and Mexico signed a fisheries treaty in May 2001."), "SUPPORT")
    assert (event.date, event.date_precision, event.modality) == ("2001-05", "month", "historical")


def test_passive_swaps_source_and_target(nlp):
    event = only(code(nlp, "Syrian villages were shelled by Turkish troops."), "ASSAULT")
    assert countries(event.source) == {"TUR"}


def test_reported_speech_codes_the_reported_event(nlp):
    events = code(nlp, "Armenia said Azerbaijan had attacked its border posts.")
    event = only(events, "ASSAULT")
    assert countries(event.source) == {"AZE"}


def test_accusation_codes_accuse_not_the_alleged_act(nlp):
    events = code(nlp, "Greece accused Turkey of violating its airspace.")
    assert [e.event_type for e in events] == ["ACCUSE"]
    assert countries(events[0].source) == {"GRC"}
    assert countries(events[0].target) == {"TUR"}


def test_background_condition_has_no_date(nlp):
    events = code(nlp, "Both countries have long suffered from Chinese sanctions.")
    sanction = only(events, "SANCTION")
    assert sanction.modality == "background"
    assert sanction.date is None and sanction.date_reason == "none"


def test_sentences_without_political_events_give_none(nlp):
    text = (
        "The home side won the cup final 3-1 on Sunday. Heavy rain is expected across the north "
        "this weekend. The company reported record quarterly earnings."
    )
    assert code(nlp, text) == []


def test_evidence_offsets_point_into_the_text(nlp):
    text = "Heavy rain fell on Monday.\n\nJapan sent humanitarian aid to Turkey."
    events = code(nlp, text)
    event = only(events, "AID")
    assert text[event.evidence.start : event.evidence.end] == event.evidence.text
    assert event.evidence.text.startswith("Japan sent")
    assert countries(event.target) == {"TUR"}


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Police arrested dozens of opposition activists in Minsk.", "COERCE"),
        ("Thousands of workers protested in Buenos Aires against the budget.", "PROTEST"),
        ("Russia expelled ten Estonian diplomats.", "SANCTION"),
        ("Poland deployed troops to its border with Belarus.", "MOBILIZE"),
        ("Israel released 30 Palestinian prisoners.", "RETREAT"),
        ("Egypt urged Ethiopia to resume negotiations over the dam.", "REQUEST"),
        ("Venezuela rejected the proposal from Guyana.", "REJECT"),
        ("Japan and South Korea agreed to share military intelligence.", "AGREE"),
        ("Kenya praised Ethiopia for its role in the peace process.", "SUPPORT"),
        ("Germany and France cooperated closely with Italy on migration.", "COOPERATE"),
    ],
)
def test_one_event_type_per_sentence(nlp, sentence, event_type):
    assert event_type in {e.event_type for e in code(nlp, sentence)}


def test_possessive_pronoun_target_is_the_other_country(nlp):
    event = only(
        code(nlp, "Armenia said on Monday that Azerbaijan had shelled its villages."), "ASSAULT"
    )
    assert countries(event.source) == {"AZE"}
    assert countries(event.target) == {"ARM"}


def test_venue_is_shared_by_the_visit_events(nlp):
    text = (
        "Kenyan President William Ruto met his Ugandan counterpart Yoweri Museveni in Kampala "
        "on Monday. "
        "The two leaders signed a trade agreement."
    )
    events = code(nlp, text)
    signed = only(events, "SUPPORT")
    assert signed.location is not None and signed.location.name == "Kampala"


def test_condemned_event_targets_its_doer(nlp):
    event = only(code(nlp, "Iran condemned the Israeli airstrikes."), "ACCUSE")
    assert countries(event.target) == {"ISR"}


def test_civilians_blocking_a_road_protest(nlp):
    event = only(
        code(nlp, "Striking Bolivian farmers blocked the main highway into La Paz."), "PROTEST"
    )
    assert event.mode == "obstruct"


@pytest.mark.parametrize(
    ("sentence", "event_type", "cameo"),
    [
        ("China held large-scale military drills around Taiwan on Monday.", "MOBILIZE", "150"),
        ("India and France held joint naval exercises in the Arabian Sea.", "COOPERATE", "062"),
    ],
)
def test_military_drills(nlp, sentence, event_type, cameo):
    event = only(code(nlp, sentence), event_type)
    assert event.cameo == cameo


@pytest.mark.parametrize(
    "sentence",
    [
        "Argentina and France met in the final, which went to a penalty shootout.",
        "A fire broke out in a garment factory in Dhaka, killing nine workers.",
        "A Japanese retailer agreed to buy its American rival for two billion dollars.",
        "The zoo in Prague welcomed a newborn elephant on Sunday.",
    ],
)
def test_no_event_in_sports_disasters_and_business(nlp, sentence):
    assert code(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "event_type", "cameo"),
    [
        (
            "The army said the insurgents had laid down their weapons in the north.",
            "RETREAT",
            "0874",
        ),
        (
            "Officials in Quito accepted the demands of striking transport workers.",
            "CONCEDE",
            "083",
        ),
    ],
)
def test_concessions_and_surrender(nlp, sentence, event_type, cameo):
    event = only(code(nlp, sentence), event_type)
    assert event.cameo == cameo


def test_participle_adjectives_are_not_events(nlp):
    # "the occupied territories" and "a kidnapped journalist" name states, not acts.
    events = code(nlp, "Israel closed its border with the occupied territories.")
    assert [e.event_type for e in events] == ["COERCE"]
    events = code(nlp, "Police found the body of a kidnapped Italian journalist.")
    assert events == []


def test_reported_clause_subject_is_the_target(nlp):
    event = only(code(nlp, "Iran demanded that Israel withdraw from the border."), "REQUEST")
    assert countries(event.source) == {"IRN"} and countries(event.target) == {"ISR"}
    event = only(code(nlp, "Russia warned that Ukraine would pay a heavy price."), "THREATEN")
    assert countries(event.target) == {"UKR"}


def test_vehicles_and_weather_do_no_harm_on_purpose(nlp):
    assert code(nlp, "A bus crash killed 12 people and injured 30 on a road in Bolivia.") == []
    text = "A high-speed train struck a tractor at a level crossing in southern Spain."
    assert code(nlp, text) == []


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        # The crosswalk codes stepping down under pressure 0831, CONCEDE.
        ("The defence minister resigned after the army mutiny in the capital.", "RETREAT"),
        ("The junta bowed to pressure from Nigeria and freed the opposition leader.", "CONCEDE"),
        ("Sudanese troops recaptured the town of Kurmuk from the rebels.", "ASSAULT"),
        ("The Greek foreign minister slammed Turkey over its drilling plans.", "ACCUSE"),
        ("Police in Harare apprehended six opposition activists on Friday.", "COERCE"),
    ],
)
def test_second_pass_verbs(nlp, sentence, event_type):
    only(code(nlp, sentence), event_type)


def test_doer_by_position_in_a_subordinate_clause(nlp):
    # The parse ties no actor to "retaliated"; the clause's subject stands in for the doer.
    events = code(nlp, "Officials said Serbian police retaliated after the ambush near Pristina.")
    assert any(e.event_type == "ASSAULT" and "SRB" in countries(e.source) for e in events)


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Malian and Nigerien soldiers began joint patrols along the frontier.", "COOPERATE"),
        ("Kenyan police handed over the two suspects to Ugandan officials.", "COOPERATE"),
        ("Jordanian intelligence passed information on the plot to Egypt.", "COOPERATE"),
        ("Turkish planes flew 40 tonnes of flour into Tripoli on Monday.", "AID"),
        ("The World Bank approved a loan of 90 million dollars for Nepal.", "AID"),
        ("Norway cancelled the debts owed to it by Malawi.", "AID"),
        ("Peru ordered three battalions to the Ecuadorean border.", "MOBILIZE"),
        ("Armenia put its armed forces on alert after the clashes.", "MOBILIZE"),
        ("Taiwanese marines staged amphibious exercises near Kinmen.", "MOBILIZE"),
    ],
)
def test_cooperation_aid_and_shows_of_force_in_other_words(nlp, sentence, event_type):
    only(code(nlp, sentence), event_type)


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Rwandan troops halted their offensive near Goma on Friday.", "RETREAT"),
        ("Bolivia lifted the state of emergency in La Paz.", "CONCEDE"),
        ("Serbian forces fell back from the ridge after the ceasefire.", "RETREAT"),
        ("Peru's congress voted down the president's reform bill.", "REJECT"),
        ("Fiji set a deadline for the rebels to free the hostages.", "THREATEN"),
        ("Kenyan doctors observed a nationwide strike over unpaid wages.", "PROTEST"),
        ("Malawi cut all links with Taiwan on Monday.", "SANCTION"),
    ],
)
def test_de_escalation_refusal_threat_and_protest_in_other_words(nlp, sentence, event_type):
    only(code(nlp, sentence), event_type)


def test_weather_warnings_are_not_threats(nlp):
    assert code(nlp, "Forecasters warned of ice on roads across Latvia on Sunday.") == []


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Japan gave Mongolia 30 million dollars for new schools.", "AID"),
        ("Uganda took in 5,000 refugees from South Sudan last week.", "AID"),
        ("Taiwan scrambled jets after Chinese bombers flew near the island.", "MOBILIZE"),
        ("Georgia called up reservists after the shelling.", "MOBILIZE"),
        ("Iraqi and Syrian police ran a joint manhunt for the gunmen.", "COOPERATE"),
        ("The emir of Qatar paid a courtesy call on the Kuwaiti crown prince.", "CONSULT"),
    ],
)
def test_aid_cooperation_and_force_fifth_pass(nlp, sentence, event_type):
    only(code(nlp, sentence), event_type)


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Nepal's king assured India of continued cooperation on water.", "AGREE"),
        ("Portugal expressed remorse to Angola over the colonial war.", "SUPPORT"),
        ("Chad and Sudan restored diplomatic relations on Tuesday.", "SUPPORT"),
        ("Police in Harare picked up two opposition activists overnight.", "COERCE"),
        ("Colombia declared a state of emergency in the border province.", "COERCE"),
        ("Armed men snatched a Spanish aid worker in northern Kenya.", "ASSAULT"),
        ("The senator pointed the finger at Venezuela over the unrest.", "ACCUSE"),
    ],
)
def test_intent_support_coercion_and_force_sixth_pass(nlp, sentence, event_type):
    only(code(nlp, sentence), event_type)


def test_harm_promised_on_a_condition_is_a_threat(nlp):
    events = code(nlp, "The Ugandan army said it would bomb rebel camps if the raids continued.")
    threat = only(events, "THREATEN")
    assert threat.cameo == "138" and threat.modality == "asserted"
    assert countries(threat.source) == {"UGA"}
    assert not [e for e in events if e.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Chechen rebels set free four Russian soldiers on Sunday.", "RETREAT"),
        ("Serbian troops pulled their guns back from the town.", "RETREAT"),
        ("Kosovo Albanian fighters handed in their rifles to NATO troops.", "RETREAT"),
        ("Ghana and Togo concluded a treaty on their maritime border.", "SUPPORT"),
        ("Kenya's foreign minister shuttled between Khartoum and Juba.", "CONSULT"),
        ("Pakistan recalled its high commissioner from New Delhi.", "SANCTION"),
        ("Iranian officials barred UN inspectors from the Natanz site.", "REJECT"),
    ],
)
def test_releases_signings_mediation_and_refusals_seventh_pass(nlp, sentence, event_type):
    only(code(nlp, sentence), event_type)


@pytest.mark.parametrize(
    ("sentence", "event_type", "rule"),
    [
        ("NATO stepped up its air strikes on Serb positions.", "ASSAULT", "light.step"),
        ("Opposition parties mounted a protest outside parliament.", "PROTEST", "light.mount"),
        ("Vietnam expressed readiness to deepen ties with Laos.", "AGREE", "light.express"),
        ("Tehran is willing to work with the IAEA on the inspections.", "AGREE", "adj.willing"),
        ("The junta in Guinea ignored regional pressure on Monday.", "REJECT", "verb.ignore"),
    ],
)
def test_carrying_on_an_act_readiness_and_ignoring(nlp, sentence, event_type, rule):
    assert only(code(nlp, sentence), event_type).rule == rule


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        # what a quantity or package holds is the object: "thousands of troops"
        ("Armenia mobilised thousands of its reservists near the border.", "MOBILIZE"),
        ("Japan delivered a consignment of blankets to Tonga.", "AID"),
        # hardware sent or handed over is military aid
        ("Germany delivered air-defence systems to Kyiv on Monday.", "AID"),
        # "out" parsed as a preposition before "of"
        ("Rebel fighters pulled out of the town of Goma on Sunday.", "RETREAT"),
        # the object hung on the particle: "handed in their weapons"
        ("Maoist guerrillas handed in their rifles to UN monitors.", "RETREAT"),
        # a compound names the kind of object: "its alert level"
        ("South Korea raised its alert level after the launch.", "MOBILIZE"),
        ("Peru and Chile worked with Bolivian police to trace the smugglers.", "COOPERATE"),
        ("Greek and Cypriot commandos have trained together on Crete.", "COOPERATE"),
        ("Turkey admitted 3,000 refugees from Syria on Friday.", "AID"),
        ("The Red Cross opened field hospitals in northern Yemen.", "AID"),
        ("Settlers set fire to olive groves near Nablus.", "ASSAULT"),
        ("Bolivia restored internet access in La Paz after the vote.", "CONCEDE"),
        ("Parliament in Kyrgyzstan rolled back the foreign-agents law.", "CONCEDE"),
        ("The World Bank paused new lending to Mali.", "SANCTION"),
        ("Peru called home its ambassador to Mexico City.", "SANCTION"),
        ("Thailand's army declared martial law in Bangkok.", "COERCE"),
        ("Egyptian police held a blogger for a month without charge.", "COERCE"),
        ("Riyadh held Tehran responsible for the attack on the tanker.", "ACCUSE"),
        ("Armenian and Azerbaijani troops exchanged fire on the frontier.", "ASSAULT"),
        ("The Palestinian Authority turned its back on the US plan.", "REJECT"),
    ],
)
def test_words_of_the_ninth_pass(nlp, sentence, event_type):
    assert event_type in {e.event_type for e in code(nlp, sentence)}


def test_infinitive_content_of_an_event_noun_is_not_an_event_of_its_own(nlp):
    events = code(nlp, "Nigeria rejected Ghana's ultimatum to release the detained traders.")
    assert "RETREAT" not in {e.event_type for e in events}
    assert "REJECT" in {e.event_type for e in events}


def test_persons_described_as_accused_are_no_accusation(nlp):
    text = "Canada froze the assets of officials accused of torturing prisoners in Iran."
    assert "ACCUSE" not in {e.event_type for e in code(nlp, text)}


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        # a time is no preposition of the sense: this asks nothing of anyone
        ("Israel called up 5,000 reservists on Wednesday.", "MOBILIZE"),
        # "called on" with nothing asked is a visit; with a "to" clause it is an appeal
        ("Senegal's fisheries minister called on his Gambian counterpart in Banjul.", "CONSULT"),
        ("Washington called on Belgrade to reduce its forces in Kosovo.", "REQUEST"),
        (
            "Syrian opposition leaders pressed the UN to secure the detainees' release.",
            "REQUEST",
        ),
        ("Djibouti charged that Eritrean troops had crossed into its territory.", "ACCUSE"),
        ("Seoul would hold Pyongyang fully responsible for any harm.", "ACCUSE"),
        ("Somali miners struck over unpaid wages on Monday.", "PROTEST"),
        ("Teachers in Rabat walked off the job over pay.", "PROTEST"),
        ("Thousands of Serbians took to the streets of Belgrade on Saturday.", "PROTEST"),
        ("Students gathered outside the ministry in Tunis to denounce the arrests.", "PROTEST"),
        ("Kenya's anti-graft commission leveled charges against a former minister.", "ACCUSE"),
        ("Guinea's junta made a pledge to hand power to civilians.", "AGREE"),
        ("Lebanon's parties rallied behind the army after the attack.", "SUPPORT"),
        ("Nigerian lawmakers were received by the Ghanaian speaker in Accra.", "CONSULT"),
        (
            "Zambia agreed to raise the miners' wage, meeting a central demand of the union.",
            "CONCEDE",
        ),
        ("Bahrain pulled its ambassador out of Beirut on Tuesday.", "SANCTION"),
        ("Colombia broke off peace talks with the ELN on Friday.", "SANCTION"),
        ("Japan extended a yen loan to Vietnam for the Hanoi metro.", "AID"),
        ("Vietnamese and Cambodian police jointly dismantled a gambling ring.", "COOPERATE"),
        (
            "French and Malian soldiers mounted a joint raid on a hideout near Timbuktu.",
            "COOPERATE",
        ),
    ],
)
def test_words_and_clauses_of_the_tenth_and_eleventh_passes(nlp, sentence, event_type):
    assert event_type in {e.event_type for e in code(nlp, sentence)}


def test_tourists_gathering_do_not_demonstrate(nlp):
    text = "Crowds of tourists gathered in the square to watch the fireworks over Paris."
    assert "PROTEST" not in {e.event_type for e in code(nlp, text)}
    assert not code(nlp, "Leaders gathered in Brussels for the summit on Friday.")


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("The Israeli army will expand its ground offensive in Gaza.", "ASSAULT"),
        ("Civil servants in Benin joined the general strike on Thursday.", "PROTEST"),
        ("Hanoi took part in joint naval patrols in the Gulf of Tonkin.", "COOPERATE"),
        ("Ugandan troops pressed ahead with their offensive against ADF rebels.", "ASSAULT"),
    ],
)
def test_agent_verbs_carry_out_the_act_their_object_names(nlp, sentence, event_type):
    assert event_type in {e.event_type for e in code(nlp, sentence)}


def test_joining_an_alliance_is_no_agreement(nlp):
    text = "Sweden said it was now one step closer to joining the alliance."
    assert "AGREE" not in {e.event_type for e in code(nlp, text)}


def test_a_request_covers_every_act_it_asks_for(nlp):
    text = (
        "The African Union called on Ethiopia and Somalia to exercise calm and to engage in talks."
    )
    assert {e.event_type for e in code(nlp, text)} == {"REQUEST"}


def test_citizens_protest_to_their_own_government(nlp):
    event = only(code(nlp, "Thousands of students rallied in Dhaka on Sunday."), "PROTEST")
    assert countries(event.target) == {"BGD"}
    assert {a.sector for a in event.target} == {"GOV"}
    assert event.rule.endswith(".domestic")


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran said Israel would face a crushing response if it struck its nuclear sites.",
        "Pakistan's army chief said India would pay dearly for any incursion.",
        "Beijing said Taiwan's independence push would mean war.",
        "Russia said any NATO deployment in Finland would be met with countermeasures.",
        "The rebels said they would resume attacks unless the army withdrew from the valley.",
        "Turkey would not rule out military action against Kurdish fighters in Syria.",
        "The United States raised the prospect of new sanctions against Venezuela.",
        "The junta gave the protesters 48 hours to leave the square.",
        "Israel's defence minister promised a harsh response to the rocket fire.",
    ],
)
def test_threats_said_in_other_words(nlp, sentence):
    assert "THREATEN" in {e.event_type for e in code(nlp, sentence)}


def test_a_plan_announced_is_no_threat(nlp):
    events = code(nlp, "The ministry said it would impose sanctions on three banks on Monday.")
    assert "THREATEN" not in {e.event_type for e in events}
    assert "SANCTION" in {e.event_type for e in events}


def test_ruling_force_in_is_asserted(nlp):
    event = only(code(nlp, "Ankara did not rule out military action in Syria."), "THREATEN")
    assert event.modality != "negated"


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Niger ordered French troops to leave the country.", "SANCTION"),
        ("The ruling party rallied its supporters for a march in the capital.", "MOBILIZE"),
        ("Iran staged war games near the Strait of Hormuz.", "MOBILIZE"),
        ("India reinforced its positions along the Line of Actual Control.", "MOBILIZE"),
        ("The EU froze talks with Turkey over the crackdown.", "SANCTION"),
        ("The military rulers handed power to a civilian government.", "RETREAT"),  # resign
        ("The army chief quit his post after the massacre.", "RETREAT"),
        ("Azerbaijan reopened the Lachin corridor to traffic.", "RETREAT"),
        ("Hungary blocked the EU's aid package for Ukraine.", "REJECT"),
        ("Moscow brushed off Western calls to withdraw.", "REJECT"),
        (
            "Gambia filed a genocide case against Myanmar at the International Court of Justice.",
            "ACCUSE",
        ),
        ("South Africa took Israel to the International Court of Justice.", "ACCUSE"),
        ("Greece protested to Turkey over airspace violations.", "ACCUSE"),
        ("Spain deported the ETA suspects to France.", "COOPERATE"),
    ],
)
def test_words_of_the_thirteenth_pass(nlp, sentence, event_type):
    assert event_type in {e.event_type for e in code(nlp, sentence)}


def test_citizens_protest_but_governments_complain(nlp):
    assert only(code(nlp, "Students protested in Athens."), "PROTEST")
    assert only(code(nlp, "Greece protested to Turkey."), "ACCUSE").cameo == "114"


def test_a_country_named_as_an_actor_is_its_state(nlp):
    event = only(code(nlp, "Iran condemned the Israeli air strikes on Syria."), "ACCUSE")
    assert {(a.country, a.sector) for a in event.source} == {("IRN", "GOV")}
    un = only(code(nlp, "The United Nations condemned the attack."), "ACCUSE")
    assert {a.sector for a in un.source} != {"GOV"} or un.source[0].kind != "country"


def test_a_reaction_is_aimed_at_the_act_it_answers(nlp):
    doc = nlp(
        "Moldova expelled three Russian diplomats on Monday. "
        "Russia's foreign ministry condemned the expulsions."
    )
    condemned = [e for e in doc._.events if e.cameo.startswith("11")]
    assert [a.country for e in condemned for a in e.target] == ["MDA"]
    assert condemned[0].rule.endswith(".antecedent")


def test_a_reaction_to_its_own_side_is_not_aimed_back(nlp):
    doc = nlp("Russia expelled two Estonian diplomats. Moscow defended the decision on Tuesday.")
    for event in doc._.events:
        assert "RUS" not in {a.country for a in event.target} or event.cameo.startswith("16")


def test_an_attack_told_in_a_clause_of_time_is_its_own_event(nlp):
    text = (
        "Israeli warplanes struck several villages in southern Lebanon on Monday, hours after "
        "Hezbollah fired a barrage of rockets at an Israeli army base."
    )
    events = [e for e in code(nlp, text) if e.event_type == "ASSAULT"]
    dyads = {
        (tuple(sorted(countries(e.source))), tuple(sorted(countries(e.target)))) for e in events
    }
    assert (("ISR",), ("LBN",)) in dyads  # the country struck, from where the villages are
    assert (("LBN",), ("ISR",)) in dyads


def test_a_promised_retaliation_is_a_threat(nlp):
    text = "Russia's foreign ministry said Moscow would respond with retaliatory measures."
    assert "THREATEN" in {e.event_type for e in code(nlp, text)}


def test_a_second_act_shares_the_first_acts_other_side(nlp):
    text = "The Philippines summoned China's ambassador and lodged a diplomatic protest."
    accuse = only(code(nlp, text), "ACCUSE")
    assert countries(accuse.target) == {"CHN"}


def test_a_withdrawal_completed_and_a_ceasefire_extended(nlp):
    assert only(code(nlp, "France completed the withdrawal of its troops from Niger."), "RETREAT")
    text = "Colombia and the ELN announced a 180-day extension of their ceasefire."
    assert "RETREAT" in {e.event_type for e in code(nlp, text)}


def test_charges_a_state_brings_are_legal_action_and_a_states_charge_an_accusation(nlp):
    # CAMEO 173 is "arrest, detain, or charge with legal action"; a charge laid on another
    # state is an allegation (ACCUSE)
    text = "Malaysian prosecutors charged the former deputy prime minister with corruption."
    assert only(code(nlp, text), "COERCE").cameo == "173"
    assert only(code(nlp, "Police in Lagos arrested 42 opposition supporters."), "COERCE")
    assert only(code(nlp, "Kenya charged the ICC with bias."), "ACCUSE").cameo == "115"


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("The Syrian air force dropped barrel bombs on Aleppo.", "ASSAULT"),
        ("Russian missiles hit a power plant in Kharkiv overnight.", "ASSAULT"),
        ("The junta dissolved all political parties.", "COERCE"),
        ("Venezuela barred the opposition candidate from running.", "COERCE"),
        ("Rioters torched police stations in Dakar.", "PROTEST"),
        ("Protesters stormed the parliament in Colombo.", "PROTEST"),
        ("Demonstrators burned the US flag outside the embassy in Islamabad.", "PROTEST"),
        ("Modi paid a state visit to Washington.", "CONSULT"),
        ("Blinken travelled to Beijing for talks.", "CONSULT"),
    ],
)
def test_words_and_actors_of_the_fourteenth_pass(nlp, sentence, event_type):
    assert event_type in {e.event_type for e in code(nlp, sentence)}


def test_an_air_force_is_no_force_of_nature(nlp):
    event = only(code(nlp, "The Syrian air force bombed rebel-held districts of Idlib."), "ASSAULT")
    assert countries(event.source) == {"SYR"}
