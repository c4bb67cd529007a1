"""State enterprises: firms a state owns trade as its economic arm. Business among companies is
no political event, but a state oil firm piping gas to a neighbour's, or a state gas company
joining a foreign one in a pipeline, is economic cooperation between two states (CAMEO 061)."""

from __future__ import annotations

from eventwire.records import Actor

# Words by which a text says a firm is the state's: "Kazakhstan's state oil firm",
# "India's state-run Indian Oil Corp", "the state-owned carrier".
STATE_WORDS = frozenset({"state", "state-run", "state-owned", "state-controlled"})
# Firms a state owns, by the names the gazetteer knows them by (eventwire/data/organisations.tsv)
# and their short forms.
STATE_FIRMS = frozenset(
    {"gazprom", "rosneft", "naftogaz", "transneft", "pdvsa", "pemex", "petrobras", "ypfb"}
    | {"cnpc", "petrochina", "sinopec", "cnooc", "aramco", "adnoc", "nioc", "sonatrach"}
    | {"sonangol", "nnpc", "petronas", "pertamina", "ongc", "kazmunaygas", "socar", "qatarenergy"}
    | {"kogas", "ecopetrol", "petroecuador", "petroperu", "turkmengaz", "uzbekneftegaz", "botas"}
)
# Codes under which two states' firms deal with each other: agreements, deals, trade and joint
# works, and their refusal, threat or cut-off ("Gazprom refused to sign a transit contract with
# Naftogaz", "Gazprom threatened to cut gas supplies to Ukraine").
FIRM_DEALINGS = ("03", "057", "06", "12", "13", "16")


def state_firm(actor: Actor) -> bool:
    """Whether the actor is a firm its text or name says a state owns."""
    if actor.sector not in ("BUS", "MNC"):
        return False
    words = {w.strip("'’s,.").lower() for w in actor.text.replace("'s", " ").split()}
    return bool(words & (STATE_WORDS | STATE_FIRMS))


def state_trade(cameo: str, source: list[Actor], target: list[Actor]) -> bool:
    """Dealings across a border in which a state's own firm takes part."""
    if not cameo.startswith(FIRM_DEALINGS):
        return False
    countries = {a.country for a in source + target if a.country and a.country != "MNC"}
    return len(countries) > 1 and any(state_firm(a) for a in source + target)
