"""Verb senses of the twenty-seventh pass: idioms and rarer words for the CAMEO categories,
from the team's own sentences written to each code's wording ("turned a deaf ear to", "laid the
blame on", "held back aid", "bowed out"), never taken from a gold sentence.

Kept as (lemma, sense) pairs like eventwire.events.newsroom; eventwire.events.lexicon merges them
after the earlier passes, and the most specific sense of a word is tried first.
"""

from __future__ import annotations

from eventwire.events.idioms import CONCESSION_WORDS
from eventwire.events.senses import AID_NOUNS, DIPLOMAT_NOUNS, TROOP_NOUNS, Sense, _s

# Money a state holds back or shelves: aid cut (162).
_WITHHELD = AID_NOUNS + " million billion funds funding payments disbursement disbursements lending"
# Bans whose end eases a restriction (081), in words the core lacks.
_PROHIBITIONS = "prohibition prohibitions order orders suspension"
# Those a state sends packing: "sent French special forces packing" (not a deployment).
_SENT_PACKING = DIPLOMAT_NOUNS + " " + TROOP_NOUNS + " packing peacekeepers mission monitors"
# Plans and texts a vote or a veto sinks (120).
_SUNK = "plan plans proposal proposals deal bill bills initiative treaty referendum"
# What a rebuff dismisses, beyond the core's requests and reports.
_DISMISSED = (
    "statement statements criticism criticisms claim claims warning warnings proposals plans "
    "resolution"
)

# Places a barrage falls on ("battered rebel positions"), not storms or markets battering.
_POSITIONS = (
    "position positions hideout hideouts base bases stronghold strongholds target targets "
    "town towns city village villages trench trenches bunker bunkers line lines camp camps"
)
# What force flattens or levels (1712), not ground levelled for building or scores levelled.
_BUILDINGS = (
    "building buildings tower towers house houses home homes block blocks village villages "
    "neighbourhood neighborhoods neighbourhoods mosque church hospital school"
)
# People saved at sea, as a state's ships save others' (not hostages freed by force, nor
# people a fire brigade saves).
_RESCUED = "migrants refugees fishermen sailors crew crewmen seamen"
# Freedoms a state curbs (1721), not prices or inflation.
_FREEDOMS = "freedom freedoms speech press media dissent protest protests rally rallies assembly"

# Arms and forces pulled away from a front (0872).
_PULLED = TROOP_NOUNS + " artillery tanks weapons guns missiles launchers"
# Seized craft and gear a state gives back (0842), beside the treasures and land of
# eventwire.events.usages.
_PROPERTY = "equipment boat boats vessel vessels ship ships aircraft land lands"
# Permits whose withdrawal curbs their holders (172).
_PERMITS = (
    "licence licences license licenses accreditation accreditations registration permit permits "
    "credential credentials"
)

# Bodies of civil society whose offices or work a state shuts ("of:" names the owner).
_CIVIL_BODIES = (
    "of:group of:organisation of:organization of:ngo of:charity of:newspaper of:party "
    "of:union of:broadcaster of:channel of:station of:foundation of:movement of:agency"
)
# People seized as captives, not places or goods.
_SEIZED_PEOPLE = (
    "workers couple tourists foreigners journalists people civilians villagers children women "
    "men passengers crew sailors engineers missionaries priests nuns students teenagers"
)
# Those called up to serve (154), not players called up to a national squad.
_CALLED_UP = "reservists reserves conscripts recruits men soldiers troops"

