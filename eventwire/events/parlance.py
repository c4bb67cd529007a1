"""Verb senses of the thirty-eighth pass: offers and threats held out ("held out the prospect
of lifting sanctions"), forces poured in, targets hit, debts cancelled; from the team's own
development sentences, never from a gold sentence.

Kept as (lemma, sense) pairs like eventwire.events.idiolect; eventwire.events.lexicon merges
them after the earlier passes, and the most specific sense of a word is tried first.
"""

from __future__ import annotations

from eventwire.events.senses import Sense, _s

# What fighters and armies hit besides towns and bases: "hit militant launch pads".
_MILITARY_TARGETS = (
    "camp camps hideout hideouts hideaway hideaways pad pads target targets stronghold "
    "strongholds vessel vessels warship warships ship ships"
)
# Forces a state moves in by the thousand: police (153) and troops (154).
_POLICE = "police policemen paramilitaries paramilitary gendarmes riot"
_TROOPS = "troops soldiers forces reinforcements reservists"

THIRTY_EIGHTH_PASS: tuple[tuple[str, Sense], ...] = (
    # AGREE or THREATEN by what is held out: "held out the prospect of lifting sanctions"
    # (0354), "opened the door to easing sanctions"; harm held out is a threat (the
    # complement's code decides, see eventwire.events.refining)
    ("hold", _s("030", "prospect possibility", particle="out")),
    ("dangle", _s("030", "prospect possibility")),
    # "floated the idea of joint patrols" (0312)
    ("float", _s("030", "idea prospect possibility")),
    ("open", _s("030", "door")),
    # MOBILIZE: "poured thousands of paramilitary police into Tibetan towns"
    ("pour", _s("153", _POLICE, prep="into")),
    ("pour", _s("154", _TROOPS, prep="into")),
    ("rush", _s("154", _TROOPS, prep="to")),
    # "the garrison moved to full alert" (152)
    ("move", _s("152", "to:readiness to:alert")),
    # CONCEDE: "wound up a two-week strike" (082)
    ("wind", _s("082", "strike strikes protest protests boycott sit-in blockade", particle="up")),
    # "began pressing young men into military service": conscription (154)
    ("press", _s("154", "into:service into:army")),
    # ASSAULT: "hit militant launch pads", "riot police waded into the crowds" (175)
    ("hit", _s("190", _MILITARY_TARGETS)),
    ("wade", _s("175", "into:crowd into:crowds into:protesters into:demonstrators")),
    # AID: "cancelled 80 percent of the debt owed to it", "forgave Zambia's debts" (071)
    ("cancel", _s("071", "debt debts arrears")),
    ("forgive", _s("071", "debt debts arrears")),
    # SANCTION: "scaled down food rations", "scaled back its aid" (162)
    # COOPERATE: "handed a gang boss to the Salvadoran authorities" (063)
    ("hand", _s("063", "kingpin kingpins smuggler smugglers gang cartel", prep="to")),
    # CONSULT: "sat down for their first formal negotiations" (046), "... for talks" (040);
    # "would send a delegation to the peace talks": taking part (an intent when announced)
    ("sit", _s("046", "for:negotiations for:negotiation", particle="down")),
    ("sit", _s("040", "for:talks for:consultations for:meeting", particle="down")),
    ("send", _s("040", "to:talks to:negotiations to:conference to:summit")),
    # AID: "contributed 800 police officers to the African-led mission" (074)
    (
        "contribute",
        _s("074", "troops officers soldiers police battalion peacekeepers forces", prep="to"),
    ),
    # CONCEDE: "approved the re-registration of the party" (0812), "eased its grip on the
    # press" (081)
    ("approve", _s("0812", "registration re-registration")),
    ("ease", _s("081", "grip")),
    ("loosen", _s("081", "grip")),
    # "placed the assets of two foreign firms under temporary management" (171)
    ("place", _s("171", "under:management under:administration")),
    ("put", _s("171", "under:management under:administration")),
    # "transferred 14 paramilitary chiefs to Washington to face charges" (063)
    ("transfer", _s("063", "chiefs chief commanders commander suspects", prep="to")),
    # "withheld deliveries of fighter jets to Egypt" (162)
    ("withhold", _s("162", "deliveries delivery shipments shipment")),
    ("scale", _s("162", "rations aid assistance funding", particle="down")),
    ("scale", _s("162", "rations aid assistance funding", particle="back")),
    # REQUEST: "the opposition wants an independent probe into the shooting" (100)
    # "wants the withdrawal of Kurdish fighters", "wants the release of its sailors": another's
    # act wished for is asked of them
    ("want", _s("100", "probe probes inquiry inquiries investigation investigations")),
    ("want", _s("100", "withdrawal pullout release resignation extradition handover")),
    # SUPPORT: "coordinated its position with Germany and Russia" (050, not joint works)
    ("coordinate", _s("050", "position positions stance stances policy policies", prep="with")),
    # COERCE: "flew 79 Roma back to Romania" (174)
    (
        "fly",
        _s("174", "migrants refugees asylum-seekers roma nationals deportees", particle="back"),
    ),
    # AID: "the embassy sheltered the blind activist" (075)
    ("shelter", _s("075", "activist activists dissident dissidents defector defectors")),
)
