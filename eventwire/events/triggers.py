"""Finding event triggers: verbs, event nouns and light-verb + noun pairs, with their CAMEO code.

A speech-act verb folds its complement into its own code ("threatened to impose sanctions" is
one THREATEN, 1312); the complement is then not coded on its own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events import arguments as args
from eventwire.events.carriers import coordinated_with, light_noun, meetings_left, put_on_hold
from eventwire.events.clauses import (
    READY_WORDS,
    asked_for,
    claims_own,
    content_of_noun,
    done_jointly,
    eased_for_each_other,
    intended_act,
    jointly_in_diplomacy,
    kept_from,
    kept_on_despite,
    opens_works,
    works_with,
)
from eventwire.events.coding import Trigger, code_of, held_before_release
from eventwire.events.complements import (
    CONSENTING,
    OFFERING,
    complement,
    wanted_of_another,
)
from eventwire.events.conditions import (
    held_out_parts,
    threat_on_condition,
)
from eventwire.events.crowds import REFUSING, protest_act
from eventwire.events.deeds import (
    DELIVERY_VERBS,
    STOPPED_CODES,
    bomb_goes_off,
    came_under_fire,
    chemical_arms,
    fell_to_force,
    forces_enter,
    forces_leave,
    from_the_air,
    own_arms,
    reform_promised,
    stopped_doing,
    vote_scheduled,
)
from eventwire.events.judgements import (
    WORRY_NOUNS,
    charged_force,
    dismayed_at,
    passed_judgement,
    worry_at_a_deed,
)
from eventwire.events.light import LIGHT_OVERRIDES
from eventwire.events.matching import (
    ALLOWING_VERBS,
    NAMED_PREPS,
    misparsed_predicate,
    sense_for,
    sum_contents,
)
from eventwire.events.nominals import (
    gerund_sense,
    noun_code,
    stopped_act,
)
from eventwire.events.protection import (
    armed_cover,
    for_peacekeeping,
    forces_protect,
    guarding_offer,
    protective_purpose,
)
from eventwire.events.rallying import behalf_of, ordered_to_stop_dissent, rallied_for
from eventwire.events.refining import refine
from eventwire.events.threats import (
    demand_clause,
    kept_on_table,
    ruled_in,
    threat_clause,
    ultimatum_clause,
)
from eventwire.events.vocab import EMBEDDING_ROOTS
from eventwire.events.vows import (
    dissent_vowed,
    harm_complement,
    harm_object,
    harm_on_condition,
    right_reserved,
    vowed_not_to_give,
    vowed_not_to_harm,
    xcomp_verb,
)
from eventwire.events.yielding import yielded_to


def find_triggers(sent: Span) -> list[Trigger]:
    consumed: set[int] = set()
    absorbed: set[int] = set()  # clauses a later saying turned into its threat
    triggers: list[Trigger] = []
    for tok in sent:
        if tok.pos_ == "ADJ" and tok.lemma_.lower() in READY_WORDS and tok.i not in consumed:
            # "said it was ready to resume talks": an intent to meet (AGREE 036).
            # "willing to talk"; "open to holding talks", "committed to resolving the claim"
            inner = next((c for c in tok.children if c.dep_ == "xcomp"), None) or next(
                (
                    g
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ == "to"
                    for g in c.children
                    if g.dep_ == "pcomp" and g.pos_ == "VERB"
                ),
                None,
            )
            inner_code = code_of(inner) if inner is not None else None
            if inner is not None and harm_on_condition(tok, also=("111", "115")):
                # "is ready to halt gas transit if Moscow doubles prices": a threat
                consumed.update(v.i for v in args.with_conjuncts(inner))
                verb = tok.head if tok.head.pos_ in ("AUX", "VERB") else tok
                code = refine("130", inner_code) if inner_code else "130"
                rule = f"adj.{tok.lemma_.lower()}+if"
                triggers.append(Trigger(tok, code, rule, verb, None, inner))
                continue
            if inner is not None and (inner_code or works_with(inner)):
                consumed.add(inner.i)
                consumed.update(c.i for c in inner.children if noun_code(c))
                verb = tok.head if tok.head.pos_ in ("AUX", "VERB") else tok
                # "willing to work with the IAEA": an intent to cooperate even with no coded act.
                intent = refine("030", inner_code) if inner_code else "030"
                if inner_code and guarding_offer(inner, inner_code):
                    intent = "0334"  # "ready to send troops to help protect civilians"
                rule = f"adj.{tok.lemma_.lower()}"
                triggers.append(Trigger(tok, intent, rule, verb, None, inner))
            continue
        defied = kept_on_despite(tok) if tok.pos_ in ("VERB", "AUX") else None
        if defied is not None:
            # "pressed on with its offensive despite calls for a ceasefire": a refusal too
            triggers.append(Trigger(tok, "124", f"verb.{tok.lemma_.lower()}+despite", tok, None))
            if (code_of(tok) or "")[:2] == "12":
                continue  # "dug in despite UN criticism": one refusal, not two
        reserved = right_reserved(tok) if tok.i not in consumed else None
        if reserved is not None:
            # "reserves the right to send troops into northern Iraq": force held out (the
            # parser may tag "reserves" a noun)
            consumed.update(v.i for v in args.with_conjuncts(reserved))
            inner_code = code_of(reserved)
            code = refine("130", inner_code) if inner_code else "138"
            triggers.append(Trigger(tok, code, "verb.reserve+right", tok, None, reserved))
            continue
        if tok.pos_ not in ("VERB", "AUX") or tok.i in consumed:
            continue
        if tok.dep_ == "amod" and not misparsed_predicate(tok):
            continue  # a participle as adjective names a state: "the occupied territories"
        if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i == tok.i + 1:
            continue  # a kind of thing: "attack helicopters", "strike aircraft"
        if args.participle_modifier(tok):
            continue  # "freed detained journalist X": the detention is past, the release news
        if kept_from(tok):
            continue  # "barred its citizens from travelling to Lebanon": no journey made
        if tok.lower_ in args.LED_SUFFIXES and tok.i > 0 and tok.nbor(-1).text == "-":
            continue  # "Kenyan-led peacekeepers": who leads them, told as their actor
        if tok.dep_ == "acl" and tok.head.dep_ == "nsubj" and bomb_goes_off(tok.head.head):
            continue  # "a bomb planted by ETA exploded": one bombing, read from the blast
        if content_of_noun(tok):
            continue  # "an ultimatum to reinstate the president": the ultimatum is the event
        scheduled = vote_scheduled(tok)
        if scheduled is not None:
            # "announced plans for a referendum", "set a date for elections": a reform intended
            # (announcing is also a saying, read below)
            consumed.update(t.i for o in args.objects_of(tok) for t in o.subtree)
            triggers.append(Trigger(tok, scheduled, f"verb.{tok.lemma_.lower()}.intent", tok, None))
            continue
        yielded = yielded_to(tok)
        if yielded is not None:
            # "passed the reforms demanded by students": a concession; the demand is its cause
            demand, code = yielded
            consumed.update(t.i for t in demand.subtree if t.i == demand.i or noun_code(t))
            triggers = [t for t in triggers if t.word.i != tok.i]
            rule = f"verb.{tok.lemma_.lower()}.yield"
            triggers.append(Trigger(tok, code, rule, tok, None, cause=demand))
            continue
        threat = threat_clause(tok, code_of)
        if threat is not None:
            # "said Israel would face a crushing response": the saying is the threat
            clause, harm = threat
            absorbed.update(v.i for v in [*args.with_conjuncts(clause), *held_out_parts(clause)])
            consumed.update(v.i for v in args.with_conjuncts(clause))
            consumed.update(c.i for c in clause.subtree if c.pos_ == "NOUN" and noun_code(c))
            code = harm if harm[:2] == "13" else refine("130", harm)
            triggers.append(Trigger(tok, code, "say.threat", tok, None, clause))
            continue
        obliged = demand_clause(tok)
        if obliged is not None:
            # "Iran said the United States must lift its sanctions": the saying is the demand,
            # the act demanded no event of its own
            clause, act = obliged
            for v in {*args.with_conjuncts(clause), *args.with_conjuncts(act)}:
                consumed.add(v.i)
                consumed.update(c.i for c in v.children if noun_code(c, True))
            inner_code = code_of(act)
            code = refine("100", inner_code) if inner_code else "100"
            triggers.append(Trigger(tok, code, "say.must", tok, None, act))
            continue
        demanded = ultimatum_clause(tok)
        if demanded is not None:
            # "told the envoy to leave or face expulsion": one ultimatum; neither the demanded
            # act nor the harm is an event of its own
            for v in args.with_conjuncts(demanded):
                consumed.add(v.i)
                consumed.update(c.i for c in v.subtree if noun_code(c, True))
            given = args.objects_of(tok) + [
                o for _, o in args.prep_objects(tok, frozenset({"with"}))
            ]
            consumed.update(o.i for o in given if noun_code(o, True))  # "with an ultimatum"
            rule = f"verb.{tok.lemma_.lower()}+or-face"
            triggers.append(Trigger(tok, "139", rule, tok, None, demanded))
            continue
        deed = dismayed_at(tok)
        if deed is not None:
            # "Turkey reacted angrily to the shooting down of its jet", "France said it was
            # appalled by the massacre": disapproval (111) of whoever did the deed
            consumed.update(t.i for t in deed.subtree if noun_code(t, True))
            triggers.append(Trigger(tok, "111", "say.dismay", tok, None, deed))
            continue
        judgement = passed_judgement(tok)
        if judgement is not None:
            # "Iran said the US sanctions were illegal" (111), "Kabul said Pakistan was behind
            # the bombing" (112): the judgement is the news, the thing judged or the act
            # blamed no event of its own
            code, thing = judgement
            if code == "112":
                for clause in (c for c in tok.children if c.dep_ == "ccomp"):
                    consumed.update(t.i for t in clause.subtree if t.i != thing.i)
            else:
                consumed.update(t.i for t in thing.subtree if noun_code(t, True))
                consumed.update(t.i for t in tok.subtree if t.i > tok.i and t.dep_ == "ccomp")
                # "called the raid a massacre": the word that judges is no event either, nor
                # the act judged that the parse took for a verb ("called the US strike a ...")
                consumed.update(
                    t.i
                    for c in tok.children
                    if c.dep_ in ("oprd", "acomp", "xcomp")
                    for t in c.subtree
                    if noun_code(t, True) or (t.i == c.i and c.dep_ == "oprd" and c.pos_ == "VERB")
                )
            rule = "say.blame" if code == "112" else "say.judge"
            triggers.append(Trigger(tok, code, rule, tok, None, thing))
            continue
        charged = charged_force(tok, code_of)
        if charged is not None:
            # "Iraq said US warplanes killed 12 civilians in an unprovoked attack": the saying
            # charges the doer (112); the attack stays an event of its own
            triggers.append(Trigger(tok, "112", "say.charge", tok, None, charged))
            continue
        held_open = kept_on_table(tok) if tok.pos_ in ("VERB", "AUX") else None
        if held_open is not None:
            # "all options, including military action, remain on the table"
            triggers.append(Trigger(tok, held_open, f"verb.{tok.lemma_.lower()}.open", tok, None))
            continue
        if ruled_in(tok):
            # "would not hesitate to use force": the force is threatened, not used
            acts = [c for c in tok.children if c.dep_ == "xcomp"]
            consumed.update(v.i for a in acts for v in args.with_conjuncts(a))
            consumed.update(n.i for a in acts for n in a.subtree if noun_code(n))
            triggers.append(Trigger(tok, "138", f"verb.{tok.lemma_.lower()}+not", tok, None))
            continue
        noun = light_noun(tok)
        if noun is not None:
            # "made a call for Pyongyang to return to the table" is an appeal, not a phone call
            appeal = noun.lemma_.lower() == "call" and noun_code(noun, True) == "020"
            override = (
                None if appeal else LIGHT_OVERRIDES.get((tok.lemma_.lower(), noun.lemma_.lower()))
            )
            light = override or noun_code(noun, True)
            if light and light[:2] in ("15", "18", "19", "20") and coordinated_with(tok, noun):
                light = "062"  # "coordinated their assault on Raqqa with coalition troops"
            if light and noun.lemma_.lower() in WORRY_NOUNS and not worry_at_a_deed(noun):
                light = None  # "expressed concern for the hostages' safety": no one criticised
            if light:
                consumed.add(noun.i)
                stopped = stopped_act(noun)
                if stopped is not None:
                    consumed.add(stopped.i)  # "announced a halt to attacks": no attack
                elif light[:2] == "03":
                    # "signalled its readiness to resume talks with Paraguay": the intent is of
                    # the act its "to" clause names
                    stopped, light = intended_act(noun, light, consumed, code_of)
                    if stopped is None and noun.lemma_.lower() == "plan":
                        continue  # "announced plans to build a dam": no act of ours
                elif light[:2] in ("02", "10"):
                    # "made a plea to Italy for more food aid": aid asked for, not given
                    stopped, light = asked_for(noun, light, consumed, code_of)
                rule = f"light.{tok.lemma_.lower()}"
                triggers.append(Trigger(noun, light, rule, tok, noun, stopped))
                continue
        held = put_on_hold(tok)
        if held is not None:
            # "put its peace-brokering efforts on hold", "ended its role as facilitator"
            consumed.update(t.i for o in args.objects_of(tok) for t in o.subtree if noun_code(t))
            triggers.append(Trigger(tok, held, f"verb.{tok.lemma_.lower()}.hold", tok, None))
            continue
        sense = sense_for(tok)
        wanted = wanted_of_another(tok) if sense is None else None
        if wanted is not None:
            # "Pakistan wants India to withdraw its troops": a demand (10x), the act demanded
            # no event of its own
            inner_code = code_of(wanted)
            for v in args.with_conjuncts(wanted):
                consumed.add(v.i)
                consumed.update(c.i for c in v.children if noun_code(c, True))
            code = refine("100", inner_code) if inner_code else "100"
            rule = f"verb.{tok.lemma_.lower()}+object"
            triggers.append(Trigger(tok, code, rule, tok, None, wanted))
            continue
        if sense is None and threat_on_condition(tok):
            # "Belgrade would intervene if Kosovo police entered the north"
            triggers.append(Trigger(tok, "138", f"verb.{tok.lemma_.lower()}+if", tok, None))
            absorbed.update(v.i for v in held_out_parts(tok))
            continue
        reform = reform_promised(tok) if sense is None else None
        if reform is not None and light_noun(tok) is None:
            # "would carry out political reforms", "will review its ban on foreign investment":
            # the policy to be changed is no event of its own
            consumed.update(t.i for o in args.objects_of(tok) for t in o.subtree)
            triggers.append(Trigger(tok, reform, f"verb.{tok.lemma_.lower()}.intent", tok, None))
            continue
        if sense is None and bomb_goes_off(tok):
            # "a car bomb planted by the rebels exploded outside the market": a bombing (183)
            triggers.append(Trigger(tok, "183", f"verb.{tok.lemma_.lower()}+bomb", tok, None))
            continue
        if sense is None and forces_protect(tok) is not None:
            # "Tanzanian troops landed on Anjouan to help the Comoros government": protection
            # lent to another (074); component.py drops it when done at home
            triggers.append(Trigger(tok, "074", f"verb.{tok.lemma_.lower()}+protect", tok, None))
            continue
        if sense is None and armed_cover(tok):
            # "NATO provided air cover for the rebels": military protection (074)
            triggers.append(Trigger(tok, "074", f"verb.{tok.lemma_.lower()}+cover", tok, None))
            continue
        assailed = came_under_fire(tok) if sense is None else None
        if assailed is not None or (sense is None and fell_to_force(tok)):
            # "the town of Goma fell to M23 rebels", "a UN convoy came under fire": force used;
            # "came under fire from opposition parties over the budget": criticism
            code = assailed or "190"
            triggers.append(Trigger(tok, code, f"verb.{tok.lemma_.lower()}+force", tok, None))
            continue
        if sense is None and forces_leave(tok):
            # "Cuban troops began leaving Angola", "units returned to their bases"
            triggers.append(Trigger(tok, "0872", f"verb.{tok.lemma_.lower()}+forces", tok, None))
            continue
        entered = forces_enter(tok) if sense is None and noun is None else None
        if entered is not None:
            # "Israeli tanks pushed into Rafah", "riot police poured into the city centre"
            rule = f"verb.{tok.lemma_.lower()}+forces.in"
            triggers.append(Trigger(tok, entered, rule, tok, None))
            continue
        protest = (
            protest_act(tok)
            if (sense is None or tok.lemma_.lower() in REFUSING) and noun is None
            else None
        )
        if protest is not None:
            # "Malian students burned ministries in Bamako, demanding ...": a crowd's act for
            # a cause is its protest, whatever the act
            triggers.append(Trigger(tok, protest, f"verb.{tok.lemma_.lower()}+protest", tok, None))
            continue
        lemma = tok.lemma_.lower()
        if (
            noun is None
            and (lemma in DELIVERY_VERBS or (sense is not None and sense.cameo[:2] in ("18", "19")))
            and chemical_arms(tok)
        ):
            # "released sarin on the Tokyo subway", "chemical weapons were dropped on Halabja"
            triggers.append(Trigger(tok, "2041", f"verb.{lemma}.chemical", tok, None))
            continue
        if sense is None or (opens_works(tok) and done_jointly(tok)):
            if done_jointly(tok):
                # "Vietnamese and Cambodian police jointly dismantled a gambling ring"
                # ("Britain and France jointly drafted a resolution": diplomacy, 050)
                joint = "050" if jointly_in_diplomacy(tok) else "060"
                triggers.append(Trigger(tok, joint, "verb.jointly", tok, None))
            continue
        code = sense.cameo
        if code == "112" and tok.lemma_.lower() == "claim" and claims_own(tok):
            continue  # "claimed they had shot down a helicopter": no one is accused
        if code == "041" and any(c.dep_ == "oprd" for c in tok.children):
            continue  # "calling him the only legitimate leader": a naming, no telephone call
        if code[:2] in ("10", "11") and tok.dep_ == "acl" and tok.tag_ == "VBN":
            # "officials accused of deporting children", "the reforms demanded by the IMF"
            # describe, they report no act
            continue
        if code[:2] == "17" and held_before_release(tok):
            continue  # "released 40 protesters detained during the march": the release is news
        rule = f"verb.{tok.lemma_.lower()}"
        if code[:2] == "08" and eased_for_each_other(tok):
            code, rule = "061", rule + ".mutual"  # barriers lifted between them
        inner = None
        if code[:2] == "02" and behalf_of(tok) is not None:
            # "lobbied African states on behalf of Sudan": support rallied for Sudan (053)
            code, rule = "053", rule + "+behalf"
        if code[:2] in EMBEDDING_ROOTS:
            inner = complement(tok)
            inner_code = code_of(inner) if inner is not None else None
            if inner is not None and not inner_code:
                # "to exercise calm and to engage in dialogue": the act may be a conjunct
                coded = [(v, code_of(v)) for v in inner.conjuncts if v.pos_ in ("VERB", "AUX")]
                inner, inner_code = next(((v, c) for v, c in coded if c), (None, None))
            if code[:2] == "03" and (harm_object(tok) or harm_complement(tok)):
                # "promised a harsh response", "vowed reprisals for ...", "vowed to take all
                # necessary measures against ..."
                code, rule, inner, inner_code = "138", rule + "+harm", None, None
            elif code[:2] == "03" and dissent_vowed(tok):
                # "protesters vowed to keep up their demonstrations": a threat of dissent (133)
                code, rule, inner, inner_code = "133", rule + "+dissent", None, None
                consumed.update(
                    o.i for v in [xcomp_verb(tok)] if v is not None for o in args.objects_of(v)
                )
            elif code[:2] == "03" and harm_on_condition(tok):
                # "pledged to paralyse the railways unless the government raised wages": harm
                # promised on a condition is a threat, whatever the lexicon makes of the verb
                # the harm held out is no event of its own, but says whom it is aimed at
                inner, inner_code = xcomp_verb(tok), None
                for v in args.with_conjuncts(inner) if inner is not None else []:
                    consumed.add(v.i)
                    consumed.update(c.i for c in v.children if noun_code(c, True))
                code, rule = "130", rule + "+if"
            if inner is not None and inner_code:
                # "urged them to exercise calm and engage in dialogue": all of it is asked, and
                # so is what it is for ("... in dialogue to settle their differences")
                consumed.update(v.i for v in args.with_conjuncts(inner))
                consumed.update(
                    c.i
                    for v in args.with_conjuncts(inner)
                    for c in v.children
                    if c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)
                )
                consumed.update(c.i for c in inner.children if noun_code(c))
                if code[:2] == "03" and vowed_not_to_give(inner, inner_code):
                    # "vowed not to give in to the protesters", "pledged never to recognise
                    # Kosovo": a promise not to yield or cooperate is a refusal
                    code, rule = "120", rule + "+not"
                calm = code[:2] == "03" and vowed_not_to_harm(inner, inner_code)
                code = refine(code, inner_code)
                if calm:
                    # "pledged not to attack Iran": an intent to de-escalate, no threat
                    code, rule = "0356", rule + "+not"
                # ("promised to deploy 800 troops to the UN mission": forces promised for
                # another's protection are an offer of it, no threat)
                offered = (
                    tok.lemma_.lower() in OFFERING and inner_code[:2] == "15"
                ) or guarding_offer(inner, inner_code)
                if code[:2] == "13" and (tok.lemma_.lower() in CONSENTING or offered):
                    # "agreed to deploy police to Haiti", "agreed to the deployment of an East
                    # African force": consent to force is no threat; a force of one's own is
                    # protection offered (0334), another's is involvement allowed (0355)
                    code = "0334" if inner.pos_ in ("VERB", "AUX") else "0355"
                if code[:2] == "02" and rallied_for(tok, inner):
                    # "urged fellow leaders to stand behind Bolivia": support rallied (053)
                    code, rule = "053", rule + "+rally"
                rule += "+complement"
                if code[:2] == "13" and inner.pos_ in ("VERB", "AUX"):
                    # "threatened to arrest anyone who joined the march": who is threatened,
                    # not a march
                    consumed.update(
                        t.i
                        for o in args.objects_of(inner)
                        for c in o.children
                        if c.dep_ == "relcl"
                        for t in c.subtree
                    )
        if tok.dep_ == "acl" and noun_code(tok.head):
            consumed.add(tok.head.i)
        # "lifted the ban", "halted its offensive": the act named by the object is what the
        # verb undoes or answers, not an event of its own.
        # A concession's object is always what it undoes: "ended its visa ban on X".
        undoes = code[:2] == "08"
        consumed.update(
            o.i
            for o in [*args.objects_of(tok), *sum_contents(tok)]
            for o in args.with_conjuncts(o)
            if (undoes or sense.objects & {o.lower_, o.lemma_.lower()}) and noun_code(o)
        )
        # "sat down for talks": a named prepositional object is the same act
        consumed.update(
            o.i
            for p, o in args.prep_objects(tok, NAMED_PREPS)
            if f"{p}:{o.lower_}" in sense.objects and noun_code(o)
        )
        if code[:2] in ("12", "16"):
            consumed.update(t.i for t in meetings_left(tok))  # "pulled out of talks": not held
        # "the militias stopped fighting": the gerund stopped is no act of its own
        absorbed.update(
            c.i for c in tok.children if c.dep_ == "xcomp" and c.lower_ in sense.objects
        )
        if code in ("082", "086") and tok.lemma_.lower() in ALLOWING_VERBS:
            # "allowed opposition supporters to hold a rally": the rally is allowed, not held
            for clause in (c for c in tok.children if c.dep_ in ("ccomp", "xcomp")):
                consumed.add(clause.i)
                consumed.update(t.i for t in clause.subtree if noun_code(t, True))
        if code == "072" and own_arms(tok):
            # "the rebels handed over their weapons": arms given up, not given (0873)
            code, rule = "0873", rule + ".own"
        if code == "171" and from_the_air(tok):
            # "warplanes raided hideouts", "drones raided the camp": an air strike (195)
            code, rule = "195", rule + ".air"
        if code == "154" and for_peacekeeping(tok):
            # "sent 1,000 soldiers to reinforce the peacekeeping force": protection, given (074)
            code, rule = "074", rule + ".peacekeeping"
        elif (code == "154" or (code == "072" and rule == "verb.send")) and protective_purpose(
            tok
        ) is not None:
            # "deployed troops to Mali to protect civilians": protection for another (074);
            # component.py undoes it when those protected are the sender's own
            code, rule = "074", rule + ".protect"
        if stopped_doing(tok) and code[:2] in ("04", "06", "07"):
            # "stopped sending weapons to Kyiv", "froze all lending to Kabul", "stopped buying
            # Russian gas": the act stopped is cut, not done
            code, rule = STOPPED_CODES.get(code) or STOPPED_CODES[code[:2]], rule + ".stopped"
        orderer = ordered_to_stop_dissent(tok, code)
        if orderer is not None:
            # "ordered opposition supporters to call off their rallies": the order is a demand
            # that dissent be eased (1052), made by who ordered it of whom it ordered
            triggers.append(
                Trigger(orderer, "1052", f"verb.{orderer.lemma_.lower()}+ease", orderer, None, tok)
            )
            continue
        triggers.append(Trigger(tok, code, rule, tok, None, inner))
    for tok in sent:
        if tok.i in consumed:
            continue
        nominal = noun_code(tok)
        if nominal:
            stopped = stopped_act(tok)
            if stopped is not None:
                consumed.add(stopped.i)
            else:
                # "a plea to Italy for more food aid": the aid is asked for, not given
                stopped, nominal = asked_for(tok, nominal, consumed, code_of)
            rule = f"noun.{tok.lemma_.lower()}"
            triggers.append(Trigger(tok, nominal, rule, None, tok, stopped))
            continue
        gerund = gerund_sense(tok)
        # "allowed the delivery of aid", "promised the lifting of sanctions": the act a coded
        # verb takes as its object is part of that verb's event
        taken = tok.dep_ == "dobj" and any(t.word.i == tok.head.i for t in triggers)
        if gerund is not None and not taken:
            lemma, code, acted_on = gerund
            consumed.update(o.i for o in acted_on if noun_code(o))
            triggers.append(Trigger(tok, code, f"gerund.{lemma}", None, tok, acted_on[0]))
    triggers = [t for t in triggers if t.word.i not in absorbed]
    # "marched to protest": one protest, not two.
    by_word = {t.word.i: t for t in triggers}
    return [
        t
        for t in triggers
        if not (
            t.word.dep_ in ("xcomp", "advcl")
            and not _told_apart(t.word)
            and t.word.head.i in by_word
            and by_word[t.word.head.i].cameo[:2] == t.cameo[:2]
        )
    ]


def _told_apart(clause: Token) -> bool:
    """A clause of time or cause is an act of its own: "struck villages after Hezbollah fired"."""
    return any(
        c.dep_ == "mark" and c.lower_ not in ("to", "in", "so") for c in clause.children
    ) or any(c.dep_ == "nsubj" for c in clause.children)
