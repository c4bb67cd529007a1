"""Text that is not political news: sports reports and harm done by nature or accident.

Written by the eventwire team from general news usage (not from any gold sentence).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Words that make a sentence a sports report, where countries are teams and "attack", "strike",
# "met", "beat", "defend" and "clash" are play. One of these is enough...
SPORTS_WORDS = frozenset(
    [
        "semifinal",
        "semi-final",
        "quarterfinal",
        "quarter-final",
        "tournament",
        "championship",
        "striker",
        "midfielder",
        "goalkeeper",
        "derby",
        "shootout",
        "rugby",
        "football",
        "soccer",
        "tennis",
        "cricket",
        "innings",
        "wicket",
        "medal",
        "fans",
        "kick-off",
        "half-time",
        "scored",
        "scoring",
        "grandmaster",
        "chess",
        "marathon",
        "podium",
        "playoff",
        "playoffs",
        "wickets",
        "referee",
        "footballer",
        "footballers",
        "cricketers",
        "volleyball",
        "basketball",
        "hockey",
        "golfer",
        "boxer",
        "boxing",
        "cyclist",
        "sprinter",
        "sprinters",
        "athletics",
        "paralympic",
        "paralympics",
        "semi-finals",
        "semifinals",
        "quarter-finals",
        "quarterfinals",
        "goalless",
        "bowlers",
        "batsmen",
        "batsman",
        "handball",
        "peloton",
        "tries",
        "equaliser",
        "equalizer",
        "kickoff",
        "futsal",
        "bowler",
        "qualifier",
        "prix",
        "qualifying",
        "doping",
        "anti-doping",
        "weightlifter",
        "weightlifting",
        # the game's governing bodies: their bans and suspensions are rulings on play
        "fifa",
        "uefa",
        "fiba",
        "fide",
        "uci",
        "wada",
        "ufc",
        "nba",
        "nfl",
        "nhl",
        "atp",
        "wta",
        "ski",
        "skier",
        "skiers",
        # positions, events and kit of particular games
        "three-point",
        "full-back",
        "fullback",
        "playmaker",
        "point-guard",
        "batter",
        "batters",
        "regatta",
        "jockey",
        "jockeys",
        "swimmer",
        "swimmers",
        "olympiad",
        "rematch",
        "esports",
        "grand-slam",
        "wimbledon",
        "bundesliga",
        "springboks",
        "formula-one",
        "motogp",
        "world-cup",
    ]
)
# ("Olympic" and "stadium" are neither: protests and boycotts of the Games are politics.)
# ...while these also have political senses ("the Arab League", "the death penalty", "a key
# player", "supporters of the president") and count only two together.
SPORTS_HINTS = frozenset(
    [
        "match",
        "final",
        "league",
        "cup",
        "champion",
        "champions",
        "goal",
        "goals",
        "defender",
        "penalty",
        "penalties",
        "squad",
        "coach",
        "race",
        "title",
        "season",
        "club",
        "clubs",
        "team",
        "teams",
        "player",
        "players",
        "draw",
        "win",
        "victory",
        "coach",
        "captain",
        "lap",
        "visitors",  # "the visitors' siege of the penalty area"
        # ("set" is left out: "agreed to set up a joint verification team" is no tennis)
        "finals",
        # "bombarded the Argentine goal in the second half", "could not score"
        "half",
        "score",
        "pitch",
        "riders",  # "withdrew from the Tour of Oman after four riders fell ill"
        "trophy",
        "stretcher",
        "flanks",
        "matches",
        "titles",
        "races",
        "heavyweight",
        "promoter",
    ]
)


# A score ("38-10", "6-2"); a vote's tally ("voted 13-2", "a 5-4 ruling") is no score.
_SCORE = re.compile(r"(?<![\w.,])\d{1,3} ?- ?\d{1,3}(?![\w.,])")
TALLY_WORDS = frozenset(
    {"vote", "votes", "voted", "voting", "ruling", "ruled", "court", "justices", "senate"}
    | {"parliament", "lawmakers", "council", "ballot", "ballots", "seats"}
)


def is_sports(words: Iterable[str]) -> bool:
    """True for a sports report: one unambiguous sports word, a score, or two words that hint
    at sport."""
    listed = [w.lower() for w in words]
    lowered = set(listed)
    # the tokenizer splits "semi-final", "half-time" and "full-back" at the hyphen
    lowered |= {
        f"{listed[i - 1]}-{listed[i + 1]}" for i in range(1, len(listed) - 1) if listed[i] == "-"
    }
    # the tokenizer splits "3-2" into three words
    scores = _SCORE.findall(" ".join(listed))
    # (a vote has one tally; "6-1 6-2 6-0" on a court is tennis)
    scored = len(scores) > 1 or (bool(scores) and not lowered & TALLY_WORDS)
    return bool(lowered & SPORTS_WORDS) or scored or len(lowered & SPORTS_HINTS) >= 2


# Triggers that are play in a sports report.
SPORTS_TRIGGERS = frozenset(
    [
        "crush",
        "demolish",
        "thrash",
        "rout",
        "overrun",
        "overwhelm",
        "hammer",
        "surrender",
        "concede",
        "offensive",
        "assault",
        "siege",
        "attack",
        "strike",
        "meet",
        "beat",
        "defend",
        "clash",
        "shoot",
        "fire",
        "invade",
        "launch",
        "fight",
        "sign",
        "defeat",
        "retreat",
        "withdraw",
        "protest",
        "threaten",
        "ambush",
        "storm",
        "blockade",
        "block",
        "capture",
        "seize",
        "target",
        "kill",
        "destroy",
        "host",
        "welcome",
        "visit",
        "travel",
        # "warned Premier League rivals", "vowed revenge on Ireland", "snatched a draw"
        "warn",
        "vow",
        "snatch",
        "retaliate",
        "avenge",
        # "marched into the semi-finals", "won the shootout", "the club's bid ended in agreement"
        "march",
        "shootout",
        "eliminate",
        "agree",
        "agreement",
        "resign",
        # "bowlers bombarded the batsmen", "the club released its veteran defender", "asked
        # the media to respect his privacy"
        "bombard",
        "pepper",
        "pummel",
        "batter",
        "release",
        "ask",
        "come",  # "came under siege in the closing minutes"
        "besiege",
        "pound",
        # "anti-doping authorities suspended the weightlifter", "banned the striker for six
        # matches": a sports body's rulings
        "suspend",
        "ban",
        "fine",
        "injure",  # "was injured in a clash with a Peruvian defender"
        # rulings and transfers: "upheld a four-year ban on the runner", "disqualified the
        # jumpers", "rejected an offer for their midfielder"
        "uphold",
        "disqualify",
        "reject",
        "accept",
        "offer",
        # "raided down both flanks", "invited wave after wave of pressure", "stripped of his
        # medal", "traded their point guard", "turned down an offer", "ruled out of the
        # series", "pulled out of the regatta", "cheered every goal", "backed the winner"
        "raid",
        "invite",
        "strip",
        "trade",
        "turn",
        "rule",
        "pull",
        "cheer",
        "back",
        "appeal",
        "deal",
        "finish",
        "expel",
        "disqualify",
    ]
)
# Subjects that do harm without being actors: "a fire killed", "the storm destroyed".
NATURAL_CAUSES = frozenset(
    [
        "stampede",
        "hail",
        "hailstones",
        "hailstorm",
        "hailstorms",
        "lava",
        "fire",
        "blaze",
        "explosion",
        "earthquake",
        "quake",
        "storm",
        "flood",
        "floods",
        "hurricane",
        "typhoon",
        "cyclone",
        "tornado",
        "landslide",
        "avalanche",
        "drought",
        "heatwave",
        "snap",
        "wave",
        "crash",
        "accident",
        "collision",
        "virus",
        "outbreak",
        "disease",
        "epidemic",
        "pandemic",
        "wildfire",
        "eruption",
        "tsunami",
        "lightning",
        "rain",
        "rains",
        "snow",
        "wind",
        "winds",
        "frost",
        "volcano",
        "fireworks",
        "firework",
        "spark",
        "sparks",
        "candle",
        "cigarette",
        "short-circuit",
        "bushfire",
        "bushfires",
        "wildfires",
        "rainfall",
        "downpour",
        "floodwater",
        "floodwaters",
        "flooding",
        "winter",
        "blizzard",
        "monsoon",
        "famine",
        "mudslide",
        "sandstorm",
        "serac",
        "rockfall",
        "cold",
        "heat",
        "collapse",
        "hail",
        "hailstone",
        "derailment",
        "leak",
        "train",
        "tractor",
        "ferry",
        "air",
        "weather",
        "temperature",
        "temperatures",
        "case",
        "cases",
        "infection",
        "infections",
        "price",
        "prices",
        "share",
        "shares",
        "stock",
        "stocks",
        "sales",
        "index",
        "inflation",
        "rate",
        "rates",
        "currency",
        "market",
        "markets",
        # "killed by a falling tree", "crushed when a wall gave way"
        "tree",
        "trees",
        "branch",
        "boulder",
        "wall",
        "roof",
        "ceiling",
        "current",
        "currents",
        # "measles struck 9,000 children"
        "measles",
        "measle",
        "cholera",
        "malaria",
        "ebola",
        "polio",
        "dengue",
        "flu",
        "influenza",
        "covid",
        "coronavirus",
    ]
)

# What a state may "fight" or "combat" without fighting anyone: disease, fire, want.
NON_FOES = frozenset(
    {"outbreak", "virus", "pandemic", "epidemic", "disease", "wildfire", "wildfires", "blaze"}
    | {"flames", "fire", "fires", "locusts", "poverty", "corruption", "inflation", "hunger"}
    | {"drought", "famine", "flood", "floods", "malaria", "cholera", "ebola", "aids", "hiv"}
    | {"polio", "measles", "covid", "coronavirus", "infection", "infections"}
)

# Animals: "a shark killed a swimmer", "baboons raided homes", "poachers killed two rhinos".
ANIMALS = frozenset(
    {"shark", "crocodile", "alligator", "bee", "bees", "hornet", "wasp", "wolf", "wolves"}
    | {"tiger", "bear", "dog", "dogs", "monkey", "baboon", "elephant", "bull", "boar", "lion"}
    | {"leopard", "snake", "cobra", "hippo", "hippopotamus", "jellyfish", "rat", "rats"}
    | {"locust", "cattle", "cow", "buffalo", "rhino", "rhinos", "sheep", "goat", "horse"}
    # and what a drug or a lab kills: "the antibiotic killed all strains of the superbug"
    | {"bacteria", "bacterium", "virus", "strain", "germ", "superbug", "parasite", "cell"}
    | {
        "cat",
        "cats",
        "camel",
        "bird",
        "birds",
        "fox",
        "hyena",
        "jaguar",
        "puma",
        "macaque",
        "gorilla",
    }
    | {"chimpanzee", "orca", "whale", "deer", "livestock", "poultry", "fish", "salmon"}
    # pests: "invasive cane toads have occupied much of northern Australia"
    | {"toad", "frog", "mosquito", "ant", "termite", "beetle", "rabbit", "mouse", "mice", "pigeon"}
    | {"starling", "fox", "squirrel", "weed", "pest", "pests", "grasshopper", "caterpillar"}
)
# Vehicles and machines whose crash or blast harms people with no one doing it.
MACHINES = frozenset(
    {"tanker", "truck", "lorry", "minibus", "bus", "coach", "van", "boiler", "crane"}
    # "a grain silo exploded, injuring four workers"
    | {"silo", "reactor", "furnace", "cylinder", "pipeline", "transformer"}
)
# Doers of no political office: artists, sportspeople, scientists, doctors, companies. What
# they say or do to one another ("the actor slammed a tabloid", "scientists warned that...",
# "the brewer accused a rival") is no political event unless they address a state or party.
PRIVATE_ROLES = frozenset(
    {"actor", "actress", "singer", "star", "model", "dj", "youtuber", "influencer", "tenor"}
    | {"soprano", "rapper", "comedian", "presenter", "musician", "celebrity", "filmmaker"}
    | {"novelist", "chef", "designer", "player", "coach", "captain", "referee", "footballer"}
    | {"striker", "athlete", "cricketer", "golfer", "boxer", "sprinter", "swimmer", "skier"}
    | {"wrestler", "weightlifter", "cyclist", "runner", "jockey", "gymnast", "skater", "rower"}
    | {"chipmaker", "operator", "conglomerate", "house"}
    | {"scientist", "researcher", "chemist", "physicist", "astronomer", "dentist"}
    | {"economist", "analyst", "forecaster", "geneticist", "strategist", "glaciologist"}
    | {"psychiatrist", "psychologist", "nutritionist", "veterinarian", "vet", "doctor"}
    | {"nurse", "surgeon", "physician", "paediatrician", "pediatrician", "astronaut"}
    | {"maker", "carmaker", "automaker", "brand", "firm", "company", "developer", "brewer"}
    | {"roaster", "retailer", "supermarket", "chain", "manufacturer", "producer", "startup"}
    | {"supplier", "insurer", "airline", "rival", "competitor", "label", "restaurant"}
    # petty crime: "shoplifters struck Dutch supermarkets"
    | {"shoplifter", "scammer", "burglar", "thief", "pickpocket", "fraudster", "robber"}
    | {"shareholder", "stockholder", "investor", "bidder", "buyer", "seller"}
    | {"champion", "grandmaster", "titleholder", "photographer", "painter", "artist"}
    # people named by their private ties: "a jilted lover set fire to", "a sacked employee
    # shot two managers", "two brothers beat a shopkeeper"
    | {"lover", "husband", "wife", "boyfriend", "girlfriend", "fiance", "fiancee", "spouse"}
    | {"neighbour", "neighbor", "employee", "colleague", "brother", "sister", "son", "daughter"}
    | {"father", "mother", "cousin", "nephew", "niece", "uncle", "aunt", "stepfather", "teenager"}
    | {"relative"}
    | {"shopkeeper", "landlord", "tenant", "carjacker", "customer"}
)
# "a man", "a woman": private unless armed or unknown ("armed men", "masked men", "unidentified
# men" are the unidentified armed forces of wire copy).
PRIVATE_PEOPLE = frozenset({"man", "woman", "men", "women"})
ARMED_MARKS = frozenset(
    {"armed", "masked", "unidentified", "unknown", "hooded", "suspected", "uniformed", "gun"}
)
