"""Sides added in the twenty-seventh pass: talks one would leave behind a two-word preposition,
a state's possessive over a creed's fighters, the place a particle's preposition names, and
force by armed groups on people the text ties to no country. Every sentence is written by the
team."""

from __future__ import annotations

import pytest

from tests.test_events import code, countries
from tests.test_events_twentyfourth import assert_no_event
from tests.test_events_twentysixth import assert_sides


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # "pull out of": the parse hangs "of" under "out"
        ("Hezbollah threatened to pull out of the talks with Beirut.", "", "LBN", "LBN"),
        ("The Tamil rebels threatened to pull out of negotiations with Sri Lanka.", "", "", "LKA"),
        # a particle carries the preposition: "pull back from", "back away from"
        ("Eritrean troops refused to pull back from Ethiopian territory.", "", "ERI", "ETH"),
        ("Belgrade threatened to back away from its accord with Pristina.", "", "SRB", "KOS"),
    ],
)
def test_what_a_refusal_or_threat_would_leave(nlp, sentence, cameo, source, target):
    if not source:
        events = code(nlp, sentence)
        assert any(target in countries(e.target) for e in events), events
    else:
        assert_sides(nlp, sentence, cameo, source, target)


@pytest.mark.parametrize(
    ("sentence", "country", "sector"),
    [
        ("India's Naxalite rebels ambushed a convoy.", "IND", "REB"),
        ("Nepal's Maoist rebels ambushed a police convoy.", "NPL", "REB"),
        ("Iraq's Kurdish fighters shelled a checkpoint.", "IRQ", None),
        ("Turkey's Kurdish rebels ambushed an army patrol.", "TUR", "REB"),
    ],
)
def test_a_states_possessive_over_a_creeds_fighters(nlp, sentence, country, sector):
    events = code(nlp, sentence)
    assert events
    for event in events:
        # one actor, of that state: the people's adjective adds no countryless second one
        assert [a.country for a in event.source] == [country], event.source
        if sector is not None:
            assert event.source[0].sector == sector


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Gunmen in Burkina Faso shot dead a farmer near Djibo.", "BFA", "BFA"),
        ("Jihadists in Mozambique beheaded a village elder.", "MOZ", "MOZ"),
        ("A Bangladeshi mob lynched a Hindu shopkeeper over a rumour.", "BGD", "BGD"),
        # the other state named is where they fled, not whose people were struck
        (
            "Bandits in Niger raided a village, killing six herders, then fled toward Nigeria.",
            "NER",
            "NER",
        ),
    ],
)
def test_armed_groups_strike_people_at_home(nlp, sentence, source, target):
    assert_sides(nlp, sentence, "", source, target)


def test_help_against_an_attack_is_not_aimed_at_the_attacker(nlp):
    events = [e for e in code(nlp, "Kyiv asked Paris for help against Russian missile strikes.")]
    requests = [e for e in events if e.cameo.startswith("02") or e.cameo.startswith("10")]
    assert requests, events
    assert all("RUS" not in countries(e.target) for e in requests), requests


@pytest.mark.parametrize(
    "sentence",
    [
        "The club's board turned down a second bid from a Qatari side for the striker.",
        "The Hungarian brewer's board rejected the offer from a Dutch rival as too low.",
    ],
)
def test_a_bid_from_a_foreign_firm_is_no_event(nlp, sentence):
    assert_no_event(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # "the country's" names the last state named as a country, not the doer's own
        (
            "Swiss prosecutors visiting Angola asked the country's judiciary to freeze the "
            "accounts.",
            "",
            "CHE",
            "AGO",
        ),
        (
            "After Belarus's disputed vote, the British Foreign Office threatened to sanction "
            "the country's central bank.",
            "",
            "GBR",
            "BLR",
        ),
    ],
)
def test_the_countrys_institution_is_the_state_named_before(nlp, sentence, cameo, source, target):
    assert_sides(nlp, sentence, cameo, source, target)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Dutch wingers bombarded the Belgian goal in the second half.",
        "Senegal laid siege to the Egyptian goal but could not score.",
        "A late Croatian counter-attack killed off the game.",
        "Uruguay's captain was injured in a clash with a Colombian defender.",
        "UEFA withdrew the final from St Petersburg.",
    ],
)
def test_play_aimed_at_the_goal_is_no_event(nlp, sentence):
    assert_no_event(nlp, sentence)


