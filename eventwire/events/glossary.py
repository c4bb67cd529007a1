"""Verb senses of the thirty-seventh pass: visits and inspections allowed, parties registered,
urgings not to act; from the team's own development sentences, never from a gold sentence.

Kept as (lemma, sense) pairs like eventwire.events.wordbook; eventwire.events.lexicon merges
them after the earlier passes, and the most specific sense of a word is tried first.
"""

from __future__ import annotations

from eventwire.events.senses import AID_NOUNS, DIPLOMAT_NOUNS, Sense, _s

# Homes, camps and places of worship torn down or bulldozed: property destroyed (1712).
RAZED = (
    "home homes house houses building buildings shelter shelters mosque mosques church churches "
    "tent tents village villages"
)
# Ways across a border a state closes (191).
_CROSSINGS = "border borders crossing crossings frontier frontiers"

# Missions and envoys a state sends away (166).
_SENT_AWAY = "mission missions monitors observers inspectors diplomats envoy envoys ambassador"

# Trade between states that grows (061).
_FLOWS = "exports imports trade shipments"

# What an order to shut names: "ordered the British Council to shut its offices".
_SHUT = ("shut", "close")
# Food handed out as relief (073).
_FOOD = "food sorghum maize rice wheat flour grain oil rations blankets tents biscuits"

# What a state lets a foreign envoy, monitor or body do on its soil: access given (086).
_ACCESS_ACTS = ("visit", "enter", "inspect", "tour", "access", "monitor", "observe")

THIRTY_SEVENTH_PASS: tuple[tuple[str, Sense], ...] = (
    # "allowed the UN rapporteur to visit prisons in Yangon", "permitted inspectors to enter":
    # access given (086), the visit allowed no visit of its own
    *(
        (verb, _s("086", particle=f"<to:{act}>"))
        for verb in ("allow", "permit")
        for act in _ACCESS_ACTS
    ),
    # "registered the Forum for the Restoration of Democracy as a legal political party":
    # political rights eased (0812)
    ("register", _s("0812", "as:party")),
    ("legalise", _s("0812", "party parties")),
    ("legalize", _s("0812", "party parties")),
    # "dissuaded Ethiopia from sending troops": urged not to act (020); the act kept from is
    # none (eventwire.events.clauses.kept_from)
    ("dissuade", _s("020", prep="from")),
    # "returned 321 million dollars in looted funds to the Nigerian government" (0842)
    ("return", _s("0842", "funds assets dollars euros pounds")),
    # "took in nearly 2,000 Afghan interpreters", "granted political protection": refuge (075)
    ("take", _s("075", "interpreters refugees migrants asylum-seekers families", particle="in")),
    ("grant", _s("075", "protection")),
    # "navy ships unloaded food and water for tsunami survivors": relief delivered (073)
    ("unload", _s("073", AID_NOUNS)),
    # "cancelled 300 million dollars in military assistance to Islamabad": aid cut (162)
    ("cancel", _s("162", AID_NOUNS)),
    # "threw out a human rights mission", "kicked out UN peacekeepers": sent away (166)
    ("throw", _s("166", _SENT_AWAY, particle="out")),
    ("kick", _s("1661", "peacekeepers", particle="out")),
    ("kick", _s("166", _SENT_AWAY, particle="out")),
    # "increased natural gas exports to Argentina", "launched cross-border trade" (061)
    ("increase", _s("061", _FLOWS)),
    ("raise", _s("061", _FLOWS)),
    ("launch", _s("061", "trade")),
    # "scrambled fighter jets as a US destroyer sailed through the strait": force shown (150)
    ("scramble", _s("150", "jets fighters planes aircraft warplanes interceptors")),
    # "shelved its mediation between Fatah and Hamas" (165), "shelved the talks" (164)
    *((verb, _s("165", "mediation")) for verb in ("shelve", "suspend", "halt", "end", "abandon")),
    ("shelve", _s("164", "talks negotiations dialogue")),
    # "provided Malian authorities with the locations of jihadist camps" (064)
    ("provide", _s("064", "locations coordinates whereabouts identities")),
    # "restored the publishing permit of an opposition newspaper", "switched mobile internet
    # back on": curbs eased (081)
    ("restore", _s("081", "permit permits licence licences license licenses accreditation")),
    ("restore", _s("0833", "citizenship")),
    ("switch", _s("081", "internet", particle="on")),
    # "terminated the mandate of the UN peacekeeping force": a mission sent away (1661)
    ("terminate", _s("1661", "mandate")),
    # "sat down for a third round of talks" (040)
    ("sit", _s("040", "for:round for:rounds", particle="down")),
    # "ordered the British Council to shut its offices": a body closed by order (172)
    *((verb, _s("172", particle=f"<to:{act}>")) for verb in ("order", "tell") for act in _SHUT),
    # "granted a licence to the banned Daily News": a curb on the press eased (081)
    ("grant", _s("081", "licence license accreditation")),
    # "distributed sorghum and cooking oil to displaced families" (073)
    ("distribute", _s("073", _FOOD)),
    # "peacekeepers escorted food convoys to residents" (074)
    ("escort", _s("074", "convoy convoys villagers refugees civilians returnees")),
    # "mobilised thousands of militiamen" (154)
    ("mobilise", _s("154", "militiamen militiaman fighters")),
    ("mobilize", _s("154", "militiamen militiaman fighters")),
    # "prohibited arms sales to Venezuela", "barred its firms from trading with Lithuania":
    # an embargo (163; its target is whom the trade was with)
    *(
        (verb, _s("163", "sales sale", prep="to"))
        for verb in ("ban", "prohibit", "halt", "suspend")
    ),
    *((verb, _s("163", "from:trading")) for verb in ("ban", "bar", "prohibit", "forbid")),
    # "declared a state of combat readiness for its air defences" (152)
    ("declare", _s("152", "of:readiness readiness alert")),
    # "sealed the Rafah crossing indefinitely": a border closed (191)
    ("seal", _s("191", _CROSSINGS)),
    # "army bulldozers tore down the family homes of two attackers" (1712)
    ("tear", _s("1712", RAZED, particle="down")),
    # "gunmen sprayed bullets at the motorcade": force used (190)
    ("spray", _s("190", "bullets gunfire")),
    # "gave the ambassador and three other diplomats 48 hours to leave the country": envoys
    # expelled (166)
    ("give", _s("166", DIPLOMAT_NOUNS, particle="<to:leave>")),
)