TWENTY_SEVENTH_PASS: tuple[tuple[str, Sense], ...] = (
    # AGREE: "buried the hatchet with Guyana", "patched up its quarrel with Mexico"
    ("bury", _s("037", "hatchet")),
    ("patch", _s("037", "quarrel quarrels dispute differences relations ties rift row", "up")),
    ("put", _s("057", "pen")),  # "put pen to paper on a security pact"
    # CONSULT: "touched down in Nairobi", "came face to face with Eritrean officials"
    ("touch", _s("042", particle="down")),
    ("come", _s("040", "face")),
    # SUPPORT: "acknowledged Palestine as a sovereign state", "opened diplomatic relations"
    ("acknowledge", _s("054", "as:state as:nation as:country")),
    ("open", _s("054", "relations ties")),
    # COOPERATE and AID: "drilled alongside the Indian navy", "gave safe haven to"
    ("drill", _s("062", prep="alongside")),
    ("give", _s("075", "haven")),
    ("offer", _s("075", "haven")),
    ("provide", _s("075", "haven")),
    # CONCEDE and RETREAT: "bowed out", "restituted looted artefacts", "revoked a prohibition"
    ("bow", _s("0831", particle="out")),
    ("restitute", _s("0842")),
    ("decommission", _s("0873", "fighters combatants guerrillas rebels militiamen")),
    ("grant", _s("0862", "entry")),
    ("lift", _s("081", _PROHIBITIONS)),
    ("revoke", _s("081", _PROHIBITIONS)),
    ("rescind", _s("081", _PROHIBITIONS)),
    ("repeal", _s("081", _PROHIBITIONS)),
    # ACCUSE: "frowned on the duties", "laid the blame on Moscow", inquiries by other words
    ("frown", _s("110", prep="on")),
    ("frown", _s("110", prep="upon")),
    ("lay", _s("112", "blame")),
    ("put", _s("112", "blame")),
    ("pin", _s("112", "blame")),
    ("scrutinise", _s("090")),
    ("scrutinize", _s("090")),
    ("grill", _s("090")),
    ("dig", _s("090", prep="into")),
    # REQUEST: "sought a lifeline from Qatar", "agitated for a rollback" ("court" is left out:
    # headlines are read for a verb the lexicon knows, and "Istanbul court orders" is a noun)
    ("seek", _s("020", "lifeline")),
    ("agitate", _s("104", prep="for")),
    # REJECT: "turned a deaf ear to", "gave short shrift to", "dug in its heels", "held its
    # ground", "swatted away appeals", "slapped down the offer", "sank the plan"
    ("turn", _s("120", "ear")),
    ("give", _s("120", "shoulder shrift thumbs thumbs-down")),
    ("demur", _s("120")),
    ("dig", _s("124", "heels")),
    ("hold", _s("124", "ground")),
    ("swat", _s("120", particle="away")),
    ("slap", _s("120", particle="down")),
    ("sink", _s("120", _SUNK)),
    ("dismiss", _s("120", _DISMISSED)),
    ("block", _s("129", "resolution resolutions draft motion")),
    # PROTEST: "threw up barricades", "sat out the rerun"
    ("throw", _s("144", "barricade barricades roadblock roadblocks", "up")),
    ("sit", _s("143", "election elections vote poll polls rerun talks", "out")),
    # SANCTION: "held back military aid", "shelved a development grant", "sent packing"
    ("hold", _s("162", _WITHHELD, "back")),
    ("shelve", _s("162", _WITHHELD + " grant grants loan loans programme")),
    ("send", _s("166", _SENT_PACKING, "packing")),
    # COERCE and ASSAULT: "turned the screws on", "tightened the cordon around", "took over
    # white-owned farms", "spirited away", "set upon two traders"
    ("turn", _s("170", "screws screw")),
    ("tighten", _s("191", "cordon blockade siege noose")),
    (
        "take",
        _s(
            "171",
            "farm farms land lands property properties estate estates asset assets "
            "refinery refineries mine mines oilfield oilfields field fields headquarters "
            "offices office premises compound",
            "over",
        ),
    ),
    ("spirit", _s("181", particle="away")),
    ("set", _s("182", prep="upon")),
    # thirtieth pass: "banished the bishop to Rome", "firebombed a party office", "wiretapped
    # judges"
    ("banish", _s("174")),
    ("firebomb", _s("1712")),
    ("wiretap", _s("170")),
    # twenty-second session: "poisoned the defector", "battered rebel positions",
    # "reprimanded the envoy", "incarcerated dissidents", "curbed press freedom"
    ("poison", _s("2041")),
    ("pummel", _s("194")),
    ("batter", _s("194", _POSITIONS)),
    ("hammer", _s("194", _POSITIONS)),
    ("reprimand", _s("111")),
    ("chastise", _s("111")),
    ("incarcerate", _s("173")),
    ("curb", _s("1721", _FREEDOMS)),
    # "scaled back cooperation with Belarus", "stood down the troops it sent"
    ("scale", _s("160", "cooperation contacts", particle="back")),
    ("scale", _s("161", "relations ties", particle="back")),
    ("stand", _s("087", "troops forces soldiers units", particle="down")),
    # "peacekeepers took up positions along the Blue Line": forces in place (component.py
    # reads whose and why, as for forces arriving)
    ("take", _s("154", "positions position", particle="up")),
    # "sea drones crippled a landing ship", "missiles flattened the tower"
    ("cripple", _s("190", "ship ships vessel vessels warship warship frigate tank tanks base")),
    ("flatten", _s("1712", _BUILDINGS)),
    ("level", _s("1712", _BUILDINGS)),
    # "suspended the extradition bill", "cancelled the lithium mine project": backed down
    ("suspend", _s("080", CONCESSION_WORDS)),
    ("cancel", _s("080", CONCESSION_WORDS)),
    # "granted citizenship to stateless Tamils", "granted refugee status to 5,000 South
    # Sudanese", "returned 20 Ukrainian children", "the coast guard rescued 400 migrants"
    ("grant", _s("0833", "citizenship suffrage nationality")),
    ("grant", _s("075", "status")),
    ("return", _s("0841", "children child civilians deportees")),
    ("rescue", _s("073", _RESCUED)),
    # "ended pre-publication censorship", "ended the ban on opposition rallies"
    ("end", _s("081", "censorship restriction restrictions curbs ban bans controls lockdown")),
    # twenty-third session: "bulldozed the homes of 30 families", "terminated peace talks",
    # "moved heavy artillery away from the border", "returned seized fishing boats",
    # "suspended the licences of three broadcasters"
    ("bulldoze", _s("1712", _BUILDINGS)),
    ("terminate", _s("164", "talks negotiations dialogue")),
    ("abandon", _s("164", "talks negotiations dialogue")),
    ("move", _s("0872", _PULLED, particle="away")),
    ("pull", _s("0872", _PULLED, particle="away")),
    ("return", _s("0842", _PROPERTY)),
    ("suspend", _s("172", _PERMITS)),
    ("suspend", _s("081", "penalties penalty fines")),  # "suspended penalties against strikers"
    ("waive", _s("081", "penalties penalty fines")),
    ("revoke", _s("172", _PERMITS)),
    # "sat down for negotiations", "put air defences on high alert", "called up 160,000 men"
    ("sit", _s("040", "for:talks for:negotiations for:negotiation", particle="down")),
    ("put", _s("152", "on:alert on:standby")),
    ("call", _s("154", _CALLED_UP, particle="up")),
    # "recalled its team from the talks", "welcomed the Pope to Ulaanbaatar" (a host's act)
    ("recall", _s("164", "from:talks from:negotiations")),
    ("welcome", _s("043", prep="to")),
    # "burned the missionary to death", "beat a prisoner to death"
    ("burn", _s("1823", "to:death")),
    ("beat", _s("1823", "to:death")),
    # "handed Israel the remains of two soldiers": the dead given back
    ("hand", _s("0841", "remains bodies")),
    # "withdrew the accreditation of IAEA inspectors": monitors sent away (1662)
    ("withdraw", _s("1662", "of:inspector of:observer of:monitor")),
    ("revoke", _s("1662", "of:inspector of:observer of:monitor")),
    ("withdraw", _s("172", _PERMITS)),  # "withdrew the accreditation of two reporters"
    # "militiamen seized two foreign aid workers": people taken (checks.py makes a state's
    # forces' seizure a detention); "welcomed new African Union troops": forces received
    ("seize", _s("181", _SEIZED_PEOPLE)),
    # "opened a currency swap line with China": central banks' economic cooperation (061)
    ("open", _s("061", "currency")),
    ("activate", _s("061", "currency")),
    ("welcome", _s("0861", "troops peacekeepers deployment contingent")),
    # "forcibly closed the offices of the rights group Memorial", "suspended the operations of
    # 54 NGOs": a body of civil society shut down (a firm closing its own offices is none)
    ("close", _s("172", _CIVIL_BODIES)),
    ("shut", _s("172", _CIVIL_BODIES)),
    ("suspend", _s("172", _CIVIL_BODIES)),
)
