"""Verb senses of the thirty-seventh pass, second part: the long tail of wire idiom ("hauled in
the charge d'affaires", "put contacts on ice", "showed the door to the mission", "doled out
blankets"); from the team's own development sentences, never from a gold sentence.

Kept as (lemma, sense) pairs like eventwire.events.glossary; eventwire.events.lexicon merges
them after the earlier passes, and the most specific sense of a word is tried first.
"""

from __future__ import annotations

from eventwire.events.glossary import RAZED
from eventwire.events.idioms import CONCESSION_WORDS, ENERGY_WORDS
from eventwire.events.senses import DIPLOMAT_NOUNS, MONEY_WORDS, Sense, _s

# Arms and parts passed to fighters (072).
_ARMS_PARTS = "components parts weapons arms missiles drones rifles ammunition"
# People a state sends back across its border (174).
_DEPORTED = "migrants refugees asylum-seekers"

THIRTY_SEVENTH_PASS_IDIOMS: tuple[tuple[str, Sense], ...] = (
    # COERCE: "booked a photojournalist under anti-terror laws" (173), "grabbed white-owned
    # farms" (171), "bundled students into unmarked vans" (173), "bused migrants back across
    # the border", "shipped migrants home" (174)
    ("book", _s("173", "under:law under:laws under:act under:charges under:section")),
    ("grab", _s("171", "farm farms land territory building buildings")),
    ("bundle", _s("173", prep="into")),
    ("bus", _s("174", _DEPORTED, particle="back")),
    ("ship", _s("174", _DEPORTED)),
    # "bottled up the port of Hodeidah": a blockade (191)
    ("bottle", _s("191", particle="up")),
    # "yanked the channel off the air" (1721)
    ("yank", _s("1721", "off:air")),
    ("take", _s("1721", "off:air")),
    # ACCUSE: "hauled in the charge d'affaires" (a summons, as "summoned"), "put the firm's
    # pricing under antitrust scrutiny" (090)
    ("haul", _s("114", DIPLOMAT_NOUNS, particle="in")),
    ("put", _s("090", "under:scrutiny under:investigation under:review")),
    # REJECT: "scuttled a UN resolution" (120)
    ("scuttle", _s("120", "resolution draft deal plan talks bid")),
    # SANCTION: "put ministerial contacts on ice" (160), "showed the door to the UN mission"
    # (166), "stepped back from mediating" (165)
    ("put", _s("160", "on:ice")),
    ("show", _s("166", "door")),
    ("step", _s("165", "from:mediating from:mediation", particle="back")),
    # CONCEDE: "ditched the extradition bill" (080)
    ("ditch", _s("080", CONCESSION_WORDS + " bill")),
    # CONSULT: "thrashed out the wording of a chapter" (046), "touched base by video link"
    # (041), "feted his counterpart with a state banquet" (043)
    ("thrash", _s("046", particle="out")),
    ("touch", _s("041", "base")),
    ("fete", _s("043")),
    # COOPERATE: "switched on electricity exports to Kenya", "piped gas across the Andes",
    # "bartered tea for crude", "teamed up with China's CNPC", "forged a joint venture" (06x)
    ("switch", _s("061", "exports supplies " + ENERGY_WORDS, particle="on")),
    ("pipe", _s("061", ENERGY_WORDS)),
    ("barter", _s("061")),
    ("team", _s("060", particle="up")),
    ("forge", _s("061", "venture ventures")),
    # AID: "kitted out Somali recruits with rifles" (072), "funnelled drone parts to the
    # Houthis" (072), "poured three billion dollars into the central bank", "propped up the
    # reserves" (071), "doled out blankets" (073)
    ("kit", _s("072", particle="out")),
    ("funnel", _s("072", _ARMS_PARTS)),
    ("pour", _s("071", MONEY_WORDS)),
    ("prop", _s("071", particle="up")),
    ("dole", _s("073", particle="out")),
    # MOBILIZE: "summoned 18,000 more reservists" (154), "switched air defence units to high
    # alert", "went to heightened alert" (152), "warplanes buzzed Beirut" (150)
    ("summon", _s("154", "reservists reserves troops")),
    ("switch", _s("152", "to:alert")),
    ("go", _s("152", "to:alert")),
    ("buzz", _s("150")),
    # PROTEST: "shopkeepers pulled down their shutters" in a strike (143)
    ("pull", _s("143", "shutters", particle="down")),
    # RETREAT: "stood down its units" (0873)
    ("stand", _s("0873", "units fighters forces volunteers", particle="down")),
    # ASSAULT: "bulldozed tents and animal pens" (1712), "sprayed the car with bullets" (190)
    # (what bulldozers raze, not a rugby pack's way through a defence)
    ("bulldoze", _s("1712", RAZED)),
    ("spray", _s("190", "with:bullets with:gunfire")),
    # "struck the opposition leader off the ballot" (172)
    ("strike", _s("172", "off:ballot off:list off:register")),
    # "whipped up opposition to the eradication drive" (113; whom against: standoffs)
    ("whip", _s("113", "opposition", particle="up")),
    ("stir", _s("113", "opposition", particle="up")),
    ("drum", _s("113", "opposition", particle="up")),
    # "recognised the land titles of indigenous groups": rights conceded (0833)
    ("recognise", _s("0833", "titles title rights")),
    ("recognize", _s("0833", "titles title rights")),
    # "released the Iranian-flagged tanker and its crew" (0842)
    ("release", _s("0842", "tanker ship vessel trawler")),
    # "trucked in 3,000 tonnes of sorghum for displaced families" (073)
    ("truck", _s("073", particle="in")),
    # "canvassed Brazil and Argentina for recognition" (020), "wrangled with EU officials" (046)
    ("canvass", _s("020", prep="for")),
    ("wrangle", _s("046", prep="with")),
    # "threw its market open to garment exporters from Bangladesh" (061)
    ("throw", _s("061", "market markets", particle="open")),
)
