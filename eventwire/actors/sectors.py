"""PLOVER sectors from role words: "president" -> GOV, "rebels" -> REB, "riot police" -> COP.

Conventions where PLOVER leaves a choice (documented here so coders agree):
- protesters, demonstrators, crowds -> CVL: the PROTEST event already says they oppose something;
  activists, dissidents and the (political) opposition -> OPP.
- militia, paramilitaries -> PRM; militants, gunmen, fighters -> UAF (armed, affiliation unknown);
  rebels, insurgents, separatists -> REB.
- security forces -> COP (internal security); security services (FSB, Shin Bet) -> SPY; troops,
  soldiers, army -> MIL.
- an official, a spokesman, a leader carry no sector of their own: "party officials" -> PTY,
  "rebel leader" -> REB; alone, "officials" default to GOV and "leader" to none.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.actors.role_words import MORE_ROLES, RoleKind


@dataclass(frozen=True)
class Role:
    """What a role word says: its sector, whether it names a person, a group or an institution,
    and whether it is generic (takes the sector of its modifier: "party official")."""

    sector: str | None
    kind: RoleKind
    generic: bool = False
    title: bool = False  # may stand before a personal name: "President Macron"


# word: (sector, kind, generic, title). Person words get a plural group form automatically.
_ROLES: dict[str, tuple[str | None, RoleKind, bool, bool]] = {
    # Government
    "president": ("GOV", "person", False, True),
    "vice president": ("GOV", "person", False, True),
    "prime minister": ("GOV", "person", False, True),
    "premier": ("GOV", "person", False, True),
    "minister": ("GOV", "person", False, True),
    "foreign minister": ("GOV", "person", False, True),
    "defence minister": ("GOV", "person", False, True),
    "defense minister": ("GOV", "person", False, True),
    "interior minister": ("GOV", "person", False, True),
    "finance minister": ("GOV", "person", False, True),
    "secretary of state": ("GOV", "person", False, True),
    "secretary": ("GOV", "person", False, True),
    "secretary-general": (None, "person", True, True),
    "secretary general": (None, "person", True, True),
    "chancellor": ("GOV", "person", False, True),
    "king": ("GOV", "person", False, True),
    "queen": ("GOV", "person", False, True),
    "crown prince": ("GOV", "person", False, True),
    "prince": ("GOV", "person", False, True),
    "emir": ("GOV", "person", False, True),
    "sultan": ("GOV", "person", False, True),
    "sheikh": ("GOV", "person", False, True),
    "supreme leader": ("GOV", "person", False, True),
    "governor": ("GOV", "person", False, True),
    "mayor": ("GOV", "person", False, True),
    "ambassador": ("GOV", "person", False, True),
    "envoy": ("GOV", "person", False, True),
    "diplomat": ("GOV", "person", False, False),
    "head of state": ("GOV", "person", False, False),
    "counterpart": (None, "person", True, False),
    "official": ("GOV", "person", True, True),
    "spokesman": (None, "person", True, True),
    "spokeswoman": (None, "person", True, True),
    "spokesperson": (None, "person", True, True),
    "leader": (None, "person", True, True),
    "leadership": (None, "organization", True, False),  # "the Palestinian leadership"
    "chief": (None, "person", True, True),
    "head": (None, "person", True, False),
    "member": (None, "person", True, False),
    "representative": (None, "person", True, False),
    "government": ("GOV", "organization", False, False),
    "administration": ("GOV", "organization", False, False),
    "ministry": ("GOV", "organization", False, False),
    "foreign ministry": ("GOV", "organization", False, False),
    "cabinet": ("GOV", "organization", False, False),
    "presidency": ("GOV", "organization", False, False),
    "regime": ("GOV", "organization", False, False),
    "junta": ("GOV", "organization", False, False),
    "negotiator": ("GOV", "person", True, True),
    "authorities": ("GOV", "group", False, False),
    "authority": ("GOV", "organization", False, False),  # "Hungary's media authority"
    "ruler": ("GOV", "person", False, False),
    "aide": ("GOV", "person", True, False),
    "commissioner": ("GOV", "person", True, True),
    "regulator": ("GOV", "organization", False, False),
    "council": (None, "organization", True, False),
    "commission": (None, "organization", True, False),
    "committee": (None, "organization", True, False),
    "group": (None, "group", True, False),
    # "rebel factions" (REB); "Libyan factions" speak for their country, like its officials
    "faction": (None, "group", True, False),
    # "the Saudi-led coalition", "the ruling coalition": the sector of its modifier
    "coalition": (None, "group", True, False),
    "unit": (None, "group", True, False),
    "foreign secretary": ("GOV", "person", False, True),
    "home secretary": ("GOV", "person", False, True),
    "monarch": ("GOV", "person", False, False),
    "president-elect": ("GOV", "person", False, True),
    "vice-president": ("GOV", "person", False, True),
    "dictator": ("GOV", "person", False, False),
    "consul": ("GOV", "person", False, True),
    "delegate": ("GOV", "person", False, False),
    # "a Vietnamese parliamentary delegation": the sector of its modifier, else GOV
    "delegation": (None, "organization", True, False),
    "mediator": ("GOV", "person", False, False),
    "embassy": ("GOV", "organization", False, False),
    "consulate": ("GOV", "organization", False, False),
    "state department": ("GOV", "organization", False, False),
    # Legislature
    "parliament": ("LEG", "organization", False, False),
    "congress": ("LEG", "organization", False, False),
    "senate": ("LEG", "organization", False, False),
    "legislature": ("LEG", "organization", False, False),
    "lawmaker": ("LEG", "person", False, False),
    "legislator": ("LEG", "person", False, False),
    "parliamentarian": ("LEG", "person", False, False),
    "senator": ("LEG", "person", False, True),
    "congressman": ("LEG", "person", False, True),
    "congresswoman": ("LEG", "person", False, True),
    "mp": ("LEG", "person", False, True),
    "speaker": ("LEG", "person", False, True),
    "assembly": ("LEG", "organization", False, False),
    "national assembly": ("LEG", "organization", False, False),
    "lower house": ("LEG", "organization", False, False),
    "upper house": ("LEG", "organization", False, False),
    "duma": ("LEG", "organization", False, False),
    "knesset": ("LEG", "organization", False, False),
    # Military
    "army": ("MIL", "organization", False, False),
    "military": ("MIL", "organization", False, False),
    "armed forces": ("MIL", "group", False, False),
    "air force": ("MIL", "organization", False, False),
    "navy": ("MIL", "organization", False, False),
    "troops": ("MIL", "group", False, False),
    "forces": ("MIL", "group", False, False),
    "coast guard": ("MIL", "organization", False, False),
    "warplane": ("MIL", "group", False, False),
    "bomber": ("MIL", "group", False, False),
    "warship": ("MIL", "group", False, False),
    "border guard": ("MIL", "group", False, False),
    # "Eritrean prison guards mistreat jailed journalists": the state's jailers
    "prison guard": ("COP", "person", False, False),
    "jailer": ("COP", "person", False, False),
    "warden": ("COP", "person", False, False),
    "soldier": ("MIL", "person", False, False),
    "general": ("MIL", "person", False, True),
    "gen.": ("MIL", "person", False, True),
    "colonel": ("MIL", "person", False, True),
    "commander": ("MIL", "person", True, True),
    "national guard": ("MIL", "group", False, False),
    "peacekeeper": ("MIL", "person", False, False),
    "paratrooper": ("MIL", "person", False, False),
    "commando": ("MIL", "person", False, False),
    "marine": ("MIL", "person", False, False),
    "sailor": ("MIL", "person", False, False),
    "garrison": ("MIL", "group", False, False),
    "jet": ("MIL", "group", False, False),
    "fighter jet": ("MIL", "group", False, False),
    "fighter plane": ("MIL", "group", False, False),
    "fighter aircraft": ("MIL", "group", False, False),
    # a state's military aircraft and vessels: "Turkish military planes delivered aid" (not a
    # bare "aircraft" or "helicopter": airlines order aircraft, helicopters crash)
    "military aircraft": ("MIL", "group", False, False),
    "military plane": ("MIL", "group", False, False),
    "military helicopter": ("MIL", "group", False, False),
    "naval vessel": ("MIL", "group", False, False),
    "patrol boat": ("MIL", "group", False, False),
    "fighter fleet": ("MIL", "group", False, False),
    "reservist": ("MIL", "person", False, False),
    "drone": ("MIL", "group", False, False),
    "gunship": ("MIL", "group", False, False),
    "coastguard": ("MIL", "organization", False, False),
    "defence ministry": ("MIL", "organization", False, False),
    "defense ministry": ("MIL", "organization", False, False),
    # Police
    "police": ("COP", "group", False, False),
    "police officer": ("COP", "person", False, False),
    "policeman": ("COP", "person", False, False),
    "riot police": ("COP", "group", False, False),
    "security forces": ("COP", "group", False, False),
    "security services": ("SPY", "organization", False, False),
    "security service": ("SPY", "organization", False, False),
    "gendarmerie": ("COP", "organization", False, False),
    "gendarme": ("COP", "person", False, False),
    "marshal": ("COP", "person", False, False),  # "U.S. marshals"
    "field marshal": ("MIL", "person", False, True),
    "border police": ("COP", "group", False, False),
    "investigator": ("COP", "person", False, False),
    "agent": ("COP", "person", True, False),
    "officer": (None, "person", True, False),
    # officers of a state service act for its government
    "customs officer": ("GOV", "person", False, False),
    "fisheries officer": ("GOV", "person", False, False),
    "immigration officer": ("GOV", "person", False, False),
    "censor": ("GOV", "person", False, False),
    # Judiciary
    "court": ("JUD", "organization", False, False),
    "supreme court": ("JUD", "organization", False, False),
    "judge": ("JUD", "person", False, True),
    "prosecutor": ("JUD", "person", False, True),
    "judiciary": ("JUD", "organization", False, False),
    "tribunal": ("JUD", "organization", False, False),
    "magistrate": ("JUD", "person", False, True),
    "bailiff": ("JUD", "person", False, False),  # officers of the court who seize and evict
    "attorney general": ("JUD", "person", False, True),
    "lawyer": ("JUD", "person", False, False),
    # Armed non-state actors
    "rebel": ("REB", "person", False, False),
    "insurgent": ("REB", "person", False, False),
    "separatist": ("REB", "person", False, False),
    "guerrilla": ("REB", "person", False, False),
    "guerilla": ("REB", "person", False, False),
    "mujahideen": ("REB", "group", False, False),
    "warlord": ("REB", "person", False, False),
    "terrorist": ("UAF", "person", False, False),
    "extremist": ("UAF", "person", False, False),
    "jihadist": ("UAF", "person", False, False),
    "suicide bomber": ("UAF", "person", False, False),
    "sniper": ("UAF", "person", False, False),
    "kidnapper": ("CRM", "person", False, False),
    "pirate": ("CRM", "person", False, False),
    "smuggler": ("CRM", "person", False, False),
    "drug trafficker": ("CRM", "person", False, False),
    "cartel": ("CRM", "group", False, False),
    "death squad": ("PRM", "group", False, False),
    "militant": ("UAF", "person", False, False),
    "gunman": ("UAF", "person", False, False),
    "fighter": ("UAF", "person", False, False),
    "militia": ("PRM", "group", False, False),
    "militiaman": ("PRM", "person", False, False),
    "paramilitary": ("PRM", "person", False, False),
    # armed men of no stated side: "armed men attacked a village", "assailants fled"
    "armed men": ("UAF", "group", False, False),
    "masked men": ("UAF", "group", False, False),
    "attacker": ("UAF", "person", False, False),
    "assailant": ("UAF", "person", False, False),
    "mercenary": ("UAF", "person", False, False),
    "hijacker": ("UAF", "person", False, False),
    # Opposition, parties, civil society
    "opposition": ("OPP", "group", False, False),
    # a party out of power is the opposition, as PLOVER codes it; a party alone is a party
    "opposition party": ("OPP", "organization", False, False),
    "opposition parties": ("OPP", "group", False, False),
    "activist": ("OPP", "person", False, False),
    "dissident": ("OPP", "person", False, False),
    "protester": ("CVL", "person", False, False),
    "protestor": ("CVL", "person", False, False),
    "demonstrator": ("CVL", "person", False, False),
    "rioter": ("CVL", "person", False, False),
    "looter": ("CVL", "person", False, False),
    "civilian": ("CVL", "person", False, False),
    "resident": ("CVL", "person", False, False),
    "villager": ("CVL", "person", False, False),
    # "relatives of the victims protested" (not "family": families are in every kind of news)
    "relatives": ("CVL", "group", False, False),
    "royal family": ("ELI", "group", False, False),
    # families named by whom they lost or wait for are a civil voice: "families of the victims
    # urged the UN" (families alone are not: they are in every kind of news)
    "families of victims": ("CVL", "group", False, False),
    "families of the victims": ("CVL", "group", False, False),
    "families of hostages": ("CVL", "group", False, False),
    "families of the hostages": ("CVL", "group", False, False),
    "families of the missing": ("CVL", "group", False, False),
    "families of detainees": ("CVL", "group", False, False),
    "families of the detainees": ("CVL", "group", False, False),
    "families of prisoners": ("CVL", "group", False, False),
    "families of soldiers": ("CVL", "group", False, False),
    "victims' families": ("CVL", "group", False, False),
    "citizen": ("CVL", "person", False, False),
    "voter": ("CVL", "person", False, False),
    "consumer": ("CVL", "person", False, False),  # "consumers in Turkey boycotted French goods"
    "shopper": ("CVL", "person", False, False),
    "war veteran": ("CVL", "person", False, False),  # "war veterans occupied 400 farms"
    # "Niger's coup leaders": soldiers who seized power
    "coup leader": ("MIL", "person", False, False),
    "coup plotter": ("MIL", "person", False, False),
    "putschist": ("MIL", "person", False, False),
    "youth": ("CVL", "person", False, False),
    # "Polish women marched": people the text names by a demonym only
    "woman": ("CVL", "person", False, False),
    "man": ("CVL", "person", True, False),  # "Yazidi men were massacred"; a bare "man" is no one
    "supporter": ("CVL", "person", True, False),
    "grower": ("AGR", "person", False, False),
    "herder": ("AGR", "person", False, False),
    "pupil": ("EDU", "person", False, False),
    "schoolchildren": ("EDU", "group", False, False),
    "hacker": ("CRM", "person", False, False),
    "settler": ("CVL", "person", False, False),
    "tribesman": ("CVL", "person", False, False),
    "crowd": ("CVL", "group", False, False),
    "mob": ("CVL", "group", False, False),
    "vigilante": ("CVL", "person", False, False),
    "hostage": ("CVL", "person", False, False),
    "inmate": ("CVL", "person", False, False),
    "prisoner": ("CVL", "person", False, False),
    "detainee": ("CVL", "person", False, False),
    # "indigenous groups", "indigenous leaders": people, whatever body speaks for them
    "indigenous": ("CVL", "person", False, False),
    "indigenous group": ("CVL", "group", False, False),
    "indigenous leader": ("CVL", "person", False, False),
    "indigenous community": ("CVL", "group", False, False),
    "indigenous people": ("CVL", "group", False, False),
    "community": (None, "group", True, False),
    "elder": ("ELI", "person", False, False),
    "campaigner": ("OPP", "person", False, False),
    "party": ("PTY", "organization", False, False),
    "company": ("BUS", "organization", False, False),
    "firm": ("BUS", "organization", False, False),
    "corporation": ("BUS", "organization", False, False),
    "multinational": ("BUS", "organization", False, False),
    "bank": ("BUS", "organization", False, False),
    # a central bank is the state's: "Turkey's central bank signed a currency swap"
    "central bank": ("GOV", "organization", False, False),
    "businessman": ("BUS", "person", False, False),
    "retailer": ("BUS", "organization", False, False),
    "manufacturer": ("BUS", "organization", False, False),
    "carmaker": ("BUS", "organization", False, False),
    "automaker": ("BUS", "organization", False, False),
    "chipmaker": ("BUS", "organization", False, False),
    "brewer": ("BUS", "organization", False, False),
    "airline": ("BUS", "organization", False, False),
    "operator": ("BUS", "organization", False, False),
    "conglomerate": ("BUS", "organization", False, False),
    "investment group": ("BUS", "organization", False, False),
    "investment fund": ("BUS", "organization", False, False),
    "consortium": ("BUS", "organization", False, False),
    "investor": ("BUS", "organization", False, False),
    "investors": ("BUS", "group", False, False),
    "shopkeeper": ("BUS", "person", False, False),
    "trader": ("BUS", "person", False, False),
    "merchant": ("BUS", "person", False, False),
    "executive": ("BUS", "person", False, False),
    "journalist": ("JRN", "person", False, False),
    "reporter": ("JRN", "person", False, False),
    "newspaper": ("JRN", "organization", False, False),
    "correspondent": ("JRN", "person", False, True),
    "presenter": ("JRN", "person", False, False),
    "news anchor": ("JRN", "person", False, False),
    "columnist": ("JRN", "person", False, False),
    "blogger": ("JRN", "person", False, False),
    "photojournalist": ("JRN", "person", False, False),
    "cameraman": ("JRN", "person", False, False),
    "television station": ("JRN", "organization", False, False),
    "tv station": ("JRN", "organization", False, False),
    "radio station": ("JRN", "organization", False, False),
    "television channel": ("JRN", "organization", False, False),
    "news agency": ("JRN", "organization", False, False),
    "broadcaster": ("JRN", "organization", False, False),
    "media": ("JRN", "group", False, False),
    "student": ("EDU", "person", False, False),
    "teacher": ("EDU", "person", False, False),
    "professor": ("EDU", "person", False, True),
    "university": ("EDU", "organization", False, False),
    "doctor": ("MED", "person", False, False),
    "nurse": ("MED", "person", False, False),
    "medic": ("MED", "person", False, False),
    "health worker": ("MED", "person", False, False),
    "hospital": ("MED", "organization", False, False),
    "health ministry": ("MED", "organization", False, False),
    "refugee": ("REF", "person", False, False),
    "asylum seeker": ("REF", "person", False, False),
    "asylum-seeker": ("REF", "person", False, False),
    "migrant": ("REF", "person", False, False),
    "cleric": ("REL", "person", False, False),
    "clergy": ("REL", "group", False, False),
    "church": ("REL", "organization", False, False),
    # houses of worship stand for their faithful when struck: "set fire to a Hindu temple"
    "mosque": ("REL", "organization", False, False),
    "temple": ("REL", "organization", False, False),
    "synagogue": ("REL", "organization", False, False),
    "cathedral": ("REL", "organization", False, False),
    "monastery": ("REL", "organization", False, False),
    "priest": ("REL", "person", False, False),
    "monk": ("REL", "person", False, False),
    "rabbi": ("REL", "person", False, True),
    "mullah": ("REL", "person", False, True),
    "archbishop": ("REL", "person", False, True),
    "cardinal": ("REL", "person", False, True),
    "patriarch": ("REL", "person", False, True),
    "imam": ("REL", "person", False, True),
    "ayatollah": ("REL", "person", False, True),
    "pope": ("REL", "person", False, True),
    "bishop": ("REL", "person", False, True),
    "spy": ("SPY", "person", False, False),
    "intelligence agency": ("SPY", "organization", False, False),
    "intelligence service": ("SPY", "organization", False, False),
    "intelligence": ("SPY", "organization", False, False),
    "labour union": ("LAB", "organization", False, False),
    "labor union": ("LAB", "organization", False, False),
    "trade union": ("LAB", "organization", False, False),
    "union": ("LAB", "organization", False, False),
    "worker": ("LAB", "person", False, False),
    "miner": ("LAB", "person", False, False),
    "docker": ("LAB", "person", False, False),
    "labourer": ("LAB", "person", False, False),
    "laborer": ("LAB", "person", False, False),
    "air traffic controller": ("LAB", "person", False, False),
    "peasant": ("AGR", "person", False, False),
    "exile": ("OPP", "person", False, False),
    "stevedore": ("LAB", "person", False, False),
    "longshoreman": ("LAB", "person", False, False),
    "trade unionist": ("LAB", "person", False, False),
    "farmer": ("AGR", "person", False, False),
    "trucker": ("LAB", "person", False, False),
    "civil servant": ("LAB", "person", False, False),
    "public servant": ("LAB", "person", False, False),
    "employee": ("LAB", "person", False, False),
    "dockworker": ("LAB", "person", False, False),
    "driver": ("LAB", "person", False, False),
    "pensioner": ("CVL", "person", False, False),
}
_ROLES.update(MORE_ROLES)
# Firms named by their trade: "U.S. tech giant Google", "the Swedish retail chain" (a bare "giant"
# may be a country: "the Asian giant").
_GIANTS = (
    *("tech", "technology", "oil", "energy", "mining", "retail", "shipping", "telecoms"),
    *("telecom", "e-commerce", "internet", "software", "pharmaceutical", "drug", "food"),
    *("chemical", "steel", "banking", "insurance", "media", "car"),
)
_CHAINS = ("fast-food", "supermarket", "retail", "restaurant", "hotel", "coffee", "clothing")
for _trade in _GIANTS:
    _ROLES[f"{_trade} giant"] = ("BUS", "organization", False, False)
for _trade in _CHAINS:
    _ROLES[f"{_trade} chain"] = ("BUS", "organization", False, False)
# Ministers by portfolio ("the Kenyan health minister"): all of government.
_PORTFOLIOS = (
    "health education energy trade commerce economy justice agriculture labour labor oil "
    "petroleum information transport environment culture tourism security home water mining "
    "industry communications planning development"
)
for _portfolio in _PORTFOLIOS.split():
    _ROLES.setdefault(f"{_portfolio} minister", ("GOV", "person", False, True))

# The plural, where the default (+s / y -> ies / man -> men) would be wrong.
_PLURALS = {
    "military aircraft": "military aircraft",
    "police officer": "police officers",
    "asylum seeker": "asylum seekers",
    "asylum-seeker": "asylum-seekers",
    "displaced person": "displaced people",
    "displaced family": "displaced families",
    "internally displaced": "internally displaced",
    "businesswoman": "businesswomen",
    **{
        phrase: phrase
        for phrase in (
            "families of victims",
            "families of the victims",
            "families of hostages",
            "families of the hostages",
            "families of the missing",
            "families of detainees",
            "families of the detainees",
            "families of prisoners",
            "families of soldiers",
            "victims' families",
        )
    },
}


def _plural(phrase: str) -> str:
    if phrase in _PLURALS:
        return _PLURALS[phrase]
    if phrase.endswith("man"):
        return phrase[:-3] + "men"
    if phrase.endswith("y") and phrase[-2:-1] not in set("aeiou"):
        return phrase[:-1] + "ies"
    if phrase.endswith(("s", "sh", "ch", "x")):
        return phrase + "es"
    return phrase + "s"


@lru_cache(maxsize=1)
def _table() -> dict[str, Role]:
    table: dict[str, Role] = {}
    for word, (sector, kind, generic, title) in _ROLES.items():
        table[word] = Role(sector, kind, generic, title)
        plural = _plural(word)
        # mass nouns have no plural ("police", "the military"), but "paramilitaries" does
        mass = word.split()[-1] in ("police", "military", "media")
        if plural not in _ROLES and not word.endswith("s") and not mass:
            # "ministries" are still institutions; "ministers" and "militias" are groups.
            table[plural] = Role(
                sector, "organization" if kind == "organization" else "group", generic, False
            )
    return table


def role_phrases() -> tuple[str, ...]:
    """Every role word and phrase, lower case, singular and plural (for the component)."""
    return tuple(_table())


def role_for(text: str) -> Role | None:
    """The Role of one role word or phrase, e.g. "foreign minister" or "Rebels"; else None."""
    return _table().get(" ".join(text.lower().split()))


def sector_for(text: str) -> str | None:
    """The PLOVER sector that a role phrase implies.

    The whole phrase is looked up first ("riot police"); then the head (last word), unless the head
    is generic, in which case the nearest modifier with a sector decides ("party officials" -> PTY,
    "foreign ministry spokesman" -> GOV).

    Args:
        text: a role word or phrase, any case, singular or plural.

    Returns:
        A PLOVER sector code such as "GOV", or None when the words carry none.
    """
    words = text.lower().split()
    whole = role_for(" ".join(words))
    if whole is not None and not whole.generic:
        return whole.sector
    head = whole if whole is not None else (role_for(words[-1]) if words else None)
    modifiers = words[:-1] if whole is None or len(words) > 1 else []
    if head is not None and head.sector == "REL" and modifiers:
        # "Supreme Leader Ayatollah Ali Khamenei": a state office outranks the honorific
        office = sector_for(" ".join(modifiers))
        if office in ("GOV", "MIL", "JUD", "LEG"):
            return office
    if head is not None and not head.generic:
        return head.sector
    # The head is generic or unknown: the nearest modifier (or two-word modifier) decides.
    for end in range(len(modifiers), 0, -1):
        for start in (end - 2, end - 1):
            if start < 0:
                continue
            role = role_for(" ".join(modifiers[start:end]))
            if role is not None and role.sector is not None:
                return role.sector
    return head.sector if head is not None else None


# Creatures whose names begin with a role word: "army ants", "monarch butterflies".
CREATURE_NAMES = frozenset(
    {"ant", "ants", "butterfly", "butterflies", "termite", "termites", "worm", "worms"}
    | {"bee", "bees", "crab", "crabs", "penguin", "penguins", "fish", "beetle", "beetles"}
)
