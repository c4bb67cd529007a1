"""The `eventwire_events` spaCy component: event triggers, their codes, actors and modality.

For each sentence it finds triggers (verbs, event nouns, light-verb + noun pairs), folds an
embedded complement into its head ("threatened to impose sanctions" is one THREATEN), then reads
source, target, place, time and modality off the parse. Results are EventCandidate records in
`doc._.events`; eventwire.pipeline turns them into Event records with the article's context.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.events import arguments as args
from eventwire.events.bystanders import (
    company_deal,
    fights_no_one,
    frees_no_one,
    harms_animals,
    inanimate_doer,
    natural_cause,
    no_deed,
    sent_to_hospital,
)
from eventwire.events.checks import (
    CIVIL,
    GATHERING_VERBS,
    about_nature,
    celebration,
    conditional_harm,
    crowd_subject,
    handed_to_foreign_law,
    has_clause,
    in_protest,
    is_weapons_test,
    received_someone,
    recode_by_doer,
    with_cause,
)
from eventwire.events.circumstances import date_text_for, location_for
from eventwire.events.clauses import proposed
from eventwire.events.counterparts import counterparts
from eventwire.events.deeds import (
    forces_arrival,
    humanitarian,
    police_sent,
    relief_arrival,
    took_positions,
)
from eventwire.events.enterprises import state_trade
from eventwire.events.everyday import everyday_sense
from eventwire.events.leaving import left_body
from eventwire.events.matching import misparsed_predicate
from eventwire.events.modality import alleged
from eventwire.events.moods import settle_mood
from eventwire.events.nonpolitical import is_sports
from eventwire.events.orphans import (
    headline_noun,
    lone_event_noun,
    nearest_actors,
    said_by_someone,
)
from eventwire.events.placement import (
    MILITARY_ACTS,
    PEOPLE_ACTS,
    STATE_SECTORS,
    among_own,
    answers_own,
    as_states,
    bombed_place,
    countries_of,
    crowd,
    domestic_government,
    embassy_owner,
    fronted_country,
    harm_site,
    home_counterpart,
    home_country,
    insurgents,
    others_only,
    own_country,
    placed,
    places_as_people,
    recipients_sector,
    sole_country,
    split_symmetric,
    struck_civilians,
    struck_in_place,
    struck_together,
    struck_unnamed,
    unknown_attackers,
)
from eventwire.events.play import played
from eventwire.events.private import private_dispatch, private_doer
from eventwire.events.reactions import aim_reactions
from eventwire.events.recipients import drill_partners, jailers, predicate_tokens
from eventwire.events.recollections import obituaries, recalled_of_the_dead
from eventwire.events.referents import inherit_frame, purpose_doers
from eventwire.events.refining import refine
from eventwire.events.retrospect import looked_back_on, retrospects
from eventwire.events.sides import arguments_of
from eventwire.events.standoffs import (
    agencies_ordered_out,
    dealings_barred,
    ordered_to_stop,
    own_forces_ordered_out,
    rallied_against,
)
from eventwire.events.threat_sides import condition_targets, threatens_whoever
from eventwire.events.threats import warned_harm
from eventwire.events.triggers import Trigger, find_triggers
from eventwire.events.vocab import HOST_CODES
from eventwire.records import Actor, Location

# Military drills: held by two states together they are cooperation.
EXERCISES = frozenset(
    {"exercise", "drill", "manoeuvre", "maneuver", "manoeuvres", "maneuvers", "patrol", "games"}
)
# Codes of force, often used abroad: a side the text ties to no country is not the doer's own.
ACROSS_BORDERS = ("15", "18", "19", "20")
# Words of a resignation, which is given up to no one.
RESIGNING = frozenset({"resign", "step", "quit", "resignation", "abdicate", "abdication"})
# Acts of citizens aimed, when no one is named, at their own government: protests, appeals,
# demands and threats ("unions threatened a general strike"); a refusal may answer anyone.
CITIZENS_ROOTS = ("14", "02", "10", "13")
# Acts mostly done among one country's own: coercion, concessions, releases, convictions,
# protest, threats of curfews or martial law (132x).
DOMESTIC_PREFIXES = ("17", "08", "116", "175", "14", "132")


@dataclass(frozen=True)
class EventCandidate:
    """An event read from one sentence, before the article's dates are applied."""

    cameo: str
    trigger: int
    trigger_text: str
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    location: Location | None
    date_text: str | None
    sentence_start: int
    sentence_end: int
    rule: str
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    background: bool = False
    flags: tuple[str, ...] = field(default=())


