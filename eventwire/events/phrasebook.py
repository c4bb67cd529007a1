"""Verb senses of the thirty-fifth pass: the rarer words of the weaker PLOVER types (shows of
force and alerts, extraditions, shared intelligence, peacekeeping taken over, refuge given,
bodies banned), from the team's own development sentences, never from a gold sentence.

Kept as (lemma, sense) pairs like eventwire.events.expressions; eventwire.events.lexicon merges
them after the earlier passes, and the most specific sense of a word is tried first.
"""

from __future__ import annotations

from eventwire.events.phrasings import NETWORKS
from eventwire.events.senses import ARMS_NOUNS, SUSPECT_NOUNS, TROOP_NOUNS, Sense, _s
from eventwire.events.synonyms import GATHERINGS

# People a state hands to another's law: by name ("@person"), checks.handed_to_foreign_law
# makes the release an extradition (063).
_HANDED = "@person"
# Relief a region or a crossing is opened to.
_RELIEF_TRAFFIC = "to:flights to:aid to:convoys to:relief to:agencies to:workers"
# What raised readiness names.
_READINESS = "readiness alert preparedness vigilance"
# A commission "of inquiry" set up or appointed is an investigation.
_INQUIRY = "of:inquiry of:enquiry"
# Intelligence given as where people are.
_WHEREABOUTS = "names locations coordinates whereabouts"
# Envoys a state tells or asks to leave.
_ENVOYS = "ambassador envoy diplomat diplomats attache chargé"
# Guests given refuge by name or by office.
_REFUGE_SEEKERS = "@person president leader dictator family dissident activist"