def test_war_games_are_still_a_show_of_force(nlp):
    events = code(nlp, "Algeria staged war games near the Moroccan border.")
    assert any(e.cameo.startswith("15") for e in events), events


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        # rebels' truce, answer or threat with no one named is aimed at the state they fight
        ("Colombia's ELN rebels declared a three-day truce.", "COL", "COL"),
        ("Houthi rebels in Yemen rejected the latest proposal.", "YEM", "YEM"),
        ("Mozambique's Renamo rebels threatened to resume fighting.", "MOZ", "MOZ"),
        # and so is an opposition party's refusal
        ("Kenya's opposition party rejected the election results.", "KEN", "KEN"),
    ],
)
def test_insurgents_and_parties_answer_their_state(nlp, sentence, source, target):
    assert_sides(nlp, sentence, "", source, target)


def test_rebels_who_disarm_do_it_before_no_one(nlp):
    events = code(nlp, "Burundi's FNL rebels laid down their arms at a camp near Bujumbura.")
    assert events and all(not countries(e.target) for e in events if e.cameo == "0874"), events


@pytest.mark.parametrize(
    "sentence",
    [
        # mishaps: a particle's object is where the vehicle went; the parse may hang the
        # mishap on its subject
        "A bus carrying Kenyan pilgrims skidded off a wet road near Arusha, killing four.",
        "A Peruvian army jeep collided with a minibus near Cusco, injuring six soldiers.",
        "A lorry in the Malawian vice-president's convoy overturned near Zomba, injuring two "
        "guards.",
        # what a drug kills is no one
        "The Danish compound killed every strain of the parasite tested by the researchers.",
        # a grab of things is a theft
        "Thieves snatched a handbag from a Chinese tourist outside the Louvre.",
        # money charged is a price
        "Nepal raised the permit fee charged to foreign climbers on Everest.",
        # a milestone welcomed
        "Portugal's busiest airport welcomes its busiest weekend ever",
        # firms leave markets, not wars
        "A Kenyan bank withdraws from Tanzania after a decade of losses",
        # rulings and transfers in sport
        "The sport's highest court upheld a two-year ban on a Jamaican sprinter.",
        "Benfica rejected a bid from a Saudi club for their Argentine midfielder.",
        "Austrian ski jumpers were disqualified over their suits.",
    ],
)
def test_everyday_harms_and_dealings_are_no_event(nlp, sentence):
    assert_no_event(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen snatched two Turkish engineers in northern Nigeria.",
        "Militants snatched a police officer near Peshawar.",
    ],
)
def test_people_snatched_are_abducted(nlp, sentence):
    assert any(e.cameo == "181" for e in code(nlp, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # silence and grief: CAMEO 011 and 018, which PLOVER does not code
        "A spokesman for the Thai foreign ministry declined to comment on the reports.",
        "Chile's president offered condolences to Ecuador after the floods.",
    ],
)
def test_no_comment_and_condolences_are_no_event(nlp, sentence):
    assert_no_event(nlp, sentence)


