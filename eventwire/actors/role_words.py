"""Role words of people named by what they are rather than by an office, and later additions
to the role table of eventwire.actors.sectors (split from it to keep each file short).

Each entry is word: (sector, kind, generic, title), as in eventwire.actors.sectors._ROLES.
"""

from __future__ import annotations

from typing import Literal

RoleKind = Literal["person", "group", "organization"]

MORE_ROLES: dict[str, tuple[str | None, RoleKind, bool, bool]] = {
    # People named by what they are, not by any office (travellers and pilgrims are left out:
    # "tourists visited Iceland", "pilgrims marched to the basilica" are no events)
    "national": ("CVL", "person", False, False),
    "fisherman": ("CVL", "person", False, False),
    "worshipper": ("CVL", "person", False, False),
    # those who bring aid are no trade union's workers
    "aid worker": ("CVL", "person", False, False),
    "relief worker": ("CVL", "person", False, False),
    "humanitarian worker": ("CVL", "person", False, False),
    "boat people": ("REF", "group", False, False),
    "displaced people": ("REF", "group", False, False),
    "christian": ("REL", "person", False, False),
    "muslim": ("REL", "person", False, False),
    "hindu": ("REL", "person", False, False),
    "buddhist": ("REL", "person", False, False),
    "sikh": ("REL", "person", False, False),
    "relative": ("CVL", "person", False, False),
    "graduate": ("EDU", "person", False, False),
    "physician": ("MED", "person", False, False),
    "criminal": ("CRM", "person", False, False),
    "gang": ("CRM", "group", False, False),
    # armed bands of no cause: "bandits raided a village in Zamfara"
    "bandit": ("UAF", "person", False, False),
    # those a war or a disaster leaves behind, as aid and harm reach them
    "survivor": ("CVL", "person", False, False),
    "displaced person": ("REF", "person", False, False),
    "displaced family": ("REF", "group", False, False),
    "internally displaced": ("REF", "group", False, False),
    "returnee": ("REF", "person", False, False),
    "evacuee": ("REF", "person", False, False),
    "schoolgirl": ("EDU", "person", False, False),
    "schoolboy": ("EDU", "person", False, False),
    "academic": ("EDU", "person", False, False),
    "lecturer": ("EDU", "person", False, False),
    "nun": ("REL", "person", False, False),
    "diocese": ("REL", "organization", False, False),
    "carabinero": ("COP", "person", False, False),
    "autoworker": ("LAB", "person", False, False),
    "banker": ("BUS", "person", False, False),
    "exporter": ("BUS", "organization", False, False),
    "business leader": ("BUS", "person", False, False),
    "businesswoman": ("BUS", "person", False, False),
    "industrialist": ("BUS", "person", False, False),
    "tycoon": ("BUS", "person", False, False),
    "chieftain": ("ELI", "person", False, False),
    "tribal leader": ("ELI", "person", False, False),
    # the state's hands where people are held and questioned: "guards roughed up a reporter"
    # (the plural only: "the Lithuanian guard shot nine of twelve" is basketball)
    "guards": ("COP", "group", False, False),
    "interrogator": ("COP", "person", False, False),
    "security officer": ("COP", "person", False, False),
    "business group": ("BUS", "group", False, False),
    "business lobby": ("BUS", "group", False, False),
    "pro-democracy group": ("OPP", "group", False, False),
    "pro-democracy movement": ("OPP", "group", False, False),
    # units of an army named by their arm: "Russian armoured units took control of Gori"
    "armoured unit": ("MIL", "group", False, False),
    "armored unit": ("MIL", "group", False, False),
    "tank unit": ("MIL", "group", False, False),
    "artillery unit": ("MIL", "group", False, False),
    "combat unit": ("MIL", "group", False, False),
    # bodies that bring aid, named by what they do: "the French charity", "13 aid agencies"
    "charity": ("NGO", "organization", False, False),
    "aid agency": ("NGO", "organization", False, False),
    "aid group": ("NGO", "organization", False, False),
    "aid organisation": ("NGO", "organization", False, False),
    "aid organization": ("NGO", "organization", False, False),
    "relief agency": ("NGO", "organization", False, False),
    "relief group": ("NGO", "organization", False, False),
    "humanitarian agency": ("NGO", "organization", False, False),
    "humanitarian group": ("NGO", "organization", False, False),
    "humanitarian organisation": ("NGO", "organization", False, False),
    "humanitarian organization": ("NGO", "organization", False, False),
    "infantry unit": ("MIL", "group", False, False),
    # the Kurdish regional government's army: "Kurdish peshmerga fighters"
    "peshmerga": ("MIL", "group", False, False),
    "peshmerga fighters": ("MIL", "group", False, False),
    # those who lead a protest movement: "Sudan's protest leaders"
    "protest leader": ("OPP", "person", False, False),
    "protest movement": ("OPP", "group", False, False),
    # an armed service's regional or branch headquarters: "Malaysian naval commands"
    "naval command": ("MIL", "organization", False, False),
    "air command": ("MIL", "organization", False, False),
    "regional command": ("MIL", "organization", False, False),
    # a navy's formations: "a Chinese aircraft carrier group sailed through the strait"
    "carrier group": ("MIL", "group", False, False),
    "strike group": ("MIL", "group", False, False),
    "battle group": ("MIL", "group", False, False),
    "flotilla": ("MIL", "group", False, False),
    # "mineworkers downed tools", "UN blue helmets took up positions"
    "mineworker": ("LAB", "person", False, False),
    "blue helmet": ("MIL", "group", False, False),
}
