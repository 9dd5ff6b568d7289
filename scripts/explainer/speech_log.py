"""A page copied from a screen reader's speech log (its speech viewer's history): each line is
what was spoken, the roles of the page's parts run into the text and set off by two spaces
("heading  level 1  HEADLINE", "link  NAME", "out of figure  TEXT", "bullet  ITEM"). The
rules read the text without the role words, as the same page copied from the browser reads;
a line of role words alone ("document") stays as it is. The role words are a screen reader's
vocabulary, in the languages it speaks: the shape (two spaces) cannot tell them from text."""

from __future__ import annotations

import re

# One spoken role: a landmark and leaving it, a heading's level, a list's size, a control, a
# picture, a quotation; English, French, German, Spanish.
ROLE = re.compile(
    r"(?:out of |hors de |sortie de |verlassen |fuera de )?"
    r"(?:(?:banner|navigation|main|complementary|contentinfo|search|form|region) landmark"
    r"|(?:repère|Landmarke|punto de referencia) \w+|\w+ (?:Landmarke|repère)"
    r"|document|link|visited link|lien|lien visité|Link|besuchter Link|vínculo|enlace"
    r"|heading|titre|Überschrift|encabezado|level \d|niveau \d|Ebene \d|nivel \d"
    r"|list|liste|Liste|lista|with \d+ items?|avec \d+ éléments?|mit \d+ Einträgen|con \d+ elementos?"
    r"|bullet|puce|Aufzählungszeichen|viñeta"
    r"|button|bouton|Schalter|botón|toggle button|menu button|collapsed|expanded|réduit|développé"
    r"|reducido|expandido|eingeklappt|ausgeklappt|clickable|cliquable|anklickbar|pulsable"
    r"|graphic|graphique|Grafik|gráfico|figure|Abbildung|figura"
    r"|blockquote|citation|Zitatblock|cita|article|Artikel|artículo|region|région|Bereich|región"
    r"|table|tableau|Tabelle|tabla|separator|séparateur|Trennlinie|separador)"
)
WIDE = re.compile(r" {2,}|\t")
SPOKEN = 3  # a speech log has this many lines at least that open with a role set off by two spaces
SHARE = 0.2  # … and they are at least this share of its lines with text


def roles(text: str) -> list[bool]:
    """For each part of a line set off by two spaces, whether it is a role spoken."""
    return [ROLE.fullmatch(part) is not None for part in WIDE.split(text.strip())]


def spoken(lines: list[str]) -> list[str]:
    """The lines without the role words a screen reader spoke, when the page is its speech log;
    else the lines as they are."""
    text = [line for line in lines if line.strip()]
    opening = sum(1 for line in text if WIDE.search(line.strip()) and roles(line)[0])
    if opening < SPOKEN or opening < SHARE * len(text):
        return lines
    return [said(line) for line in lines]


# Roles a page copied from the browser shows by a mark of its own: a picture's place, a list's point.
MARKS = {"graphic": "[Image] ", "graphique": "[Image] ", "Grafik": "[Image] ", "gráfico": "[Image] "}
MARKS |= dict.fromkeys(("bullet", "puce", "Aufzählungszeichen", "viñeta"), "• ")


def said(line: str) -> str:
    """A line's text without its role words, or the line when it is role words alone. Parts that
    a role each opens ("link  Politics  link  Business") stay two spaces apart, as a bar of links;
    a part a role only parts from the text before it goes on from it ("By  link  NAME": "By
    NAME"). A picture's role and a list's point are shown by the marks a browser's copy shows."""
    parts = WIDE.split(line.strip())
    spoken_roles = roles(line)
    if all(spoken_roles) or not any(spoken_roles):
        return line
    out, mark = "", ""
    pending = last_opened = False  # a role since the last part of text; one before that part
    for part, role in zip(parts, spoken_roles, strict=True):
        if role:
            mark = mark if out else mark or MARKS.get(part, "")
            pending = True
        else:
            joint = " " if pending and not last_opened else "  "
            out = f"{out}{joint}{part}" if out else f"{mark}{part}"
            pending, last_opened = False, pending
    return out