def test_a_refusal_to_act_is_still_a_refusal(nlp):
    assert any(e.cameo.startswith("12") for e in code(nlp, "Iran refused to admit the monitors."))


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Ghana offered to send troops to Liberia.", "LBR"),
        ("Senegal volunteered to deploy 500 police officers to Haiti.", "HTI"),
    ],
)
def test_forces_offered_are_protection_held_out(nlp, sentence, target):
    events = [e for e in code(nlp, sentence) if e.cameo == "0334"]
    assert events, code(nlp, sentence)
    # the forces held out are the doer's own, not whom the offer is made to
    assert all(not any(a.sector in ("MIL", "COP") for a in e.target) for e in events)
    assert any(target in countries(e.target) for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        # hyphenated sports words the tokenizer splits
        "Morocco stormed into the semi-final after a late winner against Egypt.",
        "Ghana attacked relentlessly after half-time but Cameroon held on.",
        # a tennis score is no vote, even on a court
        "Sinner crushed his Spanish opponent 6-2 6-3 6-1 on Court Suzanne Lenglen.",
        # positions, governing bodies and events of particular games
        "Brazil raided down the flanks and Serbia's full-back was sent off.",
        "FIBA suspended the Lebanese federation over unpaid fees.",
        "Britain's jockeys withdrew from the Dubai meeting after the track flooded.",
        "Slovakia retreated into their own half after scoring early against Poland.",
        "The Canadian swimmer was disqualified for a false start in the final.",
    ],
)
def test_more_sport_is_no_event(nlp, sentence):
    assert_no_event(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        # the state at work beside a game stays politics
        ("Police fired tear gas at Zambian fans outside the stadium before the match.", "17"),
        ("Kenya's sports minister dissolved the football federation's board.", ""),
        (
            "Croatia recalled its ambassador from Belgrade after fans were attacked at the match.",
            "16",
        ),
        ("Britain imposed sanctions on the Russian owner of a Premier League club.", "16"),
        ("The presidents of Croatia and France held talks during the World Cup final.", "04"),
    ],
)
def test_the_state_beside_a_game_is_still_an_event(nlp, sentence, root):
    events = code(nlp, sentence)
    assert events, sentence
    if root:
        assert any(e.cameo.startswith(root) for e in events), events


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        # a state's boycott is a sanction; a party's or consumers' a protest
        ("Latvia boycotted the championships in Minsk.", "163"),
        ("Opposition lawmakers in Malawi boycotted the budget session.", "143"),
        ("Consumers in Jordan boycotted Danish dairy products.", "143"),
    ],
)
def test_who_boycotts_decides_the_code(nlp, sentence, cameo):
    assert any(e.cameo == cameo for e in code(nlp, sentence)), code(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        # ties worked on: an expression of cooperation, or its intent where it is wished
        ("Hanoi wants to deepen defence ties with Canberra.", "VNM", "AUS"),
        ("Chile hopes to strengthen trade relations with Indonesia.", "CHL", "IDN"),
        ("Serbia and Hungary cemented their partnership.", "SRB", "HUN"),
        # a wish to expand cooperation is no request
        ("Oman seeks to expand cooperation with Kenya.", "OMN", "KEN"),
    ],
)
def test_ties_worked_on_are_cooperation_expressed(nlp, sentence, source, target):
    events = [e for e in code(nlp, sentence) if e.cameo.startswith("03")]
    assert events, code(nlp, sentence)
    assert_sides(nlp, sentence, events[0].cameo, source, target)


def test_upgraded_ties_keep_their_rank(nlp):
    # raising the rank of relations is recognition (054), not a general expression
    assert any(e.cameo == "054" for e in code(nlp, "Bhutan upgraded ties with Bahrain."))


def test_firms_building_links_are_no_event(nlp):
    assert_no_event(nlp, "The Dutch retailer wants to build links with Chinese suppliers.")


@pytest.mark.parametrize(
    ("sentence", "cameo", "target"),
    [
        # two verbs that share their object: the first acts on it too
        ("Hungarian police beat and robbed Syrian migrants near the fence.", "182", "SYR"),
        ("Rebels attacked and seized the town of Kindu.", "190", "COD"),
    ],
)
def test_verbs_sharing_an_object(nlp, sentence, cameo, target):
    events = [e for e in code(nlp, sentence) if e.cameo == cameo]
    assert events and any(target in countries(e.target) for e in events), code(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        # a headline before a byline ("..., ministry says") is parsed as a headline
        ("Ghana expels Togolese envoy over border row, ministry says", "166"),
        ("Peru summons Bolivian ambassador over remarks, foreign ministry says in Lima", "114"),
        # a rare verb the parser reads as a modifier even in the past tense
        ("Malawi unbans opposition newspaper ahead of vote", "0811"),
    ],
)
def test_headlines_with_bylines_and_rare_verbs(nlp, sentence, cameo):
    events = code(nlp, sentence)
    assert any(e.cameo[:2] == cameo[:2] for e in events), events


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        # the action a modifier names, whichever verb carries it
        ("Ecuador took legal action against Colombia at the World Court.", "115"),
        ("Nigeria launched legal action against Shell in London.", "115"),
        ("Kenyan nurses took industrial action over pay.", "143"),
        ("Turkey took military action against the PKK.", "190"),
    ],
)
def test_actions_named_by_their_modifier(nlp, sentence, cameo):
    assert any(e.cameo == cameo for e in code(nlp, sentence)), code(nlp, sentence)


