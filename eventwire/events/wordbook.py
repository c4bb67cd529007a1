"""Verb senses of the thirty-sixth pass: intelligence handed over by list or by name,
concessions, agreements revoked, talks cancelled, forces admitted, massed or put on a war
footing, broadcasters forced off the air and networks switched off, strikes told as staying off
work, things of worth handed back, refuge and relief given; from the team's own development
sentences, never from a gold sentence.

Kept as (lemma, sense) pairs like eventwire.events.expressions; eventwire.events.lexicon merges
them after the earlier passes, and the most specific sense of a word is tried first.
"""

from __future__ import annotations

from eventwire.events.senses import TROOP_NOUNS, Sense, _s

# Where the hunted are, and who they are.
_WHEREABOUTS = "names locations coordinates whereabouts identities"
# Lists and details of the hunted ("of:" names what the list or the details are of; see
# eventwire.events.matching.PARTITIVES).
_HUNTED = (
    "cell militant suspect fighter syndicate smuggler network camp position rebel insurgent "
    "trafficker gang hideout"
)
# (matching gives "of:" the lemma: "a list of suspected militants" reads "of:militant")
_WANTED = " ".join(f"of:{w} of:{w}s" for w in _HUNTED.split(" "))
# Pacts whose end lowers relations (160).
_PACTS = "agreement agreements pact pacts accord accords treaty treaties"
# Armed men massed by those who command them.
_MASSED = TROOP_NOUNS + " fighters militiamen gunmen reinforcements"
# Networks a government switches off: the media silenced (1721).
_PLATFORMS = "twitter facebook youtube whatsapp tiktok telegram instagram internet"
# Things of worth a state hands back (0842): "returned the Benin bronzes to Nigeria".
_HANDED_BACK = (
    "artefacts artifacts treasures relics bronzes sculptures statues manuscripts antiquities "
    "remains bodies dhow trawler monasteries churches"
)
# Those given shelter by name or by their stand (075).
_SHELTERED = "@person activist activists dissident dissidents defector defectors"
# Missions a host state can send away.
_PEACEKEEPERS = "peacekeepers mission missions force forces contingent troops"
_MONITORS = "monitors observers inspectors"
# Operations one force joins another in.
_JOINT_OPERATIONS = (
    "in:sweeps in:sweep in:operations in:operation in:patrols in:raids in:offensive in:fight "
    "in:battle in:assault in:hunt"
)
# Forces a state lets onto its soil (0861).
_FORCES_LET_IN = "troops peacekeepers battalion battalions contingent contingents soldiers"

THIRTY_SIXTH_PASS: tuple[tuple[str, Sense], ...] = (
    # "handed Bangladeshi guards a list of smuggling syndicates", "gave Iraqi security services
    # details of an Islamic State cell", "passed the locations of Taliban camps to the Afghan
    # army", "shared the identities of suspected fighters with German authorities" (064)
    ("give", _s("064", _WANTED)),
    ("hand", _s("064", _WANTED)),
    ("provide", _s("064", _WANTED)),
    ("pass", _s("064", _WHEREABOUTS + " " + _WANTED)),
    ("share", _s("064", _WHEREABOUTS + " " + _WANTED)),
    # "the parliament gave way to years of campaigning by rights groups": a concession (080)
    ("give", _s("080", "way")),
    # "revoked its military cooperation agreement with the United States": relations cut (160)
    ("revoke", _s("160", _PACTS)),
    ("cancel", _s("160", _PACTS)),
    ("scrap", _s("160", _PACTS)),
    ("annul", _s("160", _PACTS)),
    ("abrogate", _s("160", _PACTS)),
    ("tear", _s("160", _PACTS, particle="up")),
    # "admitted a first battalion of UN peacekeepers into Darfur": forces let in (0861)
    ("admit", _s("0861", _FORCES_LET_IN)),
    # "Lebanon received the first reinforcements for the UN force" (0861)
    ("receive", _s("0861", "reinforcements battalion battalions")),
    # "forced the broadcaster off the air": the media silenced (1721)
    ("force", _s("1721", "air")),
    # "miners stayed off work for a ninth week": a strike (143)
    ("stay", _s("143", "work")),
    # "militias gathered thousands of fighters outside Bangui", "brought in reinforcements":
    # forces massed (154), not a crowd
    ("gather", _s("154", _MASSED)),
    ("assemble", _s("154", _MASSED)),
    ("muster", _s("154", _MASSED)),
    ("bring", _s("154", "reinforcements")),
    # "told UN peacekeepers to leave the country without delay" (1661), "asked the monitors
    # to leave" (1662): a mission expelled, as envoys told to leave are (166)
    ("tell", _s("1661", _PEACEKEEPERS, particle="<to:leave>")),
    ("ask", _s("1661", _PEACEKEEPERS, particle="<to:leave>")),
    ("order", _s("1661", _PEACEKEEPERS, particle="<to:leave>")),
    ("tell", _s("1662", _MONITORS, particle="<to:leave>")),
    ("ask", _s("1662", _MONITORS, particle="<to:leave>")),
    ("order", _s("1662", _MONITORS, particle="<to:leave>")),
    # "tribesmen joined U.S. Marines in sweeps against al-Qaeda": fighting side by side (062)
    ("join", _s("062", _JOINT_OPERATIONS)),
    # "churches opened their halls to families left homeless": shelter given as relief (073)
    ("open", _s("073", "halls hall schools churches mosques", prep="to")),
    # "returned looted bronzes to Nigeria", "returned a seized dhow to the UAE coast guard"
    ("return", _s("0842", _HANDED_BACK)),
    # "the embassy sheltered a blind activist": refuge given (075)
    ("shelter", _s("075", _SHELTERED)),
    # "ran field clinics for refugees" (a clinic run for years is a career), "vaccinated
    # 750,000 children": relief (073)
    ("run", _s("073", "clinic clinics hospital hospitals kitchen kitchens", prep="for")),
    ("vaccinate", _s("073")),
    # "put the country on a war footing" (152; "moved to a war footing" is read already)
    ("put", _s("152", "on:footing")),
    ("place", _s("152", "on:footing")),
    # "suspended Twitter indefinitely", "blocked Facebook", "shut down the internet" (1721)
    ("suspend", _s("1721", _PLATFORMS)),
    ("block", _s("1721", _PLATFORMS)),
    ("shut", _s("1721", _PLATFORMS, particle="down")),
)