THIRTY_FIFTH_PASS: tuple[tuple[str, Sense], ...] = (
    # "handed a suspected financier to Iraqi authorities", "turned over Jose Garza to U.S.
    # marshals": a suspect given up (063); a person by name is read as one freed (0841) unless
    # handed to another state's law (then 063, checks.handed_to_foreign_law)
    ("hand", _s("063", SUSPECT_NOUNS, prep="to")),
    ("hand", _s("0841", "@person", prep="to")),
    ("turn", _s("0841", "@person", particle="over")),
    # "walked away from the peace talks": negotiations broken off (164)
    ("walk", _s("164", "from:talks from:negotiations from:process from:table", particle="away")),
    # "barred Niger's military rulers from its summits": a body's ties cut (160)
    ("bar", _s("160", "from:summit from:summits from:meeting from:meetings", prep="from")),
    # "joined American troops for the annual exercises": military cooperation (062)
    ("join", _s("062", "for:exercises for:exercise for:drills for:manoeuvres for:maneuvers")),
    ("join", _s("062", "in:exercises in:exercise in:drills in:manoeuvres in:maneuvers")),
    # "flooded Urumqi with thousands of armed police": forces poured in (154)
    ("flood", _s("154", " ".join(f"with:{w}" for w in [*TROOP_NOUNS.split(), "police"]))),
    # "brought Kibaki and Odinga together for talks": a go-between (045)
    ("bring", _s("045", "for:talks for:negotiations for:meeting", particle="together")),
    # "transferred Ratko Mladic to the war crimes tribunal" (063 when to another's law)
    ("transfer", _s("0841", "@person", prep="to")),
    # "tore into the United States over the spying": harsh criticism (111)
    ("tear", _s("111", prep="into")),
    # "appropriated 400 hectares of Palestinian land": property confiscated (1711)
    ("appropriate", _s("1711", "land hectares acres property farms farmland territory")),
    # "allowed an Australian-led force to land in East Timor": foreign forces let in (0861)
    ("allow", _s("0861", "force contingent", particle="<to>")),
    ("permit", _s("0861", "force contingent", particle="<to>")),
    # "naval vessels began refuelling U.S. warships": military cooperation (062)
    ("refuel", _s("062", "warship warships ship ships aircraft planes jets vessels")),
    # "forced thousands of ethnic Albanians from their homes": people driven out (201)
    ("force", _s("201", "from:homes from:home from:villages from:towns")),
    ("drive", _s("201", "from:homes from:home from:villages from:towns")),
    ("drive", _s("201", "thousands hundreds civilians residents villagers families", prep="from")),
    # "put its entire arsenal beyond use": weapons decommissioned (0873)
    ("put", _s("0873", "beyond:use")),
    # "separatists planted a bomb in the metro": a bombing (183)
    ("plant", _s("183", "bomb bombs explosive explosives device devices")),
    # "stood his ground in the face of pressure from Beijing", "stood firm": a refusal (124)
    ("stand", _s("124", "ground")),
    ("stand", _s("124", particle="firm")),
    # "demonstrators filled the streets of Kathmandu": a demonstration (141)
    ("fill", _s("141", "streets street square squares")),
    # "paid off Syria's debt to the World Bank": money given (071)
    ("pay", _s("071", "debt debts arrears", particle="off")),
    # "withdrew an invitation to EU observers", "rescinded the invitation": a rebuff (120)
    ("withdraw", _s("120", "invitation invitations")),
    ("rescind", _s("120", "invitation invitations")),
    # "sent a submarine and a frigate to Havana for military exercises": a show of force
    ("send", _s("150", "for:exercises for:exercise for:drills for:manoeuvres", prep="to")),
    # "gave Georgian authorities the names and locations of Chechen fighters": intelligence
    ("give", _s("064", _WHEREABOUTS)),
    ("hand", _s("064", _WHEREABOUTS)),
    # "rushed thousands of paramilitary police into Yining": forces moved in (154)
    ("rush", _s("154", TROOP_NOUNS + " police")),
    # "received the first troops of a new African Union mission": forces let in (0861)
    ("receive", _s("0861", "troops peacekeepers contingent contingents")),
    # "appointed a commission of inquiry into the killings": an investigation (090)
    ("appoint", _s("090", _INQUIRY)),
    ("establish", _s("090", _INQUIRY)),
    ("form", _s("090", _INQUIRY)),
    ("set", _s("090", _INQUIRY, particle="up")),
    # "sent death threats to foreign journalists", "sent a warning to Georgia": nothing given
    ("send", _s("130", "threat threats warning warnings ultimatum", prep="to")),
    # "hackers disabled government websites": a cyber-attack (170, as vocab.py reads 176)
    ("disable", _s("170", NETWORKS)),
    # "authorised an opposition march": dissent let be (082), like "permitted a rally"
    ("authorise", _s("082", GATHERINGS)),
    ("authorize", _s("082", GATHERINGS)),
    # "threw Pakistan a lifeline", "extended a lifeline to Kyiv": money given (071)
    ("throw", _s("071", "lifeline")),
    ("extend", _s("071", "lifeline")),
    # "pulled opposition broadcaster RCTV off the air": censorship (1721)
    ("pull", _s("1721", "off:air")),
    ("take", _s("1721", "off:air")),
    # "declared the party illegal", "designated the Brotherhood a terrorist organisation":
    # a body banned (1722); ("declared the attack a terrorist act" bans nothing)
    ("declare", _s("1722", particle="illegal")),
    ("designate", _s("1722", "terrorist")),
    # "invoked emergency rule in Bangkok": emergency powers (1724)
    ("invoke", _s("1724", "emergency rule law powers")),
    # "set up a currency swap line with Brazil": central banks' cooperation (061)
    ("set", _s("061", "currency swap", particle="up")),
    # "opened its Khanabad air base to U.S. troops": military cooperation (062)
    ("open", _s("062", "base bases airbase airbases airspace ports", prep="to")),
    # "opened the famine-stricken region to relief flights": aid let in (0863)
    ("open", _s("0863", _RELIEF_TRAFFIC)),
    # "delivered Charles Taylor to Liberian authorities", "surrendered Thomas Lubanga to the
    # ICC" (not "sent": an envoy is sent by name too)
    ("deliver", _s("0841", _HANDED, prep="to")),
    ("surrender", _s("0841", _HANDED, prep="to")),
    ("extradite", _s("063", _HANDED)),
    # "began feeding real-time intelligence to the Turkish military", "briefed U.S. officials
    # on intelligence": intelligence shared (064)
    ("feed", _s("064", "intelligence information data")),
    ("brief", _s("064", "on:intelligence on:findings")),
    # "stepped up combat readiness", "heightened its state
    # of readiness", "moved to a war footing", "tightened security around temples"
    ("step", _s("152", _READINESS, particle="up")),
    ("heighten", _s("152", _READINESS)),
    ("move", _s("152", "to:footing")),
    ("tighten", _s("151", "security")),
    ("intensify", _s("151", "security")),
    ("beef", _s("151", "security", particle="up")),
    # "called in police reinforcements from the provinces": forces brought in (154)
    ("call", _s("154", "reinforcements troops police", particle="in")),
    ("call", _s("154", "in:reinforcements in:troops in:police in:army")),  # "in" as preposition
    # "ended six years of house arrest for Aung San Suu Kyi": a release (0841)
    ("end", _s("0841", "arrest detention imprisonment captivity")),
    # "loaned Angola $2 billion", "funnelled weapons to the rebels"
    ("loan", _s("071")),
    ("lend", _s("071")),
    ("funnel", _s("072", ARMS_NOUNS)),
    # "led the U.N. stabilisation mission in Haiti", "took over peacekeeping duties in Bosnia"
    # (a trade mission led or a command taken over is neither)
    ("lead", _s("074", "peacekeeping peacekeepers stabilisation stabilization")),
    ("take", _s("074", "peacekeeping", particle="over")),
    # "took in the ousted Tunisian president", "awarded refugee status to Zakayev"
    ("take", _s("075", _REFUGE_SEEKERS, particle="in")),
    ("award", _s("075", "asylum refugee")),
    # "froze defence industry cooperation with Israel", "halted the delivery of S-300s to
    # Iran": ties and arms cut (160, 1622)
    ("freeze", _s("160", "cooperation coordination")),
    ("halt", _s("1622", "delivery")),
    ("suspend", _s("1622", "delivery deliveries")),
    # "dispatched a peacekeeping engineering unit to Darfur" (074)
    ("dispatch", _s("074", "peacekeeping peacekeepers")),
    # "said it was willing to return to the six-party talks": talks resumed (046)
    ("return", _s("046", "to:talks to:negotiations to:table")),
    # "voted in favour of Cuba's resolution": backing (051)
    ("vote", _s("051", "in:favour in:favor")),
    # "co-sponsored a draft resolution with Jordan": diplomatic cooperation (050)
    ("co-sponsor", _s("050")),
    ("cosponsor", _s("050")),
    # "settlers beat a Palestinian farmer": one person beaten (the core lists groups)
    ("beat", _s("182", "farmer villager man woman boy worker protester journalist reporter")),
    # "absolved Indonesian soldiers of blame": forgiveness (056)
    ("absolve", _s("056")),
    # "discontinued food shipments to North Korea": aid cut (162)
    ("discontinue", _s("162", "aid assistance shipments deliveries food funding")),
    # "withdrew from mediating between Khartoum and the rebels", "quit as the joint mediator":
    # mediation ended (165)
    ("withdraw", _s("165", "from:mediating from:mediation from:talks")),
    ("quit", _s("165", "as:mediator as:facilitator as:envoy as:broker")),
    # "told the French ambassador to leave the country within 24 hours": an expulsion (166)
    (
        "tell",
        _s("166", _ENVOYS, particle="<to:leave>"),
    ),
    ("ask", _s("166", _ENVOYS, particle="<to:leave>")),
    # "ousted 16 U.N. agencies and charities from areas under their control" (1663)
    ("oust", _s("1663", "agencies agency charities charity ngos workers", prep="from")),
    # "revoked the licences of 13 foreign aid agencies": agencies sent away (1663; the core's
    # revoked licences of anyone else are an administrative sanction, 172)
    ("revoke", _s("1663", "of:agencies of:agency of:charities of:groups of:ngos of:organisations")),
    # "licensed the Brotherhood's new party" (0812)
    ("license", _s("0812", "party parties")),
    ("licence", _s("0812", "party parties")),
    ("legalise", _s("0812", "party parties")),
    # "students called off their occupation of the parliament compound": dissent eased (082)
    (
        "call",
        _s("082", "occupation occupations sit-in sit-ins march marches rally", particle="off"),
    ),
    # "gave women the right to vote": rights granted (0833)
    ("give", _s("0833", "right rights suffrage")),
    # "an administrative court dissolved the Islamic Salvation Front": a body banned (1722)
    ("dissolve", _s("1722", "front party parties movement organisation organization")),
    # "tanks rolled through the streets of Hama", "troops patrolled the streets of Lagos",
    # "sailed a flotilla of warships through the Miyako Strait": shows of force (150)
    ("roll", _s("150", "through:streets through:city through:town")),
    ("patrol", _s("150", "streets")),
    ("sail", _s("150", "warships warship flotilla ships vessels carrier", prep="through")),
    # "sent a new contingent of teachers and doctors to Venezuela": civilian help (070)
    ("send", _s("070", "teachers doctors nurses medics volunteers instructors", prep="to")),
    # "rebels gained control of the city of Goma": ground occupied (192, as the light verb
    # "took control" reads); control of a council or a market is gained by no force
    ("gain", _s("192", "of:town of:towns of:city of:village of:villages of:airport of:port")),
    # "formally acknowledged the independence of Abkhazia": recognition (054)
    ("acknowledge", _s("054", "independence sovereignty statehood")),
    # "shielded Mugabe from criticism at the summit": a defence (052)
    ("shield", _s("052", "from:criticism from:censure from:condemnation from:sanctions")),
)