def test_a_wire_sentence_with_a_byline_is_not_reparsed_as_a_headline(nlp):
    # "force" after "air" is no headline verb: the sentence ends with a period
    events = code(nlp, "Chile's air force scrambled fighter jets on Monday, a spokesman said.")
    assert any(e.cameo.startswith("15") for e in events), events


def test_persons_named_beside_foreigners_are_not_made_the_jailers(nlp):
    events = code(nlp, "Two Australians, Sean Turnell and Kylie Moore, were freed by Myanmar.")
    released = [e for e in events if e.cameo.startswith("084")]
    assert released and all("MMR" not in countries(e.target) for e in released), released


@pytest.mark.parametrize(
    "sentence",
    [
        # a mishap the parse left without a subject
        "A cargo plane overshot the runway at Bukavu's airport and ploughed into a crowded "
        "market, killing at least 20 people, officials in the Congolese city said.",
        # a place the parse made the subject of what the opening words did
        "Severe floods in Kerala, southern India, killed more than 60 people in August.",
    ],
)
def test_disasters_the_parse_misreads_are_no_event(nlp, sentence):
    assert_no_event(nlp, sentence)


def test_troops_named_before_a_place_still_kill(nlp):
    events = code(nlp, "Ethiopian troops in Mekelle, northern Ethiopia, killed 12 people.")
    assert any(e.cameo.startswith("19") or e.cameo.startswith("18") for e in events), events


@pytest.mark.parametrize(
    ("sentence", "target", "aside"),
    [
        # the body a case is brought before is no target beside the one it is brought against
        ("Bolivia filed a case against Chile at the World Court.", "CHL", "UNO"),
        # what talks are about is no party to them
        ("Scholz held talks with Macron in Paris on the Ukraine war.", "FRA", "UKR"),
    ],
)
def test_venues_and_topics_are_no_targets(nlp, sentence, target, aside):
    events = code(nlp, sentence)
    assert any(target in countries(e.target) for e in events), events
    assert all(aside not in countries(e.target) for e in events), events


def test_a_topic_alone_still_names_whom_talks_concern(nlp):
    # with no partner named, the country the talks are about is kept
    events = code(nlp, "Egypt held talks on Sudan.")
    assert any("SDN" in countries(e.target) for e in events), events


def test_a_topic_hung_on_the_partner_is_no_partner(nlp):
    events = code(nlp, "Italy's premier conferred with Tunisia's president on Libya.")
    consults = [e for e in events if e.cameo.startswith("04")]
    assert consults and all(countries(e.target) == {"TUN"} for e in consults), consults


def test_a_group_named_with_foreigners_is_not_the_jailers(nlp):
    events = code(nlp, "Iran freed 12 French sailors and marines on Sunday.")
    released = [e for e in events if e.cameo.startswith("084")]
    assert released and all("IRN" not in countries(e.target) for e in released), released


def test_rebels_strike_their_own_states_forces(nlp):
    assert_sides(nlp, "Rebels in Chad killed nine soldiers near the border.", "", "TCD", "TCD")


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        # an act a stopping verb takes as its gerund is cut, not done
        ("Washington stopped sending weapons to Kyiv.", "162"),
        ("Germany stopped buying Russian gas.", "163"),
        # the parse may hang the gerund as a clause right after the verb
        ("The Asian Development Bank froze all lending to Myanmar.", "1621"),
        # not stopping it leaves it done
        ("Washington did not stop sending weapons to Kyiv.", "070"),
    ],
)
def test_acts_stopped_by_a_gerund(nlp, sentence, cameo):
    assert any(e.cameo.startswith(cameo) for e in code(nlp, sentence)), code(nlp, sentence)


def test_an_act_stopped_is_not_also_done(nlp):
    events = code(nlp, "Poland stopped sending tanks to Ukraine.")
    assert not any(e.cameo.startswith("07") for e in events), events
