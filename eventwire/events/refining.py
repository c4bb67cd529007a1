"""How an embedded act refines the code of the act that carries it.

"threatened to impose sanctions" is one threat of sanctions (1312), "urged Iran to release the
sailors" a demand for a release (1053), "refused to lift the embargo" a refusal to ease
sanctions (1244): the head's CAMEO code made precise by the complement's. Written by the
eventwire team from the CAMEO 1.1b3 code list.
"""

from __future__ import annotations


def _refused_concession(inner: str) -> str:
    """CAMEO's refusal of the concession `inner` not listed by code: involvement (086x),
    de-escalation (087x), any other yielding (124), anything else (120)."""
    if inner.startswith("086"):
        return "1245"
    if inner.startswith("087"):
        return "1246"
    return "124" if inner[:2] == "08" else "120"


def refine(head_code: str, inner: str) -> str:
    """The head's code made precise by the embedded event ("threaten" + sanctions = 1312)."""
    root, inner_root = head_code[:2], inner[:2]
    if root == "13":
        if inner in ("163", "1312") or (inner_root == "16" and inner.startswith("162")):
            return "1312"
        if inner_root == "16":
            return "1313" if inner.startswith("161") else "136"
        if inner_root in ("18", "19", "20") or inner == "1712":
            return "138"
        if inner_root == "17":
            return "132"
        if inner_root == "14":
            return "133"  # "threatened to hold mass protests"
        return head_code
    if root in ("10", "02"):
        digit = {"06": "1", "05": "2", "07": "3", "08": "5", "04": "6", "03": "7"}.get(inner_root)
        if inner == "045":
            digit = "8"
        if inner == "0841":
            return "1053"
        if inner.startswith("087"):
            return "1056"
        return f"{root}{digit}" if digit else head_code
    if root == "12" and head_code.startswith("124") and inner_root in ("13", "16", "17", "19"):
        return head_code  # "extended its sanctions": keeping a measure is the refusal itself
    if root == "12":
        return {"04": "125", "07": "122", "06": "121", "03": "127", "05": "127"}.get(
            inner_root,
            {"0841": "1243", "085": "1244", "081": "1241", "082": "1242", "083": "123"}.get(
                inner, _refused_concession(inner)
            ),
        )
    if root == "03" and inner_root in ("15", "16", "17", "18", "19", "20"):
        return "138" if inner_root in ("18", "19", "20") else "130"  # "vowed to retaliate"
    if root == "03" and inner_root == "14":
        return inner  # "vowed to keep protesting" is the protest, not a promise to someone
    if root == "03" and inner == "045":
        return "039"  # "prepared to act as a mediator"
    if root == "03":
        return {"04": "036", "07": "033", "06": "031", "05": "032"}.get(
            inner_root,
            {"081": "0351", "082": "0352", "083": "0352", "0841": "0353", "085": "0354"}.get(
                inner[:3] if inner[:3] in ("081", "082", "083") else inner,
                "0356" if inner.startswith("087") else "0355" if inner[:3] == "086" else "030",
            ),
        )
    if root == "11" and head_code == "112" and inner_root in ("18", "19", "20"):
        return "1123"
    return head_code
