"""Trigger senses and the word classes their conditions use (shared by the verb tables)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sense:
    """One reading of a trigger word: `cameo` when the conditions hold."""

    cameo: str
    objects: frozenset[str] = frozenset()  # the object/complement lemma must be one of these
    particle: str | None = None  # e.g. "out" for "pull out"
    prep: str | None = None  # a required preposition child, e.g. "with" for "meet with"


def _s(
    cameo: str, objects: str = "", particle: str | None = None, prep: str | None = None
) -> Sense:
    return Sense(cameo, frozenset(objects.split()), particle, prep)


def every_sense(
    verbs: dict[str, str | None], groups: tuple[tuple[str, str], ...]
) -> tuple[tuple[str, Sense], ...]:
    """A (lemma, sense) pair for every verb (with its particle) and every (code, objects)
    group: the verbs that take a measure away, or keep one in force, read alike."""
    return tuple(
        (verb, _s(code, words, particle=particle))
        for verb, particle in verbs.items()
        for code, words in groups
    )


AID_NOUNS = (
    "aid assistance help supplies relief food medicine medicines funding loan loans grant vaccine "
    "vaccines doses tents blankets equipment team teams rescuers experts shipment shipments fuel "
    "money dollars euros tonnes tons flour rice grain wheat water clothing clothes seed seeds "
    "fertiliser fertilizer generators goods credit credits consignment kits programme program "
    "package rations parcels doctors nurses medics surgeons ambulances sugar maize sorghum "
    "cereals beans kroner crowns francs donation donations"
)
# Goods crossing borders: barring them is an embargo (163), not a curb at home (172).
TRADE_FLOWS = "import imports export exports trade shipment shipments"
SUSPECT_NOUNS = (
    "suspect suspects trafficker traffickers fugitive fugitives suspected wanted alleged "
    "militant militants"
)
# People held who can be handed back or freed.
CAPTIVE_WORDS = (
    "pilot pilots prisoner prisoners soldier soldiers hostage hostages detainee detainees "
    "captive captives fisherman fishermen sailor sailors crew body bodies remains officer officers "
    "nationals citizens"
)
CONCESSION_NOUNS = (
    "bill law draft plan proposal objection objections demand demands veto charges tax taxes hike"
)
MISSILE_NOUNS = "missile missiles rocket rockets shell shells drone drones barrage salvo volley"
TROOP_NOUNS = (
    "troop troops force forces soldier soldiers army military personnel contingent division "
    "divisions battalion battalions brigade brigades reinforcements reservists warship warships "
    "ship ships fleet carrier gunships tanks fighters jets units destroyers frigates flotilla "
    "artillery navy vessels boats patrol launchers batteries"
)
# Armed and police forces a state sends, stations or builds up.
FORCE_WORDS = (
    TROOP_NOUNS + " police policemen officers guards guardsmen militiamen volunteers"
    " peacekeepers marines paratroopers commandos"
)
# Help a state lends with its forces, named by a noun: "provided protection for the convoy"
# ("cover" only when armed: protection.armed_cover).
PROTECTION_NOUNS = "protection escort escorts"
# Armed forces as doers (the craft they sail in are no doers): "Cuban troops left Angola".
FORCE_NOUNS = frozenset(TROOP_NOUNS.split()) - {"ship", "ships", "patrol", "boats", "vessels"}
# Military hardware given or sent is military aid (072).
ARMS_NOUNS = (
    "weapon weapons arms ammunition munitions rifles guns system systems vehicles hardware "
    "helicopters aircraft howitzers uniforms armour armor missiles carriers jets warplanes "
    "boats vessels tanks drones submarine submarines frigates warships fighters artillery shells "
    "rockets radar radars launchers interceptors"
)
# Armed civilians: a state arming its own (MOBILIZE, militia) rather than another (aid).
MILITIA_WORDS = (
    "militia militias militiamen volunteers civilians villagers vigilantes tribesmen residents "
    "settlers"
)
INTEL_NOUNS = (
    "information intelligence evidence data records files documents findings names details dossier"
)
# What de-escalating stops: "halted its offensive", "suspended air strikes".
HOSTILITY_NOUNS = (
    "attack attacks offensive operations strike strikes launches bombing bombings shelling "
    "hostilities fighting raids"
)
DIPLOMAT_NOUNS = (
    "diplomat diplomats ambassador envoy embassy attaché attache staff commissioner consul "
    "consuls charge chargé d'affaires affaires"
)
SANCTION_NOUNS = (
    "sanction sanctions embargo tariff tariffs penalty penalties restriction restrictions "
    "freeze freezes"
)
AGREEMENT_NOUNS = (
    "agreement agreements deal deals accord accords treaty treaties memorandum memoranda pact "
    "protocol protocols declaration charter communique understanding mou mous arrangement "
    "arrangements framework roadmap compact convention conventions settlement settlements"
)
# Easing what kind of curb: trade and money (085) or rules on people and parties (081).
ECONOMIC_WORDS = "trade export exports import imports economic financial oil banking"
ADMIN_CURBS = (
    "restriction restrictions curbs rules ban bans travel visa visas registration media press "
    "censorship permit permits"
)
MONEY_WORDS = (
    "dollars euros pounds yen kroner crowns francs marks rupees yuan money funds million billion "
    "tranche budget loan loans grant grants credit credits"
)
# Who is received or greeted on a visit.
VISITOR_WORDS = (
    "president minister leader delegation delegations counterpart king envoy envoys lawmakers "
    "officials premier chancellor emir sheikh prince queen secretary-general mission "
    # hosts receive other office holders too: "received Lebanon's Maronite Patriarch",
    # "received CIA Director William Burns for talks"
    "patriarch pope cardinal archbishop ambassador governor speaker mayor senator chairman "
    "director commander general secretary @person "
    # and those who speak for others: "received tribal elders", "received activists"
    "representatives elders chiefs activists dissidents"
)
# What a veto player blocks: "blocked the aid package", "blocked the resolution".
BLOCKED_DECISIONS = (
    "package proposal proposals bill bills resolution resolutions deal plan agreement measure "
    "measures motion bid membership accession nomination sanctions statement declaration"
)
