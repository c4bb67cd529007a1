"""The CAMEO -> PLOVER crosswalk and Goldstein tables carried in the package."""

import pytest

from eventwire.events.codebook import PLOVER_TYPES, coding_for, known_codes


def test_every_crosswalk_code_has_a_plover_type_and_quad():
    for code in known_codes():
        coding = coding_for(code)
        assert coding.event_type in PLOVER_TYPES
        assert -10.0 <= coding.goldstein <= 10.0


@pytest.mark.parametrize(
    ("cameo", "event_type", "mode", "goldstein"),
    [
        ("042", "CONSULT", "visit", 1.9),
        ("057", "SUPPORT", None, 8.0),  # signing: the crosswalk's SUPPORT, as the gold codes it
        ("163", "SANCTION", None, -8.0),  # and imposing sanctions SANCTION (draft: COERCE)
        ("0831", "RETREAT", "resign", 5.0),  # resigning is RETREAT, mode resign
        ("0814", "CONCEDE", None, 5.0),  # easing a state of emergency concedes (draft: RETREAT)
        ("085", "CONCEDE", None, 7.0),  # and so does easing sanctions
        ("116", "SANCTION", "convict", -2.0),  # a conviction is SANCTION, mode convict
        ("0841", "RETREAT", "release", 7.0),
        ("1312", "THREATEN", "restrict", -5.8),
        ("190", "ASSAULT", None, -10.0),
    ],
)
def test_known_codes(cameo, event_type, mode, goldstein):
    coding = coding_for(cameo)
    assert (coding.event_type, coding.mode, coding.goldstein) == (event_type, mode, goldstein)


def test_appeals_read_as_requests_with_the_demand_mode():
    appeal = coding_for("026")
    assert appeal.event_type == "REQUEST"
    assert appeal.mode == "meet"
    assert appeal.quad == "verbal_conflict"
    assert appeal.goldstein == 4.0


def test_unknown_code_raises():
    with pytest.raises(KeyError):
        coding_for("999")