if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)


@Language.component("eventwire_events")
def events_component(doc: Doc) -> Doc:
    """Set doc._.events from the parse and doc._.actors."""
    found: list[EventCandidate] = []
    for sent in doc.sents:
        found.extend(_sentence_events(doc, sent))
    doc._.events = aim_reactions(doc, found)
    return doc


def _state(source: list[Actor]) -> bool:
    """Whether every source actor is a state or its agents (government, police, army, courts)."""
    return bool(source) and all(
        a.kind == "country" or a.sector in ("GOV", "COP", "MIL", "JUD", "LEG", "SPY")
        for a in source
    )


def _sentence_events(doc: Doc, sent: Span) -> list[EventCandidate]:
    events: list[EventCandidate] = []
    sports = is_sports(t.text for t in sent)
    threatened: set[int] = set()  # words of whom a threat is aimed at ("anyone who marches")
    triggers = find_triggers(sent)
    sole_cache: list[str | None] = []
    dead = obituaries(sent) if triggers else []
    memories = retrospects(sent) if triggers else frozenset()
    for trig in triggers:
        if alleged(trig) or trig.word.i in threatened or proposed(trig.word):
            continue
        if played(doc, trig, sports):
            continue  # countries are teams here: "Argentina and France met in the final"
        if natural_cause(trig) or fights_no_one(trig) or harms_animals(trig):
            continue  # "a fire broke out, killing 17 workers": no one did it
        if frees_no_one(trig) or no_deed(trig):
            continue  # "released a new novel", "ordered 150 Boeing jets"
        if everyday_sense(trig):
            continue  # "an amber warning for snow", "seized 116 tonnes of cocaine"
        if dead and recalled_of_the_dead(trig, dead):
            continue  # "X, who signed the 1994 accord, died aged 81": the life, not the news
        if memories and looked_back_on(trig, memories):
            continue  # "marks 30 years since troops stormed the TV tower": a memory
        if inanimate_doer(trig):
            continue  # "Nigeria's film industry released 2,500 films": no one acted
        if sent_to_hospital(trig):
            continue  # "the blast sent 40 workers to hospital": no aid given
        if left_body(doc, trig):
            # "Mali withdrew from ECOWAS": relations reduced, no troops pulled back
            trig.cameo, trig.rule = "160", trig.rule + ".membership"
        source, target, destination = arguments_of(doc, trig)
        opposed = rallied_against(trig)
        if opposed:
            # "rallied AU members against the Polisario Front": opposition rallied (113)
            trig.cameo, trig.rule = "113", trig.rule + ".against"
            against = args.actors_of(doc, opposed, nested_places=True)
            target = [a for a in against if a not in source] or target
        inherit_frame(doc, trig, source, target)
        if not source and trig.cameo[:2] == "04":
            source = [a for a in purpose_doers(doc, trig) if a not in target]
        if trig.cameo[:2] == "14" and not any(a.country for a in source):
            # "thousands of people demonstrated in Tbilisi against the government": the crowd
            # the text does not name, or names with no country ("hundreds of protesters"),
            # placed where it was
            found = crowd(doc, trig)
            if found and found[0].country:
                source = placed(source, found[0].country) if source else found
        nearby = False
        # "Egypt announced a donation of 5 million dollars to Sudan": the sentence's only event
        # is a noun its verb does not code
        lone = len(triggers) == 1 and lone_event_noun(doc, trig)
        # ("thousands of people protesting": the participle's doer is its noun, named or not)
        described = trig.verb is not None and trig.verb.dep_ == "acl" and trig.verb.tag_ == "VBG"
        if (
            not source
            and not target
            and not described
            and (trig.verb is not None or headline_noun(trig) or lone)
        ):
            # The parse tied no actor to the trigger (often a misparse of a long name): take
            # the nearest actors before and after it in the sentence, and say so. Away from the
            # main verb only a clause's subject may stand in as the doer.
            main = trig.verb is not None and (
                trig.verb.dep_ == "ROOT" or misparsed_predicate(trig.verb)
            )
            harm = trig.cameo[:2] in ("18", "19", "20")
            source, target = nearest_actors(doc, sent, trig.word, not main, harm)
            # An actor after the verb alone is too weak a guess, and so is a team's country.
            nearby = bool(source) and (main or not sports)
            if not nearby:
                source, target = [], []
        if not source and not target and not sports:
            # "a car bomb exploded in Algiers, killing 42 people": no doer named, a place hit
            target = bombed_place(doc, trig, struck_civilians(trig))
            trig.rule += ".place" if target else ""
        if not source and not target:
            continue
        if private_dispatch(trig, source):
            continue  # "a volunteer rescue group sent boats to Porto Alegre"
        if private_doer(trig, [] if nearby else target):
            # "the actor slammed a Mumbai tabloid": no one of any office ("a man killed his
            # wife in a village in central Turkey": a place nearby is no one done to)
            continue
        civil = (
            # ("indigenous groups", "members of the Gujjar community": groups of no office)
            (
                bool(source)
                and all(a.sector in CIVIL or (a.kind == "group" and not a.sector) for a in source)
            )
            or crowd_subject(trig)
            # ("massed troops to press Damascus": a state that presses does not protest)
            or (
                in_protest(trig.word)
                and not all(a.kind == "country" or a.sector in STATE_SECTORS for a in source)
            )
        )
        recode_by_doer(trig, source, civil, target)
        barred = dealings_barred(doc, trig, source)
        if barred:
            # "prohibited American firms from doing business with Iran": aimed at Iran
            trig.cameo, trig.rule, target = "163", trig.rule + ".dealings", barred
        if own_forces_ordered_out(trig, source, target):
            continue  # "the president ordered the army to withdraw": the pull-back is the news
        stopped = ordered_to_stop(doc, trig)
        if stopped is not None:
            # "ordered the charity to suspend its operations": sent away, not pulled back
            (trig.cameo, target), trig.rule = stopped, trig.rule + ".ordered"
        if agencies_ordered_out(trig, target):
            trig.cameo, trig.rule = "1663", trig.rule + ".agency"  # aid groups sent away
        if handed_to_foreign_law(trig, source, target):
            # "Brazil handed over Rocco Morabito to Italian authorities": an extradition,
            # judicial cooperation (063), not a release
            trig.cameo, trig.rule = "063", trig.rule + ".extradition"
        gathering = trig.word.lemma_.lower() in GATHERING_VERBS and trig.cameo[:2] == "14"
        if gathering and not (civil and with_cause(trig.word)):
            continue  # leaders gathering for a summit or tourists in a square do not demonstrate
        if trig.cameo in HOST_CODES and not received_someone(trig, target):
            if trig.word.lemma_.lower() != "welcome":
                continue
            trig.cameo, trig.rule = "051", trig.rule + ".praise"
        arriving = (
            trig.word.lemma_.lower() == "arrive"
            or (trig.word.lemma_.lower() == "land" and trig.cameo.startswith("042"))
            or (trig.word.lemma_.lower() == "take" and took_positions(trig.word))
        )
        if arriving and not any(a.kind == "person" for a in source):
            arrival = forces_arrival(trig, source)
            relief = relief_arrival(doc, trig) if arrival is None else None
            if relief is not None:
                # "planes loaded with tents from the UAE landed in Kathmandu": aid delivered
                (trig.cameo, source), trig.rule = relief, trig.rule + ".aid"
                target = target or args.foreign_in(
                    doc, predicate_tokens(trig), countries_of(source)
                )
            elif arrival is None:
                continue  # "an empty ship arrived in Cuba" is no visit
            else:
                # "Bangladeshi peacekeepers arrived in Liberia" (074), "the last Soviet troops
                # arrived home from Afghanistan" (0872), "Canadian troops arrived in Haiti"
                trig.cameo, trig.rule = arrival, trig.rule + ".forces"
        if trig.word.lemma_.lower() == "warn" and (
            (not target and not has_clause(trig.word) and warned_harm(trig.word) is None)
            or about_nature(trig.word)
        ):
            continue  # "warned of a heatwave", "warned that a typhoon..." are forecasts
        conditional = conditional_harm(trig)
        if conditional:
            # "said it would attack the town unless the army withdrew" is a threat, now.
            trig.cameo, trig.rule = refine("130", trig.cameo), trig.rule + ".conditional"
            if not any(a.country for a in target) and trig.verb is not None:
                # "would cancel the pipeline contract unless Azerbaijan paid": at whom it is aimed
                target = condition_targets(doc, trig.verb, source) or target
        if trig.cameo[:2] in ("18", "19") and not target and is_weapons_test(trig, sent):
            trig.cameo, trig.rule = "150", trig.rule + ".test"
        flags: list[str] = ["nearby"] if nearby else []
        drilled = trig.word.lemma_.lower() in EXERCISES
        partners = {a.country for a in source if a.country} - args.NON_STATE_CODES
        if trig.cameo[:2] == "15" and drilled and len(partners) > 1:
            # "the navies of India and Singapore conducted exercises": drills two states hold
            # together are military cooperation (062), not a show of force
            trig.cameo, trig.rule = "062", trig.rule + ".joint"
        if split_symmetric(trig.cameo, source, target):
            flags.append("symmetric")
        else:
            target = others_only(source, target)
        if trig.cameo.startswith("04") and trig.verb is None and not target:
            continue  # "an emergency cabinet meeting": no one met anyone else
        anchors = [t for t in (trig.verb, trig.noun) if t is not None]
        if trig.cameo[:2] == "14" and trig.verb is not None:
            # "took to the streets of Basra": where the protest was
            destination = [o for _, o in args.prep_objects(trig.verb, frozenset({"to"}))]
        where = destination if trig.cameo[:2] in ("04", "14") else []
        location = location_for(doc, anchors, where)
        if location is None and trig.verb is not None and trig.verb.dep_ in ("advcl", "conj"):
            # "fought running battles with police in Lusaka, hurling stones": where the
            # governing clause was
            location = location_for(doc, [trig.verb.head], [])
        location = location or harm_site(doc, trig)
        if location is not None and location.country:
            # ("warplanes of the Saudi-led coalition bombed a bus in Yemen": force used abroad
            # by doers the text gives a country is not the place's)
            if not (trig.cameo.startswith(ACROSS_BORDERS) and any(a.country for a in source)):
                source = placed(source, location.country)
            # "bombed a refugee camp in Gaza": those attacked where the attack fell are that
            # place's, institutions and persons too
            struck = trig.cameo[:2] in ("18", "19", "20")
            # ... and so is an institution of no country where any act took place abroad:
            # "Iran recognised the new government in Kabul"
            abroad = (struck or bool(source)) and location.country not in countries_of(source)
            target = placed(target, location.country, abroad)
            arrived = trig.cameo == "042" or trig.rule.endswith(".forces")
            # ("pulled out of the city of Kherson": forces leave the place's country)
            left = trig.cameo.startswith("087") and trig.cameo not in ("0871", "0873")
            if (arrived or left) and not target and location.country not in countries_of(source):
                target = [args.place_actor(location)]
        fronted = fronted_country(trig)
        if fronted is not None:
            source = placed(source, fronted, True)  # "In Zambia, the ministry of mines ..."
        home = home_country(doc)
        if home is not None:
            source, target = placed(source, home, True), placed(target, home, True)
        if not sole_cache:
            sole_cache.append(sole_country(doc, sent.start, sent.end))  # once a sentence
        sole = sole_cache[0]
        if sole is not None and source and not any(a.country for a in source):
            # "the government suspended parliament in Port-au-Prince": the one state the
            # sentence names is the doer's, unless it is whom the act is aimed at abroad
            at_home = trig.cameo.startswith((*DOMESTIC_PREFIXES, "15"))
            if at_home or sole not in countries_of(target):
                source = placed(source, sole, True)
        if sole is not None and target and not any(a.country for a in target):
            # "the opposition urged the electoral commission in Lusaka to ...": the same for
            # whom it is aimed at, unless the one state named is the doer's acting abroad
            at_home = trig.cameo.startswith((*DOMESTIC_PREFIXES, *CITIZENS_ROOTS))
            if at_home or sole not in countries_of(source):
                target = placed(target, sole, True)
        homes = {c for c in countries_of(source) if c}
        # one IGO is not another: NATO's troops sent to protect "the Baltic states" go abroad
        others = {a.name for a in target if a.country in args.NON_STATE_CODES} - {
            a.name for a in source
        }
        if (
            trig.rule.endswith("protect")
            and not {c for c in countries_of(target) if c} - homes
            and not others
        ):
            if trig.rule.endswith("+protect"):
                continue  # "troops guarded the presidential palace": no one else protected
            # "sent troops to Basra to protect oil installations": forces moved at home
            trig.cameo, trig.rule = "154", trig.rule.removesuffix(".protect")
        if trig.cameo.startswith(DOMESTIC_PREFIXES) and len(homes) == 1:
            # A state that arrests, bans, frees or gives way to people the text ties to no
            # country acts on its own: "Zimbabwean police detained 40 opposition activists".
            own = next(iter(homes))
            # a person of no office named too: "released jailed dissident Wei Jingsheng" (not
            # one named beside foreigners: "two Canadians, Michael Kovrig and Michael Spavor")
            # ... nor the rest of a group named with foreigners: "British sailors and marines")
            foreign = any(a.country not in (None, own) for a in target)
            if not foreign:
                target = [
                    replace(a, country=own) if a.country is None and a.kind == "person" else a
                    for a in placed(target, own, True)
                ]
            if not target and trig.cameo.startswith(("17", "08", "16")):
                target = args.foreign_in(doc, predicate_tokens(trig), homes)
            # (a resignation is given up to no one: "the president resigned")
            resigned = trig.cameo == "0831" and trig.word.lemma_.lower() in RESIGNING
            state_act = trig.cameo.startswith(("17", "08", "132")) and _state(source)
            if not target and state_act and not resigned:
                # "the government lifted the curfew", "banned the independent daily": a state's
                # coercion or concession with no one named falls on its own country, and so
                # does the threat of a curfew or of martial law (132x)
                # (coercion falls on the country's people: "imposed a curfew" on them)
                # ... and so does a concession: "lifted the curfew", "repealed the farm laws"
                on_people = struck_civilians(trig) or trig.cameo.startswith(PEOPLE_ACTS)
                target = own_country(next(iter(homes)), on_people)
                trig.rule += ".domestic" if target else ""
        # "the prime minister refused to withdraw the pension reform despite strikes": a state
        # that refuses or threatens where the sentence names no other state acts on its own
        if trig.cameo[:2] in ("12", "13") and not target and sole and homes == {sole}:
            # (a ruler's threat is aimed at its people: "threatened to impose martial law to end
            # the unrest"; a refusal, or lawmakers' threat, at the state's own institutions)
            if _state(source) and answers_own(doc, trig, sent, sole):
                rulers = not any(a.sector in ("LEG", "JUD") for a in source)
                people = trig.cameo[:2] == "13" and rulers and len(source) == 1
                target = own_country(sole, people)
            trig.rule += ".domestic" if target else ""
        if trig.cameo[:2] in ("18", "19", "20") and len(homes) == 1:
            # "Uzbek troops opened fire on protesters", "militants in Somalia stoned a woman":
            # force on people the text ties to no country, where no other country is named,
            # falls on the doer's own
            own = next(iter(homes))
            abroad = location is not None and location.country not in (None, own)
            # "Iraq said US warplanes killed 12 civilians": where the sentence names one other
            # state, the people struck are that state's
            named = {
                a.country
                for m in doc._.actors or []
                if sent.start <= m.start < sent.end
                for a in m.actors
                # "..., a former prisoner told Reuters": the news agency is no party
                if a.country and a.country not in args.NON_STATE_CODES and a.sector != "JRN"
            } - {own}
            if len(named) == 1 and not abroad and _state(source):
                own, abroad = next(iter(named)), False
            # civilians, parties, refugees, traders and elders; an armed group may be anyone's
            # (and the state's forces that rebels strike: "Taliban fighters killed 12 soldiers")
            struck_sectors = CIVIL | {"PTY", "REF", "BUS", "ELI"}
            struck_sectors |= {"MIL", "COP", "GOV"} if insurgents(source) else set()
            unplaced = bool(target) and all(
                a.country is None and a.sector in struck_sectors for a in target
            )
            if unplaced and not abroad:
                target = placed(target, own, True)
                trig.rule += ".domestic"
            elif not target and not abroad and struck_civilians(trig):
                target = own_country(own, True)
                trig.rule += ".domestic" if target else ""
            elif not target and not abroad and struck_unnamed(trig):
                target = own_country(own, False)
                trig.rule += ".domestic" if target else ""
        target = counterparts(doc, trig, source, target)
        if trig.cameo[:2] == "15" and drill_partners(trig) and target:
            trig.cameo, trig.rule = "062", trig.rule + ".joint"  # drills joined with others
        target = struck_together(trig, struck_in_place(trig, source, target, location))
        if not trig.cameo.startswith(ACROSS_BORDERS):
            # Appeals, talks, refusals and protests among one country's people do not name it
            # twice; force is as often used abroad, so its sides are left unplaced.
            source, target = among_own(source, target)
        if trig.cameo[:2] == "13" and not source and not (target and said_by_someone(trig)):
            # "floodwaters threatened to swamp villages", "the club threatened to leave the
            # league": a threat with no threatener named is no political event, or none an
            # analyst could use; "it threatened Peru with sanctions" names whom it is aimed at
            continue
        if trig.cameo.startswith("042") and not source:
            continue  # a visit needs a visitor: "pilgrims travelled to the river" names none
        if trig.cameo[:2] == "14" and not target:
            target = embassy_owner(doc, trig, source)  # "rallied outside the Russian embassy"
        if trig.cameo[:2] == "14" and (not target or countries_of(target) == countries_of(source)):
            # "Palestinian prisoners in Israeli jails began a hunger strike": to their jailers
            target = jailers(doc, trig) or target
        if (
            trig.cameo[:2] == "14"
            and not target
            and location is not None
            and location.country
            and source
            and location.country not in countries_of(source)
        ):
            # "Afghan asylum seekers at the Woomera detention centre went on hunger strike":
            # foreigners protest to the state they are held or live in
            host = domestic_government([args.place_actor(location)])
            target = [host] if host is not None else []
        if not target and len(homes) == 1 and threatens_whoever(trig):
            target = own_country(next(iter(homes)), True)  # whoever would vote, march ...
        if not target:
            target = home_counterpart(trig, source, civil)
        if all(
            a.sector in ("BUS", "MNC") or a.country == "MNC" for a in source + target
        ) and not state_trade(trig.cameo, source, target):
            continue  # business among companies is not a political event (a state's firm is)
        firms = bool(source) and all(a.sector in ("BUS", "MNC") for a in source)
        if firms and trig.cameo.startswith("087"):
            continue  # "South African retailer withdraws from Ghana": a market left, no force
        if trig.cameo[:2] == "14" and celebration(trig):
            continue  # "fans poured into the streets to celebrate the win"
        if company_deal(trig, source):
            continue  # "Newmont agreed to acquire Australia's Newcrest": a takeover
        if not any(a.country or a.sector for a in source + target):
            # No one to code it for. An actor with a sector but no country ("the rebels",
            # "police", "the government") still counts, as PLOVER's sector-only actors do.
            continue
        # A country named as a doer or a target is its state: "Iran said" is Iran's government,
        # as PLOVER and ICEWS code it; a country that attacks or shows force does so through its
        # armed forces ("Israel bombed the camp" is Israel's military).
        if humanitarian(trig):
            trig.cameo = "073"  # relief for people, whom it reaches
        force = "GOV"
        if trig.cameo[:2] in ("18", "19", "20") or trig.cameo.startswith(MILITARY_ACTS):
            force = "MIL"
        if trig.cameo.startswith(("151", "153")) or police_sent(doc, trig):
            force = "COP"  # police alert and police mobilisation
        source, target = (
            as_states(source, force),
            as_states(places_as_people(trig, target), recipients_sector(trig.cameo)),
        )
        if (
            trig.cameo[:2] in ("18", "19", "20")
            and source
            and not target
            and location is not None
            and location.country
            and (location.country not in countries_of(source) or struck_civilians(trig))
        ):
            # "Israeli warplanes struck villages in southern Lebanon": the country struck, its
            # civilians when what was struck is where people live (at home too: "Sudanese
            # bombers struck villages in southern Sudan")
            if struck_civilians(trig):
                target = [args.place_actor(location, "CVL", "group")]
            else:
                target = [args.place_actor(location)]
            trig.rule += ".place"
        source = unknown_attackers(trig, source, target, location)
        mood = settle_mood(trig, conditional, threatened)
        date_text = date_text_for(sent, anchors)
        events.append(
            EventCandidate(
                cameo=trig.cameo,
                trigger=trig.word.i,
                trigger_text=_trigger_text(trig),
                source=tuple(source),
                target=tuple(target),
                location=location,
                date_text=date_text,
                sentence_start=sent.start_char,
                sentence_end=sent.end_char,
                rule=trig.rule,
                negated=mood.negated,
                future=mood.future,
                hypothetical=mood.hypothetical,
                # a sentence that dates the act tells it as news, not background
                background=mood.background and date_text is None,
                flags=tuple(flags),
            )
        )
    return events


def _trigger_text(trig: Trigger) -> str:
    words = sorted({t.i: t for t in (trig.verb, trig.noun) if t is not None}.items())
    return " ".join(t.text for _, t in words)
