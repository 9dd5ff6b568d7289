"""A picture's description on a line of its own, as alt text or an Easy Read page prints it:
"[Picture: a bus at a stop]", "Image: orange floats on the deck". A label for a picture, a colon,
then words in lower case that say what it shows: a caption. A credit names someone after the same
label, from a capital ("Photo: NAME")."""

from __future__ import annotations

import re

from .furniture import Context

# The label in the languages of the sites met, in brackets or not.
PICTURE_NOTE = re.compile(
    r"[\[(]?(?:Picture|Image|Photo|Illustration|Graphic|Alt text|Bild|Foto|Imagen|Immagine|Фото|Изображение)"
    r"\s?:\s+(?P<shows>\S.{5,300}?)[\])]?"
)


def picture_note(ctx: Context) -> bool:
    """The label for a picture, a colon, and a description in lower case, a bracket closing it
    when one opens it."""
    m = PICTURE_NOTE.fullmatch(ctx.text)
    if m is None or not m["shows"][0].islower():
        return False
    return ctx.text.startswith(("[", "(")) == ctx.text.endswith(("]", ")"))
